import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { mergeTags } from '@/lib/server/tags/merge-tags';
import { mergeTagSchema } from '@/lib/validation/tags';

/** POST /api/tags/:id/merge {into} : moves this theme's highlights to `into` and deletes this theme. */
export const POST = route<{ id: string }>(async (request, { id }) => {
  const input = await readJson(request, mergeTagSchema);
  const user = await requireRequestUser(request);
  return json({ tag: await mergeTags({ user, tagId: id, input }) });
}, { idempotent: true });
