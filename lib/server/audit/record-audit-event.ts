import 'server-only';
import type { Prisma } from '@prisma/client';
import type { Tx } from '@/lib/db';

/** A row of the audit log; written inside the transaction of the change it describes. */
export type AuditEntry = {
  teamId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

export async function recordAuditEvent(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}
