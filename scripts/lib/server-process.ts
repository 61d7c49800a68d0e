// Who runs the embedded PostgreSQL of a data directory: its postmaster.pid, and an owner file
// naming the Credence process that started it and whether that process is long-lived.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** `server`: npm start / npm run dev (outlives scripts); `script`: a command that ends soon. */
export type OwnerRole = 'server' | 'script';
type Owner = { pid: number; role: OwnerRole };

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A live process whose command line says postgres (a reused pid after a reboot is not). */
function isPostgres(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  return existsSync(cmdline) ? readFileSync(cmdline, 'utf8').includes('postgres') : true;
}

/** The pid and port of the server running on this data directory, if any; clears a stale pid file. */
export function runningServer(dataDir: string): { pid: number; port: number } | null {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (isPostgres(pid)) return { pid, port: Number(portLine) };
  rmSync(pidFile); // left by a server that was killed; Postgres refuses to start over it
  return null;
}

/** Asks Postgres for a fast shutdown (SIGINT) and waits up to 10 s for it to exit. */
export async function stopServer(pid: number): Promise<void> {
  if (isAlive(pid)) process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (!isAlive(pid)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`PostgreSQL (pid ${pid}) did not stop within 10 s.`);
}

const ownerFile = (dataDir: string) => `${dataDir}.owner.json`;

export function readOwner(dataDir: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(dataDir), 'utf8')) as Owner;
    return isAlive(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

export function writeOwner(dataDir: string, role: OwnerRole): void {
  writeFileSync(ownerFile(dataDir), JSON.stringify({ pid: process.pid, role }));
}

export function clearOwner(dataDir: string): void {
  if (readOwner(dataDir)?.pid === process.pid || !readOwner(dataDir)) rmSync(ownerFile(dataDir), { force: true });
}

/** Waits until `pid` has exited, telling the person why once. */
export async function waitForExit(pid: number, what: string, timeoutMs = 180_000): Promise<void> {
  console.log(`Waiting for ${what} (pid ${pid}) to finish with the database…`);
  for (let waited = 0; waited < timeoutMs; waited += 250) {
    if (!isAlive(pid)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} (pid ${pid}) still holds the embedded database after ${timeoutMs / 1000} s; stop it and try again.`);
}
