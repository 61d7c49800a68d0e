// npm start: the database (embedded unless DATABASE_URL is set), migrations, the demo seed on the
// embedded database, a build when the sources changed, then `next start`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale } from './lib/build';
import { resolveSecret } from './lib/secret';
import { runScript } from './lib/script';

const port = Number(process.env.PORT ?? 3000);

runScript(async (database) => {
  const secret = resolveSecret({ isEmbedded: database.isEmbedded });
  if (database.isEmbedded && process.env.CREDENCE_SEED !== '0') {
    const { seedDemo } = await import('@/lib/server/seed/seed-demo');
    const report = await seedDemo({ isProduction: false }).catch((error: unknown) => {
      console.warn(`Demo seed skipped: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
    if (report?.created.length) console.log(`Demo seed: created ${report.created.length} records.`);
  }
  await buildIfStale();
  const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const child = spawn(path.resolve(__dirname, '..', 'node_modules', '.bin', 'next'), ['start', '-p', String(port)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: url,
      CREDENCE_EMBEDDED_DB: database.isEmbedded ? '1' : '0',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  console.log(`Credence is starting at ${url}${database.isEmbedded ? ' (embedded PostgreSQL; demo logins in README.md)' : ''}`);
  return new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
});
