// vitest global setup. Under `npm test` the harness has already started, migrated and seeded
// the test database and set DATABASE_URL. Run directly (npx vitest), it starts the embedded test
// database itself, so integration tests always talk to a real PostgreSQL.
import { openDatabase, type Database } from '../scripts/lib/database';
import { ensureMigrated } from '../scripts/lib/script';

let database: Database | null = null;

export default async function setup() {
  if (!process.env.DATABASE_URL) {
    database = await openDatabase('test');
    process.env.DATABASE_URL = database.url;
  }
  await ensureMigrated(process.env.DATABASE_URL);
  return async () => {
    await database?.stop();
  };
}
