import { requireRequestUser } from '@/lib/auth/request-user';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { summarizeTeam } from '@/lib/server/dashboard/summarize-team';

/** GET /api/teams/:id/summary : the team overview (a row per article, totals, theme counts). */
export const GET = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request);
  return json({ summary: await summarizeTeam({ user, teamId: id }) });
});
