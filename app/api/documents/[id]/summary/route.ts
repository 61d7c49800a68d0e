import { requireRequestUser } from '@/lib/auth/request-user';
import { readQuery } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { summarizeDocument } from '@/lib/server/dashboard/summarize-document';
import { documentSummaryQuerySchema } from '@/lib/validation/dashboard';

/** GET /api/documents/:id/summary[?bins=N] : the per-article dashboard's figures. */
export const GET = route<{ id: string }>(async (request, { id }) => {
  const { bins } = readQuery(request, documentSummaryQuerySchema);
  const user = await requireRequestUser(request);
  return json({ summary: await summarizeDocument({ user, documentId: id, bins }) });
});
