// Fills a database with a synthetic team that reads like the real one: the seed articles' text
// (numbered copies, so each is its own article), analysts, themes, overlapping highlights of
// realistic lengths anchored exactly in the text, themes on them and credibility ratings.
// Rows are built in this process from a seeded PRNG (the same options give the same data) and
// inserted in batches through unnest() arrays: a million highlights in about a minute on 2 cores.
import { createHash } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { hashPassword } from '@/lib/auth/password';
import { cleanText } from '@/lib/corpus/clean-text';
import { readSeedArticles } from '@/lib/server/seed/read-manifest';
import { createSeededRandom } from '@/lib/seeded-random';

export type GenerateOptions = {
  /** Articles in the team, the focus articles included. */
  articles: number;
  analysts: number;
  /** Highlights in the whole team, the focus articles' included. */
  highlights: number;
  /** Articles with exactly this many highlights each (e.g. [1000, 10000, 100000]), the rest spread evenly. */
  focus?: number[];
  themes?: number;
  /** Average credibility ratings per highlight (0-analysts); each by a different analyst. */
  ratingsPerHighlight?: number;
  seed?: number;
  /** Progress lines (to stderr by default). */
  log?: (line: string) => void;
};

export type GeneratedTeam = {
  teamId: string;
  /** The focus articles in the order given, with their highlight counts. */
  focus: { documentId: string; highlights: number }[];
  documentIds: string[];
  /** Analysts' emails; the first is the team's owner. All share `password`. */
  emails: string[];
  password: string;
  tagIds: string[];
  counts: { highlights: number; tags: number; ratings: number };
  seconds: number;
};

export const BENCH_PASSWORD = 'credence-bench';
const BATCH = 5_000;
const THEME_NAMES = [
  'Military cooperation', 'Sanctions evasion', 'Energy', 'Drones', 'Diplomacy', 'Nuclear programme', 'Economy',
  'Ukraine war', 'Middle East', 'Arms transfers', 'Propaganda', 'Intelligence', 'Space', 'Cyber', 'Trade routes',
  'Banking', 'Oil and gas', 'Caucasus', 'Caspian', 'China', 'Israel', 'Syria', 'Domestic politics', 'Expert view',
];
const COLORS = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777'];

/** How many highlights each article gets: the focus counts first, the rest spread evenly. */
export function highlightsPerArticle(options: Pick<GenerateOptions, 'articles' | 'highlights' | 'focus'>): number[] {
  const focus = options.focus ?? [];
  if (focus.length > options.articles) throw new Error(`${focus.length} focus articles do not fit in ${options.articles} articles`);
  const focusTotal = focus.reduce((sum, n) => sum + n, 0);
  if (focusTotal > options.highlights) throw new Error(`the focus articles need ${focusTotal} highlights, more than the ${options.highlights} asked for`);
  const others = options.articles - focus.length;
  const rest = options.highlights - focusTotal;
  if (others === 0 && rest > 0) throw new Error(`${rest} highlights are left over with no article to hold them`);
  return [...focus, ...Array.from({ length: others }, (_, i) => Math.floor(rest / others) + (i < rest % others ? 1 : 0))];
}

/** A highlight's length in code points: mostly a sentence (60-200), sometimes a phrase or a paragraph. */
function highlightLength(random: () => number): number {
  const r = random();
  if (r < 0.2) return 20 + Math.floor(random() * 40);
  if (r < 0.85) return 60 + Math.floor(random() * 140);
  return 200 + Math.floor(random() * 200);
}

function credibility(random: () => number): number {
  const r = random(); // skewed like real desks: mostly 2-3, few 5s, some 6 (cannot be judged)
  return r < 0.15 ? 1 : r < 0.5 ? 2 : r < 0.78 ? 3 : r < 0.88 ? 4 : r < 0.93 ? 5 : 6;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function insertRows(client: pg.Client, sql: string, columns: unknown[][]): Promise<void> {
  if (columns[0]!.length) await client.query(sql, columns);
}

type Article = { id: string; codePoints: string[] };

/** Inserts one article's highlights, with their themes and ratings, in batches of BATCH. */
async function fillArticle(
  client: pg.Client,
  o: { random: () => number; document: Article; highlights: number; idPrefix: string; teamId: string; userIds: string[]; tagIds: string[]; ratingsPerHighlight: number; now: number; onBatch: (size: number) => void },
): Promise<{ tags: number; ratings: number }> {
  const { random, userIds, tagIds } = o;
  const points = o.document.codePoints;
  let tags = 0;
  let ratings = 0;
  for (let done = 0; done < o.highlights; ) {
    const size = Math.min(BATCH, o.highlights - done);
    const a = { id: [] as string[], author: [] as string[], start: [] as number[], end: [] as number[], exact: [] as string[], prefix: [] as string[], suffix: [] as string[], note: [] as string[], created: [] as string[] };
    const tagRows: [string[], string[], string[], number[], number[]] = [[], [], [], [], []]; // annotation, tag, author, start, end
    const ratingRows: [string[], string[], string[], number[]] = [[], [], [], []];
    for (let k = 0; k < size; k++) {
      const id = `${o.idPrefix}${(done + k).toString(36)}`;
      const length = Math.min(highlightLength(random), points.length - 1);
      const start = Math.floor(random() * (points.length - length));
      const end = start + length;
      a.id.push(id);
      a.author.push(userIds[Math.floor(random() * userIds.length)]!);
      a.start.push(start);
      a.end.push(end);
      a.exact.push(points.slice(start, end).join(''));
      a.prefix.push(points.slice(Math.max(0, start - 32), start).join(''));
      a.suffix.push(points.slice(end, end + 32).join(''));
      a.note.push(random() < 0.3 ? `Note ${k}: worth checking against other reporting, "quoted" and, with commas.` : '');
      a.created.push(new Date(o.now - Math.floor(random() * 90 * 86_400_000)).toISOString());
      const themeCount = random() < 0.6 ? 1 : random() < 0.7 ? 2 : random() < 0.5 ? 0 : 3;
      const first = Math.floor(random() * tagIds.length);
      for (let t = 0; t < Math.min(themeCount, tagIds.length); t++) {
        tagRows[0].push(id);
        tagRows[1].push(tagIds[(first + t) % tagIds.length]!);
        tagRows[2].push(a.author.at(-1)!);
        tagRows[3].push(start);
        tagRows[4].push(end);
      }
      const ratingsHere = Math.min(userIds.length, Math.floor(o.ratingsPerHighlight) + (random() < o.ratingsPerHighlight % 1 ? 1 : 0));
      const firstRater = Math.floor(random() * userIds.length);
      for (let r = 0; r < ratingsHere; r++) {
        ratingRows[0].push(`r-${id}-${r}`);
        ratingRows[1].push(id);
        ratingRows[2].push(userIds[(firstRater + r) % userIds.length]!);
        ratingRows[3].push(credibility(random));
      }
    }
    await client.query('BEGIN');
    await insertRows(
      client,
      `INSERT INTO "Annotation" (id, "teamId", "documentId", "authorId", start, "end", exact, prefix, suffix, note, "createdAt", "updatedAt")
       SELECT id, $2, $3, author, s, e, exact, prefix, suffix, note, created, created
         FROM unnest($1::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamp[]) AS x(id, author, s, e, exact, prefix, suffix, note, created)`,
      [a.id, o.teamId, o.document.id, a.author, a.start, a.end, a.exact, a.prefix, a.suffix, a.note, a.created] as unknown[][],
    );
    await insertRows(
      client,
      `INSERT INTO "AnnotationTag" ("annotationId", "tagId", "documentId", "authorId", start, "end")
       SELECT a, t, $3, u, s, e FROM unnest($1::text[], $2::text[], $4::text[], $5::int[], $6::int[]) AS x(a, t, u, s, e)`,
      [tagRows[0], tagRows[1], o.document.id, tagRows[2], tagRows[3], tagRows[4]] as unknown[][],
    );
    await insertRows(
      client,
      `INSERT INTO "PassageRating" (id, "annotationId", "documentId", "userId", credibility, "updatedAt")
       SELECT id, a, $5, u, c, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS x(id, a, u, c)`,
      [...ratingRows, o.document.id] as unknown[][],
    );
    await client.query('COMMIT');
    tags += tagRows[0].length;
    ratings += ratingRows[0].length;
    done += size;
    o.onBatch(size);
  }
  return { tags, ratings };
}

export async function generate(databaseUrl: string, options: GenerateOptions): Promise<GeneratedTeam> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const started = performance.now();
  const random = createSeededRandom(options.seed ?? 20261124);
  const perArticle = highlightsPerArticle(options);
  const themes = Math.min(options.themes ?? 12, THEME_NAMES.length);
  const ratingsPerHighlight = Math.min(options.ratingsPerHighlight ?? 1.2, options.analysts);
  const seeds = (await readSeedArticles(path.resolve(__dirname, '..', '..', 'seeds'))).map((article) => ({
    ...article,
    text: cleanText(article.raw, { format: 'text' }).canonical,
  }));

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const suffix = Math.floor(random() * 1e9).toString(36);
    const teamId = `bench-team-${suffix}`;
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const emails = Array.from({ length: options.analysts }, (_, i) => `analyst${i + 1}.${suffix}@bench.example`);
    const userIds = emails.map((_, i) => `bench-user-${suffix}-${i + 1}`);
    const tagIds = Array.from({ length: themes }, (_, i) => `bench-tag-${suffix}-${i + 1}`);
    const sourceIds = seeds.map((_, i) => `bench-source-${suffix}-${i + 1}`);

    await client.query('BEGIN');
    await client.query(`INSERT INTO "Team" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [teamId, `Bench desk ${suffix}`, `bench-desk-${suffix}`]);
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") SELECT id, email, 'Analyst ' || n, $3, now() FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(id, email, n)`,
      [userIds, emails, passwordHash],
    );
    await client.query(
      `INSERT INTO "Membership" (id, "teamId", "userId", role) SELECT 'm-' || id, $2, id, (CASE WHEN n = 1 THEN 'OWNER' ELSE 'EDITOR' END)::"Role" FROM unnest($1::text[]) WITH ORDINALITY AS u(id, n)`,
      [userIds, teamId],
    );
    await client.query(
      `INSERT INTO "Source" (id, "teamId", name, "updatedAt") SELECT id, $2, name, now() FROM unnest($1::text[], $3::text[]) AS s(id, name)`,
      [sourceIds, teamId, seeds.map((seed, i) => seed.outlet ?? `Outlet ${i + 1}`)],
    );
    await client.query(
      `INSERT INTO "SourceRating" (id, "sourceId", "userId", reliability, "updatedAt") SELECT 'sr-' || s || '-' || u, s, u, r::"Reliability", now()
         FROM unnest($1::text[], $2::text[], $3::text[]) AS x(s, u, r)`,
      [sourceIds.flatMap((id) => userIds.slice(0, 3).map(() => id)), sourceIds.flatMap(() => userIds.slice(0, 3)), sourceIds.flatMap(() => userIds.slice(0, 3).map(() => 'ABCD'[Math.floor(random() * 4)]!))],
    );
    await client.query(
      `INSERT INTO "Tag" (id, "teamId", name, color, shortcut, "updatedAt") SELECT id, $2, name, color, CASE WHEN n <= 9 THEN n::text END, now()
         FROM unnest($1::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(id, name, color, n)`,
      [tagIds, teamId, THEME_NAMES.slice(0, themes), tagIds.map((_, i) => COLORS[i % COLORS.length]!)],
    );

    const documents = perArticle.map((_, i) => {
      const seed = seeds[i % seeds.length]!;
      const text = `${seed.text}\n\nBench copy ${i + 1}.`;
      return { id: `bench-doc-${suffix}-${i + 1}`, seedIndex: i % seeds.length, title: `${seed.title ?? 'Untitled'} (${i + 1})`, text, codePoints: Array.from(text) };
    });
    await client.query(
      `INSERT INTO "Document" (id, "teamId", "sourceId", title, text, "rawText", "textSha256", length, "publishedAt", "createdAt", "updatedAt")
       SELECT id, $2, source, title, text, '', sha, len, (now() - (n % 60) * interval '1 day')::date, now() - (n % 60) * interval '1 day', now()
         FROM unnest($1::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[]) WITH ORDINALITY AS d(id, source, title, text, sha, len, n)`,
      [
        documents.map((d) => d.id),
        teamId,
        documents.map((d) => sourceIds[d.seedIndex]!),
        documents.map((d) => d.title),
        documents.map((d) => d.text),
        documents.map((d) => sha256(d.text)),
        documents.map((d) => d.codePoints.length),
      ],
    );
    await client.query('COMMIT');

    let highlightCount = 0;
    let tagCount = 0;
    let ratingCount = 0;
    const now = Date.now();
    const total = perArticle.reduce((sum, n) => sum + n, 0);
    let lastLog = performance.now();
    const baseSeed = options.seed ?? 20261124;
    // Two lanes, each with its own connection, take articles in turn: one builds rows while the
    // other's insert runs. Each article has its own PRNG, so the data does not depend on timing.
    let next = 0;
    const lane = async () => {
      const laneClient = new pg.Client({ connectionString: databaseUrl });
      await laneClient.connect();
      try {
        for (let d = next++; d < documents.length; d = next++) {
          const counts = await fillArticle(laneClient, {
            random: createSeededRandom(baseSeed * 7919 + d),
            document: documents[d]!,
            highlights: perArticle[d]!,
            idPrefix: `bench-a-${suffix}-${d.toString(36)}-`,
            teamId,
            userIds,
            tagIds,
            ratingsPerHighlight,
            now,
            onBatch: (size) => {
              highlightCount += size;
              if (performance.now() - lastLog > 5_000) {
                log(`  ${highlightCount.toLocaleString('en')} of ${total.toLocaleString('en')} highlights`);
                lastLog = performance.now();
              }
            },
          });
          tagCount += counts.tags;
          ratingCount += counts.ratings;
          // The triggers have counted the article's rows as changes: add them into its tallies
          // now, as the dashboard would on its first view (docs/decisions/013).
          await laneClient.query('SELECT credence_fold_tallies($1)', [documents[d]!.id]);
        }
      } finally {
        await laneClient.end();
      }
    };
    await Promise.all([lane(), lane()]);
    await client.query(`UPDATE "Document" SET revision = 1 WHERE "teamId" = $1`, [teamId]);
    await client.query('ANALYZE');
    const seconds = (performance.now() - started) / 1000;
    log(`Generated ${highlightCount.toLocaleString('en')} highlights, ${tagCount.toLocaleString('en')} themes applied and ${ratingCount.toLocaleString('en')} ratings on ${documents.length} articles in ${seconds.toFixed(1)} s`);
    return {
      teamId,
      focus: (options.focus ?? []).map((highlights, i) => ({ documentId: documents[i]!.id, highlights })),
      documentIds: documents.map((d) => d.id),
      emails,
      password: BENCH_PASSWORD,
      tagIds,
      counts: { highlights: highlightCount, tags: tagCount, ratings: ratingCount },
      seconds,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
