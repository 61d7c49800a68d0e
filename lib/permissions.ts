// Who may do what, decided on stored records (a membership loaded from the database).
import type { Role } from '@prisma/client';

/** A user's role in the team that owns a record, and whether the team rates blind first. */
export type TeamAccess = { teamId: string; role: Role; isBlind: boolean };

export function canReadTeam(access: TeamAccess | null): access is TeamAccess {
  return access !== null;
}

/** OWNER and EDITOR write (highlights, themes, articles); VIEWER only reads. */
export function canEditTeamContent(access: Pick<TeamAccess, 'role'> | null): boolean {
  return access?.role === 'OWNER' || access?.role === 'EDITOR';
}

/** Its author edits or deletes a highlight, and so does a team OWNER; VIEWERs never write. */
export function canEditAnnotation(access: Pick<TeamAccess, 'role'> | null, userId: string, annotation: { authorId: string }): boolean {
  if (!access || access.role === 'VIEWER') return false;
  return access.role === 'OWNER' || annotation.authorId === userId;
}

/** Only OWNERs manage a team: members, roles, invites, the audit log, settings. */
export function canManageTeam(access: Pick<TeamAccess, 'role'> | null): boolean {
  return access?.role === 'OWNER';
}
