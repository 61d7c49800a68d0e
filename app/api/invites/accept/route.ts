import { findRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { teamCookie } from '@/lib/http/team-cookie';
import { acceptInvite } from '@/lib/server/teams/accept-invite';
import { acceptInviteSchema } from '@/lib/validation/teams';

/** POST /api/invites/accept {token, name?, password?} : public; an existing account must be signed in. */
export const POST = route(async (request) => {
  const input = await readJson(request, acceptInviteSchema);
  const user = await findRequestUser(request);
  const accepted = await acceptInvite({ user, input });
  return json({ accepted }, { headers: { 'set-cookie': teamCookie(accepted.teamId) } });
});
