import { requireRequestUser } from '@/lib/auth/request-user';
import { AppError, parseInput } from '@/lib/errors';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { listAnnotations } from '@/lib/server/annotations/list-annotations';
import { listReaderAnnotations } from '@/lib/server/annotations/list-reader-annotations';
import { createAnnotationSchema, idempotencyKeySchema } from '@/lib/validation/annotations';

/**
 * GET /api/documents/:id/annotations[?view=reader] : every highlight; answers 304 to a matching
 * If-None-Match. `view=reader` is the reader's compact representation (docs/API.md).
 */
export const GET = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request);
  const view = new URL(request.url).searchParams.get('view');
  if (view !== null && view !== 'full' && view !== 'reader') {
    throw new AppError('VALIDATION', 'view must be "full" (the default) or "reader".', { fields: { view: ['Use "full" or "reader".'] } });
  }
  const ifNoneMatch = request.headers.get('if-none-match');
  if (view === 'reader') {
    const { etag, body } = await listReaderAnnotations({ user, documentId: id, ifNoneMatch });
    if (body === null) return new Response(null, { status: 304, headers: { etag, 'cache-control': 'no-store' } });
    return new Response(body, { headers: { etag, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
  }
  const { etag, annotations } = await listAnnotations({ user, documentId: id, ifNoneMatch });
  if (!annotations) return new Response(null, { status: 304, headers: { etag, 'cache-control': 'no-store' } });
  return json({ annotations }, { headers: { etag } });
});

/** POST /api/documents/:id/annotations {start, end, exact?, tagIds?, note?} (offsets in code points). */
export const POST = route<{ id: string }>(async (request, { id }) => {
  const input = await readJson(request, createAnnotationSchema);
  const rawKey = request.headers.get('idempotency-key');
  const idempotencyKey = rawKey === null ? null : parseInput(idempotencyKeySchema, rawKey);
  const user = await requireRequestUser(request);
  const { annotation, isNew } = await createAnnotation({ user, documentId: id, input, idempotencyKey });
  return json({ annotation }, { status: isNew ? 201 : 200 });
});
