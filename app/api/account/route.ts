import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { updateAccount } from '@/lib/server/users/update-account';
import { updateAccountSchema } from '@/lib/validation/account';

/** PATCH /api/account {name} : the signed-in user's own name. */
export const PATCH = route(async (request) => {
  const input = await readJson(request, updateAccountSchema);
  const user = await requireRequestUser(request);
  return json({ user: await updateAccount({ user, input }) });
});
