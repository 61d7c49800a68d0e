import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { updateTag } from '@/lib/server/tags/update-tag';
import { updateTagSchema } from '@/lib/validation/tags';

/** PATCH /api/tags/:id {name?, color?, description?, shortcut?, archived?, version?} : OWNER or EDITOR. */
export const PATCH = route<{ id: string }>(async (request, { id }) => {
  const input = await readJson(request, updateTagSchema);
  const user = await requireRequestUser(request);
  return json({ tag: await updateTag({ user, tagId: id, input }) });
});
