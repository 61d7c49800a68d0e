import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { changeMemberRole } from '@/lib/server/teams/change-member-role';
import { removeMember } from '@/lib/server/teams/remove-member';
import { changeRoleSchema } from '@/lib/validation/teams';

type Params = { id: string; userId: string };

/** PATCH /api/teams/:id/members/:userId {role} : OWNER only; the last owner cannot be demoted (409). */
export const PATCH = route<Params>(async (request, { id, userId }) => {
  const input = await readJson(request, changeRoleSchema);
  const user = await requireRequestUser(request);
  return json({ member: await changeMemberRole({ user, teamId: id, userId, input }) });
});

/** DELETE /api/teams/:id/members/:userId : OWNER removes a member; anyone removes themselves (leaves). */
export const DELETE = route<Params>(async (request, { id, userId }) => {
  const user = await requireRequestUser(request);
  await removeMember({ user, teamId: id, userId });
  return new Response(null, { status: 204 });
});
