// npm test: every test. Unit and integration tests (vitest) against a fresh embedded PostgreSQL
// (or TEST_DATABASE_URL), then end-to-end tests (Playwright in Chromium) against the built app.
// Usage: npm test [-- --only unit|e2e]
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale } from './lib/build';
import { findChromium } from './lib/chromium';
import { run } from './lib/run';
import { runScript } from './lib/script';

const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(ROOT, '.data', 'test-results');
const E2E_DIST_DIR = '.next-e2e';

type Tally = { passed: number; failed: number; skipped: number };

function readTally(file: string, kind: 'vitest' | 'playwright'): Tally | null {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'vitest') {
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
  }
  const stats = report.stats;
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only;
if (only && only !== 'unit' && only !== 'e2e') {
  console.error('Usage: npm test [-- --only unit|e2e]');
  process.exit(2);
}
const wantsE2e = only !== 'unit';
const chromium = wantsE2e ? findChromium() : null;
if (chromium && 'error' in chromium) {
  console.error(chromium.error);
  process.exit(1);
}

runScript(async (database) => {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const { seedDemo } = await import('@/lib/server/seed/seed-demo');
  await seedDemo({ force: true, isProduction: false });
  const env = { DATABASE_URL: database.url, CREDENCE_EMBEDDED_DB: '1', NODE_ENV: 'test', CREDENCE_TEST_HARNESS: '1' };
  const tallies: Tally[] = [];
  let failedRunner = false;

  if (only !== 'e2e') {
    const unitFile = path.join(RESULTS, 'unit.json');
    const code = await run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`], { env });
    const tally = readTally(unitFile, 'vitest');
    if (tally) tallies.push(tally);
    failedRunner ||= code !== 0 || !tally;
  }
  if (wantsE2e && chromium && 'path' in chromium) {
    process.env.CREDENCE_DIST_DIR = E2E_DIST_DIR;
    await buildIfStale();
    const port = process.env.E2E_PORT ?? '3100';
    const code = await run('playwright', ['test'], {
      env: {
        ...env,
        NODE_ENV: 'production',
        CREDENCE_DIST_DIR: E2E_DIST_DIR,
        CHROMIUM_PATH: chromium.path,
        E2E_PORT: port,
        NEXTAUTH_URL: `http://localhost:${port}`,
        NEXTAUTH_SECRET: randomBytes(48).toString('base64url'),
      },
    });
    const tally = readTally(path.join(RESULTS, 'e2e.json'), 'playwright');
    if (tally) tallies.push(tally);
    failedRunner ||= code !== 0 || !tally;
  }

  const total = tallies.reduce((sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }), { passed: 0, failed: 0, skipped: 0 });
  console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  return failedRunner || total.failed > 0 || total.passed === 0 ? 1 : 0;
}, { kind: 'test' });
