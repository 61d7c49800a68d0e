// A fresh embedded PostgreSQL for one benchmark, migrated, under .data/bench-<name>; or the
// server BENCH_DATABASE_URL names (then it is used as it is: point it at an empty database).
import path from 'node:path';
import { startEmbedded, type Database } from '../../scripts/lib/database';
import { migrate } from '../../scripts/lib/run';

export async function startScratchDatabase(name: string, port: number): Promise<Database> {
  const external = process.env.BENCH_DATABASE_URL;
  const database: Database = external
    ? { url: external, isEmbedded: false, stop: async () => undefined }
    : await startEmbedded({ dataDir: path.resolve(__dirname, '..', '..', '.data', `bench-${name}`), port, fresh: true });
  process.env.DATABASE_URL = database.url;
  try {
    await migrate(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}
