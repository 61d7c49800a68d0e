import { requireRequestUser } from '@/lib/auth/request-user';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { getSource } from '@/lib/server/ratings/get-source';

/** GET /api/sources/:id : an outlet, its articles, each analyst's rating and the history. */
export const GET = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request);
  return json({ source: await getSource({ user, sourceId: id }) });
});
