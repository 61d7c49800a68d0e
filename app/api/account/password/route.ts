import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { route } from '@/lib/http/route';
import { changePassword } from '@/lib/server/users/change-password';
import { changePasswordSchema } from '@/lib/validation/account';

/** PUT /api/account/password {currentPassword, newPassword} : browser session only (API tokens get 403). */
export const PUT = route(async (request) => {
  const input = await readJson(request, changePasswordSchema);
  const user = await requireRequestUser(request, { allowToken: false });
  await changePassword({ user, input });
  return new Response(null, { status: 204 });
});
