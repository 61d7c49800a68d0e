// The CSV export's columns: one row per excerpt, the fixed columns in this order, then one 0/1
// column per theme when asked. Column names are a contract (docs/API.md).
import type { ExportRow } from '@/lib/export/export-types';

/** The fixed header, in order. */
export const CSV_COLUMNS = [
  'excerpt_id',
  'article_id',
  'article_title',
  'outlet',
  'outlet_reliability',
  'published_date',
  'article_url',
  'analyst',
  'analyst_email',
  'created_at',
  'updated_at',
  'start',
  'end',
  'exact',
  'prefix',
  'suffix',
  'note',
  'themes',
  'analyst_credibility',
  'consensus_credibility',
  'credibility_ratings',
  'reader_url',
] as const;

/** Joins theme names in the `themes` column. */
export const THEME_SEPARATOR = '; ';

/** The header of a theme's 0/1 column. */
export function themeColumnName(theme: string): string {
  return `theme:${theme}`;
}

export function csvHeader(themeColumns: readonly string[]): string[] {
  return [...CSV_COLUMNS, ...themeColumns.map(themeColumnName)];
}

/** Where the excerpt opens in Credence's reader. */
export function readerUrl(baseUrl: string, row: Pick<ExportRow, 'documentId' | 'start'>): string {
  return `${baseUrl}/documents/${encodeURIComponent(row.documentId)}?at=${row.start}`;
}

const cell = (value: string | number | null): string => (value === null ? '' : String(value));

/** The row's cells, in header order. `themeColumns` are the team's theme names for the 0/1 columns. */
export function csvCells(row: ExportRow, options: { baseUrl: string; themeColumns: readonly string[] }): string[] {
  const themes = new Set(row.themes);
  return [
    row.excerptId,
    row.documentId,
    row.documentTitle,
    cell(row.outlet),
    cell(row.outletReliability),
    cell(row.publishedDate),
    cell(row.articleUrl),
    row.analystName,
    row.analystEmail,
    row.createdAt,
    row.updatedAt,
    cell(row.start),
    cell(row.end),
    row.exact,
    row.prefix,
    row.suffix,
    row.note,
    row.themes.join(THEME_SEPARATOR),
    cell(row.analystCredibility),
    cell(row.consensusCredibility),
    cell(row.credibilityRatings),
    readerUrl(options.baseUrl, row),
    ...options.themeColumns.map((theme) => (themes.has(theme) ? '1' : '0')),
  ];
}
