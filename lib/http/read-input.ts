import 'server-only';
import { z } from 'zod';
import { AppError, parseInput } from '@/lib/errors';

export const MAX_JSON_BYTES = 256 * 1024;

/**
 * The request's body, at most `maxBytes`: a declared length over the limit is refused before
 * reading, and a body that streams past it (chunked, or a lying Content-Length) is cut off as soon
 * as it does, so no request makes the server hold more than the limit. 413 otherwise.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The request's JSON body, size-limited and validated (413, 400 or 422 otherwise). */
export async function readJson<T extends z.ZodType>(request: Request, schema: T, maxBytes = MAX_JSON_BYTES): Promise<z.infer<T>> {
  const text = new TextDecoder().decode(await readBodyBytes(request, maxBytes));
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
  return parseInput(schema, body);
}

/** Query-string parameters, validated. Repeated keys become arrays. */
export function readQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const params = new URL(request.url).searchParams;
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length > 1 ? values : values[0]!;
  }
  return parseInput(schema, query);
}

function tooLarge(maxBytes: number): AppError {
  const limit = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new AppError('PAYLOAD_TOO_LARGE', `The request body is larger than the limit of ${limit}.`);
}
