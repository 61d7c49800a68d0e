import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson, readQuery } from '@/lib/http/read-input';
import { MAX_ARTICLE_JSON_BYTES } from '@/lib/http/read-upload';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { deleteDocument } from '@/lib/server/documents/delete-document';
import { getDocument } from '@/lib/server/documents/get-document';
import { updateDocument } from '@/lib/server/documents/update-document';
import { deleteDocumentQuerySchema, updateDocumentSchema } from '@/lib/validation/documents';

/** GET /api/documents/:id : an article with its canonical text. */
export const GET = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request);
  return json({ document: await getDocument({ user, documentId: id }) });
});

/** PATCH /api/documents/:id {title?, source?, author?, publishedDate?, url?, language?, raw?…} : OWNER or EDITOR. */
export const PATCH = route<{ id: string }>(async (request, { id }) => {
  const input = await readJson(request, updateDocumentSchema, MAX_ARTICLE_JSON_BYTES);
  const user = await requireRequestUser(request);
  return json({ document: await updateDocument({ user, documentId: id, input }) });
});

/** DELETE /api/documents/:id[?confirm=true] : OWNER or EDITOR; an article with highlights needs confirm. */
export const DELETE = route<{ id: string }>(async (request, { id }) => {
  const { confirm } = readQuery(request, deleteDocumentQuerySchema);
  const user = await requireRequestUser(request);
  await deleteDocument({ user, documentId: id, confirm });
  return new Response(null, { status: 204 });
});
