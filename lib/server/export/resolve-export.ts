import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, notFound, type FieldErrors } from '@/lib/errors';
import type { ExportFilterLabels } from '@/lib/export/export-file-name';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import type { ExportQuery } from '@/lib/validation/export';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Case-insensitive, then exact: the order the SQL gives an excerpt's themes (lower(name), name in "C"). */
const byName = (a: string, b: string) => compare(a.toLowerCase(), b.toLowerCase()) || compare(a, b);

/**
 * Whose view of the ratings the export shows: a member's (the blind rule applies), or null for
 * an operator's script with database access, which sees every rating.
 */
export type ExportViewer = { userId: string; isBlind: boolean } | null;

/** An export's filters checked against the team and turned into ids, with names for the file. */
export type ResolvedExport = {
  team: { id: string; name: string; slug: string };
  viewer: ExportViewer;
  query: ExportQuery;
  documentIds: string[];
  tagIds: string[];
  analystIds: string[];
  /** Every theme of the team, by name: the 0/1 columns when `themeColumns` is on. */
  themeColumns: string[];
  labels: ExportFilterLabels;
};

/**
 * Checks that the user may read the team and that every article, theme and analyst named in the
 * filter belongs to it (422 naming the ones that do not). With `user: null` (scripts) the team is
 * only looked up.
 */
export async function resolveExport(options: { user: SessionUser | null; query: ExportQuery }): Promise<ResolvedExport> {
  const { query } = options;
  let viewer: ExportViewer = null;
  if (options.user) {
    const access = await requireTeamAccess({ user: options.user, teamId: query.teamId, need: 'read', what: 'That team' });
    viewer = { userId: options.user.id, isBlind: access.isBlind };
  }
  const team = await db.team.findUnique({ where: { id: query.teamId }, select: { id: true, name: true, slug: true } });
  if (!team) throw notFound('That team');

  const [documents, tags, analysts, themes] = await Promise.all([
    query.documentId.length ? db.document.findMany({ where: { teamId: team.id, id: { in: query.documentId } }, select: { id: true, title: true } }) : [],
    query.tag.length
      ? db.tag.findMany({ where: { teamId: team.id, OR: [{ id: { in: query.tag } }, { name: { in: query.tag, mode: 'insensitive' } }] }, select: { id: true, name: true } })
      : [],
    query.analyst.length
      ? db.user.findMany({
          where: {
            OR: [{ id: { in: query.analyst } }, { email: { in: query.analyst.map((value) => value.toLowerCase()) } }],
            AND: [{ OR: [{ memberships: { some: { teamId: team.id } } }, { annotations: { some: { teamId: team.id } } }] }],
          },
          select: { id: true, name: true, email: true },
        })
      : [],
    query.themeColumns ? db.tag.findMany({ where: { teamId: team.id }, select: { name: true } }) : [],
  ]);

  const fields: FieldErrors = {};
  const missing = (field: string, wanted: string[], found: (value: string) => boolean, what: string) => {
    const unknown = wanted.filter((value) => !found(value));
    if (unknown.length) fields[field] = unknown.map((value) => `No ${what} "${value}" in this team.`);
  };
  missing('documentId', query.documentId, (id) => documents.some((document) => document.id === id), 'article');
  missing('tag', query.tag, (value) => tags.some((tag) => tag.id === value || tag.name.toLowerCase() === value.toLowerCase()), 'theme');
  missing('analyst', query.analyst, (value) => analysts.some((user) => user.id === value || user.email === value.toLowerCase()), 'analyst');
  if (Object.keys(fields).length) throw new AppError('VALIDATION', 'Some filters name things this team does not have.', { fields });

  return {
    team,
    viewer,
    query,
    documentIds: documents.map((document) => document.id),
    tagIds: tags.map((tag) => tag.id),
    analystIds: analysts.map((user) => user.id),
    themeColumns: themes.map((theme) => theme.name).sort(byName),
    labels: {
      articles: documents.map((document) => document.title),
      themes: tags.map((tag) => tag.name).sort(byName),
      tagMode: query.tagMode,
      analysts: analysts.map((user) => user.name).sort(byName),
      minCredibility: query.minCredibility,
      maxCredibility: query.maxCredibility,
      reliability: query.reliability,
      from: query.from,
      to: query.to,
      publishedFrom: query.publishedFrom,
      publishedTo: query.publishedTo,
    },
  };
}
