import 'server-only';
import { Prisma } from '@prisma/client';
import type { DocumentSort } from '@/lib/validation/documents';

// The expression of the GIN index "Document_search_idx", written exactly as the migration does,
// so the planner can use the index. 'simple': no stemming, the same for English, Persian, Russian.
const DOCUMENT_TSVECTOR = Prisma.sql`to_tsvector('simple'::regconfig, left("title" || ' ' || coalesce("author", '') || ' ' || "text", 500000))`;

/** Words of a search as a prefix tsquery: "drone sanc" → 'drone:* & sanc:*'. Only letters and digits pass. */
export function toPrefixQuery(search: string): string | null {
  const words = search.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  return words.length ? words.map((word) => `${word}:*`).join(' & ') : null;
}

/** `%search%` for ILIKE with its own wildcards escaped. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE clause of the documents list: the team, and a search that matches the title or the
 * outlet (as a substring, ignoring case) or any word of title, author and text (full-text, by prefix).
 * The full-text part is a sub-select on the indexed expression alone, so it runs as an index scan.
 */
export function documentsWhere(teamId: string, search: string | undefined): Prisma.Sql {
  if (!search) return Prisma.sql`d."teamId" = ${teamId}`;
  const pattern = likePattern(search);
  const query = toPrefixQuery(search);
  const fullText = query
    ? Prisma.sql` OR d.id IN (SELECT id FROM "Document" WHERE "teamId" = ${teamId} AND ${DOCUMENT_TSVECTOR} @@ to_tsquery('simple'::regconfig, ${query}))`
    : Prisma.empty;
  return Prisma.sql`d."teamId" = ${teamId} AND (d.title ILIKE ${pattern} OR s.name ILIKE ${pattern}${fullText})`;
}

const SORT_KEYS: Record<DocumentSort, Prisma.Sql> = {
  title: Prisma.sql`lower(d.title)`,
  outlet: Prisma.sql`lower(s.name)`,
  published: Prisma.sql`d."publishedAt"`,
  added: Prisma.sql`d."createdAt"`,
  highlights: Prisma.sql`highlights`,
};

/** ORDER BY for a sort: empty values last whatever the order, then newest added, then id (stable pages). */
export function documentsOrderBy(sort: DocumentSort, order: 'asc' | 'desc'): Prisma.Sql {
  const direction = order === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  return Prisma.sql`${SORT_KEYS[sort]} ${direction} NULLS LAST, d."createdAt" DESC, d.id COLLATE "C"`;
}
