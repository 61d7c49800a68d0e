import { beforeAll, describe, expect, it } from 'vitest';
import * as mergeRoute from '@/app/api/tags/[id]/merge/route';
import * as tagRoute from '@/app/api/tags/[id]/route';
import * as tagsRoute from '@/app/api/tags/route';
import { db } from '@/lib/db';
import { createDesk, type Desk } from '../support/desk';
import { uniqueName } from '../support/factory';
import { call } from '../support/http';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
});

type User = Desk['editor'] | null;
const create = (user: User, body: Record<string, unknown>) => call(tagsRoute.POST, 'POST', { user, body: { teamId: desk.teamId, color: '#1f77b4', ...body } });
const list = (user: User, query: Record<string, string> = {}) => call(tagsRoute.GET, 'GET', { user, query: { teamId: desk.teamId, ...query } });
const patch = (user: User, id: string, body: unknown) => call(tagRoute.PATCH, 'PATCH', { user, params: { id }, body });
const merge = (user: User, id: string, into: string) => call(mergeRoute.POST, 'POST', { user, params: { id }, body: { into } });

async function newTag(extra: Record<string, unknown> = {}) {
  const res = await create(desk.editor, { name: uniqueName('Theme'), ...extra });
  expect(res.status).toBe(201);
  return res.body.tag as { id: string; name: string; version: number };
}

describe('themes', () => {
  it('lets an editor and an owner create themes; every member lists them', async () => {
    const res = await create(desk.owner, { name: '  Sanctions and economy  ', color: '#AABBCC', description: 'Trade, oil, payments', shortcut: '3' });
    expect(res.status).toBe(201);
    expect(res.body.tag).toMatchObject({ name: 'Sanctions and economy', color: '#aabbcc', description: 'Trade, oil, payments', shortcut: '3', archived: false, usage: 0 });
    const listed = await list(desk.viewer);
    expect(listed.status).toBe(200);
    expect(listed.body.tags.map((t: { name: string }) => t.name)).toContain('Sanctions and economy');
  });

  it('keeps names unique per team whatever their case, and shortcuts unique', async () => {
    const tag = await newTag({ shortcut: '7' });
    const sameName = await create(desk.editor, { name: tag.name.toUpperCase() });
    expect(sameName.status).toBe(409);
    expect(sameName.body.error.fields.name).toBeDefined();
    const sameKey = await create(desk.editor, { name: uniqueName('Other'), shortcut: '7' });
    expect(sameKey.status).toBe(409);
    expect(sameKey.body.error.fields.shortcut).toBeDefined();
  });

  it('validates names, colours and shortcuts', async () => {
    const res = await create(desk.editor, { name: '', color: 'red', shortcut: '0' });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['color', 'name', 'shortcut']);
  });

  it('refuses a viewer (403), an outsider (404) and signed-out requests (401)', async () => {
    expect((await create(desk.viewer, { name: uniqueName('V') })).status).toBe(403);
    expect((await create(desk.outsider, { name: uniqueName('O') })).status).toBe(404);
    expect((await create(null, { name: uniqueName('N') })).status).toBe(401);
    expect((await list(desk.outsider)).status).toBe(404);
    const tag = await newTag();
    expect((await patch(desk.viewer, tag.id, { name: 'x' })).status).toBe(403);
    expect((await patch(desk.outsider, tag.id, { name: 'x' })).status).toBe(404);
    expect((await db.tag.findUniqueOrThrow({ where: { id: tag.id } })).name).toBe(tag.name);
  });

  it('renames, recolours, describes and re-keys, with versions', async () => {
    const tag = await newTag();
    const res = await patch(desk.editor2, tag.id, { name: `${tag.name} renamed`, color: '#000000', description: 'd', shortcut: '9', version: 1 });
    expect(res.status).toBe(200);
    expect(res.body.tag).toMatchObject({ name: `${tag.name} renamed`, color: '#000000', description: 'd', shortcut: '9', version: 2 });
    const stale = await patch(desk.editor, tag.id, { name: 'stale', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.name).toBe(`${tag.name} renamed`);
  });

  it('archives a theme: hidden from the default list, shortcut released, restorable', async () => {
    const tag = await newTag({ shortcut: '8' });
    const archived = await patch(desk.editor, tag.id, { archived: true });
    expect(archived.body.tag).toMatchObject({ archived: true, shortcut: null });
    expect((await list(desk.editor)).body.tags.map((t: { id: string }) => t.id)).not.toContain(tag.id);
    expect((await list(desk.editor, { archived: 'only' })).body.tags.map((t: { id: string }) => t.id)).toContain(tag.id);
    expect((await patch(desk.editor, tag.id, { archived: false })).body.tag.archived).toBe(false);
  });

  it('merges a theme into another: highlights move once, the merged theme disappears', async () => {
    const [from, into] = [await newTag(), await newTag()];
    const text = await db.document.findUniqueOrThrow({ where: { id: desk.documentId }, select: { text: true } });
    const make = (tagIds: string[]) =>
      db.annotation.create({
        data: { teamId: desk.teamId, documentId: desk.documentId, authorId: desk.editor.id, start: 0, end: 5, exact: text.text.slice(0, 5), prefix: '', suffix: '', tags: { create: tagIds.map((tagId) => ({ tagId, authorId: desk.editor.id, start: 0, end: 5 })) } },
      });
    const [a, b, c] = [await make([from.id]), await make([into.id]), await make([from.id, into.id])];
    const res = await merge(desk.editor, from.id, into.id);
    expect(res.status).toBe(200);
    expect(res.body.tag).toMatchObject({ id: into.id, usage: 3 });
    expect(await db.tag.findUnique({ where: { id: from.id } })).toBeNull();
    for (const annotation of [a, b, c]) {
      expect(await db.annotationTag.findMany({ where: { annotationId: annotation.id }, select: { tagId: true } })).toEqual([{ tagId: into.id }]);
    }
  });

  it('refuses merging into itself, into another team’s theme, and by a viewer', async () => {
    const tag = await newTag();
    expect((await merge(desk.editor, tag.id, tag.id)).status).toBe(422);
    const alienTeam = await db.team.create({ data: { name: uniqueName('alien'), slug: uniqueName('alien') } });
    const alien = await db.tag.create({ data: { teamId: alienTeam.id, name: 'Alien', color: '#000000' } });
    expect((await merge(desk.editor, tag.id, alien.id)).status).toBe(404);
    expect((await merge(desk.viewer, tag.id, (await newTag()).id)).status).toBe(403);
    expect(await db.tag.findUnique({ where: { id: tag.id } })).not.toBeNull();
  });
});
