// vitest global setup. Under `npm test` the harness has already started, migrated and seeded
// the test database and set DATABASE_URL. Run directly (npx vitest), it starts the embedded test
// database (or shares one already running) and seeds it itself, so integration tests always talk
// to a real, seeded PostgreSQL.
import { openDatabase, type Database } from '../scripts/lib/database';
import { ensureMigrated } from '../scripts/lib/script';

let database: Database | null = null;

export default async function setup() {
  if (!process.env.DATABASE_URL) {
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
