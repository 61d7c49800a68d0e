// The documents list: search (title, outlet, full text), sort and paging, on a team of its own.
import { beforeAll, describe, expect, it } from 'vitest';
import * as documentsRoute from '@/app/api/documents/route';
import { codePointLength } from '@/lib/anchoring/code-points';
import { sha256Hex } from '@/lib/corpus/sha256';
import { db } from '@/lib/db';
import { createDesk, type Desk } from '../support/desk';
import { call } from '../support/http';

let desk: Desk;
const ids: Record<string, string> = {};

async function addArticle(key: string, data: { title: string; text: string; outlet?: string; author?: string; publishedAt?: string; createdAt?: string; highlights?: number }) {
  const source = data.outlet
    ? await db.source.upsert({ where: { teamId_name: { teamId: desk.teamId, name: data.outlet } }, create: { teamId: desk.teamId, name: data.outlet }, update: {} })
    : null;
  const document = await db.document.create({
    data: {
      teamId: desk.teamId, sourceId: source?.id, title: data.title, author: data.author, text: data.text, rawText: data.text,
      textSha256: sha256Hex(data.text), length: codePointLength(data.text),
      publishedAt: data.publishedAt ? new Date(`${data.publishedAt}T00:00:00Z`) : null,
      createdAt: data.createdAt ? new Date(data.createdAt) : undefined,
    },
  });
  for (let i = 0; i < (data.highlights ?? 0); i += 1) {
    await db.annotation.create({ data: { teamId: desk.teamId, documentId: document.id, authorId: desk.editor.id, start: i, end: i + 1, exact: data.text[i]!, prefix: '', suffix: '' } });
  }
  ids[key] = document.id;
}

beforeAll(async () => {
  desk = await createDesk();
  await db.document.delete({ where: { id: desk.documentId } });
  await addArticle('alpha', { title: 'Alpha: drones over Kyiv', text: 'Shahed drones were launched at night.', outlet: 'Zeta Wire', publishedAt: '2024-01-10', createdAt: '2025-01-01T00:00:00Z', highlights: 2 });
  await addArticle('bravo', { title: 'bravo sanctions explainer', text: 'The sanctions regime tightened in 2023.', outlet: 'Alpha Times', publishedAt: '2024-03-01', createdAt: '2025-01-03T00:00:00Z', highlights: 5 });
  await addArticle('charlie', { title: 'Charlie', text: 'Переговоры в Москве завершились. A hidden word: pomegranate.', author: 'Ivan Petrov', createdAt: '2025-01-02T00:00:00Z' });
  await addArticle('delta', { title: 'Delta 100% sure_thing', text: 'Nothing special here.', outlet: 'Mid Post', publishedAt: '2023-12-31', createdAt: '2025-01-04T00:00:00Z', highlights: 1 });
});

async function list(query: Record<string, string>, user = desk.viewer) {
  const res = await call(documentsRoute.GET, 'GET', { user, query: { teamId: desk.teamId, ...query } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}
const titlesOf = (body: any) => body.documents.map((document: any) => document.title.split(/[: ]/)[0]);

describe('GET /api/documents: search', () => {
  it('finds by title and by outlet, ignoring case', async () => {
    expect(titlesOf(await list({ q: 'DRONES' }))).toEqual(['Alpha']);
    expect(titlesOf(await list({ q: 'alpha', sort: 'title' }))).toEqual(['Alpha', 'bravo']); // bravo's outlet is Alpha Times
  });

  it('finds words that are only in the text or the author, with full-text search, by prefix', async () => {
    expect(titlesOf(await list({ q: 'pomegranate' }))).toEqual(['Charlie']);
    expect(titlesOf(await list({ q: 'pomegran' }))).toEqual(['Charlie']);
    expect(titlesOf(await list({ q: 'москве' }))).toEqual(['Charlie']);
    expect(titlesOf(await list({ q: 'petrov' }))).toEqual(['Charlie']);
    expect(titlesOf(await list({ q: 'regime tightened' }))).toEqual(['bravo']);
    expect((await list({ q: 'regime pomegranate' })).total).toBe(0); // every word must match
  });

  it('takes LIKE wildcards and tsquery operators literally', async () => {
    expect(titlesOf(await list({ q: '100%' }))).toEqual(['Delta']);
    expect(titlesOf(await list({ q: 'sure_thing' }))).toEqual(['Delta']);
    expect((await list({ q: '50%' })).total).toBe(0);
    expect((await list({ q: "'&|!:*()" })).total).toBe(0);
  });

  it('answers the fields current callers use, plus highlights', async () => {
    const body = await list({ q: 'drones' });
    expect(body.documents[0]).toEqual({
      id: ids.alpha, title: 'Alpha: drones over Kyiv', outlet: 'Zeta Wire', author: null, publishedAt: '2024-01-10T00:00:00.000Z',
      length: expect.any(Number), createdAt: '2025-01-01T00:00:00.000Z', highlights: 2,
    });
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 25 });
  });
});

describe('GET /api/documents: sort and pages', () => {
  it('defaults to newest published first, undated last', async () => {
    expect(titlesOf(await list({}))).toEqual(['bravo', 'Alpha', 'Delta', 'Charlie']);
  });

  it('sorts by title (ignoring case), outlet, published, added and highlights, both ways', async () => {
    expect(titlesOf(await list({ sort: 'title' }))).toEqual(['Alpha', 'bravo', 'Charlie', 'Delta']);
    expect(titlesOf(await list({ sort: 'title', order: 'desc' }))).toEqual(['Delta', 'Charlie', 'bravo', 'Alpha']);
    expect(titlesOf(await list({ sort: 'outlet' }))).toEqual(['bravo', 'Delta', 'Alpha', 'Charlie']);
    expect(titlesOf(await list({ sort: 'published', order: 'asc' }))).toEqual(['Delta', 'Alpha', 'bravo', 'Charlie']);
    expect(titlesOf(await list({ sort: 'added' }))).toEqual(['Delta', 'bravo', 'Charlie', 'Alpha']);
    expect(titlesOf(await list({ sort: 'highlights' }))).toEqual(['bravo', 'Alpha', 'Delta', 'Charlie']);
    expect(titlesOf(await list({ sort: 'highlights', order: 'asc' }))).toEqual(['Charlie', 'Delta', 'Alpha', 'bravo']);
  });

  it('pages with a total, and an empty page past the end', async () => {
    const first = await list({ sort: 'title', pageSize: '3' });
    expect(titlesOf(first)).toEqual(['Alpha', 'bravo', 'Charlie']);
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(titlesOf(await list({ sort: 'title', pageSize: '3', page: '2' }))).toEqual(['Delta']);
    const past = await list({ page: '9' });
    expect(past).toMatchObject({ documents: [], total: 4, page: 9 });
  });

  it('refuses bad parameters with field errors, and another team with 404', async () => {
    const res = await call(documentsRoute.GET, 'GET', { user: desk.viewer, query: { teamId: desk.teamId, sort: 'length', order: 'up', page: '0', pageSize: '1000' } });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['order', 'page', 'pageSize', 'sort']);
    expect((await call(documentsRoute.GET, 'GET', { user: desk.outsider, query: { teamId: desk.teamId, q: 'drones' } })).status).toBe(404);
  });

  it('pages through 300 articles without repeating or skipping one', async () => {
    const other = await createDesk(`Seed text ${Date.now()}`);
    await db.document.createMany({
      data: Array.from({ length: 300 }, (_, i) => {
        const text = `Bulk article number ${i} about ${i % 2 ? 'wheat' : 'oil'} exports.`;
        return { teamId: other.teamId, title: `Bulk ${String(i).padStart(3, '0')}`, text, rawText: text, textSha256: sha256Hex(text), length: text.length, publishedAt: i % 3 ? new Date(Date.UTC(2024, 0, 1 + (i % 28))) : null };
      }),
    });
    const seen: string[] = [];
    for (let page = 1; page <= 4; page += 1) {
      const res = await call(documentsRoute.GET, 'GET', { user: other.viewer, query: { teamId: other.teamId, sort: 'published', pageSize: '100', page: String(page) } });
      seen.push(...res.body.documents.map((document: any) => document.id));
      expect(res.body.total).toBe(301);
    }
    expect(new Set(seen).size).toBe(301);
    const wheat = await call(documentsRoute.GET, 'GET', { user: other.viewer, query: { teamId: other.teamId, q: 'wheat', pageSize: '100' } });
    expect(wheat.body.total).toBe(150);
  });
});
