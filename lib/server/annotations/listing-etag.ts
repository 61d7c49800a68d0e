import 'server-only';
import { Prisma } from '@prisma/client';
import type { SessionUser } from '@/lib/auth/session';
import { notFound } from '@/lib/errors';
import type { TeamAccess } from '@/lib/permissions';
import { readArticleWithAccess } from '@/lib/server/documents/article-with-access';
import { checkTeamAccess } from '@/lib/server/teams/require-team-access';

/**
 * The checks and the ETag every list of an article's highlights starts with: the article (404 for
 * a non-member), the reader's access, and a tag of the article's revision (bumped by every
 * highlight or rating write) and the team's blind setting. One raw SQL statement reads the article
 * and the reader's membership together, so an unchanged list (a poll answered 304) costs one round
 * trip. `variant` keeps the tags of different representations apart.
 */
export async function highlightsListingEtag(options: { user: SessionUser; documentId: string; variant?: string }): Promise<{ etag: string; access: TeamAccess }> {
  const found = await readArticleWithAccess<{ teamId: string; revision: number }>({ ...options, columns: Prisma.sql`d."teamId", d.revision` });
  if (!found) throw notFound('That article');
  const document = found.article;
  const access = checkTeamAccess(found.membership, { need: 'read', what: 'That article' });
  return { etag: `"${document.revision}-${access.isBlind ? 'b' : 'o'}${options.variant ? `-${options.variant}` : ''}"`, access };
}
