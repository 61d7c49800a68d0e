import { requireRequestUser } from '@/lib/auth/request-user';
import { readPreviewInput } from '@/lib/http/read-upload';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { previewImport } from '@/lib/server/documents/preview-import';

/** POST /api/documents/preview (multipart: teamId + text [+ format] or one file) : OWNER or EDITOR. Stores nothing. */
export const POST = route(async (request) => {
  const input = await readPreviewInput(request);
  const user = await requireRequestUser(request);
  return json({ preview: await previewImport({ user, ...input }) });
});
