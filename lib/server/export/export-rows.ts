import 'server-only';
import type pg from 'pg';
import type { ExportRow } from '@/lib/export/export-types';

/** A row as exportRowsSql returns it: the excerpt's theme ids instead of its theme names. */
export type ExportSqlRow = Omit<ExportRow, 'themes'> & { themeIds: string[] };

type Query = (text: string, values: unknown[]) => Promise<{ rows: { id: string; name: string }[] }>;

/**
 * Turns theme ids into names in the order the export promises (lower(name) COLLATE "C", then
 * name COLLATE "C"). Postgres ranks the themes, once per export: the ids of a row are then
 * sorted by that rank here, so the order is Postgres's own (JS's toLowerCase and string
 * comparison differ from lower() and "C" on some characters). Ids not seen before (the first
 * batch, or a theme in a later batch) are looked up with the known ones and ranked again, in
 * the caller's transaction when there is one: the names come from the same snapshot as the rows.
 */
export function createThemeNamer(query: Query) {
  let ranked = new Map<string, { rank: number; name: string }>();
  const missing = new Set<string>(); // deleted since the rows were read (only without a snapshot)
  const byRank = (a: string, b: string) => ranked.get(a)!.rank - ranked.get(b)!.rank;

  async function learn(rows: readonly ExportSqlRow[]): Promise<void> {
    const unknown = new Set<string>();
    for (const row of rows) for (const id of row.themeIds) if (!ranked.has(id) && !missing.has(id)) unknown.add(id);
    if (unknown.size === 0) return;
    const ids = [...ranked.keys(), ...unknown];
    const { rows: tags } = await query(`SELECT id, name FROM "Tag" WHERE id = ANY($1) ORDER BY lower(name) COLLATE "C", name COLLATE "C", id`, [ids]);
    ranked = new Map(tags.map((tag, rank) => [tag.id, { rank, name: tag.name }]));
    for (const id of unknown) if (!ranked.has(id)) missing.add(id);
  }

  /** The rows with their theme names; a theme deleted meanwhile (no snapshot) is left out. */
  return async function nameThemes(rows: readonly ExportSqlRow[]): Promise<ExportRow[]> {
    await learn(rows);
    return rows.map((row) => toExportRow(row, themeNames(row.themeIds)));
  };

  function themeNames(ids: string[]): string[] {
    if (ids.length === 0) return [];
    if (ids.length === 1) return ranked.has(ids[0]!) ? [ranked.get(ids[0]!)!.name] : [];
    return ids.filter((id) => ranked.has(id)).sort(byRank).map((id) => ranked.get(id)!.name);
  }
}

/** The ExportRow of a SQL row: every field by name, so no `themeIds` reaches a writer or a page. */
function toExportRow(row: ExportSqlRow, themes: string[]): ExportRow {
  return {
    excerptId: row.excerptId,
    documentId: row.documentId,
    documentTitle: row.documentTitle,
    outlet: row.outlet,
    outletReliability: row.outletReliability,
    publishedDate: row.publishedDate,
    articleUrl: row.articleUrl,
    language: row.language,
    analystId: row.analystId,
    analystName: row.analystName,
    analystEmail: row.analystEmail,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    note: row.note,
    themes,
    analystCredibility: row.analystCredibility,
    consensusCredibility: row.consensusCredibility,
    credibilityRatings: row.credibilityRatings,
  };
}

/** A pg client or pool as the namer's query function. */
export function namerQuery(client: pg.Pool | pg.PoolClient): Query {
  return (text, values) => client.query<{ id: string; name: string }>(text, values);
}
