import 'server-only';
import { Prisma, type Role } from '@prisma/client';

// The Invite table is read with SQL: the generated Prisma client in node_modules predates the
// Invite model (see the team branch's notes), and the claim in accept-invite needs a conditional
// UPDATE … RETURNING anyway.

/** A stored invite, as the SQL below returns it. */
export type InviteRow = {
  id: string;
  teamId: string;
  teamName: string;
  email: string;
  role: Role;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  createdByName: string | null;
};

/** Where an invite stands: only a pending one can be accepted or revoked. */
export type InviteState = 'pending' | 'accepted' | 'revoked' | 'expired';

/** An invite as the team page lists it (never its secret, which is not stored). */
export type InviteDto = {
  id: string;
  email: string;
  role: Role;
  state: InviteState;
  expiresAt: string;
  createdAt: string;
  acceptedAt: string | null;
  createdBy: string | null;
};

export const INVITE_SELECT = Prisma.sql`
  SELECT i.id, i."teamId", t.name AS "teamName", i.email, i.role::text AS role, i."expiresAt", i."acceptedAt",
         i."revokedAt", i."createdAt", u.name AS "createdByName"
    FROM "Invite" i
    JOIN "Team" t ON t.id = i."teamId"
    LEFT JOIN "User" u ON u.id = i."createdById"`;

export function inviteState(row: Pick<InviteRow, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now = new Date()): InviteState {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

export function toInviteDto(row: InviteRow): InviteDto {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    state: inviteState(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    createdBy: row.createdByName,
  };
}
