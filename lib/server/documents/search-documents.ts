import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import { documentsOrderBy, documentsWhere } from '@/lib/server/documents/search-sql';
import type { DocumentListItem } from '@/lib/server/documents/list-documents';
import { defaultOrder, type ListDocumentsQuery } from '@/lib/validation/documents';

/** A row of the searchable documents list: the list's fields plus the highlight count. */
export type DocumentSearchItem = DocumentListItem & { highlights: number };

/** One page of the team's articles, with the number of matches. */
export type DocumentSearchPage = { documents: DocumentSearchItem[]; total: number; page: number; pageSize: number };

/** Searches, sorts and pages the team's articles in SQL. Any member of the team. */
export async function searchDocuments(options: { user: SessionUser } & Omit<ListDocumentsQuery, 'order'> & { order?: 'asc' | 'desc' }): Promise<DocumentSearchPage> {
  const access = await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'read', what: 'That team' });
  const where = documentsWhere(access.teamId, options.q);
  const orderBy = documentsOrderBy(options.sort, options.order ?? defaultOrder(options.sort));
  const offset = (options.page - 1) * options.pageSize;
  const [documents, [count]] = await Promise.all([
    db.$queryRaw<DocumentSearchItem[]>`
      SELECT d.id, d.title, s.name AS outlet, d.author, d."publishedAt", d.length, d."createdAt",
             (SELECT count(*)::int FROM "Annotation" a WHERE a."documentId" = d.id) AS highlights
      FROM "Document" d LEFT JOIN "Source" s ON s.id = d."sourceId"
      WHERE ${where}
      ORDER BY ${orderBy}
      LIMIT ${options.pageSize} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "Document" d LEFT JOIN "Source" s ON s.id = d."sourceId" WHERE ${where}`,
  ]);
  return { documents, total: count?.total ?? 0, page: options.page, pageSize: options.pageSize };
}

