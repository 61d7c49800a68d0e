import path from 'node:path';

export { DEMO_PASSWORD } from '../../lib/server/seed/demo-data';

export const ACCOUNTS = {
  lead: 'lead@example.org',
  analyst: 'analyst@example.org',
  analyst2: 'analyst2@example.org',
  viewer: 'viewer@example.org',
  outsider: 'outsider@example.org',
} as const;

export type AccountName = keyof typeof ACCOUNTS;

/** Where the setup project keeps each account's signed-in browser state. */
export function storageStatePath(account: AccountName): string {
  return path.join(__dirname, '..', '.auth', `${account}.json`);
}
