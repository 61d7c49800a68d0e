import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { csvHeader } from '@/lib/export/csv-columns';
import { describeFilter, exportFileName } from '@/lib/export/export-file-name';
import { PREVIEW_ROWS, type ExportPreview } from '@/lib/export/export-types';
import { writeJsonLd } from '@/lib/export/write-export';
import { openExportCursor, openExportSqlCursor, queryExport, queryExportRows } from '@/lib/server/export/export-cursor';
import { exportCountSql, exportRowsSql } from '@/lib/server/export/export-sql';
import { resolveExport } from '@/lib/server/export/resolve-export';
import { writeCsvRows } from '@/lib/server/export/write-csv-rows';
import type { ExportQuery } from '@/lib/validation/export';

export type ExportFormat = 'csv' | 'jsonld';

/** A download ready to stream: its name, its media type and its content, chunk by chunk (CSV as bytes, JSON-LD as text). */
export type ExportDownload = { fileName: string; contentType: string; chunks: AsyncGenerator<string | Uint8Array> };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  jsonld: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
};

/**
 * Checks the filters and opens the database cursor; the rows are read as the chunks are pulled.
 * `user: null` is an operator's script (every rating visible); a member gets the blind rule.
 * `baseUrl` makes the reader links and JSON-LD ids; `collectionId` names the JSON-LD collection.
 */
export async function exportExcerpts(options: {
  user: SessionUser | null;
  query: ExportQuery;
  format: ExportFormat;
  baseUrl: string;
  collectionId: string;
  now?: Date;
}): Promise<ExportDownload> {
  const now = options.now ?? new Date();
  const resolved = await resolveExport({ user: options.user, query: options.query });
  const statement = exportRowsSql(resolved);
  const { query, themeColumns } = resolved;
  const chunks =
    options.format === 'csv'
      ? writeCsvRows(await openExportSqlCursor(statement), { baseUrl: options.baseUrl, bom: query.bom, spreadsheetSafe: query.spreadsheetSafe, themeColumns: query.themeColumns ? themeColumns : [] })
      : writeJsonLd(await openExportCursor(statement), {
          baseUrl: options.baseUrl,
          collectionId: options.collectionId,
          label: `Credence excerpts: ${resolved.team.name} (${describeFilter(resolved.labels)})`,
          generatedAt: now,
        });
  return {
    fileName: exportFileName({ team: resolved.team.slug, labels: resolved.labels, date: now, extension: options.format }),
    contentType: CONTENT_TYPES[options.format],
    chunks,
  };
}

/** What the export page shows: how many excerpts match, the first rows, the header, the file names. */
export async function previewExport(options: { user: SessionUser; query: ExportQuery; now?: Date }): Promise<ExportPreview> {
  const now = options.now ?? new Date();
  const resolved = await resolveExport({ user: options.user, query: options.query });
  const [counted, rows] = await Promise.all([
    queryExport<{ count: number }>(exportCountSql(resolved)),
    queryExportRows(exportRowsSql(resolved, { limit: PREVIEW_ROWS })),
  ]);
  const name = (extension: ExportFormat) => exportFileName({ team: resolved.team.slug, labels: resolved.labels, date: now, extension });
  return {
    count: counted[0]?.count ?? 0,
    rows,
    columns: csvHeader(resolved.query.themeColumns ? resolved.themeColumns : []),
    fileNames: { csv: name('csv'), jsonld: name('jsonld') },
  };
}
