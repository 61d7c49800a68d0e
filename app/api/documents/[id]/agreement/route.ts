import { requireRequestUser } from '@/lib/auth/request-user';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { getDocumentAgreement } from '@/lib/server/ratings/document-agreement';

/** GET /api/documents/:id/agreement : the Admiralty summary and Krippendorff's alpha on its passages. */
export const GET = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request);
  return json(await getDocumentAgreement({ user, documentId: id }));
});
