import 'server-only';

// ApiToken is read with SQL: the generated Prisma client in node_modules predates the model.

/** A personal API token as its owner sees it: never the token, which is shown once at creation. */
export type ApiTokenDto = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };

export type ApiTokenRow = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null };

export function toApiTokenDto(row: ApiTokenRow): ApiTokenDto {
  return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null };
}

/** Every token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'crd_';
/** How much of a token is kept in clear to tell tokens apart: "crd_" and 8 characters. */
export const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 8;
