import 'server-only';
import { createCsvByteWriter, encodeCsvCells, type CsvByteWriter } from '@/lib/csv/csv-byte-writer';
import { encodeCsvRecord, UTF8_BOM } from '@/lib/csv/encode-csv';
import { csvHeader, readerUrl, THEME_SEPARATOR } from '@/lib/export/csv-columns';
import type { CsvOptions } from '@/lib/export/write-export';
import type { ExportSqlBatch } from '@/lib/server/export/export-cursor';
import type { ExportAnalyst, ExportArticle, ExportNames, ExportSqlRow } from '@/lib/server/export/export-rows';

/** Batches of SQL rows; `return()` lets a writer that is stopped early close the source. */
type SqlBatchSource = AsyncIterable<ExportSqlBatch> & { return?: () => Promise<unknown> };

/**
 * The CSV download as bytes: the same bytes as writeCsv (lib/export/write-export.ts) gives for the
 * rows' ExportRows, read from the SQL arrays directly. The header is a chunk of its own (the
 * client sees it before the first FETCH returns), then chunks of CSV_CHUNK_BYTES, each yielded
 * as soon as it is full: the caller pulls them (backpressure), and the writer holds one chunk
 * being filled, whatever the batch size.
 */
export async function* writeCsvRows(batches: SqlBatchSource, options: CsvOptions): AsyncGenerator<Uint8Array> {
  const writer = createCsvByteWriter({ spreadsheetSafe: options.spreadsheetSafe });
  const writeRow = csvRowWriter(writer, options);
  try {
    yield Buffer.from((options.bom ? UTF8_BOM : '') + encodeCsvRecord(csvHeader(options.themeColumns), options), 'utf8');
    for await (const { rows, names } of batches) {
      for (const row of rows) {
        writeRow(row, names);
        if (writer.hasFull()) for (const chunk of writer.takeFull()) yield chunk;
      }
    }
    for (const chunk of writer.takeAll()) yield chunk;
  } finally {
    await batches.return?.(); // stopped before or between batches: close the source too
  }
}

type ArticleCells = { article: ExportArticle; cells: Buffer; readerPrefix: string; readerOpen: Buffer; readerClose: Buffer };

/**
 * Writes a row's record, in csvCells's column order. What repeats row after row is encoded once:
 * an article's six cells and its reader link up to `?at=`, an analyst's two cells, a single
 * theme's cell (cached by the identity of the objects ExportNames returns, or the theme's id).
 */
function csvRowWriter(writer: CsvByteWriter, options: CsvOptions): (row: ExportSqlRow, names: ExportNames) => void {
  const safe = { spreadsheetSafe: options.spreadsheetSafe };
  const { themeColumns } = options;
  let article: ArticleCells | null = null;
  const analysts = new Map<ExportAnalyst, Buffer>();
  const themes = new Map<string, Buffer>();
  const articleCells = (documentId: string, found: ExportArticle): ArticleCells => {
    const { documentTitle, outlet, outletReliability, publishedDate, articleUrl } = found;
    const cells = encodeCsvCells([documentId, documentTitle, outlet ?? '', outletReliability ?? '', publishedDate ?? '', articleUrl ?? ''], safe);
    // The link's cell with a 0 for the offset, split around the 0: digits never need quotes, and
    // the link contains /documents/ (it is not all apostrophes), so they never change the formula check.
    const readerPrefix = readerUrl(options.baseUrl, { documentId, start: 0 }).slice(0, -1); // up to `?at=`
    const link = encodeCsvCells([`${readerPrefix}0`], safe);
    const zero = link.lastIndexOf(0x30);
    return { article: found, cells, readerPrefix, readerOpen: link.subarray(0, zero), readerClose: link.subarray(zero + 1) };
  };
  const writeReaderLink = (cells: ArticleCells, start: number): void => {
    if (!(Number.isInteger(start) && start >= 0)) return writer.field(cells.readerPrefix + start); // never, for a stored offset
    writer.bytes(cells.readerOpen);
    writer.number(start);
    writer.bytes(cells.readerClose);
  };
  const analystCells = (found: ExportAnalyst): Buffer => {
    let cells = analysts.get(found);
    if (!cells) analysts.set(found, (cells = encodeCsvCells([found.name, found.email], safe)));
    return cells;
  };
  /** `themeNames`: the names in order, when the row needs them (several themes, or theme columns). */
  const writeThemes = (ids: string[], themeNames: string[] | null, names: ExportNames): void => {
    if (ids.length === 0) return;
    if (ids.length > 1) return writer.field(themeNames!.join(THEME_SEPARATOR));
    let cell = themes.get(ids[0]!);
    if (!cell) themes.set(ids[0]!, (cell = encodeCsvCells([names.theme(ids[0]!) ?? ''], safe)));
    writer.bytes(cell);
  };
  const writeNumber = (value: number | null): void => {
    if (typeof value === 'number') writer.number(value);
    else if (value !== null) writer.field(String(value));
  };

  return (row, names) => {
    const foundArticle = names.article(row[1]);
    const foundAnalyst = names.analyst(row[2]);
    if (!foundArticle || !foundAnalyst) return; // deleted meanwhile: left out, as ExportRows are
    if (article?.article !== foundArticle) article = articleCells(row[1], foundArticle);
    writer.field(row[0]);
    writer.comma();
    writer.bytes(article.cells);
    writer.comma();
    writer.bytes(analystCells(foundAnalyst));
    writer.comma();
    writer.field(row[3]); // createdAt
    writer.comma();
    writer.field(row[4]); // updatedAt
    writer.comma();
    writeNumber(row[5]); // start
    writer.comma();
    writeNumber(row[6]); // end
    for (let i = 7; i <= 10; i++) {
      writer.comma();
      writer.field(row[i] as string); // exact, prefix, suffix, note
    }
    writer.comma();
    const themeNames = row[11].length > 1 || themeColumns.length ? names.themeNames(row[11]) : null;
    writeThemes(row[11], themeNames, names);
    for (let i = 12; i <= 14; i++) {
      writer.comma();
      writeNumber(row[i] as number | null); // the analyst's rating, the consensus, how many ratings
    }
    writer.comma();
    writeReaderLink(article, row[5]);
    if (themeColumns.length) writeThemeColumns(writer, themeNames!, themeColumns);
    writer.endRecord();
  };
}

const ONE = Buffer.from(',1');
const ZERO = Buffer.from(',0');

function writeThemeColumns(writer: CsvByteWriter, themes: readonly string[], themeColumns: readonly string[]): void {
  // A highlight carries a few themes: a scan of them beats a Set built per row.
  for (const theme of themeColumns) writer.bytes(themes.includes(theme) ? ONE : ZERO);
}
