// How to run the production server (scripts/server.ts), for npm start, the e2e tests and the
// benchmarks alike.
import path from 'node:path';

const SERVER = path.resolve(__dirname, '..', 'server.ts');

/** The command and arguments that run the production server on `port` (`nodeFlags` go to node first). */
export function productionServerCommand(port: number, options: { hostname?: string; nodeFlags?: string[] } = {}): [command: string, args: string[]] {
  const host = options.hostname ? ['-H', options.hostname] : [];
  return [process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', SERVER, '-p', String(port), ...host]];
}
