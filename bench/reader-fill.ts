// Fills one article with N highlights straight in SQL, for the reader bench: overlapping, 20–400
// code points long, starting and ending on word boundaries, by the desk's analysts, with 0–2
// themes each. Deterministic (seeded). Replaced by bench/lib/generate.ts once it is on main.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export type Article = { id: string; teamId: string; text: string; codePoints: string[] };

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The longest article of the demo desk. */
export async function pickArticle(client: pg.Client): Promise<Article> {
  const row = (
    await client.query(
      `SELECT d.id, d."teamId", d.text FROM "Document" d JOIN "Team" t ON t.id = d."teamId"
        WHERE t.name = 'Russia-Iran desk' ORDER BY d.length DESC, d.id LIMIT 1`,
    )
  ).rows[0];
  return { id: row.id, teamId: row.teamId, text: row.text, codePoints: Array.from(row.text as string) };
}

/** Replaces the article's highlights with `count` generated ones; returns their count. */
export async function fillHighlights(client: pg.Client, article: Article, count: number, seed = 1): Promise<number> {
  const random = seeded(seed);
  const cp = article.codePoints;
  const authors = (
    await client.query(`SELECT u.id FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE m."teamId" = $1 AND m.role <> 'VIEWER' ORDER BY u.email`, [article.teamId])
  ).rows.map((r) => r.id as string);
  const tags = (await client.query(`SELECT id FROM "Tag" WHERE "teamId" = $1 AND "archivedAt" IS NULL ORDER BY id`, [article.teamId])).rows.map((r) => r.id as string);
  // Word starts and word ends (code point offsets), to snap highlights to.
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < cp.length; i++) {
    const isWord = /[\p{L}\p{N}]/u.test(cp[i]!);
    if (isWord && (i === 0 || !/[\p{L}\p{N}]/u.test(cp[i - 1]!))) starts.push(i);
    if (isWord && (i === cp.length - 1 || !/[\p{L}\p{N}]/u.test(cp[i + 1]!))) ends.push(i + 1);
  }
  const firstEndAtLeast = (offset: number) => {
    let low = 0;
    let high = ends.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ends[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return ends[low]!;
  };
  await client.query('BEGIN');
  try {
    await client.query(`DELETE FROM "Annotation" WHERE "documentId" = $1`, [article.id]);
    const columns = { id: [] as string[], author: [] as string[], start: [] as number[], end: [] as number[], exact: [] as string[], prefix: [] as string[], suffix: [] as string[], note: [] as string[], created: [] as string[] };
    const links = { annotation: [] as string[], tag: [] as string[] };
    const base = Date.now() - 30 * 86_400_000;
    for (let n = 0; n < count; n++) {
      const start = starts[Math.floor(random() * starts.length)]!;
      // Lengths skew short (most highlights are a clause or a sentence), up to 400.
      const length = 20 + Math.floor(380 * random() ** 2);
      const end = Math.min(firstEndAtLeast(Math.min(start + length, cp.length)), cp.length);
      if (end - start < 1) continue;
      const id = `bench${randomUUID().replaceAll('-', '')}`;
      columns.id.push(id);
      columns.author.push(authors[n % authors.length]!);
      columns.start.push(start);
      columns.end.push(end);
      columns.exact.push(cp.slice(start, end).join(''));
      columns.prefix.push(cp.slice(Math.max(0, start - 32), start).join(''));
      columns.suffix.push(cp.slice(end, end + 32).join(''));
      columns.note.push(random() < 0.3 ? `Bench note ${n}: why this passage matters.` : '');
      columns.created.push(new Date(base + n * 60_000).toISOString());
      const themeCount = Math.floor(random() * 3);
      for (const tag of new Set(Array.from({ length: themeCount }, () => tags[Math.floor(random() * tags.length)]!))) {
        links.annotation.push(id);
        links.tag.push(tag);
      }
    }
    await client.query(
      `INSERT INTO "Annotation" (id, "teamId", "documentId", "authorId", start, "end", exact, prefix, suffix, note, "createdAt", "updatedAt")
       SELECT id, $1, $2, author, s, e, exact, prefix, suffix, note, created, created
         FROM unnest($3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamptz[])
           AS t(id, author, s, e, exact, prefix, suffix, note, created)`,
      [article.teamId, article.id, columns.id, columns.author, columns.start, columns.end, columns.exact, columns.prefix, columns.suffix, columns.note, columns.created],
    );
    await client.query(`INSERT INTO "AnnotationTag" ("annotationId", "tagId") SELECT * FROM unnest($1::text[], $2::text[])`, [links.annotation, links.tag]);
    await client.query(`UPDATE "Document" SET revision = revision + 1 WHERE id = $1`, [article.id]);
    await client.query('COMMIT');
    return columns.id.length;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
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
