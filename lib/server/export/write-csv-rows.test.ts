import { describe, expect, it } from 'vitest';
import type { ExportRow } from '@/lib/export/export-types';
import { writeCsv, type CsvOptions } from '@/lib/export/write-export';
import { createSeededRandom, randomInt } from '@/lib/seeded-random';
import type { ExportSqlBatch } from '@/lib/server/export/export-cursor';
import type { ExportAnalyst, ExportArticle, ExportNames, ExportSqlRow } from '@/lib/server/export/export-rows';
import { writeCsvRows } from '@/lib/server/export/write-csv-rows';

// writeCsvRows must give the bytes writeCsv gives for the same rows as ExportRows.
const TEXTS = ['', 'plain', 'a,b', 'say "hi"', 'line\r\nbreak', '=1+1', '-x', "'@x", 'سلام 👋🏽', 'Moscow — روسیه, "allies"', '\uD83D', 'x'.repeat(3000)];

const articles = new Map<string, ExportArticle>([
  ['d1', { documentTitle: 'Moscow, Tehran and "the West"', outlet: 'Daily', outletReliability: 'B', publishedDate: '2026-01-15', articleUrl: 'https://example.org/a?x=1,2', language: 'en' }],
  ['d2', { documentTitle: '=cmd|', outlet: null, outletReliability: null, publishedDate: null, articleUrl: null, language: 'fa' }],
  ['d 3/é"', { documentTitle: 'تحریم‌ها 👋', outlet: '@outlet', outletReliability: 'F', publishedDate: '2025-12-31', articleUrl: '', language: 'fa' }],
]);
const analysts = new Map<string, ExportAnalyst>([
  ['u1', { name: 'Ari', email: 'ari@example.org' }],
  ['u2', { name: 'Lee, "Jo"', email: '+jo@example.org' }],
]);
const themes = new Map([['t1', 'Drones'], ['t2', 'sanctions'], ['t3', '=SUM(A1)'], ['t4', 'تحریم, "x"']]);
const ORDER = ['t1', 't2', 't3', 't4']; // the export's theme order
const names: ExportNames = {
  article: (id) => articles.get(id),
  analyst: (id) => analysts.get(id),
  theme: (id) => themes.get(id),
  themeNames: (ids) => ids.filter((id) => themes.has(id)).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).map((id) => themes.get(id)!),
};

/** The ExportRow the cursor builds from `row` (export-rows.ts), or null when it leaves the row out. */
function exportRow(row: ExportSqlRow): ExportRow | null {
  const article = articles.get(row[1]);
  const analyst = analysts.get(row[2]);
  if (!article || !analyst) return null;
  return {
    excerptId: row[0], documentId: row[1], ...article, analystId: row[2], analystName: analyst.name, analystEmail: analyst.email,
    createdAt: row[3], updatedAt: row[4], start: row[5], end: row[6], exact: row[7], prefix: row[8], suffix: row[9], note: row[10],
    themes: names.themeNames(row[11]), analystCredibility: row[12], consensusCredibility: row[13], credibilityRatings: row[14],
  };
}

function randomRows(count: number, seed: number): ExportSqlRow[] {
  const random = createSeededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[randomInt(random, 0, list.length)]!;
  const documents = [...articles.keys(), 'gone'];
  return Array.from({ length: count }, (_, i) => {
    const start = pick([0, 7, 10, 89_999, 2_147_483_648]);
    const themeIds = pick([[], ['t1'], ['t3'], ['t4'], ['t2', 't1'], ['t4', 't3', 't1'], ['missing'], ['t2', 'missing']]);
    return [
      pick([`a${i}`, `-a${i}`, `a,${i}`]), documents[Math.floor((i / count) * documents.length)]!, pick(['u1', 'u2', 'u1', 'nobody']),
      '2026-11-24T10:00:00.000Z', pick(['2026-11-24T11:00:00.000Z', '']), start, start + randomInt(random, 0, 300),
      pick(TEXTS), pick(TEXTS), pick(TEXTS), pick(TEXTS), themeIds, pick([null, 1, 6]), pick([null, 3, 6]), pick([0, 1, 12]),
    ];
  });
}

async function* sqlBatches(rows: ExportSqlRow[], size: number): AsyncGenerator<ExportSqlBatch, void, undefined> {
  for (let at = 0; at < rows.length; at += size) yield { rows: rows.slice(at, at + size), names };
}

async function* exportBatches(rows: ExportSqlRow[], size: number): AsyncGenerator<ExportRow[], void, undefined> {
  for (let at = 0; at < rows.length; at += size) yield rows.slice(at, at + size).map(exportRow).filter((row) => row !== null);
}

async function bytesOf(chunks: AsyncIterable<string | Uint8Array>): Promise<Buffer[]> {
  const all: Buffer[] = [];
  for await (const chunk of chunks) all.push(Buffer.from(chunk));
  return all;
}

const OPTIONS: CsvOptions = { baseUrl: 'https://credence.example', bom: false, spreadsheetSafe: true, themeColumns: [] };

describe('writeCsvRows', () => {
  const rows = randomRows(3000, 9); // about 3 MB: many 64 KiB chunks, rows across their ends
  const variants: [string, CsvOptions][] = [
    ['spreadsheet-safe', OPTIONS],
    ['formulas kept, with a BOM and theme columns', { ...OPTIONS, bom: true, spreadsheetSafe: false, themeColumns: ['Drones', '=SUM(A1)', 'Nothing'] }],
    ['a base URL that needs quotes', { ...OPTIONS, baseUrl: 'https://x.example/a,"b"' }],
    ['a base URL that looks like a formula', { ...OPTIONS, baseUrl: '=x' }],
  ];
  for (const [name, options] of variants) {
    it(`gives writeCsv's bytes (${name})`, async () => {
      const expected = Buffer.concat(await bytesOf(writeCsv(exportBatches(rows, 500), options)));
      const chunks = await bytesOf(writeCsvRows(sqlBatches(rows, 500), options));
      expect(Buffer.concat(chunks).equals(expected)).toBe(true);
      expect(chunks.slice(1, -1).every((chunk) => chunk.length === 64 * 1024)).toBe(true);
    });
  }

  it('sends the header alone first, and nothing more for no rows', async () => {
    const chunks = await bytesOf(writeCsvRows(sqlBatches([], 10), { ...OPTIONS, bom: true }));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.toString('utf8')).toMatch(/^\uFEFFexcerpt_id,article_id,.*,reader_url\r\n$/);
  });

  it('closes its source when the reader stops before the rows', async () => {
    let closed = false;
    const source = { async *[Symbol.asyncIterator]() { yield { rows: randomRows(1, 1), names }; }, async return() { closed = true; } };
    const chunks = writeCsvRows(source, OPTIONS);
    await chunks.next();
    await chunks.return(undefined);
    expect(closed).toBe(true);
  });
});
