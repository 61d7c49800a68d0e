// The library: adding articles (preview, create), editing and deleting them, and the searchable list.
import { beforeAll, describe, expect, it } from 'vitest';
import * as annotationsRoute from '@/app/api/documents/[id]/annotations/route';
import * as documentRoute from '@/app/api/documents/[id]/route';
import * as previewRoute from '@/app/api/documents/preview/route';
import * as documentsRoute from '@/app/api/documents/route';
import { MAX_UPLOAD_BYTES } from '@/lib/corpus/decode-upload';
import { db } from '@/lib/db';
import { createDesk, type Desk } from '../support/desk';
import { uniqueName } from '../support/factory';
import { call } from '../support/http';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
});

const PROSE = 'The delegation arrived in Tehran on Monday for talks that both sides described as long overdue and productive.';

/** A pasted article, unique per call so tests never collide on the duplicate rule. */
function article(marker = uniqueName('word')): string {
  return ['Top of page', `A headline about ${marker}`, `${PROSE} ${marker} appears in the text.`, 'Advertisement', `${PROSE} A second paragraph.`].join('\n\n');
}

function fileForm(teamId: string, name: string, bytes: Uint8Array<ArrayBuffer> | string): FormData {
  const form = new FormData();
  form.set('teamId', teamId);
  form.set('file', new File([bytes], name));
  return form;
}

async function create(raw: string, extra: Record<string, unknown> = {}, user = desk.editor) {
  return call(documentsRoute.POST, 'POST', { user, body: { teamId: desk.teamId, raw, format: 'text', meta: { title: 'T' }, ...extra } });
}

describe('POST /api/documents/preview', () => {
  it('previews pasted text: blocks kept and dropped with reasons, metadata, no duplicate', async () => {
    const form = new FormData();
    form.set('teamId', desk.teamId);
    form.set('text', article('zebra'));
    const res = await call(previewRoute.POST, 'POST', { user: desk.editor, form });
    expect(res.status).toBe(200);
    const { preview } = res.body;
    expect(preview).toMatchObject({ fileName: null, format: 'text', duplicateOf: null, meta: { title: 'A headline about zebra' } });
    expect(preview.blocks.map((block: any) => [block.kept, block.reason ?? null])).toEqual([
      [false, 'page-chrome'], [false, 'title'], [true, null], [false, 'page-chrome'], [true, null],
    ]);
    expect(preview.raw).toBe(article('zebra'));
  });

  it('accepts JSON too, and reads an HTML file with its meta tags', async () => {
    const json = await call(previewRoute.POST, 'POST', { user: desk.owner, body: { teamId: desk.teamId, text: 'Just one line of text.' } });
    expect(json.status).toBe(200);
    const html = `<html lang="ru"><head><meta property="og:title" content="Заголовок"><meta property="og:site_name" content="Вести"><meta property="article:published_time" content="2024-05-06T08:00:00Z"></head><body><nav>Главная</nav><article><p>${'Текст статьи о переговорах в Москве. '.repeat(10)}</p></article></body></html>`;
    const res = await call(previewRoute.POST, 'POST', { user: desk.editor, form: fileForm(desk.teamId, 'page.html', html) });
    expect(res.status).toBe(200);
    expect(res.body.preview).toMatchObject({ fileName: 'page.html', format: 'html', meta: { title: 'Заголовок', outlet: 'Вести', publishedDate: '2024-05-06', language: 'ru' } });
    // The navigation is not in the article, but the preview shows it as left out by the HTML step.
    expect(res.body.preview.blocks.map((block: any) => [block.text.slice(0, 7), block.kept, block.reason ?? null])).toEqual([
      ['Главная', false, 'html-chrome'],
      ['Текст с', true, null],
    ]);
  });

  it('pre-fills a title longer than the limit shortened to it, so the article saves with it', async () => {
    const long = `${'Переговоры в Москве продолжаются '.repeat(14)}${uniqueName('long')}`;
    expect(long.length).toBeGreaterThan(300);
    const html = `<html><head><title>${long}</title></head><body><article><p>${PROSE} ${uniqueName('long')}</p></article></body></html>`;
    const res = await call(previewRoute.POST, 'POST', { user: desk.editor, form: fileForm(desk.teamId, 'long.xhtml', html) });
    expect(res.status).toBe(200);
    const { title } = res.body.preview.meta;
    expect(title.length).toBeLessThanOrEqual(300);
    expect(title.endsWith('…')).toBe(true);
    const saved = await create(html, { format: 'html', meta: { title } });
    expect(saved.status).toBe(201);
  });

  it('says what is wrong with an upload: empty, too large (with the limit), binary, bad encoding, type', async () => {
    const empty = await call(previewRoute.POST, 'POST', { user: desk.editor, form: fileForm(desk.teamId, 'empty.txt', '') });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.file).toEqual(['empty.txt is empty.']);

    const big = await call(previewRoute.POST, 'POST', { user: desk.editor, form: fileForm(desk.teamId, 'big.txt', new Uint8Array(MAX_UPLOAD_BYTES + 10).fill(0x61)) });
    expect(big.status).toBe(413);
    expect(big.body.error.message).toMatch(/limit is 5 MB/);

    const binary = await call(previewRoute.POST, 'POST', { user: desk.editor, form: fileForm(desk.teamId, 'photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])) });
    expect(binary.status).toBe(422);
    expect(binary.body.error.fields.file[0]).toMatch(/binary file/);

    const latin1 = await call(previewRoute.POST, 'POST', { user: desk.editor, form: fileForm(desk.teamId, 'cafe.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])) });
    expect(latin1.status).toBe(422);
    expect(latin1.body.error.fields.file[0]).toMatch(/not UTF-8/);

    const pdf = await call(previewRoute.POST, 'POST', { user: desk.editor, form: fileForm(desk.teamId, 'paper.pdf', '%PDF') });
    expect(pdf.status).toBe(422);
    expect(pdf.body.error.fields.file[0]).toMatch(/not a \.txt, \.md or \.html file/);
  });

  it('says what is wrong with pasted text and the form', async () => {
    const blank = await call(previewRoute.POST, 'POST', { user: desk.editor, body: { teamId: desk.teamId, text: '   \n ' } });
    expect(blank.status).toBe(422);
    expect(blank.body.error.fields.text).toEqual(['The article has no text: paste it or choose a file.']);
    const form = new FormData();
    form.set('text', 'x');
    const noTeam = await call(previewRoute.POST, 'POST', { user: desk.editor, form });
    expect(noTeam.status).toBe(422);
    expect(noTeam.body.error.fields.teamId).toEqual(['teamId is required.']);
    const badFormat = await call(previewRoute.POST, 'POST', { user: desk.editor, body: { teamId: desk.teamId, text: 'x', format: 'pdf' } });
    expect(badFormat.status).toBe(422);
    expect(badFormat.body.error.fields.format).toBeDefined();
  });

  it('refuses viewers (403), outsiders (404) and the signed out (401)', async () => {
    const body = { teamId: desk.teamId, text: 'Some text.' };
    expect((await call(previewRoute.POST, 'POST', { user: desk.viewer, body })).status).toBe(403);
    expect((await call(previewRoute.POST, 'POST', { user: desk.outsider, body })).status).toBe(404);
    expect((await call(previewRoute.POST, 'POST', { body })).status).toBe(401);
  });

  it('points at the existing article when the text is already in the team', async () => {
    const raw = article();
    const created = await create(raw);
    const res = await call(previewRoute.POST, 'POST', { user: desk.editor, body: { teamId: desk.teamId, text: raw } });
    expect(res.body.preview.duplicateOf).toEqual({ id: created.body.document.id, title: 'T' });
  });
});

describe('POST /api/documents', () => {
  it('cleans the text again on the server, applies keep/drop, stores raw and metadata, and audits', async () => {
    const raw = article('falcon');
    const res = await call(documentsRoute.POST, 'POST', {
      user: desk.editor,
      body: { teamId: desk.teamId, raw, format: 'text', keep: [1], drop: [4], meta: { title: 'Falcon', source: uniqueName('Outlet'), author: 'R. Author', publishedDate: '2024-02-29', url: 'https://example.org/a', language: 'fa' } },
    });
    expect(res.status).toBe(201);
    expect(res.body.document).toEqual({ id: expect.any(String), title: 'Falcon' });
    const stored = await db.document.findUniqueOrThrow({ where: { id: res.body.document.id }, include: { source: true } });
    expect(stored.text).toBe(`A headline about falcon\n\n${PROSE} falcon appears in the text.`);
    expect(stored.rawText).toBe(raw);
    expect(stored).toMatchObject({ author: 'R. Author', url: 'https://example.org/a', language: 'fa', createdById: desk.editor.id });
    expect(stored.publishedAt?.toISOString().slice(0, 10)).toBe('2024-02-29');
    const audit = await db.auditEvent.findFirst({ where: { entityId: stored.id, action: 'document.create' } });
    expect(audit).toMatchObject({ actorId: desk.editor.id, teamId: desk.teamId });
  });

  it('reuses an existing outlet whatever its case, and creates a new one', async () => {
    const name = uniqueName('Reuters');
    const first = await create(article(), { meta: { title: 'A', source: name } });
    const second = await create(article(), { meta: { title: 'B', source: name.toUpperCase() } });
    const [a, b] = await Promise.all([first, second].map((res) => db.document.findUniqueOrThrow({ where: { id: res.body.document.id } })));
    expect(a!.sourceId).not.toBeNull();
    expect(b!.sourceId).toBe(a!.sourceId);
  });

  it('saves a 4 MB HTML page whole (the raw text is not capped below the upload limit)', async () => {
    const filler = `<div class="x" data-y="z">${'<span>chrome</span>'.repeat(4 * 1024 * 1024 / 19)}</div>`;
    const html = `<html><body><nav>${filler}</nav><article><p>${PROSE} ${uniqueName('big')}</p></article></body></html>`;
    const res = await create(html, { format: 'html' });
    expect(res.status).toBe(201);
  });

  it('keeps the HTML as the raw text of an HTML article and stores its article text', async () => {
    const html = `<html><body><nav>Menu World Sport</nav><article><h1>Heading</h1><p>${PROSE} ${uniqueName('html')}</p><script>alert(1)</script></article></body></html>`;
    const res = await create(html, { format: 'html' });
    expect(res.status).toBe(201);
    const stored = await db.document.findUniqueOrThrow({ where: { id: res.body.document.id } });
    expect(stored.rawText).toBe(html);
    expect(stored.text).toContain(PROSE);
    expect(stored.text).not.toMatch(/alert|Menu|<\w/);
  });

  it('keeps back a block the HTML step left out, by its index in the preview', async () => {
    const marker = uniqueName('aside');
    const html = `<html><body><nav>Menu World Sport</nav><article><p>${PROSE} ${marker}</p></article><aside><p>Sidebar note ${marker}</p></aside></body></html>`;
    const preview = await call(previewRoute.POST, 'POST', { user: desk.editor, body: { teamId: desk.teamId, text: html, format: 'html' } });
    const blocks = preview.body.preview.blocks as { index: number; text: string; kept: boolean; reason?: string }[];
    const aside = blocks.find((block) => block.text.startsWith('Sidebar note'))!;
    expect(aside).toMatchObject({ kept: false, reason: 'html-chrome' });
    const res = await create(html, { format: 'html', keep: [aside.index] });
    expect(res.status).toBe(201);
    const stored = await db.document.findUniqueOrThrow({ where: { id: res.body.document.id } });
    expect(stored.text).toBe(`${PROSE} ${marker}\n\nSidebar note ${marker}`);
  });

  it('rescues an article inside a wrapper whose class has a chrome word ("with-ads")', async () => {
    const marker = uniqueName('ads');
    const html = `<div id="page" class="layout with-ads"><div class="story-body"><p>${PROSE} One ${marker}.</p><p>${PROSE} Two.</p><p>${PROSE} Three.</p></div></div>`;
    const res = await create(html, { format: 'html' });
    expect(res.status).toBe(201);
    const stored = await db.document.findUniqueOrThrow({ where: { id: res.body.document.id } });
    expect(stored.text.split('\n\n')).toHaveLength(3);
  });

  it('takes a working title from the text when none is given', async () => {
    const res = await create(`${PROSE} ${uniqueName('t')}`, { meta: {} });
    expect(res.status).toBe(201);
    expect(res.body.document.title).toBe('The delegation arrived in Tehran on Monday for talks that both sides described as long…');
  });

  it('refuses a text already in the team with 409 and a link to the article', async () => {
    const raw = article();
    const first = await create(raw);
    const again = await create(`\n${raw}\n\n`, {}, desk.owner); // same canonical text
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'CONFLICT', current: { id: first.body.document.id, title: 'T' } });
    expect(again.body.error.message).toMatch(/already in the team as “T”/);
  });

  it('refuses empty text, an empty result, unknown block indexes and bad metadata with field errors', async () => {
    expect((await create('  ')).body.error.fields.raw).toEqual(['The article has no text: paste it or choose a file.']);
    const nothing = await create('Top of page\n\nAdvertisement');
    expect(nothing.status).toBe(422);
    expect(nothing.body.error.fields.raw[0]).toMatch(/Nothing is left/);
    const stale = await create(article(), { keep: [99] });
    expect(stale.status).toBe(422);
    expect(stale.body.error.fields.keep[0]).toMatch(/99 is not one of them/);
    const meta = await create(article(), { meta: { publishedDate: '2023-02-30', url: 'javascript:alert(1)', language: 'English' } });
    expect(meta.status).toBe(422);
    expect(Object.keys(meta.body.error.fields).sort()).toEqual(['meta.language', 'meta.publishedDate', 'meta.url']);
    const nul = await create('text with a \u0000 byte');
    expect(nul.body.error.fields.raw[0]).toMatch(/cannot be stored/);
  });

  it('refuses viewers (403), outsiders (404), the signed out (401), and bodies over the limit (413)', async () => {
    expect((await create(article(), {}, desk.viewer)).status).toBe(403);
    expect((await create(article(), {}, desk.outsider)).status).toBe(404);
    expect((await call(documentsRoute.POST, 'POST', { body: { teamId: desk.teamId, raw: 'x' } })).status).toBe(401);
    const huge = await call(documentsRoute.POST, 'POST', { user: desk.editor, rawBody: JSON.stringify({ teamId: desk.teamId, raw: 'a'.repeat(9 * 1024 * 1024) }) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toBe('The request body is larger than the limit of 8 MB.');
  });
});

async function highlight(documentId: string, text: string, phrase: string) {
  const start = Array.from(text.slice(0, text.indexOf(phrase))).length;
  const res = await call(annotationsRoute.POST, 'POST', { user: desk.editor, params: { id: documentId }, body: { start, end: start + Array.from(phrase).length } });
  expect(res.status).toBe(201);
}

describe('PATCH /api/documents/:id', () => {
  it('changes metadata, creates a new outlet by name, clears fields, and audits the change', async () => {
    const created = await create(article(), { meta: { title: 'Before', author: 'Someone', url: 'https://example.org/x' } });
    const id = created.body.document.id;
    const outlet = uniqueName('New outlet');
    const res = await call(documentRoute.PATCH, 'PATCH', { user: desk.owner, params: { id }, body: { title: ' After ', source: outlet, author: null, url: '', publishedDate: '2025-01-02', language: 'ru' } });
    expect(res.status).toBe(200);
    expect(res.body.document).toMatchObject({ id, title: 'After', outlet, author: null, url: null, publishedDate: '2025-01-02', language: 'ru', highlights: 0 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'document.update' } });
    expect(audit.before).toEqual({ title: 'Before', outlet: null, author: 'Someone', url: 'https://example.org/x', publishedDate: null, language: 'en' });
    expect(audit.after).toEqual({ title: 'After', outlet, author: null, url: null, publishedDate: '2025-01-02', language: 'ru' });
  });

  it('leaves out fields that are not sent and refuses an empty title', async () => {
    const id = (await create(article(), { meta: { title: 'Keep me', author: 'A' } })).body.document.id;
    const res = await call(documentRoute.PATCH, 'PATCH', { user: desk.editor, params: { id }, body: { language: 'de' } });
    expect(res.body.document).toMatchObject({ title: 'Keep me', author: 'A', language: 'de' });
    const empty = await call(documentRoute.PATCH, 'PATCH', { user: desk.editor, params: { id }, body: { title: '  ' } });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.title).toEqual(['An article needs a title.']);
  });

  it('replaces the text while there are no highlights, and refuses with 409 once there are', async () => {
    const id = (await create(article())).body.document.id;
    const replacement = `${PROSE} ${uniqueName('replaced')}`;
    const replaced = await call(documentRoute.PATCH, 'PATCH', { user: desk.editor, params: { id }, body: { raw: replacement } });
    expect(replaced.status).toBe(200);
    const stored = await db.document.findUniqueOrThrow({ where: { id } });
    expect(stored.text).toBe(replacement);
    await highlight(id, stored.text, 'delegation arrived');
    const locked = await call(documentRoute.PATCH, 'PATCH', { user: desk.owner, params: { id }, body: { raw: `${PROSE} other` } });
    expect(locked.status).toBe(409);
    expect(locked.body.error.current).toEqual({ id, title: 'T', highlights: 1 });
    expect(locked.body.error.message).toMatch(/1 highlight anchored/);
    const metaStill = await call(documentRoute.PATCH, 'PATCH', { user: desk.owner, params: { id }, body: { title: 'Renamed', raw: replacement } });
    expect(metaStill.status).toBe(200); // the same text again is no change
    expect(metaStill.body.document.title).toBe('Renamed');
  });

  it('refuses viewers (403), outsiders and unknown ids (404), the signed out (401)', async () => {
    const id = (await create(article())).body.document.id;
    expect((await call(documentRoute.PATCH, 'PATCH', { user: desk.viewer, params: { id }, body: { title: 'x' } })).status).toBe(403);
    const outsider = await call(documentRoute.PATCH, 'PATCH', { user: desk.outsider, params: { id }, body: { title: 'x' } });
    expect(outsider.status).toBe(404);
    expect(outsider.body.error.message).toBe('That article was not found.');
    expect((await call(documentRoute.PATCH, 'PATCH', { user: desk.editor, params: { id: 'missing' }, body: { title: 'x' } })).status).toBe(404);
    expect((await call(documentRoute.PATCH, 'PATCH', { params: { id }, body: { title: 'x' } })).status).toBe(401);
  });
});

describe('DELETE /api/documents/:id', () => {
  it('deletes an article without highlights at once, and audits it', async () => {
    const id = (await create(article(), { meta: { title: 'Gone' } })).body.document.id;
    const res = await call(documentRoute.DELETE, 'DELETE', { user: desk.editor, params: { id } });
    expect(res.status).toBe(204);
    expect(await db.document.findUnique({ where: { id } })).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'document.delete' } });
    expect(audit.before).toMatchObject({ title: 'Gone', highlights: 0, ratings: 0 });
  });

  it('needs confirm once there are highlights: 409 with the count, then deletes them all and audits the counts', async () => {
    const id = (await create(article(), { meta: { title: 'Worked on' } })).body.document.id;
    const { text } = await db.document.findUniqueOrThrow({ where: { id } });
    await highlight(id, text, 'delegation arrived');
    await highlight(id, text, 'Monday');
    const refused = await call(documentRoute.DELETE, 'DELETE', { user: desk.owner, params: { id } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.current).toEqual({ id, title: 'Worked on', highlights: 2 });
    expect((await call(documentRoute.DELETE, 'DELETE', { user: desk.owner, params: { id }, query: { confirm: 'false' } })).status).toBe(409);
    const bad = await call(documentRoute.DELETE, 'DELETE', { user: desk.owner, params: { id }, query: { confirm: 'yes' } });
    expect(bad.status).toBe(422);
    const deleted = await call(documentRoute.DELETE, 'DELETE', { user: desk.owner, params: { id }, query: { confirm: 'true' } });
    expect(deleted.status).toBe(204);
    expect(await db.annotation.count({ where: { documentId: id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'document.delete' } });
    expect(audit).toMatchObject({ actorId: desk.owner.id, before: { title: 'Worked on', highlights: 2 } });
  });

  it('refuses viewers (403), outsiders (404), the signed out (401)', async () => {
    const id = (await create(article())).body.document.id;
    expect((await call(documentRoute.DELETE, 'DELETE', { user: desk.viewer, params: { id } })).status).toBe(403);
    expect((await call(documentRoute.DELETE, 'DELETE', { user: desk.outsider, params: { id } })).status).toBe(404);
    expect((await call(documentRoute.DELETE, 'DELETE', { params: { id } })).status).toBe(401);
    expect(await db.document.findUnique({ where: { id } })).not.toBeNull();
  });
});
