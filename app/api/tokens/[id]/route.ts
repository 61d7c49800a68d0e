import { requireRequestUser } from '@/lib/auth/request-user';
import { route } from '@/lib/http/route';
import { revokeApiToken } from '@/lib/server/tokens/revoke-api-token';

/** DELETE /api/tokens/:id : revokes one of the user's own tokens. Browser session only. */
export const DELETE = route<{ id: string }>(async (request, { id }) => {
  const user = await requireRequestUser(request, { allowToken: false });
  await revokeApiToken({ user, tokenId: id });
  return new Response(null, { status: 204 });
});
