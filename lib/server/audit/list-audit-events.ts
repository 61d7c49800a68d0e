import 'server-only';
import type { Prisma } from '@prisma/client';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import { AUDIT_PAGE_SIZE, auditQuerySchema, type AuditQuery } from '@/lib/validation/teams';

/** One row of the audit log as the owner's page shows it. */
export type AuditEventDto = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; name: string; email: string } | null;
  before: unknown;
  after: unknown;
  createdAt: string;
};

/** A page of the log, with the values each filter can take. */
export type AuditPage = {
  events: AuditEventDto[];
  page: number;
  pageSize: number;
  total: number;
  facets: { actors: { id: string; name: string; email: string }[]; actions: string[]; entityTypes: string[] };
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** OWNER only: the team's audit log, newest first, filtered by actor, action, entity type and dates (UTC days, inclusive). */
export async function listAuditEvents(options: { user: SessionUser; teamId: string; query: Partial<Record<keyof AuditQuery, unknown>> }): Promise<AuditPage> {
  const query = parseInput(auditQuerySchema, options.query);
  await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'manage', what: 'That team' });
  const createdAt: Prisma.DateTimeFilter = {};
  if (query.from) createdAt.gte = new Date(`${query.from}T00:00:00Z`);
  if (query.to) createdAt.lt = new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS);
  const where: Prisma.AuditEventWhereInput = {
    teamId: options.teamId,
    ...(query.actor ? { actorId: query.actor } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.from || query.to ? { createdAt } : {}),
  };
  const [total, rows, actions, entityTypes, actorIds] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (query.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true, actor: { select: { id: true, name: true, email: true } } },
    }),
    db.auditEvent.groupBy({ by: ['action'], where: { teamId: options.teamId }, orderBy: { action: 'asc' } }),
    db.auditEvent.groupBy({ by: ['entityType'], where: { teamId: options.teamId }, orderBy: { entityType: 'asc' } }),
    db.auditEvent.groupBy({ by: ['actorId'], where: { teamId: options.teamId, actorId: { not: null } } }),
  ]);
  const actors = await db.user.findMany({
    where: { id: { in: actorIds.flatMap((row) => (row.actorId ? [row.actorId] : [])) } },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
  });
  return {
    events: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    page: query.page,
    pageSize: AUDIT_PAGE_SIZE,
    total,
    facets: { actors, actions: actions.map((row) => row.action), entityTypes: entityTypes.map((row) => row.entityType) },
  };
}
