import 'server-only';
import { requireRequestUser } from '@/lib/auth/request-user';
import { readQuery } from '@/lib/http/read-input';
import { streamDownload } from '@/lib/http/stream-response';
import { exportExcerpts, type ExportFormat } from '@/lib/server/export/export-excerpts';
import { exportQuerySchema } from '@/lib/validation/export';

/** The links in an export (reader URLs, JSON-LD ids) use the app's public address. */
export function publicBaseUrl(request: Request): string {
  return (process.env.NEXTAUTH_URL ?? new URL(request.url).origin).replace(/\/+$/, '');
}

/** GET /api/export.csv and /api/export.jsonld share everything but the format. */
export async function exportDownload(request: Request, format: ExportFormat): Promise<Response> {
  const query = readQuery(request, exportQuerySchema);
  const user = await requireRequestUser(request);
  const baseUrl = publicBaseUrl(request);
  const url = new URL(request.url);
  const download = await exportExcerpts({ user, query, format, baseUrl, collectionId: `${baseUrl}${url.pathname}${url.search}` });
  return streamDownload(download);
}
