import { route } from '@/lib/http/route';
import { exportDownload } from '@/lib/server/export/export-route';

/** GET /api/export.jsonld?<the filters of /api/export.csv> : W3C Web Annotation JSON-LD. */
export const GET = route(async (request) => exportDownload(request, 'jsonld'));
