import 'server-only';
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { API_TOKEN_SELECT, SHOWN_PREFIX_LENGTH, TOKEN_PREFIX, toApiTokenDto, type ApiTokenDto } from '@/lib/server/tokens/api-token-dto';
import { hashSecret, newSecret } from '@/lib/server/tokens/secret';
import { createTokenSchema, type CreateTokenInput } from '@/lib/validation/tokens';

export const MAX_ACTIVE_TOKENS = 25;

/** A personal API token for scripts. `token` is in this answer only; the database keeps its sha-256. */
export async function createApiToken(options: { user: SessionUser; input: CreateTokenInput }): Promise<{ token: string; apiToken: ApiTokenDto }> {
  const { name } = parseInput(createTokenSchema, options.input);
  const token = newSecret(TOKEN_PREFIX);
  const id = `tok${randomUUID().replaceAll('-', '')}`;
  const now = new Date();
  const row = await db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: options.user.id, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) throw new AppError('CONFLICT', `You have ${MAX_ACTIVE_TOKENS} tokens: revoke one you no longer use first.`);
    const created = await tx.apiToken.create({
      data: { id, userId: options.user.id, name, tokenHash: hashSecret(token), prefix: token.slice(0, SHOWN_PREFIX_LENGTH), createdAt: now },
      select: API_TOKEN_SELECT,
    });
    await recordAuditEvent(tx, { teamId: null, actorId: options.user.id, action: 'token.create', entityType: 'ApiToken', entityId: id, after: { name, prefix: created.prefix } });
    return created;
  });
  return { token, apiToken: toApiTokenDto(row) };
}
