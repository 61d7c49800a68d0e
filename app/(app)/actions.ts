'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { AppError, parseInput } from '@/lib/errors';
import { TEAM_COOKIE } from '@/lib/server/teams/current-team';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

const switchTeamSchema = z.object({ teamId: z.string().min(1, 'Choose a team.').max(64) });

export type ActionResult = { ok: false; error: string } | undefined;

/** Makes one of the user's teams the current one (remembered in a cookie). */
export async function switchTeam(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(switchTeamSchema, { teamId: formData.get('teamId') });
    const user = await requireUser();
    const access = await requireTeamAccess({ user, teamId: input.teamId, need: 'read', what: 'That team' });
    (await cookies()).set(TEAM_COOKIE, access.teamId, {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NEXTAUTH_URL?.startsWith('https://') ?? false,
      path: '/',
      maxAge: 365 * 24 * 60 * 60,
    });
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message };
    throw error;
  }
  redirect('/documents');
}
