// `next build` only when the sources changed since the last build (npm start stays quick), and
// `prisma generate` when the schema is newer than the generated client (after a pull).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runOrThrow } from './run';

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCES = ['app', 'components', 'lib', 'types', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json', 'prisma/schema.prisma'];
const SCHEMA = path.join(ROOT, 'prisma', 'schema.prisma');
const GENERATED_SCHEMA = path.join(ROOT, 'node_modules', '.prisma', 'client', 'schema.prisma');

/** Where `next build` writes: .next, or CREDENCE_DIST_DIR (the e2e tests build apart from npm start). */
export function distDir(): string {
  return path.join(ROOT, process.env.CREDENCE_DIST_DIR ?? '.next');
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function isBuildStale(): boolean {
  const buildId = path.join(distDir(), 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(ROOT, source)) > builtAt);
}

export async function buildIfStale(options: { force?: boolean } = {}): Promise<void> {
  if (!options.force && !isBuildStale()) return;
  console.log(`Building the app (next build → ${path.relative(ROOT, distDir())})…`);
  await runOrThrow('next', ['build'], { env: { NEXT_TELEMETRY_DISABLED: '1' } });
}

export async function generateClientIfStale(): Promise<void> {
  if (existsSync(GENERATED_SCHEMA) && statSync(GENERATED_SCHEMA).mtimeMs >= statSync(SCHEMA).mtimeMs) return;
  await runOrThrow('prisma', ['generate'], { env: { DATABASE_URL: process.env.DATABASE_URL || 'postgresql://localhost:5432/credence' }, quiet: true });
}
