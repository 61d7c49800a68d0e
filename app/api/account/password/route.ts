import { requireRequestUser } from '@/lib/auth/request-user';
import { freshSessionCookie } from '@/lib/auth/session-cookie';
import { readJson } from '@/lib/http/read-input';
import { route } from '@/lib/http/route';
import { changePassword } from '@/lib/server/users/change-password';
import { changePasswordSchema } from '@/lib/validation/account';

/** PUT /api/account/password {currentPassword, newPassword} : browser session only (API tokens get 403);
 *  ends every other session and sets a fresh session cookie for this one. */
export const PUT = route(async (request) => {
  const input = await readJson(request, changePasswordSchema);
  const user = await requireRequestUser(request, { allowToken: false });
  await changePassword({ user, input });
  // Older sessions (other browsers, a stolen cookie) end here; this browser gets a new one.
  return new Response(null, { status: 204, headers: { 'set-cookie': await freshSessionCookie(user) } });
});
