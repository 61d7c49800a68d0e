// The dashboard's SQL against a naive TypeScript computation of every figure, on a random but
// reproducible desk: the same seed always draws the same highlights, themes and ratings.
import { beforeAll, describe, expect, it } from 'vitest';
import * as documentSummaryRoute from '@/app/api/documents/[id]/summary/route';
import * as teamSummaryRoute from '@/app/api/teams/[id]/summary/route';
import { sha256Hex } from '@/lib/corpus/sha256';
import { db } from '@/lib/db';
import { summarizeDocument } from '@/lib/server/dashboard/summarize-document';
import { summarizeTeam, toAgreementCell } from '@/lib/server/dashboard/summarize-team';
import type { CredibilityCounts, DocumentSummary, TeamSummary } from '@/lib/server/dashboard/summary-types';
import { getDocumentAgreement } from '@/lib/server/ratings/document-agreement';
import { createDesk, type Desk } from '../support/desk';
import { createTestUser, uniqueName } from '../support/factory';
import { call } from '../support/http';
import { createSeededRandom, randomInt } from '../support/seeded-random';

type User = Desk['editor'];
type Ann = { id: string; documentId: string; authorId: string; start: number; end: number; exact: string; createdAt: Date; updatedAt: Date; tagIds: string[] };
type Rating = { annotationId: string; documentId: string; userId: string; credibility: number; createdAt: Date; updatedAt: Date };
type Doc = { id: string; title: string; outlet: string | null; length: number };
type Viewer = { userId: string; isBlind: boolean };

const random = createSeededRandom(5_2026);
const pick = <T,>(items: readonly T[]): T => items[randomInt(random, 0, items.length)]!;
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 10, 20, 6);
const WORDS = ['Moscow', 'Tehran', 'drones', 'sanctions', 'oil', 'alliance', 'Привет', 'سلام', '👋🏽', 'cafe\u0301', 'reported', 'officials', 'said', 'the', 'and', 'of'];

let desk: Desk;
let analysts: User[];
let docs: Doc[];
const anns: Ann[] = [];
const ratings: Rating[] = [];
const tags = new Map<string, { name: string; color: string }>();
const names = new Map<string, string>();

function buildText(paragraphs: number): string {
  return Array.from({ length: paragraphs }, () => Array.from({ length: randomInt(random, 20, 60) }, () => pick(WORDS)).join(' ') + '.').join('\n\n');
}

async function createDocument(title: string, text: string, sourceId: string | null = null): Promise<string> {
  const cps = Array.from(text).length;
  const doc = await db.document.create({ data: { teamId: desk.teamId, title, text, rawText: text, textSha256: sha256Hex(`${title}${text}`), length: cps, sourceId }, select: { id: true } });
  return doc.id;
}

/**
 * Draws `count` highlights (a quarter of them re-using an earlier span), their themes and ratings.
 * The last tag ids are the most used, so "more used" and "smaller id" break ties differently.
 */
async function seedHighlights(documentId: string, text: string, count: number, tagIds: string[]) {
  const cps = Array.from(text);
  const mine: Ann[] = [];
  for (let i = 0; i < count; i++) {
    const copy = mine.length && random() < 0.25 ? pick(mine) : null;
    const start = copy?.start ?? randomInt(random, 0, cps.length - 1);
    const end = copy?.end ?? Math.min(cps.length, start + randomInt(random, 1, 160));
    const chosen = random() < 0.15 ? [] : Array.from({ length: randomInt(random, 1, 4) }, () => tagIds[tagIds.length - 1 - Math.floor(random() ** 2 * tagIds.length)]!);
    const createdAt = new Date(BASE + randomInt(random, 0, 9 * DAY));
    mine.push({
      id: `${documentId}-a${i}`, documentId, authorId: pick(analysts).id, start, end, exact: cps.slice(start, end).join(''),
      createdAt, updatedAt: new Date(createdAt.getTime() + randomInt(random, 0, 2 * DAY)), tagIds: [...new Set(chosen)],
    });
  }
  for (const ann of mine) {
    if (random() >= 0.45) continue;
    for (const rater of analysts) {
      // desk.editor is the viewer-analyst of the blind tests: they rate only some passages.
      if (random() >= (rater.id === desk.editor.id ? 0.3 : 0.6)) continue;
      const createdAt = new Date(ann.createdAt.getTime() + randomInt(random, 0, 3 * DAY));
      ratings.push({ annotationId: ann.id, documentId, userId: rater.id, credibility: randomInt(random, 1, 7), createdAt, updatedAt: new Date(createdAt.getTime() + randomInt(random, 0, DAY)) });
    }
  }
  anns.push(...mine);
  await db.annotation.createMany({ data: mine.map(({ tagIds: _, ...ann }) => ({ ...ann, teamId: desk.teamId, prefix: '', suffix: '' })) });
  await db.annotationTag.createMany({ data: mine.flatMap((ann) => ann.tagIds.map((tagId) => ({ annotationId: ann.id, tagId, documentId, authorId: ann.authorId, start: ann.start, end: ann.end }))) });
  await db.passageRating.createMany({ data: ratings.filter((r) => r.annotationId.startsWith(`${documentId}-`)) });
}

beforeAll(async () => {
  desk = await createDesk(buildText(40));
  const [five, six] = [await createTestUser({ teamId: desk.teamId, name: 'Analyst Five' }), await createTestUser({ teamId: desk.teamId, name: 'Analyst Six' })];
  analysts = [desk.owner, desk.editor, desk.editor2, five, six];
  for (const user of [...analysts, desk.viewer]) names.set(user.id, user.name);
  const prefix = uniqueName('dash');
  const tagIds = Array.from({ length: 6 }, (_, i) => `${prefix}-t${i}`);
  tagIds.forEach((id, i) => tags.set(id, { name: `Theme ${String.fromCharCode(70 - i)}`, color: `#${String(i).repeat(6)}` }));
  await db.tag.createMany({ data: tagIds.map((id) => ({ id, teamId: desk.teamId, ...tags.get(id)! })) });
  const source = await db.source.create({ data: { teamId: desk.teamId, name: uniqueName('Wire') } });
  await db.sourceRating.createMany({ data: [{ sourceId: source.id, userId: desk.editor.id, reliability: 'B' }, { sourceId: source.id, userId: five.id, reliability: 'C' }] });
  const mainText = (await db.document.findUniqueOrThrow({ where: { id: desk.documentId }, select: { text: true } })).text;
  const secondText = buildText(8);
  const second = await createDocument('Second article', secondText, source.id);
  const tiny = await createDocument('Tiny article', 'Tiny.');
  await seedHighlights(desk.documentId, mainText, 400, tagIds);
  await seedHighlights(second, secondText, 120, tagIds.slice(2));
  docs = [
    { id: desk.documentId, title: 'Desk article', outlet: null, length: Array.from(mainText).length },
    { id: second, title: 'Second article', outlet: source.name, length: Array.from(secondText).length },
    { id: tiny, title: 'Tiny article', outlet: null, length: 5 },
  ];
});

// ---- the naive side: every figure from the in-memory arrays ----

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const iso = (dates: Date[]) => (dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))).toISOString() : null);
const grades = (): CredibilityCounts => ({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 });

function visibleRatings(annIds: Set<string>, viewer: Viewer): Rating[] {
  const rated = new Set(ratings.filter((r) => r.userId === viewer.userId).map((r) => r.annotationId));
  return ratings.filter((r) => annIds.has(r.annotationId) && (!viewer.isBlind || rated.has(r.annotationId)));
}

function themeCounts(list: Ann[]) {
  const counts = new Map<string, number>();
  for (const ann of list) for (const tagId of ann.tagIds) counts.set(tagId, (counts.get(tagId) ?? 0) + 1);
  return [...counts].map(([tagId, count]) => ({ tagId, ...tags.get(tagId)!, count })).sort((a, b) => b.count - a.count || cmp(a.name, b.name) || cmp(a.tagId, b.tagId));
}

function naiveDensity(list: Ann[], length: number, bins: number) {
  const totals = new Map(themeCounts(list).map((theme) => [theme.tagId, theme.count]));
  const n = Math.min(bins, length);
  return Array.from({ length: n }, (_, bin) => {
    const [start, end] = [Math.floor((bin * length) / n), Math.floor(((bin + 1) * length) / n)];
    const hits = list.filter((ann) => ann.start < end && ann.end > start);
    const dominant = themeCounts(hits).sort((a, b) => b.count - a.count || totals.get(b.tagId)! - totals.get(a.tagId)! || cmp(a.tagId, b.tagId))[0];
    return { bin, start, end, count: hits.length, tagId: dominant?.tagId ?? null };
  });
}

function naiveDocument(doc: Doc, viewer: Viewer, bins = 60): Omit<DocumentSummary, 'headline' | 'document'> & { headline: object } {
  const list = anns.filter((ann) => ann.documentId === doc.id);
  const ids = new Set(list.map((ann) => ann.id));
  const all = ratings.filter((r) => ids.has(r.annotationId));
  const visible = visibleRatings(ids, viewer);
  const themes = themeCounts(list);
  const byAnalyst = new Map<string, { tagId: string; userId: string; name: string; count: number }>();
  for (const ann of list) for (const tagId of ann.tagIds) {
    const row = byAnalyst.get(`${tagId} ${ann.authorId}`) ?? { tagId, userId: ann.authorId, name: names.get(ann.authorId)!, count: 0 };
    row.count++;
    byAnalyst.set(`${tagId} ${ann.authorId}`, row);
  }
  const distribution = new Map<string, { userId: string; name: string; total: number; counts: CredibilityCounts }>();
  const counts = grades();
  for (const r of visible) {
    const key = String(r.credibility) as keyof CredibilityCounts;
    counts[key]++;
    const row = distribution.get(r.userId) ?? { userId: r.userId, name: names.get(r.userId)!, total: 0, counts: grades() };
    row.counts[key]++;
    row.total++;
    distribution.set(r.userId, row);
  }
  const contested = list.flatMap((ann) => {
    const seen = visible.filter((r) => r.annotationId === ann.id);
    const judged = seen.map((r) => r.credibility).filter((c) => c <= 5);
    const spread = judged.length >= 2 ? Math.max(...judged) - Math.min(...judged) : 0;
    if (spread < 1) return [];
    const side = seen.map((r) => ({ userId: r.userId, name: names.get(r.userId)!, credibility: r.credibility }));
    side.sort((a, b) => a.credibility - b.credibility || cmp(a.name, b.name) || cmp(a.userId, b.userId));
    return [{ raters: judged.length, row: { annotationId: ann.id, exact: ann.exact, start: ann.start, end: ann.end, spread, ratings: side } }];
  });
  contested.sort((a, b) => b.row.spread - a.row.spread || b.raters - a.raters || a.row.start - b.row.start || cmp(a.row.annotationId, b.row.annotationId));
  const spans = new Map<string, { tagId: string; start: number; end: number; exact: string; count: number; authors: Set<string> }>();
  for (const ann of list) for (const tagId of ann.tagIds) {
    const key = `${tagId} ${ann.start} ${ann.end}`;
    const span = spans.get(key) ?? { tagId, start: ann.start, end: ann.end, exact: ann.exact, count: 0, authors: new Set<string>() };
    span.count++;
    span.authors.add(ann.authorId);
    spans.set(key, span);
  }
  const ranked = [...spans.values()].sort((a, b) => cmp(a.tagId, b.tagId) || b.count - a.count || a.start - b.start || a.end - b.end);
  const topExcerpts = ranked
    .filter((span, i) => ranked.slice(0, i).filter((other) => other.tagId === span.tagId).length < 3)
    .map(({ authors, ...span }) => ({ ...span, analysts: [...authors].map((userId) => ({ userId, name: names.get(userId)! })).sort((a, b) => cmp(a.name, b.name) || cmp(a.userId, b.userId)) }));
  const days = new Map<string, { day: string; highlights: number; ratings: number }>();
  const dayOf = (date: Date) => date.toISOString().slice(0, 10);
  for (const [date, field] of [...list.map((a) => [a.createdAt, 'highlights'] as const), ...all.map((r) => [r.createdAt, 'ratings'] as const)]) {
    const row = days.get(dayOf(date)) ?? { day: dayOf(date), highlights: 0, ratings: 0 };
    row[field]++;
    days.set(row.day, row);
  }
  return {
    headline: {
      highlights: list.length,
      analysts: new Set(list.map((a) => a.authorId)).size,
      themesUsed: themes.length,
      ratedPassages: new Set(all.map((r) => r.annotationId)).size,
      lastActivity: iso([...list.map((a) => a.updatedAt), ...all.map((r) => r.updatedAt)]),
    },
    themes,
    themesByAnalyst: [...byAnalyst.values()].sort((a, b) => cmp(a.tagId, b.tagId) || b.count - a.count || cmp(a.userId, b.userId)),
    untagged: list.filter((a) => a.tagIds.length === 0).length,
    credibility: {
      scope: viewer.isBlind ? 'rated-by-you' : 'all',
      total: visible.length,
      counts,
      byAnalyst: [...distribution.values()].sort((a, b) => cmp(a.name, b.name) || cmp(a.userId, b.userId)),
    },
    density: naiveDensity(list, doc.length, bins),
    contested: contested.slice(0, 10).map((c) => c.row),
    topExcerpts,
    activity: [...days.values()].sort((a, b) => cmp(a.day, b.day)),
  };
}

async function expectDocumentMatches(user: User, doc: Doc, isBlind: boolean): Promise<DocumentSummary> {
  const summary = await summarizeDocument({ user, documentId: doc.id });
  const { headline: { admiralty, agreement, ...headline }, document, ...figures } = summary;
  expect(document).toEqual({ id: doc.id, teamId: desk.teamId, title: doc.title, outlet: doc.outlet, length: doc.length });
  expect({ headline, ...figures }).toEqual(naiveDocument(doc, { userId: user.id, isBlind }));
  expect({ admiralty, agreement }).toEqual(await getDocumentAgreement({ user, documentId: doc.id }));
  return summary;
}

async function withBlind<T>(isBlind: boolean, body: () => Promise<T>): Promise<T> {
  await db.team.update({ where: { id: desk.teamId }, data: { blindRatings: isBlind } });
  try {
    return await body();
  } finally {
    await db.team.update({ where: { id: desk.teamId }, data: { blindRatings: true } });
  }
}

describe('summarizeDocument', () => {
  it('matches the naive figures for an analyst who rated only some passages (blind team)', async () => {
    const main = docs[0]!;
    const rated = new Set(ratings.map((r) => r.annotationId));
    const ratedByEditor = new Set(ratings.filter((r) => r.userId === desk.editor.id).map((r) => r.annotationId));
    expect(ratedByEditor.size).toBeGreaterThan(5);
    expect(ratedByEditor.size).toBeLessThan(rated.size);
    const summary = await expectDocumentMatches(desk.editor, main, true);
    expect(summary.credibility.scope).toBe('rated-by-you');
    // The figures are not trivially empty: the seed exercises every part of the summary.
    expect(summary.contested.length).toBe(10);
    expect(summary.contested.every((c) => c.ratings.some((r) => r.userId === desk.editor.id))).toBe(true);
    expect(summary.topExcerpts.some((e) => e.count > 1)).toBe(true);
    expect(summary.credibility.total).toBeLessThan(ratings.filter((r) => r.annotationId.startsWith(main.id)).length);
  });

  it('matches for every member and article, blind and not; a viewer who never rates sees no ratings in a blind team', async () => {
    for (const doc of docs) for (const user of [desk.owner, desk.editor2, desk.viewer]) await expectDocumentMatches(user, doc, true);
    const viewerSummary = await summarizeDocument({ user: desk.viewer, documentId: docs[0]!.id });
    expect(viewerSummary.credibility).toMatchObject({ total: 0, byAnalyst: [] });
    expect(viewerSummary.contested).toEqual([]);
    await withBlind(false, async () => {
      const open = await expectDocumentMatches(desk.viewer, docs[0]!, false);
      expect(open.credibility.scope).toBe('all');
      expect(open.credibility.total).toBe(ratings.filter((r) => r.annotationId.startsWith(docs[0]!.id)).length);
    });
  });

  it('cuts the density strip into any number of bands, never more than the text has code points', async () => {
    for (const bins of [1, 7, 60, 61, 500]) {
      for (const doc of docs) expect((await summarizeDocument({ user: desk.editor, documentId: doc.id, bins })).density).toEqual(naiveDensity(anns.filter((a) => a.documentId === doc.id), doc.length, bins));
    }
    expect((await summarizeDocument({ user: desk.editor, documentId: docs[2]!.id })).density).toHaveLength(5);
  });
});

describe('GET /api/documents/:id/summary', () => {
  const get = (user: User | null, id: string, query?: Record<string, string>) => call(documentSummaryRoute.GET, 'GET', { user, params: { id }, query });

  it('answers the summary as JSON, with ?bins', async () => {
    const res = await get(desk.editor2, docs[1]!.id);
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual(JSON.parse(JSON.stringify(await summarizeDocument({ user: desk.editor2, documentId: docs[1]!.id }))));
    expect((await get(desk.editor2, docs[1]!.id, { bins: '7' })).body.summary.density).toHaveLength(7);
    expect((await get(desk.editor2, docs[1]!.id, { bins: '0' })).status).toBe(422);
    expect((await get(desk.editor2, docs[1]!.id, { bins: 'many' })).status).toBe(422);
  });

  it('refuses the signed out (401), an outsider (404) and an unknown article (404)', async () => {
    expect((await get(null, docs[0]!.id)).status).toBe(401);
    const outsider = await get(desk.outsider, docs[0]!.id);
    expect(outsider.status).toBe(404);
    expect(outsider.body.error.code).toBe('NOT_FOUND');
    expect((await get(desk.editor, 'no-such-article')).status).toBe(404);
  });
});

/** The team summary from the in-memory arrays. */
async function naiveTeamOf(user: User, isBlind: boolean): Promise<TeamSummary> {
  const rows = [];
  for (const doc of [...docs].sort((a, b) => cmp(a.title, b.title) || cmp(a.id, b.id))) {
    const list = anns.filter((a) => a.documentId === doc.id);
    const ids = new Set(list.map((a) => a.id));
    const all = ratings.filter((r) => ids.has(r.annotationId));
    const visible = visibleRatings(ids, { userId: user.id, isBlind });
    const contestedCount = list.filter((ann) => {
      const judged = visible.filter((r) => r.annotationId === ann.id && r.credibility <= 5).map((r) => r.credibility);
      return judged.length >= 2 && Math.max(...judged) - Math.min(...judged) >= 2;
    }).length;
    const { admiralty, agreement } = await getDocumentAgreement({ user, documentId: doc.id });
    rows.push({
      documentId: doc.id, title: doc.title, outlet: doc.outlet, highlights: list.length, analysts: new Set(list.map((a) => a.authorId)).size,
      topThemes: themeCounts(list).slice(0, 3).map((t) => t.name), admiralty: admiralty.code, agreement: toAgreementCell(agreement.ordinal),
      contestedCount, lastActivity: iso([...list.map((a) => a.updatedAt), ...all.map((r) => r.updatedAt)]),
    });
  }
  return {
    teamId: desk.teamId, scope: isBlind ? 'rated-by-you' : 'all', rows,
    totals: { articles: docs.length, highlights: anns.length, analysts: new Set(anns.map((a) => a.authorId)).size, ratings: ratings.length },
    themes: themeCounts(anns),
  };
}
describe('summarizeTeam', () => {


  it('matches the naive rows, totals and theme counts, blind and not', async () => {
    for (const user of [desk.editor, desk.owner, desk.viewer]) expect(await summarizeTeam({ user, teamId: desk.teamId })).toEqual(await naiveTeamOf(user, true));
    const summary = await summarizeTeam({ user: desk.editor, teamId: desk.teamId });
    // The second article's outlet was rated B and C by the editor and another analyst: lower median B.
    expect(summary.rows.map((r) => r.admiralty[0])).toEqual(['?', 'B', '?']);
    expect(summary.rows.map((r) => r.contestedCount > 0)).toEqual([true, true, false]);
    expect(summary.rows[2]).toMatchObject({ highlights: 0, analysts: 0, topThemes: [], lastActivity: null, agreement: { alpha: null } });
    await withBlind(false, async () => expect(await summarizeTeam({ user: desk.viewer, teamId: desk.teamId })).toEqual(await naiveTeamOf(desk.viewer, false)));
  });

  it('GET /api/teams/:id/summary answers 200, 401 signed out, 404 to an outsider', async () => {
    const get = (user: User | null) => call(teamSummaryRoute.GET, 'GET', { user, params: { id: desk.teamId } });
    const res = await get(desk.owner);
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual(JSON.parse(JSON.stringify(await summarizeTeam({ user: desk.owner, teamId: desk.teamId }))));
    expect((await get(null)).status).toBe(401);
    expect((await get(desk.outsider)).status).toBe(404);
  });
});

describe('after highlights, themes and ratings are taken away', () => {
  // The summaries read counts the database keeps up to date (docs/decisions/013): counts that fall
  // (to 0, too) must show as they do in the naive computation over what is left.
  it('every figure still matches, blind and not, per article and for the team', async () => {
    const main = docs[0]!;
    const gone = new Set(anns.filter((a) => a.documentId === main.id).filter(() => random() < 0.3).map((a) => a.id));
    await db.annotation.deleteMany({ where: { id: { in: [...gone] } } });
    anns.splice(0, anns.length, ...anns.filter((a) => !gone.has(a.id)));
    ratings.splice(0, ratings.length, ...ratings.filter((r) => !gone.has(r.annotationId)));
    // Some ratings withdrawn, some themes taken off (every theme of a few highlights, one of others).
    const withdrawn = ratings.filter(() => random() < 0.2);
    for (const r of withdrawn) await db.passageRating.delete({ where: { annotationId_userId: { annotationId: r.annotationId, userId: r.userId } } });
    ratings.splice(0, ratings.length, ...ratings.filter((r) => !withdrawn.includes(r)));
    for (const ann of anns.filter((a) => a.tagIds.length && random() < 0.25)) {
      const removed = random() < 0.5 ? ann.tagIds : ann.tagIds.slice(0, 1);
      await db.annotationTag.deleteMany({ where: { annotationId: ann.id, tagId: { in: removed } } });
      ann.tagIds = ann.tagIds.filter((id) => !removed.includes(id));
    }
    // Written straight to the tables, so the articles' revisions are bumped here, as the app's writes do.
    await db.document.updateMany({ where: { teamId: desk.teamId }, data: { revision: { increment: 1 } } });
    for (const doc of docs) for (const user of [desk.owner, desk.editor, desk.viewer]) await expectDocumentMatches(user, doc, true);
    for (const user of [desk.editor, desk.owner]) expect(await summarizeTeam({ user, teamId: desk.teamId })).toEqual(await naiveTeamOf(user, true));
    await withBlind(false, async () => {
      for (const doc of docs) await expectDocumentMatches(desk.viewer, doc, false);
      expect(await summarizeTeam({ user: desk.viewer, teamId: desk.teamId })).toEqual(await naiveTeamOf(desk.viewer, false));
    });
  });
});
