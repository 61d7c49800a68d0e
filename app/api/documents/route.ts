import { requireRequestUser } from '@/lib/auth/request-user';
import { readQuery } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { teamQuerySchema } from '@/lib/validation/common';

/** GET /api/documents?teamId= : the team's articles (no text). */
export const GET = route(async (request) => {
  const { teamId } = readQuery(request, teamQuerySchema);
  const user = await requireRequestUser(request);
  return json({ documents: await listDocuments({ user, teamId }) });
});
