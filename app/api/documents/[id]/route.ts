import { requireRequestUser } from '@/lib/auth/request-user';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { getDocument } from '@/lib/server/documents/get-document';

/** GET /api/documents/:id : an article with its canonical text. */
export const GET = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request);
  return json({ document: await getDocument({ user, documentId: id }) });
});
