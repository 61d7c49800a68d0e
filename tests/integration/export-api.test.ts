// The export endpoints against the database: every CSV field compared with the stored records
// (hostile strings included), the filters, the blind rule, permissions, and the JSON-LD.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import * as csvRoute from '@/app/api/export.csv/route';
import * as jsonLdRoute from '@/app/api/export.jsonld/route';
import * as previewRoute from '@/app/api/export/preview/route';
import { quoteAt } from '@/lib/anchoring/quote';
import { codePointLength } from '@/lib/anchoring/code-points';
import type { SessionUser } from '@/lib/auth/session';
import { sha256Hex } from '@/lib/corpus/sha256';
import { restoreFormula } from '@/lib/csv/encode-csv';
import { db } from '@/lib/db';
import { CSV_COLUMNS } from '@/lib/export/csv-columns';
import type { ExportPreview } from '@/lib/export/export-types';
import { createDesk, span, type Desk } from '../support/desk';
import { uniqueName } from '../support/factory';
import { call, sessionCookie } from '../support/http';
import { expectValidAnnotationCollection } from '../support/web-annotation';

type Query = Record<string, string | readonly string[]>;
type Row = Record<string, string>;
type Fixture = { id: string; documentId: string; authorId: string; tagIds: string[]; note: string; createdAt?: Date };

const HOSTILE_NOTE = [
  'She said "no", twice; then: "maybe".',
  'Line one\nLine two\r\nLine three\rafter a lone CR',
  'Persian: روسیه و ایران متحد می‌شوند — RTL ‮override‬',
  'Cyrillic: Россия и Иран',
  'Emoji 🇷🇺🤝🇮🇷 👩🏽‍💻 and astral 𝔘𝔫𝔦',
  '<script>alert(1)</script> <img src=x onerror=alert(2)> \'; DROP TABLE "Annotation"; --',
  'Tab\tinside, comma, semicolon;',
].join('\n');
const FORMULA_NOTE = '=HYPERLINK("http://evil.example","click")';
// Over 10 kB of UTF-8, cut on a code point.
const LONG_NOTE = Array.from(Array.from({ length: 300 }, (_, i) => `Paragraph ${i}: "quoted", comma, ünïcödé 🙂\n`).join('')).slice(0, 10_000).join('');
const TEXT_2 = ['Tehran and Moscow sign a treaty.', 'Sanctions bite; oil flows east.', 'Drones over Kyiv, officials said.', 'An old report from January.'].join('\n\n');

let desk: Desk;
let doc2: string;
let sourceId: string;
const tags: Record<'sanctions' | 'formula' | 'persian' | 'semi', { id: string; name: string }> = {} as never;
const fixtures: Record<'a1' | 'a2' | 'a3' | 'a4' | 'a5', Fixture> = {} as never;
let outsiderExcerpt: string;

async function createExcerpt(options: { documentId: string; text: string; needle: string; author: SessionUser; tagIds: string[]; note: string; createdAt?: Date }): Promise<Fixture> {
  const { start, end } = span(options.text, options.needle);
  const quote = quoteAt(options.text, start, end);
  const annotation = await db.annotation.create({
    data: {
      teamId: (await db.document.findUniqueOrThrow({ where: { id: options.documentId } })).teamId,
      documentId: options.documentId,
      authorId: options.author.id,
      start,
      end,
      ...quote,
      note: options.note,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      tags: { create: options.tagIds.map((tagId) => ({ tagId, authorId: options.author.id, start, end })) },
    },
    select: { id: true },
  });
  return { id: annotation.id, documentId: options.documentId, authorId: options.author.id, tagIds: options.tagIds, note: options.note, createdAt: options.createdAt };
}

beforeAll(async () => {
  desk = await createDesk();
  const source = await db.source.create({ data: { teamId: desk.teamId, name: '=Outlet, "the" Daily' }, select: { id: true } });
  sourceId = source.id;
  doc2 = (
    await db.document.create({
      data: {
        teamId: desk.teamId,
        sourceId,
        title: 'Title, with "quotes" and روسیه',
        url: 'https://news.example.org/a?b=1&c=2',
        publishedAt: new Date('2026-01-15T00:00:00Z'),
        language: 'en',
        text: TEXT_2,
        rawText: TEXT_2,
        textSha256: sha256Hex(TEXT_2),
        length: codePointLength(TEXT_2),
      },
      select: { id: true },
    })
  ).id;
  const makeTag = async (name: string, color: string) => db.tag.create({ data: { teamId: desk.teamId, name, color }, select: { id: true, name: true } });
  tags.sanctions = await makeTag(uniqueName('Sanctions'), '#2563eb');
  tags.formula = await makeTag(`=cmd|' /C calc'!A0 ${uniqueName('f')}`, '#dc2626');
  tags.persian = await makeTag(`تحریم ${uniqueName('p')}`, '#16a34a');
  tags.semi = await makeTag(`Semi; colon ${uniqueName('s')}`, '#9333ea');

  const { DESK_TEXT } = await import('../support/desk');
  fixtures.a1 = await createExcerpt({ documentId: desk.documentId, text: DESK_TEXT, needle: 'Moscow and Tehran', author: desk.editor, tagIds: [tags.sanctions.id, tags.persian.id], note: HOSTILE_NOTE });
  fixtures.a2 = await createExcerpt({ documentId: desk.documentId, text: DESK_TEXT, needle: 'Привет, Москва!', author: desk.editor2, tagIds: [tags.formula.id], note: FORMULA_NOTE });
  fixtures.a3 = await createExcerpt({ documentId: doc2, text: TEXT_2, needle: 'Sanctions bite; oil flows east.', author: desk.owner, tagIds: [tags.sanctions.id, tags.semi.id], note: LONG_NOTE });
  fixtures.a4 = await createExcerpt({ documentId: doc2, text: TEXT_2, needle: 'Drones over Kyiv', author: desk.editor, tagIds: [tags.sanctions.id, tags.formula.id], note: '@SUM(A1:A9)' });
  fixtures.a5 = await createExcerpt({ documentId: doc2, text: TEXT_2, needle: 'An old report', author: desk.editor2, tagIds: [], note: '-minus first', createdAt: new Date('2026-01-02T10:00:00Z') });

  const rate = async (annotationId: string, user: SessionUser, credibility: number) => {
    const { documentId } = await db.annotation.findUniqueOrThrow({ where: { id: annotationId }, select: { documentId: true } });
    return db.passageRating.create({ data: { annotationId, documentId, userId: user.id, credibility } });
  };
  await Promise.all([
    rate(fixtures.a1.id, desk.editor, 2),
    rate(fixtures.a1.id, desk.editor2, 4),
    rate(fixtures.a2.id, desk.editor2, 6),
    rate(fixtures.a3.id, desk.owner, 1),
    rate(fixtures.a3.id, desk.editor, 3),
    rate(fixtures.a3.id, desk.editor2, 5),
    rate(fixtures.a5.id, desk.editor, 5),
    db.sourceRating.create({ data: { sourceId, userId: desk.owner.id, reliability: 'B' } }),
    db.sourceRating.create({ data: { sourceId, userId: desk.editor2.id, reliability: 'D' } }),
  ]);

  // The outsider's own team has an excerpt of its own.
  const outsiderTeam = (await db.membership.findFirstOrThrow({ where: { userId: desk.outsider.id } })).teamId;
  const outsiderDoc = await db.document.create({
    data: { teamId: outsiderTeam, title: 'Other desk article', text: TEXT_2, rawText: TEXT_2, textSha256: sha256Hex(`${TEXT_2}${uniqueName('x')}`), length: codePointLength(TEXT_2) },
    select: { id: true },
  });
  outsiderExcerpt = (await createExcerpt({ documentId: outsiderDoc.id, text: TEXT_2, needle: 'Tehran and Moscow', author: desk.outsider, tagIds: [], note: 'outsider' })).id;
});

/** The raw bytes of a download (Response.text() would drop a BOM). */
async function download(handler: typeof csvRoute.GET, user: SessionUser | null, query: Query) {
  const url = new URL('http://localhost/api/export.csv');
  for (const [key, value] of Object.entries(query)) for (const item of typeof value === 'string' ? [value] : value) url.searchParams.append(key, item);
  const headers = new Headers(user ? { cookie: await sessionCookie(user) } : {});
  const response = await handler(new Request(url, { headers }), { params: Promise.resolve({}) });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
}

async function csvRows(user: SessionUser, query: Query): Promise<Row[]> {
  const result = await download(csvRoute.GET, user, { teamId: desk.teamId, ...query });
  expect(result.status, result.text).toBe(200);
  return parse(result.text, { bom: true, columns: true, record_delimiter: '\r\n' }) as Row[];
}

const ids = (rows: Row[]) => rows.map((row) => row.excerpt_id).sort();
const idsOf = (...keys: (keyof typeof fixtures)[]) => keys.map((key) => fixtures[key].id).sort();

/** Lower median of the 1-5 ratings; 6 when every rating is 6; null when none. */
function consensus(grades: number[]): number | null {
  const judged = grades.filter((grade) => grade < 6).sort((a, b) => a - b);
  if (judged.length) return judged[Math.floor((judged.length - 1) / 2)]!;
  return grades.length ? 6 : null;
}

describe('GET /api/export.csv', () => {
  it('writes every field exactly as stored, one row per excerpt, as a member of a blind team sees it', async () => {
    const rows = await csvRows(desk.editor2, {});
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(ids(rows)).toEqual(idsOf('a1', 'a2', 'a3', 'a4', 'a5'));
    const stored = await db.annotation.findMany({
      where: { teamId: desk.teamId },
      include: { author: true, tags: { include: { tag: true } }, ratings: true, document: { include: { source: { include: { ratings: true } } } } },
    });
    for (const row of rows) {
      const a = stored.find((annotation) => annotation.id === row.excerpt_id)!;
      const cell = (name: string) => restoreFormula(row[name]!);
      const seesRatings = a.ratings.some((rating) => rating.userId === desk.editor2.id);
      const visible = seesRatings ? a.ratings.map((rating) => rating.credibility) : [];
      const outlet = a.document.source;
      const seesOutlet = outlet?.ratings.some((rating) => rating.userId === desk.editor2.id) ?? false;
      expect({
        article_id: cell('article_id'),
        article_title: cell('article_title'),
        outlet: cell('outlet'),
        outlet_reliability: cell('outlet_reliability'),
        published_date: cell('published_date'),
        article_url: cell('article_url'),
        analyst: cell('analyst'),
        analyst_email: cell('analyst_email'),
        created_at: cell('created_at'),
        updated_at: cell('updated_at'),
        start: cell('start'),
        end: cell('end'),
        exact: cell('exact'),
        prefix: cell('prefix'),
        suffix: cell('suffix'),
        note: cell('note'),
        themes: cell('themes'),
        analyst_credibility: cell('analyst_credibility'),
        consensus_credibility: cell('consensus_credibility'),
        credibility_ratings: cell('credibility_ratings'),
        reader_url: cell('reader_url'),
      }).toEqual({
        article_id: a.documentId,
        article_title: a.document.title,
        outlet: outlet?.name ?? '',
        outlet_reliability: seesOutlet ? 'B' : '',
        published_date: a.document.publishedAt?.toISOString().slice(0, 10) ?? '',
        article_url: a.document.url ?? '',
        analyst: a.author.name,
        analyst_email: a.author.email,
        created_at: a.createdAt.toISOString(),
        updated_at: a.updatedAt.toISOString(),
        start: String(a.start),
        end: String(a.end),
        exact: a.exact,
        prefix: a.prefix,
        suffix: a.suffix,
        note: a.note,
        themes: a.tags
          .map((link) => link.tag.name)
          .sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0))
          .join('; '),
        analyst_credibility: String(seesRatings ? (a.ratings.find((rating) => rating.userId === a.authorId)?.credibility ?? '') : ''),
        consensus_credibility: String(consensus(visible) ?? ''),
        credibility_ratings: String(visible.length),
        reader_url: `http://localhost/documents/${a.documentId}?at=${a.start}`,
      });
    }
    // The figures this fixture was built for, spelled out.
    const byId = new Map(rows.map((row) => [row.excerpt_id, row]));
    expect(byId.get(fixtures.a1.id)).toMatchObject({ analyst_credibility: '2', consensus_credibility: '2', credibility_ratings: '2' });
    expect(byId.get(fixtures.a2.id)).toMatchObject({ analyst_credibility: '6', consensus_credibility: '6', credibility_ratings: '1' });
    expect(byId.get(fixtures.a3.id)).toMatchObject({ analyst_credibility: '1', consensus_credibility: '3', outlet_reliability: 'B' });
    expect(byId.get(fixtures.a5.id)).toMatchObject({ analyst_credibility: '', consensus_credibility: '', credibility_ratings: '0' });
  });

  it('round-trips hostile text byte for byte through csv-parse when formulas are kept', async () => {
    const rows = await csvRows(desk.editor, { spreadsheetSafe: '0' });
    const byId = new Map(rows.map((row) => [row.excerpt_id, row]));
    for (const key of ['a1', 'a2', 'a3', 'a4', 'a5'] as const) {
      expect(Buffer.from(byId.get(fixtures[key].id)!.note!, 'utf8').equals(Buffer.from(fixtures[key].note, 'utf8'))).toBe(true);
    }
    expect(Buffer.byteLength(byId.get(fixtures.a3.id)!.note!, 'utf8')).toBeGreaterThan(10_240);
    expect(byId.get(fixtures.a3.id)!.outlet).toBe('=Outlet, "the" Daily');
  });

  it('neutralises cells a spreadsheet would run as formulas, and only those', async () => {
    const rows = await csvRows(desk.editor, {});
    const byId = new Map(rows.map((row) => [row.excerpt_id, row]));
    expect(byId.get(fixtures.a2.id)!.note).toBe(`'${FORMULA_NOTE}`);
    expect(byId.get(fixtures.a4.id)!.note).toBe("'@SUM(A1:A9)");
    expect(byId.get(fixtures.a5.id)!.note).toBe("'-minus first");
    expect(byId.get(fixtures.a3.id)!.outlet).toBe(`'=Outlet, "the" Daily`);
    expect(byId.get(fixtures.a1.id)!.note).toBe(HOSTILE_NOTE);
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('is RFC 4180: CRLF after every record, a header row, UTF-8, and a BOM only when asked', async () => {
    const plain = await download(csvRoute.GET, desk.editor, { teamId: desk.teamId });
    expect(plain.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(plain.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(plain.text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(plain.text.endsWith('\r\n')).toBe(true);
    expect(plain.text).toContain('"She said ""no"", twice; then: ""maybe"".');
    const withBom = await download(csvRoute.GET, desk.editor, { teamId: desk.teamId, bom: '1' });
    expect(withBom.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(withBom.bytes.subarray(3).equals(plain.bytes)).toBe(true);
  });

  it('names the file after the team, the filter and the date', async () => {
    const team = await db.team.findUniqueOrThrow({ where: { id: desk.teamId } });
    const today = new Date().toISOString().slice(0, 10);
    const all = await download(csvRoute.GET, desk.editor, { teamId: desk.teamId });
    expect(all.headers.get('content-disposition')).toBe(`attachment; filename="credence-${team.slug}-all-${today}.csv"`);
    const filtered = await download(csvRoute.GET, desk.editor, { teamId: desk.teamId, tag: tags.sanctions.name, minCredibility: '1', maxCredibility: '3', from: '2026-01-01' });
    expect(filtered.headers.get('content-disposition')).toBe(
      `attachment; filename="credence-${team.slug}-theme-${tags.sanctions.name.toLowerCase()}-cred-1-3-from-2026-01-01-${today}.csv"`,
    );
  });

  it('adds one 0/1 column per theme of the team when asked', async () => {
    const rows = await csvRows(desk.editor, { themeColumns: '1', spreadsheetSafe: '0' });
    const all = await db.tag.findMany({ where: { teamId: desk.teamId } });
    for (const row of rows) {
      const fixture = Object.values(fixtures).find((item) => item.id === row.excerpt_id)!;
      for (const tag of all) expect(row[`theme:${tag.name}`], tag.name).toBe(fixture.tagIds.includes(tag.id) ? '1' : '0');
    }
  });

  it.each<[string, Query, (keyof typeof fixtures)[]]>([
    ['one article', { documentId: 'DOC2' }, ['a3', 'a4', 'a5']],
    ['a theme by name, any case', { tag: 'SANCTIONS' }, ['a1', 'a3', 'a4']],
    ['two themes, any', { tag: ['FORMULA', 'SEMI'] }, ['a2', 'a3', 'a4']],
    ['two themes, all', { tag: ['SANCTIONS', 'FORMULA'], tagMode: 'all' }, ['a4']],
    ['an analyst by email', { analyst: 'EDITOR2_EMAIL' }, ['a2', 'a5']],
    ['an analyst by id', { analyst: 'EDITOR_ID' }, ['a1', 'a4']],
    ['consensus credibility 1-2', { minCredibility: '1', maxCredibility: '2' }, ['a1']],
    ['consensus credibility 3 and worse', { minCredibility: '3' }, ['a2', 'a3', 'a5']],
    ['outlet reliability B', { reliability: 'B' }, ['a3', 'a4', 'a5']],
    ['outlet reliability C or D', { reliability: ['C', 'D'] }, []],
    ['created before a day', { to: '2026-01-02' }, ['a5']],
    ['created from a day', { from: '2026-01-03' }, ['a1', 'a2', 'a3', 'a4']],
    ['published in a range', { publishedFrom: '2026-01-15', publishedTo: '2026-01-15' }, ['a3', 'a4', 'a5']],
    ['published after', { publishedFrom: '2026-01-16' }, []],
  ])('filters: %s', async (_label, query, expected) => {
    // Blind off, so every rating counts and the credibility filters see the whole team's view.
    await db.team.update({ where: { id: desk.teamId }, data: { blindRatings: false } });
    const resolve = (value: string) =>
      ({
        DOC2: doc2,
        SANCTIONS: tags.sanctions.name.toUpperCase(),
        FORMULA: tags.formula.id,
        SEMI: tags.semi.name,
        EDITOR2_EMAIL: desk.editor2.email.toUpperCase(),
        EDITOR_ID: desk.editor.id,
      })[value] ?? value;
    const resolved = Object.fromEntries(Object.entries(query).map(([key, value]) => [key, typeof value === 'string' ? resolve(value) : value.map(resolve)]));
    try {
      expect(ids(await csvRows(desk.viewer, resolved))).toEqual(idsOf(...expected));
    } finally {
      await db.team.update({ where: { id: desk.teamId }, data: { blindRatings: true } });
    }
  });

  it('answers 422 with the field for filters that are malformed or name nothing in the team', async () => {
    const bad = async (query: Query) => call(csvRoute.GET, 'GET', { user: desk.editor, query: { teamId: desk.teamId, ...query } });
    const unknownTag = await bad({ tag: ['No such theme', tags.sanctions.name] });
    expect(unknownTag.status).toBe(422);
    expect(unknownTag.body.error.fields).toEqual({ tag: ['No theme "No such theme" in this team.'] });
    expect((await bad({ documentId: outsiderExcerpt })).body.error.fields.documentId).toHaveLength(1);
    expect((await bad({ analyst: desk.outsider.email })).body.error.fields.analyst).toEqual([`No analyst "${desk.outsider.email}" in this team.`]);
    for (const [query, field] of [
      [{ minCredibility: '0' }, 'minCredibility'],
      [{ maxCredibility: 'two' }, 'maxCredibility'],
      [{ minCredibility: '4', maxCredibility: '2' }, 'maxCredibility'],
      [{ reliability: 'G' }, 'reliability.0'],
      [{ from: '2026-02-30' }, 'from'],
      [{ from: '2026-03-01', to: '2026-02-01' }, 'to'],
      [{ tagMode: 'some' }, 'tagMode'],
      [{ bom: 'yes' }, 'bom'],
      [{ tag: 'x'.repeat(321) }, 'tag.0'],
    ] as const) {
      const response = await bad(query);
      expect(response.status, JSON.stringify(query)).toBe(422);
      expect(Object.keys(response.body.error.fields), JSON.stringify(query)).toContain(field);
    }
    const noTeam = await call(csvRoute.GET, 'GET', { user: desk.editor, query: {} });
    expect(noTeam.status).toBe(422);
    expect(noTeam.body.error.fields.teamId).toEqual(['teamId is required.']);
  });

  it('lets every member export, answers 401 signed out and 404 to another team, and never mixes teams', async () => {
    expect((await download(csvRoute.GET, null, { teamId: desk.teamId })).status).toBe(401);
    const outsider = await call(csvRoute.GET, 'GET', { user: desk.outsider, query: { teamId: desk.teamId } });
    expect(outsider.status).toBe(404);
    expect(outsider.text).not.toContain(fixtures.a1.id);
    for (const user of [desk.owner, desk.editor, desk.viewer]) expect(ids(await csvRows(user, {}))).toEqual(idsOf('a1', 'a2', 'a3', 'a4', 'a5'));
    const outsiderTeam = (await db.membership.findFirstOrThrow({ where: { userId: desk.outsider.id } })).teamId;
    const own = await download(csvRoute.GET, desk.outsider, { teamId: outsiderTeam });
    const rows = parse(own.text, { columns: true }) as Row[];
    expect(ids(rows)).toEqual([outsiderExcerpt]);
  });
});

describe('the demo outsider', () => {
  it('gets nothing of the Russia-Iran desk, in either format or the preview', async () => {
    const outsider = await db.user.findUniqueOrThrow({ where: { email: 'outsider@example.org' }, select: { id: true, email: true, name: true } });
    const demoDesk = await db.team.findFirstOrThrow({ where: { name: 'Russia-Iran desk' }, select: { id: true } });
    const deskExcerpts = await db.annotation.findMany({ where: { teamId: demoDesk.id }, select: { id: true } });
    expect(deskExcerpts.length).toBeGreaterThan(0);
    for (const handler of [csvRoute.GET, jsonLdRoute.GET, previewRoute.GET]) {
      const refused = await download(handler, outsider, { teamId: demoDesk.id });
      expect(refused.status).toBe(404);
      expect(JSON.parse(refused.text).error.code).toBe('NOT_FOUND');
    }
    const ownTeam = (await db.membership.findFirstOrThrow({ where: { userId: outsider.id } })).teamId;
    const own = await download(csvRoute.GET, outsider, { teamId: ownTeam });
    expect(own.status).toBe(200);
    for (const { id } of deskExcerpts) expect(own.text).not.toContain(id);
  });
});

describe('GET /api/export.jsonld', () => {
  it('is a Web Annotation collection with both selectors, the themes, the note and the rating', async () => {
    const result = await download(jsonLdRoute.GET, desk.editor, { teamId: desk.teamId });
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toContain('application/ld+json');
    expect(result.headers.get('content-disposition')).toMatch(/filename="credence-.+-all-\d{4}-\d{2}-\d{2}\.jsonld"/);
    const collection = JSON.parse(result.text);
    expectValidAnnotationCollection(collection);
    expect(collection.total).toBe(5);
    const items = collection.first.items as any[];
    const a1 = items.find((item) => item.id === `urn:credence:annotation:${fixtures.a1.id}`);
    const stored = await db.annotation.findUniqueOrThrow({ where: { id: fixtures.a1.id } });
    expect(a1.target.source.id).toBe(`http://localhost/documents/${desk.documentId}`);
    expect(a1.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: stored.exact, prefix: stored.prefix, suffix: stored.suffix },
      { type: 'TextPositionSelector', start: stored.start, end: stored.end },
    ]);
    expect(a1.body).toEqual([
      ...[tags.sanctions.name, tags.persian.name].sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : 1)).map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
      { type: 'TextualBody', purpose: 'commenting', value: HOSTILE_NOTE, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'assessing', value: '2: Probably true' },
    ]);
    expect(a1.creator).toEqual({ id: `urn:credence:user:${desk.editor.id}`, type: 'Person', name: 'Editor' });
    expect(a1.created).toBe(stored.createdAt.toISOString());
  });

  it('applies the same filters and permissions as the CSV', async () => {
    const filtered = JSON.parse((await download(jsonLdRoute.GET, desk.viewer, { teamId: desk.teamId, tag: tags.formula.name })).text);
    expectValidAnnotationCollection(filtered);
    expect((filtered.first.items as any[]).map((item) => item.id).sort()).toEqual(idsOf('a2', 'a4').map((id) => `urn:credence:annotation:${id}`).sort());
    expect((await download(jsonLdRoute.GET, desk.outsider, { teamId: desk.teamId })).status).toBe(404);
    const empty = JSON.parse((await download(jsonLdRoute.GET, desk.viewer, { teamId: desk.teamId, publishedFrom: '2030-01-01' })).text);
    expectValidAnnotationCollection(empty);
    expect(empty.total).toBe(0);
  });
});

describe('GET /api/export/preview', () => {
  it('counts the matches, shows the first rows in export order, and names the files', async () => {
    const result = await call(previewRoute.GET, 'GET', { user: desk.viewer, query: { teamId: desk.teamId, tag: tags.sanctions.name, themeColumns: '1' } });
    expect(result.status).toBe(200);
    const preview = result.body.preview as ExportPreview;
    expect(preview.count).toBe(3);
    const csv = await csvRows(desk.viewer, { tag: tags.sanctions.name });
    expect(preview.rows.map((row) => row.excerptId)).toEqual(csv.map((row) => row.excerpt_id));
    expect(preview.rows.find((row) => row.excerptId === fixtures.a3.id)).toMatchObject({ documentId: doc2, outlet: '=Outlet, "the" Daily', note: LONG_NOTE, start: expect.any(Number) });
    expect(preview.columns.slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
    expect(preview.columns).toContain(`theme:${tags.persian.name}`);
    expect(preview.fileNames.csv).toMatch(/^credence-.+-theme-.+\.csv$/);
    expect(preview.fileNames.jsonld).toBe(preview.fileNames.csv.replace(/\.csv$/, '.jsonld'));
    expect((await call(previewRoute.GET, 'GET', { user: desk.outsider, query: { teamId: desk.teamId } })).status).toBe(404);
    expect((await call(previewRoute.GET, 'GET', { query: { teamId: desk.teamId } })).status).toBe(401);
  });
});
