// Child processes for the project's scripts: inherit the terminal, and are stopped (signal
// forwarded, exit awaited) before the database when the script is interrupted.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(__dirname, '..', '..', 'node_modules', '.bin');
const children = new Set<ChildProcess>();

export type RunOptions = { env?: Record<string, string | undefined>; quiet?: boolean };

/** Runs a command (a node_modules/.bin tool or any program) and resolves with its exit code. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...options.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}` },
    });
    children.add(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => {
      children.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      if (options.quiet && code !== 0) process.stderr.write(output);
      resolve(code ?? (signal ? 128 + 15 : 1));
    });
  });
}

/** Forwards `signal` to every running child and waits (up to 15 s) for them to exit. */
export async function stopChildren(signal: NodeJS.Signals): Promise<void> {
  const exits = [...children].map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('close', () => resolve());
        child.kill(signal);
        setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 15_000).unref();
      }),
  );
  await Promise.all(exits);
}

/** Runs a command and throws when it fails. */
export async function runOrThrow(command: string, args: string[], options: RunOptions = {}): Promise<void> {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`\`${[command, ...args].join(' ')}\` failed with exit code ${code}.`);
}

/** Applies every committed migration (prisma migrate deploy) to the database at `url`. */
export async function migrate(url: string): Promise<void> {
  await runOrThrow('prisma', ['migrate', 'deploy'], { env: { DATABASE_URL: url }, quiet: true });
}
