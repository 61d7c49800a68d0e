import { requireRequestUser } from '@/lib/auth/request-user';
import { readJson, readQuery } from '@/lib/http/read-input';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { createTag } from '@/lib/server/tags/create-tag';
import { listTags } from '@/lib/server/tags/list-tags';
import { createTagSchema, listTagsQuerySchema } from '@/lib/validation/tags';

/** GET /api/tags?teamId=[&archived=include|exclude|only] */
export const GET = route(async (request) => {
  const { teamId, archived } = readQuery(request, listTagsQuerySchema);
  const user = await requireRequestUser(request);
  return json({ tags: await listTags({ user, teamId, archived }) });
});

/** POST /api/tags {teamId, name, color, description?, shortcut?} : OWNER or EDITOR. */
export const POST = route(async (request) => {
  const input = await readJson(request, createTagSchema);
  const user = await requireRequestUser(request);
  return json({ tag: await createTag({ user, input }) }, { status: 201 });
}, { idempotent: true });
