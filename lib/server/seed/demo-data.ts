import type { Role } from '@prisma/client';

/** The demo desk: the accounts the README lists, all with this password. */
export const DEMO_PASSWORD = 'credence-demo';

export const DEMO_TEAMS = [
  { name: 'Russia-Iran desk', withCorpus: true },
  { name: 'Other desk', withCorpus: false },
] as const;

export const DEMO_USERS: { email: string; name: string; team: string; role: Role }[] = [
  { email: 'lead@example.org', name: 'Leila Navarro', team: 'Russia-Iran desk', role: 'OWNER' },
  { email: 'analyst@example.org', name: 'Ari Kowalski', team: 'Russia-Iran desk', role: 'EDITOR' },
  { email: 'analyst2@example.org', name: 'Sana Haddad', team: 'Russia-Iran desk', role: 'EDITOR' },
  { email: 'viewer@example.org', name: 'Vik Morozov', team: 'Russia-Iran desk', role: 'VIEWER' },
  { email: 'outsider@example.org', name: 'Otto Brandt', team: 'Other desk', role: 'OWNER' },
];
