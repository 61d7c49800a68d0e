// The export formats as streams of text chunks, one chunk per batch of rows, so a caller can
// send them as they come from the database cursor. No I/O here.
import { CRLF, encodeCsvField, encodeCsvRecord, neutraliseFormula, UTF8_BOM } from '@/lib/csv/encode-csv';
import { csvHeader, readerUrl, THEME_SEPARATOR } from '@/lib/export/csv-columns';
import type { ExportRow } from '@/lib/export/export-types';
import { ANNO_CONTEXT, toWebAnnotation } from '@/lib/web-annotation/to-web-annotation';

/** Batches of rows; `return()` lets a writer that is stopped early close the source. */
type Batches = AsyncIterable<readonly ExportRow[]> & { return?: () => Promise<unknown> };

export type CsvOptions = { baseUrl: string; bom: boolean; spreadsheetSafe: boolean; themeColumns: readonly string[] };

/**
 * The header (with the BOM when asked), then each batch of rows as CSV records. The download
 * writes the same bytes from the SQL rows (lib/server/export/write-csv-rows.ts, tested against
 * this one); this is the plain form of the format, for ExportRows.
 */
export async function* writeCsv(batches: Batches, options: CsvOptions): AsyncGenerator<string> {
  const safe = { spreadsheetSafe: options.spreadsheetSafe };
  const encodeRow = csvRecordEncoder(options);
  try {
    yield (options.bom ? UTF8_BOM : '') + encodeCsvRecord(csvHeader(options.themeColumns), safe);
    for await (const rows of batches) {
      if (rows.length === 0) continue;
      let chunk = '';
      for (const row of rows) chunk += encodeRow(row);
      yield chunk;
    }
  } finally {
    await batches.return?.(); // stopped before or between batches: close the source too
  }
}

/**
 * The CSV record of a row: the same bytes as encodeCsvRecord(csvCells(row, options)), faster.
 * The article's cells (id to URL) and the analyst's (name, email) repeat row after row: they are
 * encoded once per article and per analyst instead of once per row, and the cells are appended
 * to the record directly instead of through an array.
 */
function csvRecordEncoder(options: CsvOptions): (row: ExportRow) => string {
  const safe = options.spreadsheetSafe;
  const field = (value: string | number | null): string => {
    const cell = value === null ? '' : String(value);
    return encodeCsvField(safe ? neutraliseFormula(cell) : cell);
  };
  let article: ExportRow | null = null;
  let articleCells = '';
  let readerPrefix = '';
  let analyst: ExportRow | null = null;
  let analystCells = '';
  const themeColumns = options.themeColumns;
  return (row) => {
    if (article === null || row.documentId !== article.documentId || row.documentTitle !== article.documentTitle || row.outlet !== article.outlet ||
        row.outletReliability !== article.outletReliability || row.publishedDate !== article.publishedDate || row.articleUrl !== article.articleUrl) {
      article = row;
      readerPrefix = readerUrl(options.baseUrl, { documentId: row.documentId, start: 0 }).slice(0, -1); // up to `?at=`
      articleCells = `${field(row.documentId)},${field(row.documentTitle)},${field(row.outlet)},${field(row.outletReliability)},${field(row.publishedDate)},${field(row.articleUrl)}`;
    }
    if (analyst === null || row.analystName !== analyst.analystName || row.analystEmail !== analyst.analystEmail) {
      analyst = row;
      analystCells = `${field(row.analystName)},${field(row.analystEmail)}`;
    }
    let record = `${field(row.excerptId)},${articleCells},${analystCells},${field(row.createdAt)},${field(row.updatedAt)},${field(row.start)},${field(row.end)},${field(row.exact)},${field(row.prefix)},${field(row.suffix)},${field(row.note)},${field(row.themes.join(THEME_SEPARATOR))},${field(row.analystCredibility)},${field(row.consensusCredibility)},${field(row.credibilityRatings)},${field(readerPrefix + row.start)}`;
    if (themeColumns.length) {
      const themes = new Set(row.themes);
      for (const theme of themeColumns) record += themes.has(theme) ? ',1' : ',0';
    }
    return record + CRLF;
  };
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
