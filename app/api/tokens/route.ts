import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { createApiToken } from '@/lib/server/tokens/create-api-token';
import { listApiTokens } from '@/lib/server/tokens/list-api-tokens';
import { createTokenSchema } from '@/lib/validation/tokens';

/** GET /api/tokens : the user's live tokens. Browser session only. */
export const GET = route(async (request) => {
  const user = await requireRequestUser(request, { allowToken: false });
  return json({ tokens: await listApiTokens({ user }) });
});

/** POST /api/tokens {name} : a new token, shown in this answer only. Browser session only. */
export const POST = route(async (request) => {
  const input = await readJson(request, createTokenSchema);
  const user = await requireRequestUser(request, { allowToken: false });
  return json(await createApiToken({ user, input }), { status: 201 });
}, { idempotent: true });
