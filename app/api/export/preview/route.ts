import { requireRequestUser } from '@/lib/auth/request-user';
import { readQuery } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { previewExport } from '@/lib/server/export/export-excerpts';
import { exportQuerySchema } from '@/lib/validation/export';

/** GET /api/export/preview?<the filters of /api/export.csv> : count, first rows, header, file names. */
export const GET = route(async (request) => {
  const query = readQuery(request, exportQuerySchema);
  const user = await requireRequestUser(request);
  return json({ preview: await previewExport({ user, query }) });
});
