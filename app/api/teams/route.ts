import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { teamCookie } from '@/lib/http/team-cookie';
import { createTeam } from '@/lib/server/teams/create-team';
import { createTeamSchema } from '@/lib/validation/teams';

/** POST /api/teams {name} : any signed-in user; they become its OWNER and it becomes their current team. */
export const POST = route(async (request) => {
  const input = await readJson(request, createTeamSchema);
  const user = await requireRequestUser(request);
  const team = await createTeam({ user, input });
  return json({ team }, { status: 201, headers: { 'set-cookie': teamCookie(team.id) } });
}, { idempotent: true });
