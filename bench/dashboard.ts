// Dashboard benchmark: the per-article summary at 1k, 10k and 100k highlights (the generator's
// focus articles, in a team of 1,000,000 highlights by default) and the team summary, timed
// in-process around the data-layer function, cold (after a write: the headline figure and the
// target) and warm (served by the summary cache), medians of --runs, and over HTTP against
// the production server. Every SQL statement a summary runs is captured (pg is wrapped) and re-run under
// EXPLAIN (ANALYZE, BUFFERS) so the result shows which indexes do the work.
// Usage: npm run bench:dashboard -- [--highlights 1000000] [--articles 200] [--runs 7]
//        [--pg-port 54363] [--port 3162] [--no-http] [--no-save] [--no-vacuum]
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generate } from './lib/generate';
import { describeMachine } from './lib/machine';
import { publishResult, table } from './lib/results';
import { runBench } from './lib/run-bench';
import { startScratchDatabase } from './lib/scratch-db';
import { launchApp, signIn } from './lib/app';
import { median, round } from './lib/stats';

const { values } = parseArgs({
  options: {
    highlights: { type: 'string', default: '1000000' },
    articles: { type: 'string', default: '200' },
    analysts: { type: 'string', default: '20' },
    runs: { type: 'string', default: '7' },
    'pg-port': { type: 'string', default: '54363' },
    port: { type: 'string', default: '3162' },
    'no-http': { type: 'boolean', default: false },
    'no-save': { type: 'boolean', default: false },
    'no-vacuum': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const TARGET_MS = 100;

// ---- capture every statement the data layer sends (Prisma's pg adapter goes through pg.Client) ----
type Captured = { text: string; values: unknown[] };
let capture: Captured[] | null = null;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [config, params] = args as [string | { text: string; values?: unknown[] }, unknown];
  if (capture) {
    const text = typeof config === 'string' ? config : config?.text;
    const given = typeof config === 'object' && config?.values ? config.values : Array.isArray(params) ? params : [];
    if (text && !/^\s*(BEGIN|COMMIT|ROLLBACK|SET|SHOW|DEALLOCATE)/i.test(text)) capture.push({ text, values: given });
  }
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

/** `before` runs untimed before each call: a revision bump makes the call a cache miss (cold). */
async function timeRuns(fn: () => Promise<unknown>, runs = RUNS, before?: () => Promise<unknown>): Promise<{ median: number; min: number; max: number; runs: number[] }> {
  await before?.();
  await fn(); // warm: plans cached, pages in shared buffers, JIT-compiled JS
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return { median: round(median(times)), min: round(Math.min(...times)), max: round(Math.max(...times)), runs: times.map((t) => round(t)) };
}

async function captureQueries(fn: () => Promise<unknown>): Promise<Captured[]> {
  capture = [];
  try {
    await fn();
    return capture;
  } finally {
    capture = null;
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of each distinct statement, trimmed to its plan's shape. */
async function explainAll(client: pg.Client, queries: Captured[]): Promise<{ sql: string; ms: number; plan: string }[]> {
  const seen = new Set<string>();
  const plans: { sql: string; ms: number; plan: string }[] = [];
  for (const query of queries) {
    if (seen.has(query.text)) continue;
    seen.add(query.text);
    const result = await client.query<{ 'QUERY PLAN': string }>({ text: `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, values: query.values as unknown[] });
    const lines = result.rows.map((row) => row['QUERY PLAN']);
    const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? 0);
    const kept = lines.filter((line) => !/^\s*(Buffers:|I\/O Timings|Planning:|Sort Method|Worker \d|Heap Blocks|Hash Buckets|Batches:)/.test(line.replace(/^\s*->\s*/, '')) && !/^\s+(Buffers|Planning)/.test(line));
    const plan = kept.length > 40 ? [...kept.slice(0, 38), `  … ${kept.length - 39} more lines`, kept[kept.length - 1]!] : kept;
    const sql = query.text.replace(/\s+/g, ' ').trim();
    plans.push({ sql: sql.length > 160 ? `${sql.slice(0, 157)}…` : sql, ms, plan: plan.join('\n') });
  }
  return plans;
}

function planMarkdown(title: string, plans: { sql: string; ms: number; plan: string }[]): string {
  return [
    `<details><summary>${title}: ${plans.length} statements, EXPLAIN (ANALYZE, BUFFERS), trimmed</summary>`,
    '',
    ...plans.flatMap((p) => [`\`${p.sql.replace(/`/g, "'")}\` (${p.ms} ms)`, '', '```', p.plan, '```', '']),
    '</details>',
  ].join('\n');
}

async function main() {
  const database = await startScratchDatabase('dashboard', Number(values['pg-port']));
  let app: Awaited<ReturnType<typeof launchApp>> | null = null;
  try {
    const params = { highlights: Number(values.highlights), articles: Number(values.articles), analysts: Number(values.analysts), focus: [100_000, 10_000, 1_000].filter((n) => n <= Number(values.highlights) / 1.1), themes: 16, runs: RUNS, vacuum: !values['no-vacuum'] };
    const team = await generate(database.url, { articles: params.articles, analysts: params.analysts, highlights: params.highlights, focus: params.focus, themes: params.themes });
    if (!values['no-vacuum']) {
      // A live database has been through autovacuum: without it the visibility map is empty after
      // the bulk load and no index-only scan is possible (every plan reads the heap instead).
      const vacuum = new pg.Client({ connectionString: database.url });
      await vacuum.connect();
      await vacuum.query('VACUUM (ANALYZE) "Annotation", "AnnotationTag", "PassageRating", "Document", "Tag", "User", "Membership"');
      await vacuum.end();
    }
    const machine = await describeMachine({ databaseUrl: database.url });
    const { summarizeDocument } = await import('@/lib/server/dashboard/summarize-document');
    const { summarizeTeam } = await import('@/lib/server/dashboard/summarize-team');
    const { db } = await import('@/lib/db');
    const owner = await db.user.findFirstOrThrow({ where: { email: team.emails[0]! }, select: { id: true, email: true, name: true } });
    const blind = (await db.team.findUniqueOrThrow({ where: { id: team.teamId }, select: { blindRatings: true } })).blindRatings;
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();

    // A write before each cold call, as an analyst's would be: a highlight (on a span already
    // highlighted, with a theme) and a changed rating, in one transaction that bumps the article's
    // revision. The summary cache misses and the triggers' changes wait to be folded into the
    // article's tallies (docs/decisions/013) by the timed call.
    let writes = 0;
    const bump = (id: string) => async () => {
      writes++;
      await client.query('BEGIN');
      await client.query(
        `WITH model AS (SELECT * FROM "Annotation" WHERE "documentId" = $1 ORDER BY id OFFSET $2 LIMIT 1),
         added AS (
           INSERT INTO "Annotation" (id, "teamId", "documentId", "authorId", start, "end", exact, prefix, suffix, "updatedAt")
           SELECT 'bench-write-' || $2 || '-' || model.id, "teamId", "documentId", "authorId", start, "end", exact, prefix, suffix, now() FROM model
           RETURNING *
         )
         INSERT INTO "AnnotationTag" ("annotationId", "tagId", "documentId", "authorId", start, "end")
         SELECT added.id, $3, added."documentId", added."authorId", added.start, added."end" FROM added`,
        [id, writes * 97, team.tagIds[writes % team.tagIds.length]],
      );
      await client.query(
        `UPDATE "PassageRating" SET credibility = 1 + credibility % 6, "updatedAt" = now()
         WHERE id = (SELECT id FROM "PassageRating" WHERE "documentId" = $1 ORDER BY id OFFSET $2 LIMIT 1)`,
        [id, writes * 89],
      );
      await client.query('UPDATE "Document" SET revision = revision + 1 WHERE id = $1', [id]);
      await client.query('COMMIT');
    };
    const bumpTeam = async () => {
      await bump(team.focus[0]!.documentId)();
      await client.query('UPDATE "Document" SET revision = revision + 1 WHERE "teamId" = $1', [team.teamId]);
    };
    const articles = [];
    for (const focus of [...team.focus].sort((a, b) => a.highlights - b.highlights)) {
      const run = () => summarizeDocument({ user: owner, documentId: focus.documentId });
      const cold = await timeRuns(run, RUNS, bump(focus.documentId));
      const timing = await timeRuns(run);
      await bump(focus.documentId)();
      const plans = await explainAll(client, await captureQueries(run));
      console.log(`article ${focus.highlights}: warm ${JSON.stringify(timing)} cold ${JSON.stringify(cold)}`);
      articles.push({ highlights: focus.highlights, documentId: focus.documentId, inProcess: timing, cold, plans, http: null as null | ReturnType<typeof round> });
    }
    const teamRun = () => summarizeTeam({ user: owner, teamId: team.teamId });
    const teamCold = await timeRuns(teamRun, Math.min(RUNS, 3), bumpTeam);
    const teamTiming = await timeRuns(teamRun, Math.min(RUNS, 3));
    await bumpTeam();
    const teamPlans = await explainAll(client, await captureQueries(teamRun));
    console.log(`team: warm ${JSON.stringify(teamTiming)} cold ${JSON.stringify(teamCold)}`);
    // The same article with the team's blind rule switched: a blind viewer's rating figures read
    // only the passages they rated; an open team's read every rating. Both are reported.
    const largestFocus = [...team.focus].sort((a, b) => b.highlights - a.highlights)[0]!;
    await client.query('UPDATE "Team" SET "blindRatings" = NOT "blindRatings" WHERE id = $1', [team.teamId]);
    const switchedCold = await timeRuns(() => summarizeDocument({ user: owner, documentId: largestFocus.documentId }), RUNS, bump(largestFocus.documentId));
    await client.query('UPDATE "Team" SET "blindRatings" = NOT "blindRatings" WHERE id = $1', [team.teamId]);
    console.log(`article ${largestFocus.highlights}, ${blind ? 'open' : 'blind'} team: cold ${JSON.stringify(switchedCold)}`);
    await client.end();

    let teamHttp: number | null = null;
    if (!values['no-http']) {
      app = await launchApp({ databaseUrl: database.url, port: Number(values.port), logFile: path.resolve(__dirname, '..', '.data', 'bench-dashboard-app.log') });
      const cookie = await signIn(app.base, owner.email, team.password);
      const get = async (url: string) => {
        const response = await fetch(app!.base + url, { headers: { cookie } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      };
      for (const article of articles) {
        article.http = (await timeRuns(() => get(`/api/documents/${article.documentId}/summary`))).median;
        console.log(`article ${article.highlights} over HTTP: ${article.http} ms`);
      }
      teamHttp = (await timeRuns(() => get(`/api/teams/${team.teamId}/summary`), Math.min(RUNS, 3))).median;
      console.log(`team over HTTP: ${teamHttp} ms`);
    }

    const largest = articles[articles.length - 1]!;
    // Judged cold: an active article is written to constantly, so the first call after a write is what people wait for.
    const [blindCold, openCold] = blind ? [largest.cold, switchedCold] : [switchedCold, largest.cold];
    const targets = [
      {
        name: 'article-summary-100k-cold',
        target: `article summary at ${largest.highlights.toLocaleString('en')} highlights < ${TARGET_MS} ms server time, cold (first call after a write), blind and open team`,
        value: `${blindCold.median} ms blind, ${openCold.median} ms open`,
        met: Math.max(blindCold.median, openCold.median) < TARGET_MS,
      },
    ];
    const figures = {
      articles: articles.map(({ plans: _plans, ...article }) => article),
      team: { inProcess: teamTiming, cold: teamCold, http: teamHttp, articles: params.articles, highlights: team.counts.highlights },
      blind,
      switchedTeam: { blind: !blind, cold: switchedCold },
    };
    const markdown = [
      `\`npm run bench:dashboard\`: a team of ${team.counts.highlights.toLocaleString('en')} highlights (${team.counts.ratings.toLocaleString('en')} ratings, ${team.counts.tags.toLocaleString('en')} themes applied) on ${params.articles} articles, ${params.analysts} analysts; ${blind ? 'blind team' : 'open team'}, viewed by its owner (the largest article also with the team ${blind ? 'open' : 'blind'}: a blind viewer's rating figures read only the passages they rated); ${values['no-vacuum'] ? 'no VACUUM after the bulk load (no index-only scans)' : 'VACUUM (ANALYZE) after the bulk load, as autovacuum leaves a live database'}. Server time is measured in-process around \`summarizeDocument\` / \`summarizeTeam\`. **Cold** (the headline figure and the target) is the first call after a write: before each article call one transaction adds a highlight with a theme and changes a rating, as an analyst would, and bumps the article's revision, so the summary cache misses, the write's changes are folded into the article's tallies (docs/decisions/013) and every figure is computed (one unmeasured call first, then the median of ${RUNS} calls); for the team summary (the articles' tallies summed) the same write goes to the largest article and every article's revision is bumped before each call (median of ${Math.min(RUNS, 3)}). Warm calls are served from the summary cache (lib/server/dashboard/summary-cache.ts: one stamp query, then the figures kept for that stamp; median of ${RUNS}). HTTP is the whole GET from a client on loopback against the production server (\`scripts/server.ts\`), warm. The plans below are of a cold call.`,
      '',
      table(
        ['Summary', 'Highlights', 'Server ms, cold (after a write, median)', 'min', 'max', 'Server ms, warm (cached)', 'HTTP ms, warm (median)'],
        [
          ...articles.map((a) => [`article`, a.highlights.toLocaleString('en'), a.cold.median, a.cold.min, a.cold.max, a.inProcess.median, a.http ?? '–']),
          [`article, ${blind ? 'open' : 'blind'} team`, largest.highlights.toLocaleString('en'), switchedCold.median, switchedCold.min, switchedCold.max, '–', '–'],
          ['team', team.counts.highlights.toLocaleString('en'), teamCold.median, teamCold.min, teamCold.max, teamTiming.median, teamHttp ?? '–'],
        ],
      ),
      '',
      planMarkdown(`Article summary, ${largest.highlights.toLocaleString('en')} highlights`, largest.plans),
      '',
      planMarkdown('Team summary', teamPlans),
    ].join('\n');
    publishResult({ bench: 'dashboard', title: 'Dashboard', machine, params, figures, targets, markdown }, { save: !values['no-save'] });
  } finally {
    await app?.stop();
    await database.stop();
  }
}

runBench(main);
