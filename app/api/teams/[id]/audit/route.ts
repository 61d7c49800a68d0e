import { requireRequestUser } from '@/lib/auth/request-user';
import { readQuery } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { listAuditEvents } from '@/lib/server/audit/list-audit-events';
import { auditQuerySchema } from '@/lib/validation/teams';

/** GET /api/teams/:id/audit?actor=&action=&entityType=&from=&to=&page= : OWNER only. */
export const GET = route<{ id: string }>(async (request, { id }) => {
  const query = readQuery(request, auditQuerySchema);
  const user = await requireRequestUser(request);
  return json(await listAuditEvents({ user, teamId: id, query }));
});
