import type { Prisma } from '@prisma/client';

/** A personal API token as its owner sees it: never the token, which is shown once at creation. */
export type ApiTokenDto = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };

/** What the data layer reads of a token to show it to its owner. */
export const API_TOKEN_SELECT = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true } as const satisfies Prisma.ApiTokenSelect;

export type ApiTokenRecord = Prisma.ApiTokenGetPayload<{ select: typeof API_TOKEN_SELECT }>;

export function toApiTokenDto(row: ApiTokenRecord): ApiTokenDto {
  return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null };
}

/** Every token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'crd_';
/** How much of a token is kept in clear to tell tokens apart: "crd_" and 8 characters. */
export const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 8;
