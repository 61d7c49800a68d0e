import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson, readQuery } from '@/lib/http/read-input';
import { MAX_ARTICLE_JSON_BYTES } from '@/lib/http/read-upload';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { createDocument } from '@/lib/server/documents/create-document';
import { searchDocuments } from '@/lib/server/documents/search-documents';
import { createDocumentSchema, listDocumentsQuerySchema } from '@/lib/validation/documents';

/** GET /api/documents?teamId=[&q=&sort=&order=&page=&pageSize=] : one page of the team's articles (no text). */
export const GET = route(async (request) => {
  const query = readQuery(request, listDocumentsQuerySchema);
  const user = await requireRequestUser(request);
  return json(await searchDocuments({ user, ...query }));
});

/** POST /api/documents {teamId, raw, format, keep?, drop?, meta} : OWNER or EDITOR; 409 for a text already in the team. */
export const POST = route(async (request) => {
  const input = await readJson(request, createDocumentSchema, MAX_ARTICLE_JSON_BYTES);
  const user = await requireRequestUser(request);
  return json({ document: await createDocument({ user, input }) }, { status: 201 });
}, { idempotent: true });
