import { createHash } from 'node:crypto';

/** Hex SHA-256 of the text's UTF-8 bytes: the content hash that pins annotations to one canonical text. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
