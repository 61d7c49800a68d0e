// Runs a command with DATABASE_URL pointing at the project's database (the embedded one unless
// DATABASE_URL is set), then stops the embedded server if this process started it.
// Usage: tsx scripts/with-db.ts prisma migrate dev --name add-something
import { openDatabase } from './lib/database';
import { run } from './lib/run';
import { ensureMigrated } from './lib/script';

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('Usage: tsx scripts/with-db.ts COMMAND [ARGS...]');
    return 2;
  }
  const db = await openDatabase('app');
  try {
    // `prisma migrate dev` fails while migrations are pending (docs/decisions/002): deploy first.
    await ensureMigrated(db.url);
    return await run(command, args, { env: { DATABASE_URL: db.url } });
  } finally {
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
