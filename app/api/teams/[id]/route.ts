import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { updateTeamSettings } from '@/lib/server/teams/update-team-settings';
import { teamSettingsSchema } from '@/lib/validation/ratings';

/** PATCH /api/teams/:id {blindRatings} : OWNER only. */
export const PATCH = route<{ id: string }>(async (request, { id }) => {
  const input = await readJson(request, teamSettingsSchema);
  const user = await requireRequestUser(request);
  return json({ team: await updateTeamSettings({ user, teamId: id, input }) });
});
