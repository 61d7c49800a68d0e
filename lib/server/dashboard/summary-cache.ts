import 'server-only';
import { Prisma } from '@prisma/client';
import { db } from '@/lib/db';

// The dashboard's figures over an article of 100,000 highlights take a second or more of SQL even
// after decision 010; they only change when something they rest on changes. Every write to an article's
// highlights or ratings bumps Document.revision (touchDocuments, createAnnotation), and a team's
// blind switch bumps all of its articles. What else is shown (theme names and colours, analysts'
// names, the outlet and its ratings) is stamped here from its updatedAt. An entry is used only
// while its stamp is the current one, so a stale figure is never served; entries of old stamps
// just age out. Per app server, in memory, least recently used first out. See
// docs/decisions/009-api-and-dashboard-performance.md.

const MAX_ENTRIES = 500;
const entries = new Map<string, Promise<unknown>>();

/** The value stored under `key`, computing it once (concurrent callers share the computation). */
export function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const held = entries.get(key);
  if (held) {
    entries.delete(key); // re-insert: the Map's order is the recency order
    entries.set(key, held);
    return held as Promise<T>;
  }
  const value = compute();
  entries.set(key, value);
  value.catch(() => entries.delete(key));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/**
 * One stamp per article: its revision, last change (title, outlet) and outlet, the team's blind
 * switch, and the latest change to the team's themes, its members' names and the outlet's name
 * and ratings.
 */
export async function summaryStamps(where: { documentId: string } | { teamId: string }): Promise<Map<string, string>> {
  const filter = 'documentId' in where ? Prisma.sql`d.id = ${where.documentId}` : Prisma.sql`d."teamId" = ${where.teamId}`;
  const rows = await db.$queryRaw<{ id: string; stamp: string }[]>`
    WITH team AS (
      SELECT t.id, t."blindRatings",
             (SELECT concat(count(*), '/', max(g."updatedAt")) FROM "Tag" g WHERE g."teamId" = t.id) AS tags,
             (SELECT concat(count(*), '/', max(u."updatedAt")) FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."teamId" = t.id) AS members
      FROM "Team" t WHERE t.id = (SELECT d."teamId" FROM "Document" d WHERE ${filter} LIMIT 1)
    )
    SELECT d.id, concat_ws('|', d.revision, d."updatedAt", team."blindRatings", team.tags, team.members, d."sourceId", s."updatedAt",
             (SELECT concat(count(*), '/', max(r."updatedAt")) FROM "SourceRating" r WHERE r."sourceId" = d."sourceId")) AS stamp
    FROM "Document" d JOIN team ON team.id = d."teamId" LEFT JOIN "Source" s ON s.id = d."sourceId"
    WHERE ${filter}`;
  return new Map(rows.map((row) => [row.id, row.stamp]));
}
