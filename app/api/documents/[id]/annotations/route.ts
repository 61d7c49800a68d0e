import { requireRequestUser } from '@/lib/auth/request-user';
import { parseInput } from '@/lib/errors';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { listAnnotations } from '@/lib/server/annotations/list-annotations';
import { createAnnotationSchema, idempotencyKeySchema } from '@/lib/validation/annotations';

/** GET /api/documents/:id/annotations : every highlight; answers 304 to a matching If-None-Match. */
export const GET = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request);
  const { etag, annotations } = await listAnnotations({ user, documentId: id, ifNoneMatch: request.headers.get('if-none-match') });
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
