import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** What the export page offers to filter by: the team's articles, themes and analysts. */
export type ExportOptions = {
  articles: { id: string; title: string; outlet: string | null }[];
  themes: { id: string; name: string; color: string; archived: boolean }[];
  analysts: { id: string; name: string; email: string }[];
};

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || a.localeCompare(b, 'en');

/**
 * The choices of the export filters. Analysts are the team's members and anyone who ever wrote a
 * highlight in it (a former member's excerpts are still exported under their name).
 */
export async function listExportOptions(options: { user: SessionUser; teamId: string }): Promise<ExportOptions> {
  const { teamId } = await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'read', what: 'That team' });
  const [documents, tags, users] = await Promise.all([
    db.document.findMany({ where: { teamId }, select: { id: true, title: true, source: { select: { name: true } } } }),
    db.tag.findMany({ where: { teamId }, select: { id: true, name: true, color: true, archivedAt: true } }),
    db.user.findMany({
      where: { OR: [{ memberships: { some: { teamId } } }, { annotations: { some: { teamId } } }] },
      select: { id: true, name: true, email: true },
    }),
  ]);
  return {
    articles: documents.map(({ source, ...rest }) => ({ ...rest, outlet: source?.name ?? null })).sort((a, b) => byText(a.title, b.title) || a.id.localeCompare(b.id)),
    themes: tags.map(({ archivedAt, ...rest }) => ({ ...rest, archived: archivedAt !== null })).sort((a, b) => byText(a.name, b.name)),
    analysts: users.sort((a, b) => byText(a.name, b.name) || a.email.localeCompare(b.email)),
  };
}
