import { route } from '@/lib/http/route';
import { exportDownload } from '@/lib/server/export/export-route';

/** GET /api/export.csv?teamId=&documentId=&tag=&tagMode=&analyst=&minCredibility=&maxCredibility=&reliability=&from=&to=&publishedFrom=&publishedTo=&bom=&themeColumns=&spreadsheetSafe= */
export const GET = route(async (request) => exportDownload(request, 'csv'));
