import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { generate, highlightsPerArticle } from '../../bench/lib/generate';
import { db } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';

describe('the benchmark generator', () => {
  it('spreads highlights: focus articles get exactly their count, the rest evenly', () => {
    expect(highlightsPerArticle({ articles: 4, highlights: 110, focus: [100] })).toEqual([100, 4, 3, 3]);
    expect(() => highlightsPerArticle({ articles: 1, highlights: 10, focus: [20] })).toThrow(/need 20 highlights/);
    expect(() => highlightsPerArticle({ articles: 1, highlights: 30, focus: [20] })).toThrow(/left over/);
  });

  it('fills a team whose highlights are anchored exactly in their article, with themes and ratings by members', async () => {
    const team = await generate(process.env.DATABASE_URL!, { articles: 7, analysts: 4, highlights: 6_000, focus: [5_000], themes: 6, ratingsPerHighlight: 1.5, seed: Date.now() % 1e9, log: () => undefined });
    expect(team.counts.highlights).toBe(6_000);
    expect(team.documentIds).toHaveLength(7);
    expect(team.focus).toEqual([{ documentId: team.documentIds[0], highlights: 5_000 }]);
    expect(await db.annotation.count({ where: { documentId: team.focus[0]!.documentId } })).toBe(5_000);

    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE substr(d.text, a.start + 1, a."end" - a.start) = a.exact
                                   AND substr(d.text, greatest(1, a.start - 31), least(32, a.start)) = a.prefix
                                   AND substr(d.text, a."end" + 1, 32) = a.suffix)::int AS anchored,
                min(a."end" - a.start)::int AS shortest, max(a."end" - a.start)::int AS longest,
                count(DISTINCT a."authorId")::int AS authors,
                bool_and(d.length = char_length(d.text) AND d."textSha256" = encode(sha256(convert_to(d.text, 'UTF8')), 'hex')) AS documents_ok
           FROM "Annotation" a JOIN "Document" d ON d.id = a."documentId" WHERE a."teamId" = $1`,
        [team.teamId],
      );
      expect(rows[0]).toMatchObject({ total: 6_000, anchored: 6_000, authors: 4, documents_ok: true });
      expect(rows[0].shortest).toBeGreaterThanOrEqual(20);
      expect(rows[0].longest).toBeLessThan(400);
      const overlaps = await client.query(
        `SELECT count(*)::int AS n FROM (SELECT a.id FROM "Annotation" a JOIN "Annotation" b ON b."documentId" = a."documentId" AND b.id > a.id AND b.start < a."end" AND a.start < b."end"
          WHERE a."documentId" = $1 LIMIT 100) o`,
        [team.focus[0]!.documentId],
      );
      expect(overlaps.rows[0].n).toBe(100);
      const raters = await client.query(
        `SELECT count(*)::int AS ratings, count(*) FILTER (WHERE m.id IS NULL)::int AS outsiders, count(*) FILTER (WHERE r.credibility NOT BETWEEN 1 AND 6)::int AS out_of_range
           FROM "PassageRating" r JOIN "Annotation" a ON a.id = r."annotationId" LEFT JOIN "Membership" m ON m."userId" = r."userId" AND m."teamId" = a."teamId" WHERE a."teamId" = $1`,
        [team.teamId],
      );
      expect(raters.rows[0]).toEqual({ ratings: team.counts.ratings, outsiders: 0, out_of_range: 0 });
      expect(team.counts.ratings).toBeGreaterThan(6_000 * 1.3);
      expect(team.counts.ratings).toBeLessThan(6_000 * 1.7);
    } finally {
      await client.end();
    }
    const owner = await db.user.findUniqueOrThrow({ where: { email: team.emails[0] }, omit: { passwordHash: false }, include: { memberships: true } });
    expect(owner.memberships).toEqual([expect.objectContaining({ teamId: team.teamId, role: 'OWNER' })]);
    expect(await verifyPassword(owner.passwordHash, team.password)).toBe(true);
  });
});
