import 'server-only';
import { z } from 'zod';
import { decodeUpload, formatMegabytes, MAX_UPLOAD_BYTES, type UploadFormat } from '@/lib/corpus/decode-upload';
import { AppError, parseInput } from '@/lib/errors';
import { readBodyBytes, readJson } from '@/lib/http/read-input';
import { previewTextSchema } from '@/lib/validation/documents';
import { idField } from '@/lib/validation/common';

/** A preview request, read: the team, the decoded text, its format and the file's name if any. */
export type PreviewInput = { teamId: string; raw: string; format: UploadFormat; fileName: string | null };

// Room for the multipart framing and the other fields around one file.
const FORM_OVERHEAD_BYTES = 64 * 1024;
/**
 * JSON bodies that carry a whole article (a file of up to 5 MB as decoded text, with its review):
 * JSON escaping of quotes and newlines in an HTML page adds up to a few hundred KB, hence the room.
 */
export const MAX_ARTICLE_JSON_BYTES = 8 * 1024 * 1024;

/**
 * POST /api/documents/preview input: multipart/form-data with `teamId` and either `text` (and
 * `format`) or one `file`, or the same as JSON without a file. A file is decoded here: too large
 * is 413, empty, binary, badly encoded or of another type 422 on `file`, each with a sentence.
 */
export async function readPreviewInput(request: Request): Promise<PreviewInput> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data/i.test(type)) {
    const { teamId, text, format } = await readJson(request, previewTextSchema, MAX_ARTICLE_JSON_BYTES);
    return { teamId, raw: text, format, fileName: null };
  }
  // Read with a cap first (a chunked upload has no length to check), then parse the form.
  const body = await readBodyBytes(request, MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE') throw tooLarge(`The file is larger than the limit of ${formatMegabytes(MAX_UPLOAD_BYTES)} per file.`);
    throw error;
  });
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
  } catch {
    throw new AppError('BAD_REQUEST', 'The upload could not be read as a form.');
  }
  const files = form.getAll('file').filter((value): value is File => typeof value !== 'string');
  const text = form.get('text');
  if (files.length > 1) throw fieldError('file', 'Send one file per preview.');
  const file = files[0];
  if (!file) {
    // Multipart encoding turns every newline of a text field into CRLF: undo it, it is not the person's text.
    const pasted = typeof text === 'string' ? text.replace(/\r\n/g, '\n') : (text ?? undefined);
    const { teamId, text: raw, format } = parseInput(previewTextSchema, { teamId: form.get('teamId') ?? undefined, text: pasted, format: form.get('format') || undefined });
    return { teamId, raw, format, fileName: null };
  }
  const { teamId } = parseInput(idSchema, { teamId: form.get('teamId') ?? undefined });
  if (typeof text === 'string' && text.trim()) throw fieldError('file', 'Send either pasted text or a file, not both.');
  const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!decoded.ok) {
    if (decoded.reason === 'too-large') throw tooLarge(decoded.message);
    throw fieldError('file', decoded.message, decoded.message);
  }
  return { teamId, raw: decoded.text, format: decoded.format, fileName: file.name };
}

const idSchema = z.object({ teamId: idField('teamId') });

function tooLarge(message: string): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', message, { fields: { file: [message] } });
}

function fieldError(field: string, message: string, summary = 'Some fields are not valid.'): AppError {
  return new AppError('VALIDATION', summary, { fields: { [field]: [message] } });
}
