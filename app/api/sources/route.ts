import { requireRequestUser } from '@/lib/auth/request-user';
import { readQuery } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { listSources } from '@/lib/server/ratings/list-sources';
import { sourcesQuerySchema } from '@/lib/validation/ratings';

/** GET /api/sources?teamId= : outlets with their articles, ratings (blind rule applied) and agreement. */
export const GET = route(async (request) => {
  const { teamId } = readQuery(request, sourcesQuerySchema);
  const user = await requireRequestUser(request);
  return json(await listSources({ user, teamId }));
});
