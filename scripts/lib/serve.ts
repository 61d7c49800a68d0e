// What npm start and npm run dev share: the demo seed on the embedded database, the session
// secret, and the server (scripts/server.ts, or `next dev`) with the environment it needs.
import type { Database } from './database';
import { buildIfStale } from './build';
import { run } from './run';
import { resolveSecret } from './secret';
import { productionServerCommand } from './server-command';

export async function serveNext(database: Database, mode: 'start' | 'dev'): Promise<number> {
  const port = Number(process.env.PORT ?? 3000);
  const secret = resolveSecret({ isEmbedded: database.isEmbedded });
  if (database.isEmbedded && process.env.CREDENCE_SEED !== '0') {
    const { seedDemo } = await import('@/lib/server/seed/seed-demo');
    const report = await seedDemo({ isProduction: false }).catch((error: unknown) => {
      console.warn(`Demo seed skipped: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
    if (report?.created.length) console.log(`Demo seed: created ${report.created.length} records.`);
  }
  if (mode === 'start') await buildIfStale();
  const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  console.log(`Credence is starting at ${url}${database.isEmbedded ? ' (embedded PostgreSQL; demo logins in README.md)' : ''}`);
  // npm start: the production server (scripts/server.ts: Next.js's handler, compression, and each
  // page's scripts after its first paint); npm run dev: Next.js's development server.
  const [command, args] = mode === 'start' ? productionServerCommand(port) : ['next', ['dev', '-p', String(port)]];
  return run(command, args, {
    env: {
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: url,
      CREDENCE_EMBEDDED_DB: database.isEmbedded ? '1' : '0',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
}
