// `next build` only when the sources changed since the last build: `npm start` stays quick.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runOrThrow } from './run';

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCES = ['app', 'components', 'lib', 'types', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function isBuildStale(): boolean {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(ROOT, source)) > builtAt);
}

export async function buildIfStale(options: { force?: boolean } = {}): Promise<void> {
  if (!options.force && !isBuildStale()) return;
  console.log('Building the app (next build)…');
  await runOrThrow('next', ['build'], { env: { NEXT_TELEMETRY_DISABLED: '1' } });
}
