// The reader bench's own database chores; the highlights come from bench/lib/generate.ts.
import pg from 'pg';

export type Article = { id: string; teamId: string; text: string; codePoints: string[] };

/** An article's text, by id. */
export async function readArticle(client: pg.Client, id: string): Promise<Article> {
  const row = (await client.query(`SELECT id, "teamId", text FROM "Document" WHERE id = $1`, [id])).rows[0];
  return { id: row.id, teamId: row.teamId, text: row.text, codePoints: Array.from(row.text as string) };
}

/** Removes the highlights the bench made through the UI (they carry an idempotency key). */
export async function removeCreated(client: pg.Client, article: Article): Promise<void> {
  await client.query(`DELETE FROM "Annotation" WHERE "documentId" = $1 AND "idempotencyKey" IS NOT NULL`, [article.id]);
  await client.query(`UPDATE "Document" SET revision = revision + 1 WHERE id = $1`, [article.id]);
}

/** The article's highlights as the reference page needs them (UTF-16 offsets, one colour). */
export async function referenceHighlights(client: pg.Client, article: Article): Promise<{ id: string; start: number; end: number; quote: string; color: string }[]> {
  const rows = (
    await client.query(
      `SELECT a.id, a.start, a."end", (SELECT t.color FROM "AnnotationTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."annotationId" = a.id ORDER BY t.id LIMIT 1) AS color
         FROM "Annotation" a WHERE a."documentId" = $1 ORDER BY a.start, a."end" DESC, a.id`,
      [article.id],
    )
  ).rows;
  // Code point offset → UTF-16 offset.
  const utf16: number[] = [0];
  for (const char of article.codePoints) utf16.push(utf16[utf16.length - 1]! + char.length);
  return rows.map((row) => ({ id: row.id, start: utf16[row.start]!, end: utf16[row.end]!, quote: article.text.slice(utf16[row.start]!, utf16[row.end]!), color: row.color ?? '#d4a72c' }));
}
