import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { createInvite } from '@/lib/server/teams/create-invite';
import { listInvites } from '@/lib/server/teams/list-invites';
import { createInviteSchema } from '@/lib/validation/teams';

/** GET /api/teams/:id/invites : OWNER only. */
export const GET = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request);
  return json({ invites: await listInvites({ user, teamId: id }) });
});

/** POST /api/teams/:id/invites {email, role, expiresInDays?} : OWNER only; the link is in this answer only. */
export const POST = route<{ id: string }>(async (request, { id }) => {
  const input = await readJson(request, createInviteSchema);
  const user = await requireRequestUser(request);
  const created = await createInvite({ user, teamId: id, input });
  return json({ ...created, url: new URL(created.path, request.url).toString() }, { status: 201 });
}, { idempotent: true });
