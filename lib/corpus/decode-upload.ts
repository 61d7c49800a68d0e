// Turns an uploaded file's bytes into text, or says in words why it cannot be read. Pure: the
// preview endpoint calls it, and so can a script. Never guesses an encoding: UTF-8 (with or without
// a BOM) and UTF-16 with a BOM are read; anything else is refused rather than shown as mojibake.

/** How an article's raw text is written. */
export type UploadFormat = 'text' | 'markdown' | 'html';

/** Why an upload was refused. */
export type UploadProblem = 'empty' | 'too-large' | 'binary' | 'encoding' | 'type';

export type DecodedUpload =
  | { ok: true; text: string; format: UploadFormat }
  | { ok: false; reason: UploadProblem; message: string };

/** The largest file accepted (5 MB). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** The extensions accepted, for the file picker's `accept` and for messages. */
export const UPLOAD_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml'] as const;

/** "x is not an accepted file" in words, listing every extension accepted. */
export function notAcceptedMessage(name: string): string {
  return `${name} is not a .txt, .md or .html file (accepted: ${UPLOAD_EXTENSIONS.join(', ')}).`;
}

// Above this share of control characters (other than tab, newline, form feed, carriage return) a
// file is not text, whatever its name says.
const MAX_CONTROL_RATIO = 0.05;
const SNIFF_BYTES = 64 * 1024;

/** The format a file name announces, or null for a type that cannot be imported. */
export function uploadFormatForName(name: string): UploadFormat | null {
  const lower = name.trim().toLowerCase();
  const extension = UPLOAD_EXTENSIONS.find((candidate) => lower.endsWith(candidate));
  if (!extension) return null;
  if (extension === '.txt') return 'text';
  return extension === '.md' || extension === '.markdown' ? 'markdown' : 'html';
}

// Closing tags of block elements: a paste with several of them is markup, not prose quoting a tag.
const BLOCK_CLOSERS = /<\/(?:p|div|h[1-6]|li|ul|ol|article|section|main|header|footer|table|tr|td|blockquote|body)\s*>/gi;

/** True for pasted text that is HTML: a page ("<!doctype", "<html") or several closing block tags. */
export function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || /^<html[\s>]/.test(start)) return true;
  return (text.match(BLOCK_CLOSERS)?.length ?? 0) >= 2;
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

export function decodeUpload(bytes: Uint8Array, fileName: string, options: { maxBytes?: number } = {}): DecodedUpload {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const name = fileName || 'The file';
  const format = uploadFormatForName(fileName);
  if (!format) return fail('type', notAcceptedMessage(name));
  if (bytes.length > maxBytes) {
    return fail('too-large', `${name} is ${formatMegabytes(bytes.length)}; the limit is ${formatMegabytes(maxBytes)} per file.`);
  }
  if (bytes.length === 0) return fail('empty', `${name} is empty.`);

  const utf16 = utf16Encoding(bytes);
  let text: string;
  if (utf16) {
    const decoded = decodeStrict(bytes.subarray(2), utf16);
    if (decoded === null) return fail('encoding', `${name} starts like UTF-16 text but is not valid UTF-16.`);
    text = decoded;
  } else {
    if (looksBinary(bytes)) return fail('binary', `${name} looks like a binary file, not text. Save the article as .txt, .md or .html.`);
    const decoded = decodeStrict(bytes, 'utf-8');
    if (decoded === null) {
      return fail('encoding', `${name} is not UTF-8 text. Save it as UTF-8 (or UTF-16 with a byte order mark) and try again.`);
    }
    text = decoded.replace(/^\uFEFF/, '');
  }
  if (text.includes('\u0000') || controlRatio(text) > MAX_CONTROL_RATIO) {
    return fail('binary', `${name} looks like a binary file, not text. Save the article as .txt, .md or .html.`);
  }
  if (text.trim() === '') return fail('empty', `${name} has no text.`);
  return { ok: true, text, format };
}

function fail(reason: UploadProblem, message: string): DecodedUpload {
  return { ok: false, reason, message };
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    // ignoreBOM: the caller strips a BOM it has already read, so a second one stays visible as text.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** NUL bytes, or many control bytes, in the first 64 KB: an image, a PDF, a zip, a Word file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (isControlByte(byte)) controls += 1;
  }
  return controls / sample.length > MAX_CONTROL_RATIO;
}

function isControlByte(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function controlRatio(text: string): number {
  const sample = text.slice(0, SNIFF_BYTES);
  if (!sample.length) return 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i += 1) if (isControlByte(sample.charCodeAt(i))) controls += 1;
  return controls / sample.length;
}
