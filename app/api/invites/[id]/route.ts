import { requireRequestUser } from '@/lib/auth/request-user';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { revokeInvite } from '@/lib/server/teams/revoke-invite';

/** DELETE /api/invites/:id : OWNER of the invite's team; the link stops working. */
export const DELETE = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request);
  return json({ invite: await revokeInvite({ user, inviteId: id }) });
});
