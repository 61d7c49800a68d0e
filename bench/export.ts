// Export benchmark: fills a scratch embedded PostgreSQL with one team of N excerpts (SQL
// generate_series, seconds for a million), then exports them as CSV in this process from the same
// cursor the endpoint uses, and reports time to first row, rows per second and peak memory growth.
// Usage: npx tsx --conditions=react-server bench/export.ts [--excerpts 1000000] [--port 54340]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbedded } from '../scripts/lib/database';
import { migrate } from '../scripts/lib/run';

const { values } = parseArgs({ options: { excerpts: { type: 'string', default: '1000000' }, port: { type: 'string', default: '54340' } } });
const EXCERPTS = Number(values.excerpts);

async function main() {
  const database = await startEmbedded({ dataDir: path.resolve(__dirname, '..', '.data', 'bench-pg'), port: Number(values.port), fresh: true });
  process.env.DATABASE_URL = database.url;
  try {
    await migrate(database.url);
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const started = Date.now();
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
      INSERT INTO "AnnotationTag" ("annotationId", "tagId") SELECT 'ba' || g, 'bg' || (1 + g % 12) FROM generate_series(1, ${EXCERPTS}) g;
      INSERT INTO "PassageRating" (id, "annotationId", "userId", credibility, "updatedAt") SELECT 'br' || g, 'ba' || g, 'bu' || (1 + g % 5), 1 + g % 6, now() FROM generate_series(1, ${EXCERPTS}, 2) g;
      ANALYZE;`);
    await client.end();
    console.log(`Generated ${EXCERPTS.toLocaleString('en')} excerpts in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const { exportExcerpts } = await import('@/lib/server/export/export-excerpts');
    const { closeExportPool } = await import('@/lib/server/export/export-pool');
    const { parseInput } = await import('@/lib/errors');
    const { exportQuerySchema } = await import('@/lib/validation/export');
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t0 = performance.now();
    const download = await exportExcerpts({ user: null, query: parseInput(exportQuerySchema, { teamId: 'bt' }), format: 'csv', baseUrl: 'http://localhost:3000', collectionId: 'x' });
    let firstRows = 0;
    let bytes = 0;
    let chunks = 0;
    for await (const chunk of download.chunks) {
      chunks++;
      if (chunks === 2) firstRows = performance.now() - t0;
      bytes += Buffer.byteLength(chunk);
    }
    const total = performance.now() - t0;
    clearInterval(sampler);
    await closeExportPool();
    console.log(
      JSON.stringify({ excerpts: EXCERPTS, firstRowsMs: Math.round(firstRows), totalMs: Math.round(total), rowsPerSecond: Math.round(EXCERPTS / (total / 1000)), megabytes: +(bytes / 1e6).toFixed(1), peakRssGrowthMb: +((peak - baseline) / 1e6).toFixed(1) }),
    );
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
