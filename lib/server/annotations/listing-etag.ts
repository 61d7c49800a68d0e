import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { TeamAccess } from '@/lib/permissions';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/**
 * The checks and the ETag every list of an article's highlights starts with: the article (404 for
 * a non-member), the reader's access, and a tag of the article's revision (bumped by every
 * highlight or rating write) and the team's blind setting, so an unchanged list costs two small
 * queries. `variant` keeps the tags of different representations apart.
 */
export async function highlightsListingEtag(options: { user: SessionUser; documentId: string; variant?: string }): Promise<{ etag: string; access: TeamAccess }> {
  const document = await db.document.findUnique({ where: { id: options.documentId }, select: { teamId: true, revision: true } });
  if (!document) throw notFound('That article');
  const access = await requireTeamAccess({ user: options.user, teamId: document.teamId, need: 'read', what: 'That article' });
  return { etag: `"${document.revision}-${access.isBlind ? 'b' : 'o'}${options.variant ? `-${options.variant}` : ''}"`, access };
}
