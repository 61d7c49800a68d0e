// Export benchmark: fills a scratch embedded PostgreSQL with one team of N excerpts (SQL
// generate_series, about a minute for a million), starts the built app (the production server, scripts/server.ts),
// and downloads GET /api/export.csv over HTTP with an analyst's API token, several times: time to
// first byte and to the first row, total time, rows per second, and the peak RSS growth of the
// process that serves (sampled from /proc every 50 ms). Each run also times the floor: the same
// SELECT (same rows, same columns, same viewer) as `COPY (…) TO STDOUT WITH (FORMAT csv, HEADER)`
// through psql, read by this process as the download is. Prints one JSON object (medians and
// per-run values) on stdout; `--json FILE` writes it to FILE too. The result is saved as
// bench/results/export-<date>.json and in docs/BENCHMARKS.md (bench/lib/results.ts) with its
// targets, unless `--no-save`.
// Each run also reports the CPU time the serving process spent on the download (/proc/<pid>/stat),
// a steadier figure than wall time on a shared machine, and `--hash` adds the sha256 of the body
// (the same in every run of one invocation; not across invocations, since the generated excerpts
// are stamped with the time they were generated).
// Usage: npm run bench:export -- [--excerpts 1000000] [--runs 3] [--port 54340] [--app-port 3142] [--hash] [--json FILE] [--no-save]
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startEmbedded } from '../scripts/lib/database';
import { migrate } from '../scripts/lib/run';
import { appBase, buildBenchApp, residentBytes, servingPid, startApp, stopApp, waitForApp } from './lib/app';
import { describeMachine } from './lib/machine';
import { saveResult, table } from './lib/results';
import { runBench } from './lib/run-bench';

const { values } = parseArgs({
  options: {
    excerpts: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '54340' },
    'app-port': { type: 'string', default: '3142' },
    hash: { type: 'boolean', default: false },
    json: { type: 'string' },
    'no-save': { type: 'boolean', default: false },
  },
});
const EXCERPTS = Number(values.excerpts);
const RUNS = Math.max(1, Number(values.runs));
const APP_PORT = Number(values['app-port']);
const ROOT = path.resolve(__dirname, '..');
const TEAM = 'bt';
const ANALYST = 'bu1'; // an EDITOR of the bench team: the blind rule applies, as for any member

/** The synthetic team, unchanged from the first version of this benchmark. */
async function fill(client: pg.Client): Promise<void> {
  await client.query(`
      INSERT INTO "Team" (id, name, slug, "updatedAt") VALUES ('bt', 'Bench desk', 'bench-desk', now());
      INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") SELECT 'bu' || g, 'analyst' || g || '@bench.example', 'Analyst ' || g, 'x', now() FROM generate_series(1, 5) g;
      INSERT INTO "Membership" (id, "teamId", "userId", role) SELECT 'bm' || g, 'bt', 'bu' || g, 'EDITOR' FROM generate_series(1, 5) g;
      INSERT INTO "Source" (id, "teamId", name, "updatedAt") VALUES ('bs', 'bt', 'Bench Daily', now());
      INSERT INTO "SourceRating" (id, "sourceId", "userId", reliability, "updatedAt") VALUES ('bsr1', 'bs', 'bu1', 'B', now()), ('bsr2', 'bs', 'bu2', 'C', now());
      INSERT INTO "Document" (id, "teamId", "sourceId", title, text, "rawText", "textSha256", length, "updatedAt")
        SELECT 'bd' || g, 'bt', 'bs', 'Bench article ' || g, repeat('Moscow and Tehran, "allies"; drones — روسیه. ', 2000), '', md5(g::text), 90000, now() FROM generate_series(1, 20) g;
      INSERT INTO "Tag" (id, "teamId", name, color, "updatedAt") SELECT 'bg' || g, 'bt', 'Theme ' || g, '#336699', now() FROM generate_series(1, 12) g;
      INSERT INTO "Annotation" (id, "teamId", "documentId", "authorId", start, "end", exact, prefix, suffix, note, "createdAt", "updatedAt")
        SELECT 'ba' || g, 'bt', 'bd' || (1 + g % 20), 'bu' || (1 + g % 5), (g * 37) % 89000, (g * 37) % 89000 + 40 + g % 200,
               'Moscow and Tehran, "allies"; drones — روسیه. Moscow and Tehran', 'prefix context of thirty-two c', 'suffix context, with "quotes"',
               CASE WHEN g % 3 = 0 THEN '=note ' || g ELSE 'A note, with a comma' END, now(), now()
        FROM generate_series(1, ${EXCERPTS}) g;
      INSERT INTO "AnnotationTag" ("annotationId", "tagId", "documentId", "authorId", start, "end")
        SELECT 'ba' || g, 'bg' || (1 + g % 12), 'bd' || (1 + g % 20), 'bu' || (1 + g % 5), (g * 37) % 89000, (g * 37) % 89000 + 40 + g % 200 FROM generate_series(1, ${EXCERPTS}) g;
      INSERT INTO "PassageRating" (id, "annotationId", "documentId", "userId", credibility, "updatedAt")
        SELECT 'br' || g, 'ba' || g, 'bd' || (1 + g % 20), 'bu' || (1 + g % 5), 1 + g % 6, now() FROM generate_series(1, ${EXCERPTS}, 2) g;
      ANALYZE;`);
}

/** An API token for the analyst, stored as the app stores one (sha-256 of the secret). */
async function createToken(client: pg.Client): Promise<string> {
  const token = `crd_${randomBytes(32).toString('base64url')}`;
  await client.query(`INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix) VALUES ('bench-token', $1, 'bench', $2, $3)`, [
    ANALYST,
    createHash('sha256').update(token, 'utf8').digest('hex'),
    token.slice(0, 12),
  ]);
  return token;
}

/** The export's own SELECT for this analyst, with its parameters written in (COPY takes none). */
async function exportSelect(client: pg.Client): Promise<string> {
  const { resolveExport } = await import('@/lib/server/export/resolve-export');
  const { exportRowsSql } = await import('@/lib/server/export/export-sql');
  const { parseInput } = await import('@/lib/errors');
  const { exportQuerySchema } = await import('@/lib/validation/export');
  const user = (await client.query('SELECT id, email, name FROM "User" WHERE id = $1', [ANALYST])).rows[0];
  const statement = exportRowsSql(await resolveExport({ user, query: parseInput(exportQuerySchema, { teamId: TEAM }) }));
  const literal = (value: unknown): string => {
    if (typeof value === 'string') return client.escapeLiteral(value);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(',')}]::text[]`;
    throw new Error(`Cannot inline the parameter ${String(value)}`);
  };
  return statement.text.replace(/\$(\d+)/g, (_, n: string) => literal(statement.values[Number(n) - 1]));
}

type Download = { headersMs: number; ttfbMs: number; firstRowMs: number; totalMs: number; bytes: number; rows: number; sha256?: string };

/**
 * Reads a stream to the end, counting bytes and CRLF record ends (the bench data has no line break
 * inside a cell), with the time of the first byte and of the first byte after the header line.
 */
function countStream(stream: NodeJS.ReadableStream, t0: number, headersMs: number): Promise<Download> {
  const hash = values.hash ? createHash('sha256') : null;
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let lines = 0;
    let ttfbMs = 0;
    let firstRowMs = 0;
    let headerEnd = -1; // offset of the header line's LF
    stream.on('data', (chunk: Buffer) => {
      if (bytes === 0) ttfbMs = performance.now() - t0;
      hash?.update(chunk);
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) {
        if (headerEnd === -1) headerEnd = bytes + at;
        lines++;
      }
      bytes += chunk.length;
      if (!firstRowMs && headerEnd !== -1 && bytes > headerEnd + 1) firstRowMs = performance.now() - t0;
    });
    stream.on('error', reject);
    stream.on('end', () => resolve({ headersMs, ttfbMs, firstRowMs, totalMs: performance.now() - t0, bytes, rows: lines - 1, sha256: hash?.digest('hex') }));
  });
}

function download(token: string, filter = ''): Promise<Download> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(`${appBase(APP_PORT)}/api/export.csv?teamId=${TEAM}${filter}`, { headers: { authorization: `Bearer ${token}` } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`GET /api/export.csv answered ${response.statusCode}`));
      countStream(response, t0, performance.now() - t0).then(resolve, reject);
    });
    request.on('error', reject);
  });
}

/** Runs `work` while sampling the RSS of `pid` every 50 ms: growth of the peak over the start. */
async function withRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakGrowthMb: number }> {
  const baseline = residentBytes(pid);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, residentBytes(pid))), 50);
  try {
    const result = await work();
    peak = Math.max(peak, residentBytes(pid));
    return { result, peakGrowthMb: +((peak - baseline) / 1e6).toFixed(1) };
  } finally {
    clearInterval(sampler);
  }
}

/** CPU seconds (user + system) `pid` has used so far: fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** COPY (the export's SELECT) TO STDOUT through psql, its output read through a pipe like the download. */
function copyFloor(url: string, select: string): Promise<Download> {
  const t0 = performance.now();
  const psql = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url, '-c', `COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER)`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  psql.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const counted = countStream(psql.stdout, t0, 0);
  return new Promise((resolve, reject) => {
    psql.on('error', reject);
    psql.on('close', (code) => (code === 0 ? counted.then(resolve, reject) : reject(new Error(`psql exited with ${code}: ${stderr.trim()}`))));
  });
}

type Run = {
  run: number;
  loadAverage1m: number;
  headersMs: number;
  ttfbMs: number;
  firstRowMs: number;
  totalMs: number;
  rowsPerSecond: number;
  megabytes: number;
  peakServerRssGrowthMb: number;
  serverCpuS: number;
  sha256?: string;
  copyFloorMs: number;
  copyMegabytes: number;
  ratioToFloor: number;
};

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number, digits = 0) => +value.toFixed(digits);

/** The targets (#9): a million excerpts in under 15 s, < 100 MB more memory, within 3x of COPY. */
const TARGET = { totalMs: 15_000, rssGrowthMb: 100, ratioToFloor: 3 };

async function main() {
  const database = await startEmbedded({ dataDir: path.resolve(ROOT, '.data', 'bench-pg'), port: Number(values.port), fresh: true });
  process.env.DATABASE_URL = database.url;
  let app: ChildProcess | null = null;
  try {
    await migrate(database.url);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const started = Date.now();
    await fill(client);
    console.error(`Generated ${EXCERPTS.toLocaleString('en')} excerpts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // Autovacuum would otherwise process the fresh tables in the middle of the first runs; a
    // database that has held its excerpts for a while has been vacuumed (visibility map set).
    await client.query('VACUUM ANALYZE');
    const token = await createToken(client);
    const select = await exportSelect(client);
    await client.end();

    const machine = await describeMachine({ databaseUrl: database.url });
    await buildBenchApp();
    app = startApp(database, { port: APP_PORT, logFile: path.join(ROOT, '.data', 'bench-export-app.log') });
    await waitForApp(app, APP_PORT);
    const pid = servingPid(app, APP_PORT);
    // Load the route, the database pools and the JIT once (one article's excerpts), so the runs measure the export only.
    await download(token, '&documentId=bd1').catch((error: unknown) => Promise.reject(new Error(`Warm-up download failed: ${String(error)}`)));
    console.error(`App up (serving pid ${pid}); ${RUNS} runs.`);

    const perRun: Run[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const load = os.loadavg()[0]!;
      const cpuBefore = cpuSeconds(pid);
      const { result, peakGrowthMb } = await withRss(pid, () => download(token));
      const serverCpuS = round(cpuSeconds(pid) - cpuBefore, 2);
      if (result.rows !== EXCERPTS) throw new Error(`The export had ${result.rows} rows, expected ${EXCERPTS}.`);
      const floor = await copyFloor(database.url, select);
      if (floor.rows !== EXCERPTS) throw new Error(`COPY gave ${floor.rows} rows, expected ${EXCERPTS}.`);
      const entry = {
        run,
        loadAverage1m: round(load, 2),
        headersMs: round(result.headersMs),
        ttfbMs: round(result.ttfbMs),
        firstRowMs: round(result.firstRowMs),
        totalMs: round(result.totalMs),
        rowsPerSecond: round(EXCERPTS / (result.totalMs / 1000)),
        megabytes: round(result.bytes / 1e6, 1),
        peakServerRssGrowthMb: peakGrowthMb,
        serverCpuS,
        ...(result.sha256 ? { sha256: result.sha256 } : {}),
        copyFloorMs: round(floor.totalMs),
        copyMegabytes: round(floor.bytes / 1e6, 1),
        ratioToFloor: round(result.totalMs / floor.totalMs, 2),
      };
      perRun.push(entry);
      console.error(JSON.stringify(entry));
    }
    const med = (key: Exclude<keyof Run, 'run' | 'sha256'>) => median(perRun.map((entry) => entry[key]));
    const summary = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
      excerpts: EXCERPTS,
      runs: RUNS,
      viewer: 'an EDITOR of the team, by API token (blind rule on)',
      ttfbMs: med('ttfbMs'),
      firstRowMs: med('firstRowMs'),
      totalMs: med('totalMs'),
      rowsPerSecond: med('rowsPerSecond'),
      megabytes: med('megabytes'),
      peakServerRssGrowthMb: med('peakServerRssGrowthMb'),
      serverCpuS: med('serverCpuS'),
      copyFloorMs: med('copyFloorMs'),
      ratioToFloor: round(med('totalMs') / med('copyFloorMs'), 2),
      loadAverage1m: med('loadAverage1m'),
      perRun,
    };
    const json = JSON.stringify(summary, null, 2);
    if (values.json) writeFileSync(values.json, `${json}\n`);
    console.log(json);
    if (!values['no-save']) {
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      const targets = [
        { name: 'export-1m-total', target: `${EXCERPTS.toLocaleString('en')} excerpts as CSV over HTTP < ${TARGET.totalMs / 1000} s`, value: seconds(summary.totalMs), met: summary.totalMs < TARGET.totalMs },
        { name: 'export-1m-memory', target: `peak server RSS growth < ${TARGET.rssGrowthMb} MB`, value: `${summary.peakServerRssGrowthMb} MB`, met: summary.peakServerRssGrowthMb < TARGET.rssGrowthMb },
        { name: 'export-1m-floor', target: `within ${TARGET.ratioToFloor}x of the same SELECT as COPY TO STDOUT`, value: `${summary.ratioToFloor}x`, met: summary.ratioToFloor <= TARGET.ratioToFloor },
      ];
      const markdown = [
        `\`npm run bench:export\`: ${EXCERPTS.toLocaleString('en')} excerpts of one team (20 articles, 5 analysts, 12 themes, a rating on every other excerpt), GET /api/export.csv from the built app (the production server, \`scripts/server.ts\`) over loopback as ${summary.viewer}; ${RUNS} runs, medians. The floor is the export's own SELECT as \`COPY (…) TO STDOUT WITH (FORMAT csv, HEADER)\` through psql, run after each download. Peak RSS growth is of the process that serves, sampled every 50 ms. The machine is shared: the load average is recorded with each run.`,
        '',
        `Median: first byte ${summary.ttfbMs} ms, first row ${summary.firstRowMs} ms, total ${seconds(summary.totalMs)} (${summary.rowsPerSecond.toLocaleString('en')} rows/s, ${summary.megabytes} MB), peak server RSS growth ${summary.peakServerRssGrowthMb} MB; COPY floor ${seconds(summary.copyFloorMs)}, ratio ${summary.ratioToFloor}.`,
        '',
        table(
          ['Run', 'Load (1 min)', 'Headers ms', 'TTFB ms', 'First row ms', 'Total s', 'Rows/s', 'MB', 'Peak RSS growth MB', 'COPY floor s', 'Ratio'],
          perRun.map((r) => [r.run, r.loadAverage1m, r.headersMs, r.ttfbMs, r.firstRowMs, (r.totalMs / 1000).toFixed(1), r.rowsPerSecond.toLocaleString('en'), r.megabytes, r.peakServerRssGrowthMb, (r.copyFloorMs / 1000).toFixed(1), r.ratioToFloor]),
        ),
      ].join('\n');
      const params = { excerpts: EXCERPTS, runs: RUNS, viewer: summary.viewer };
      saveResult({ bench: 'export', title: 'Export', machine, params, figures: summary, targets, markdown });
    }
  } finally {
    await stopApp(app);
    await database.stop();
  }
}

runBench(main);
