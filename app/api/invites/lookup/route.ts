import { readQuery } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { getInvite } from '@/lib/server/teams/get-invite';
import { inviteLookupSchema } from '@/lib/validation/teams';

/** GET /api/invites/lookup?token= : public (the link is the credential). */
export const GET = route(async (request) => {
  const { token } = readQuery(request, inviteLookupSchema);
  return json({ invite: await getInvite({ token }) });
});
