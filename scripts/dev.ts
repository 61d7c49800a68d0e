// npm run dev: the embedded database (unless DATABASE_URL is set), migrations, the demo seed,
// then `next dev` with hot reload on http://localhost:3000.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { resolveSecret } from './lib/secret';
import { runScript } from './lib/script';

const port = Number(process.env.PORT ?? 3000);

runScript(async (database) => {
  if (database.isEmbedded) {
    const { seedDemo } = await import('@/lib/server/seed/seed-demo');
    await seedDemo({ isProduction: false }).catch((error: unknown) => console.warn(`Demo seed skipped: ${error instanceof Error ? error.message : String(error)}`));
  }
  const child = spawn(path.resolve(__dirname, '..', 'node_modules', '.bin', 'next'), ['dev', '-p', String(port)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: resolveSecret({ isEmbedded: true }),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      CREDENCE_EMBEDDED_DB: database.isEmbedded ? '1' : '0',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  return new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
});
