import 'server-only';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { importDocument } from '@/lib/server/documents/import-document';
import { readSeedArticles } from '@/lib/server/seed/read-manifest';
import { seedHighlights, seedThemes } from '@/lib/server/seed/seed-annotations';
import { DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS } from '@/lib/server/seed/demo-data';
import { ensureTeam } from '@/lib/server/teams/ensure-team';

export type SeedReport = { created: string[]; skipped: string[] };

/**
 * Creates the demo desk: teams, accounts, memberships, the seed corpus, a starting taxonomy of
 * themes and a few highlights by two analysts. It only ever adds
 * what is missing (running it twice changes nothing), and it refuses to run on a database that
 * holds other teams' work unless `force` is set.
 */
export async function seedDemo(options: { force?: boolean; isProduction: boolean }): Promise<SeedReport> {
  if (options.isProduction) {
    throw new AppError('FORBIDDEN', 'Demo accounts are never created in production (NODE_ENV=production with DATABASE_URL).');
  }
  const demoNames = DEMO_TEAMS.map((team) => team.name);
  const demoEmails = DEMO_USERS.map((user) => user.email);
  const [otherTeams, strangers] = await Promise.all([
    db.team.count({ where: { NOT: { name: { in: demoNames, mode: 'insensitive' } } } }),
    // Real people on a team that happens to carry a demo desk's name: real work too.
    db.membership.count({ where: { team: { name: { in: demoNames, mode: 'insensitive' } }, user: { email: { notIn: demoEmails } } } }),
  ]);
  if ((otherTeams > 0 || strangers > 0) && !options.force) {
    throw new AppError(
      'CONFLICT',
      `This database holds other people's work (${otherTeams} other team(s), ${strangers} non-demo member(s) of the demo desks); not seeding. Pass --force to seed anyway.`,
    );
  }
  const report: SeedReport = { created: [], skipped: [] };
  const teamIds = new Map<string, string>();
  for (const { name } of DEMO_TEAMS) {
    const { team, isNew } = await db.$transaction((tx) => ensureTeam(tx, { name }));
    teamIds.set(name, team.id);
    (isNew ? report.created : report.skipped).push(`team ${name}`);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_USERS) {
    const teamId = teamIds.get(demo.team)!;
    await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: demo.email }, select: { id: true } });
      const user = existing ?? (await tx.user.create({ data: { email: demo.email, name: demo.name, passwordHash }, select: { id: true } }));
      const membership = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId: user.id } } });
      if (!membership) await tx.membership.create({ data: { teamId, userId: user.id, role: demo.role } });
      (existing && membership ? report.skipped : report.created).push(`user ${demo.email}`);
    });
  }
  const corpusTeam = DEMO_TEAMS.find((team) => team.withCorpus)!;
  const lead = DEMO_USERS.find((user) => user.role === 'OWNER' && user.team === corpusTeam.name)!;
  const leadId = (await db.user.findUniqueOrThrow({ where: { email: lead.email }, select: { id: true } })).id;
  const deskId = teamIds.get(corpusTeam.name)!;
  const articles = await readSeedArticles();
  for (const article of articles) {
    const result = await importDocument({
      teamId: deskId,
      raw: article.raw,
      meta: {
        title: article.title,
        source: article.outlet,
        author: article.author,
        publishedDate: article.publishedDate,
        language: article.language,
        url: article.url,
      },
      actorId: leadId,
    });
    (result.status === 'created' ? report.created : report.skipped).push(`article ${article.file}`);
  }
  report.created.push(...(await seedThemes(deskId)), ...(await seedHighlights(deskId, articles)));
  return report;
}
