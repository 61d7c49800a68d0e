import 'server-only';
import type { Prisma } from '@prisma/client';
import type pg from 'pg';
import type { ExportRow } from '@/lib/export/export-types';

/**
 * A row as exportRowsSql returns it (rowMode 'array', in EXPORT_SQL_COLUMNS order): the excerpt's
 * own fields, and ids for its article, analyst and themes.
 */
export type ExportSqlRow = [
  excerptId: string,
  documentId: string,
  analystId: string,
  createdAt: string,
  updatedAt: string,
  start: number,
  end: number,
  exact: string,
  prefix: string,
  suffix: string,
  note: string,
  themeIds: string[],
  analystCredibility: number | null,
  consensusCredibility: number | null,
  credibilityRatings: number,
];

/** The export statement, and how to look up the articles its rows name (with the viewer's outlet grades). */
export type ExportStatement = Prisma.Sql & { articlesSql: (documentIds: string[]) => Prisma.Sql };

type Query = (text: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/** An exported article's own fields (one object per article for the whole export, while it is kept). */
export type ExportArticle = Pick<ExportRow, 'documentTitle' | 'outlet' | 'outletReliability' | 'publishedDate' | 'articleUrl' | 'language'>;
/** An exported analyst (one object per analyst for the whole export). */
export type ExportAnalyst = { name: string; email: string };

/**
 * What the ids of learnt rows name. undefined: deleted since the rows were read (the row is left
 * out). A writer may cache what it derives from an article or analyst by the object's identity.
 */
export type ExportNames = {
  article(id: string): ExportArticle | undefined;
  analyst(id: string): ExportAnalyst | undefined;
  theme(id: string): string | undefined;
  /** The names of a row's themes, in the export's order. */
  themeNames(ids: string[]): string[];
};

// Rows come in article order, so an article left behind does not come back: past this many,
// the articles of older batches are forgotten (memory stays flat on exports of many articles).
const KEPT_ARTICLES = 1000;

/**
 * Turns narrow SQL rows into ExportRows. Each article, analyst and theme is looked up once per
 * export (a batch's unknown ids in one query each), in the caller's transaction when there is
 * one: the names come from the same snapshot as the rows. `learn` does the look-ups, `build`
 * is synchronous, so a caller can start the next FETCH in between.
 *
 * Theme names are put in the order the export promises (lower(name) COLLATE "C", then name
 * COLLATE "C"): Postgres ranks the themes it has seen and each row's ids are sorted by that rank,
 * so the order is Postgres's own (JS's toLowerCase and string comparison differ from lower() and
 * "C" on some characters). A row whose article, analyst or theme was deleted meanwhile (only
 * possible without a snapshot) loses the theme, or the whole row, as a join would.
 */
export function createRowBuilder(query: Query, statement: ExportStatement) {
  let themes = new Map<string, { rank: number; name: string }>();
  const articles = new Map<string, ExportArticle>();
  const analysts = new Map<string, ExportAnalyst>();
  const missing = new Set<string>(); // ids looked up and not found (deleted since the rows were read)
  const byRank = (a: string, b: string) => themes.get(a)!.rank - themes.get(b)!.rank;

  async function learnThemes(rows: readonly ExportSqlRow[]): Promise<void> {
    const unknown = new Set<string>();
    for (const row of rows) for (const id of row[11]) if (!themes.has(id) && !missing.has(id)) unknown.add(id);
    if (unknown.size === 0) return;
    const ids = [...themes.keys(), ...unknown];
    const { rows: tags } = await query(`SELECT id, name FROM "Tag" WHERE id = ANY($1) ORDER BY lower(name) COLLATE "C", name COLLATE "C", id`, [ids]);
    themes = new Map(tags.map((tag, rank) => [tag.id as string, { rank, name: tag.name as string }]));
    for (const id of unknown) if (!themes.has(id)) missing.add(id);
  }

  async function learnArticles(rows: readonly ExportSqlRow[]): Promise<void> {
    const unknown = new Set<string>();
    for (const row of rows) if (!articles.has(row[1]) && !missing.has(row[1])) unknown.add(row[1]);
    if (unknown.size === 0) return;
    if (articles.size + unknown.size > KEPT_ARTICLES) {
      const current = new Set(rows.map((row) => row[1]));
      for (const id of articles.keys()) if (!current.has(id)) articles.delete(id);
    }
    const sql = statement.articlesSql([...unknown]);
    const { rows: found } = await query(sql.text, sql.values);
    for (const article of found) {
      articles.set(article.id as string, {
        documentTitle: article.title as string,
        outlet: article.outlet as string | null,
        outletReliability: article.outletReliability as string | null,
        publishedDate: article.publishedDate as string | null,
        articleUrl: article.articleUrl as string | null,
        language: article.language as string,
      });
    }
    for (const id of unknown) if (!articles.has(id)) missing.add(id);
  }

  async function learnAnalysts(rows: readonly ExportSqlRow[]): Promise<void> {
    const unknown = new Set<string>();
    for (const row of rows) if (!analysts.has(row[2]) && !missing.has(row[2])) unknown.add(row[2]);
    if (unknown.size === 0) return;
    const { rows: found } = await query(`SELECT id, name, email FROM "User" WHERE id = ANY($1)`, [[...unknown]]);
    for (const user of found) analysts.set(user.id as string, { name: user.name as string, email: user.email as string });
    for (const id of unknown) if (!analysts.has(id)) missing.add(id);
  }

  function themeNames(ids: string[]): string[] {
    if (ids.length === 0) return [];
    if (ids.length === 1) return themes.has(ids[0]!) ? [themes.get(ids[0]!)!.name] : [];
    return ids.filter((id) => themes.has(id)).sort(byRank).map((id) => themes.get(id)!.name);
  }

  const names: ExportNames = {
    article: (id) => articles.get(id),
    analyst: (id) => analysts.get(id),
    theme: (id) => themes.get(id)?.name,
    themeNames,
  };

  return {
    names,
    /** Looks up what `rows` name and is not known yet. */
    async learn(rows: readonly ExportSqlRow[]): Promise<void> {
      await learnThemes(rows);
      await learnArticles(rows);
      await learnAnalysts(rows);
    },
    /** The ExportRows of rows already learnt; every field by name, so no id list reaches a writer. */
    build(rows: readonly ExportSqlRow[]): ExportRow[] {
      const built: ExportRow[] = [];
      for (const row of rows) {
        const article = articles.get(row[1]);
        const analyst = analysts.get(row[2]);
        if (!article || !analyst) continue;
        built.push({
          excerptId: row[0],
          documentId: row[1],
          documentTitle: article.documentTitle,
          outlet: article.outlet,
          outletReliability: article.outletReliability,
          publishedDate: article.publishedDate,
          articleUrl: article.articleUrl,
          language: article.language,
          analystId: row[2],
          analystName: analyst.name,
          analystEmail: analyst.email,
          createdAt: row[3],
          updatedAt: row[4],
          start: row[5],
          end: row[6],
          exact: row[7],
          prefix: row[8],
          suffix: row[9],
          note: row[10],
          themes: themeNames(row[11]),
          analystCredibility: row[12],
          consensusCredibility: row[13],
          credibilityRatings: row[14],
        });
      }
      return built;
    },
  };
}

/** A pg client or pool as the row builder's query function. */
export function builderQuery(client: pg.Pool | pg.PoolClient): Query {
  return (text, values) => client.query<Record<string, unknown>>(text, values);
}
