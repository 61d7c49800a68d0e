// What a benchmark ran on: recorded with every result, so figures can be compared honestly.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const ROOT = path.resolve(__dirname, '..', '..');

export type Machine = {
  date: string;
  commit: string | null;
  cores: number;
  cpu: string;
  memoryGb: number;
  loadAverage: number[];
  platform: string;
  versions: Record<string, string>;
};

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

function quiet(command: string, args: string[]): string | null {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export async function describeMachine(options: { databaseUrl?: string; chromium?: string } = {}): Promise<Machine> {
  const versions: Record<string, string> = { node: process.version };
  for (const name of ['next', 'react', '@prisma/client', 'pg', 'autocannon', '@playwright/test', '@recogito/text-annotator']) versions[name] = packageVersion(name);
  if (options.databaseUrl) {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    versions.postgresql = ((await client.query('SHOW server_version')).rows[0] as { server_version: string }).server_version;
    await client.end();
  }
  if (options.chromium) versions.chromium = quiet(options.chromium, ['--version']) ?? 'unknown';
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    commit: quiet('git', ['rev-parse', '--short', 'HEAD']),
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    versions,
  };
}
