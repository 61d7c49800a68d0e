import { requireRequestUser } from '@/lib/auth/request-user';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { listMembers } from '@/lib/server/teams/list-members';

/** GET /api/teams/:id/members : every member (read-only for non-owners). */
export const GET = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request);
  return json({ members: await listMembers({ user, teamId: id }) });
});
