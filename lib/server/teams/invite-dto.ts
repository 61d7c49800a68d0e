import type { Prisma, Role } from '@prisma/client';

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

/** What the data layer reads of an invite: the row, its team's name and its creator's name. */
export const INVITE_SELECT = {
  id: true,
  teamId: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  createdAt: true,
  team: { select: { name: true } },
  createdBy: { select: { name: true } },
} as const satisfies Prisma.InviteSelect;

export type InviteRecord = Prisma.InviteGetPayload<{ select: typeof INVITE_SELECT }>;

export function inviteState(row: Pick<InviteRecord, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now = new Date()): InviteState {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

export function toInviteDto(row: InviteRecord): InviteDto {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    state: inviteState(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    createdBy: row.createdBy?.name ?? null,
  };
}
