import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { rateSource } from '@/lib/server/ratings/rate-source';
import { sourceRatingSchema } from '@/lib/validation/ratings';

/** PUT /api/sources/:id/rating {reliability: "A".."F", rationale?, version?} : the caller's rating. */
export const PUT = route<{ id: string }>(async (request, { id }) => {
  const input = await readJson(request, sourceRatingSchema);
  const user = await requireRequestUser(request);
  return json({ ratings: await rateSource({ user, sourceId: id, input }) });
});
