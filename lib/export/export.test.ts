import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCells, csvHeader, CSV_COLUMNS } from '@/lib/export/csv-columns';
import { describeFilter, exportFileName, type ExportFilterLabels } from '@/lib/export/export-file-name';
import type { ExportRow } from '@/lib/export/export-types';
import { writeCsv, writeJsonLd } from '@/lib/export/write-export';
import { exportQuerySchema } from '@/lib/validation/export';

const ROW: ExportRow = {
  excerptId: 'ann1',
  documentId: 'doc1',
  documentTitle: 'Moscow, Tehran and "the West"',
  outlet: 'Daily',
  outletReliability: 'B',
  publishedDate: '2026-01-15',
  articleUrl: 'https://example.org/a',
  language: 'en',
  analystId: 'u1',
  analystName: 'Ari',
  analystEmail: 'ari@example.org',
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T11:00:00.000Z',
  start: 3,
  end: 9,
  exact: 'سلام 👋🏽',
  prefix: 'a\nb',
  suffix: '',
  note: '=1+1',
  themes: ['Drones', 'sanctions'],
  analystCredibility: 2,
  consensusCredibility: 3,
  credibilityRatings: 2,
};

const NO_FILTER: ExportFilterLabels = { articles: [], themes: [], tagMode: 'any', analysts: [], reliability: [] };

async function* batchesOf(...batches: ExportRow[][]) {
  yield* batches;
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

describe('csv columns', () => {
  it('has the fixed header, then one column per theme', () => {
    expect(csvHeader([])).toEqual([...CSV_COLUMNS]);
    expect(csvHeader(['Drones', 'Syria']).slice(-2)).toEqual(['theme:Drones', 'theme:Syria']);
  });

  it('writes a row in header order, blanks for nulls, 0/1 per theme', () => {
    const cells = csvCells({ ...ROW, outlet: null, analystCredibility: null }, { baseUrl: 'https://credence.example', themeColumns: ['Drones', 'Syria'] });
    const byName = Object.fromEntries(csvHeader(['Drones', 'Syria']).map((name, i) => [name, cells[i]]));
    expect(byName).toMatchObject({
      excerpt_id: 'ann1',
      outlet: '',
      themes: 'Drones; sanctions',
      analyst_credibility: '',
      consensus_credibility: '3',
      start: '3',
      reader_url: 'https://credence.example/documents/doc1?at=3',
      'theme:Drones': '1',
      'theme:Syria': '0',
    });
  });
});

describe('writeCsv', () => {
  it('streams a header chunk, then one chunk per batch, that parse back to the rows', async () => {
    const chunks = await collect(writeCsv(batchesOf([ROW], [], [{ ...ROW, excerptId: 'ann2' }]), { baseUrl: 'http://x', bom: true, spreadsheetSafe: true, themeColumns: [] }));
    expect(chunks).toHaveLength(3);
    expect(chunks[0]!.startsWith('\uFEFFexcerpt_id,')).toBe(true);
    const records = parse(chunks.join(''), { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(records.map((record) => record.excerpt_id)).toEqual(['ann1', 'ann2']);
    expect(records[0]).toMatchObject({ note: "'=1+1", exact: 'سلام 👋🏽', prefix: 'a\nb', article_title: 'Moscow, Tehran and "the West"' });
  });

  it('closes its source when the reader stops before the rows', async () => {
    let closed = false;
    const source = { async *[Symbol.asyncIterator]() { yield [ROW]; }, async return() { closed = true; } };
    const chunks = writeCsv(source, { baseUrl: 'http://x', bom: false, spreadsheetSafe: true, themeColumns: [] });
    await chunks.next();
    await chunks.return(undefined);
    expect(closed).toBe(true);
  });
});

describe('writeJsonLd', () => {
  it('is one JSON document with every annotation and the total, whatever the batches', async () => {
    const options = { baseUrl: 'https://credence.example', collectionId: 'https://credence.example/api/export.jsonld?teamId=t', label: 'L', generatedAt: new Date('2026-11-24T00:00:00Z') };
    for (const batches of [[], [[ROW]], [[ROW], [], [{ ...ROW, excerptId: 'ann2' }, { ...ROW, excerptId: 'ann3' }]]]) {
      const parsed = JSON.parse((await collect(writeJsonLd(batchesOf(...batches), options))).join(''));
      const count = batches.flat().length;
      expect(parsed).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: count, first: { type: 'AnnotationPage', startIndex: 0 } });
      expect(parsed.first.items).toHaveLength(count);
    }
  });

  it('writes the themes, the note and the rating as bodies with their purposes, and both selectors', async () => {
    const parsed = JSON.parse((await collect(writeJsonLd(batchesOf([ROW]), { baseUrl: 'https://c.example', collectionId: 'https://c.example/x', label: 'L', generatedAt: new Date() }))).join(''));
    const [annotation] = parsed.first.items;
    expect(annotation.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'Drones' },
      { type: 'TextualBody', purpose: 'tagging', value: 'sanctions' },
      { type: 'TextualBody', purpose: 'commenting', value: '=1+1', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'assessing', value: '2: Probably true' },
    ]);
    expect(annotation.target).toEqual({
      type: 'SpecificResource',
      source: { id: 'https://c.example/documents/doc1', type: 'Text', format: 'text/plain', language: 'en' },
      selector: [
        { type: 'TextQuoteSelector', exact: 'سلام 👋🏽', prefix: 'a\nb', suffix: '' },
        { type: 'TextPositionSelector', start: 3, end: 9 },
      ],
    });
  });

  it('leaves out bodies there is nothing for', async () => {
    const bare = { ...ROW, themes: [], note: '', analystCredibility: null };
    const parsed = JSON.parse((await collect(writeJsonLd(batchesOf([bare]), { baseUrl: 'https://c.example', collectionId: 'https://c.example/x', label: 'L', generatedAt: new Date() }))).join(''));
    expect(parsed.first.items[0].body).toBeUndefined();
  });
});

describe('export file names', () => {
  const date = new Date('2026-11-24T12:00:00Z');

  it('says "all" when nothing is filtered', () => {
    expect(exportFileName({ team: 'Russia-Iran desk', labels: NO_FILTER, date, extension: 'csv' })).toBe('credence-russia-iran-desk-all-2026-11-24.csv');
  });

  it('names one theme, counts several, and adds the ranges', () => {
    expect(describeFilter({ ...NO_FILTER, themes: ['Sanctions and economy'], minCredibility: 1, maxCredibility: 2, reliability: ['A', 'B'], from: '2026-01-01' })).toBe(
      'theme-sanctions-and-economy-cred-1-2-outlet-ab-from-2026-01-01',
    );
    expect(describeFilter({ ...NO_FILTER, themes: ['A', 'B'], tagMode: 'all', articles: ['x', 'y', 'z'], analysts: ['Ari'] })).toBe('3-articles-2-themes-all-analyst-ari');
  });

  it('keeps non-Latin names readable and long filters short', () => {
    expect(describeFilter({ ...NO_FILTER, themes: ['تحریم'] })).toBe('1-theme');
    expect(describeFilter({ ...NO_FILTER, themes: ['x'.repeat(200)], analysts: ['y'.repeat(200)] }).length).toBeLessThanOrEqual(80);
  });
});

describe('exportQuerySchema', () => {
  it('reads single and repeated keys as lists, and flags as booleans', () => {
    const parsed = exportQuerySchema.parse({ teamId: 't', tag: 'Syria', reliability: ['A', 'B', 'A'], bom: '1', spreadsheetSafe: 'false' });
    expect(parsed).toMatchObject({ tag: ['Syria'], reliability: ['A', 'B'], documentId: [], tagMode: 'any', bom: true, themeColumns: false, spreadsheetSafe: false });
  });

  it('refuses reversed ranges and impossible dates', () => {
    const result = exportQuerySchema.safeParse({ teamId: 't', minCredibility: '5', maxCredibility: '2', from: '2026-02-29', publishedFrom: '2026-03-02', publishedTo: '2026-03-01' });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['from']));
    expect(exportQuerySchema.safeParse({ teamId: 't', minCredibility: '5', maxCredibility: '2' }).error!.issues[0]!.path).toEqual(['maxCredibility']);
    expect(exportQuerySchema.safeParse({ teamId: 't', publishedFrom: '2026-03-02', publishedTo: '2026-03-01' }).error!.issues[0]!.path).toEqual(['publishedTo']);
    expect(exportQuerySchema.safeParse({ teamId: 't', from: '2028-02-29' }).success).toBe(true);
  });
});
