// Child processes for the project's scripts: inherit the terminal, fail loudly with the command.
import { spawn } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(__dirname, '..', '..', 'node_modules', '.bin');

export type RunOptions = { env?: Record<string, string | undefined>; quiet?: boolean };

/** Runs a command (a node_modules/.bin tool or any program) and resolves with its exit code. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...options.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}` },
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (options.quiet && code !== 0) process.stderr.write(output);
      resolve(code ?? 1);
    });
  });
}

/** Like run, but throws when the command fails. */
export async function runOrThrow(command: string, args: string[], options: RunOptions = {}): Promise<void> {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`\`${[command, ...args].join(' ')}\` failed with exit code ${code}.`);
}

/** Applies every committed migration (prisma migrate deploy) to the database at `url`. */
export async function migrate(url: string): Promise<void> {
  await runOrThrow('prisma', ['migrate', 'deploy'], { env: { DATABASE_URL: url }, quiet: true });
}
