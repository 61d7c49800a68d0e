import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { ratePassage, unratePassage } from '@/lib/server/ratings/rate-passage';
import { passageRatingSchema } from '@/lib/validation/ratings';

/** PUT /api/annotations/:id/rating {credibility: 1..6, rationale?, version?} : the caller's rating. */
export const PUT = route<{ id: string }>(async (request, { id }) => {
  const input = await readJson(request, passageRatingSchema);
  const user = await requireRequestUser(request);
  return json({ ratings: await ratePassage({ user, annotationId: id, input }) });
});

/** DELETE /api/annotations/:id/rating : withdraws the caller's rating. */
export const DELETE = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request);
  await unratePassage({ user, annotationId: id });
  return new Response(null, { status: 204 });
});
