// vitest global setup. Under `npm test` the harness has already started, migrated and seeded the
// test database and set DATABASE_URL. Run directly (npx vitest), it uses TEST_DATABASE_URL or the
// embedded test database (started, or shared when one is running) and seeds it itself, so
// integration tests always talk to a real, seeded PostgreSQL and never to an exported DATABASE_URL.
import { openDatabase, type Database } from '../scripts/lib/database';
import { ensureMigrated } from '../scripts/lib/script';

let database: Database | null = null;

export default async function setup() {
  // Only the harness's DATABASE_URL is trusted: a developer's exported one may be a real database.
  if (process.env.CREDENCE_TEST_HARNESS !== '1') {
    database = await openDatabase('test', { reuse: true });
    process.env.DATABASE_URL = database.url;
    await ensureMigrated(database.url);
    const { seedDemo } = await import('@/lib/server/seed/seed-demo');
    await seedDemo({ force: true, isProduction: false });
  }
  return async () => {
    await database?.stop();
  };
}
