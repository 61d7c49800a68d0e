// The export formats as streams of text chunks, one chunk per batch of rows, so a caller can
// send them as they come from the database cursor. No I/O here.
import { encodeCsvRecord, UTF8_BOM } from '@/lib/csv/encode-csv';
import { csvCells, csvHeader } from '@/lib/export/csv-columns';
import type { ExportRow } from '@/lib/export/export-types';
import { ANNO_CONTEXT, toWebAnnotation } from '@/lib/web-annotation/to-web-annotation';

/** Batches of rows; `return()` lets a writer that is stopped early close the source. */
type Batches = AsyncIterable<readonly ExportRow[]> & { return?: () => Promise<unknown> };

export type CsvOptions = { baseUrl: string; bom: boolean; spreadsheetSafe: boolean; themeColumns: readonly string[] };

/**
 * The header (with the BOM when asked), then each batch of rows as CSV records: the plain form of
 * the format, for ExportRows. The download writes the same bytes straight from the SQL rows
 * (lib/server/export/write-csv-rows.ts, tested against this one).
 */
export async function* writeCsv(batches: Batches, options: CsvOptions): AsyncGenerator<string> {
  const safe = { spreadsheetSafe: options.spreadsheetSafe };
  try {
    yield (options.bom ? UTF8_BOM : '') + encodeCsvRecord(csvHeader(options.themeColumns), safe);
    for await (const rows of batches) {
      if (rows.length === 0) continue;
      yield rows.map((row) => encodeCsvRecord(csvCells(row, options), safe)).join('');
    }
  } finally {
    await batches.return?.(); // stopped before or between batches: close the source too
  }
}

export type JsonLdOptions = { baseUrl: string; collectionId: string; label: string; generatedAt: Date };

/**
 * One AnnotationCollection whose first (and only) AnnotationPage embeds every annotation. The
 * collection's `total` is written after the page, since it is known only at the end (JSON object
 * members have no order).
 */
export async function* writeJsonLd(batches: Batches, options: JsonLdOptions): AsyncGenerator<string> {
  const head = {
    '@context': ANNO_CONTEXT,
    id: options.collectionId,
    type: 'AnnotationCollection',
    label: options.label,
    generator: { id: options.baseUrl, type: 'Software', name: 'Credence' },
    generated: options.generatedAt.toISOString(),
  };
  const page = { id: `${options.collectionId}#page-1`, type: 'AnnotationPage', partOf: options.collectionId, startIndex: 0 };
  try {
    yield `${JSON.stringify(head).slice(0, -1)},"first":${JSON.stringify(page).slice(0, -1)},"items":[\n`;
    let total = 0;
    for await (const rows of batches) {
      if (rows.length === 0) continue;
      const items = rows.map((row) => JSON.stringify(toWebAnnotation(row, options.baseUrl)));
      yield (total > 0 ? ',\n' : '') + items.join(',\n');
      total += rows.length;
    }
    yield `\n]},"total":${total}}\n`;
  } finally {
    await batches.return?.();
  }
}
