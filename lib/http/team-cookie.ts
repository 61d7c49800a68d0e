import 'server-only';
import { TEAM_COOKIE } from '@/lib/server/teams/current-team';

/** A Set-Cookie value that makes `teamId` the browser's current team (the switcher's cookie). */
export function teamCookie(teamId: string): string {
  const secure = process.env.NEXTAUTH_URL?.startsWith('https://') ? '; Secure' : '';
  return `${TEAM_COOKIE}=${encodeURIComponent(teamId)}; Path=/; Max-Age=${365 * 24 * 60 * 60}; HttpOnly; SameSite=Lax${secure}`;
}
