import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { deleteAnnotation } from '@/lib/server/annotations/delete-annotation';
import { updateAnnotation } from '@/lib/server/annotations/update-annotation';
import { updateAnnotationSchema } from '@/lib/validation/annotations';

/** PATCH /api/annotations/:id {note?, tagIds?, version?} : author or team OWNER. */
export const PATCH = route<{ id: string }>(async (request, { id }) => {
  const input = await readJson(request, updateAnnotationSchema);
  const user = await requireRequestUser(request);
  return json({ annotation: await updateAnnotation({ user, annotationId: id, input }) });
});

/** DELETE /api/annotations/:id : author or team OWNER. */
export const DELETE = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request);
  await deleteAnnotation({ user, annotationId: id });
  return new Response(null, { status: 204 });
});
