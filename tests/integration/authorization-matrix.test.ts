// The authorization matrix: every route handler under app/api, every HTTP method it exports, called
// as each kind of caller (signed out, each role of the owning team, a member of another team), with
// the exact status asserted and, for every refused call, the database shown to be unchanged.
// The routes are discovered from the file system at test time, so a new route or method without an
// entry in MATRIX fails this file, and so does an entry whose route is gone.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codePointLength } from '@/lib/anchoring/code-points';
import type { SessionUser } from '@/lib/auth/session';
import { sha256Hex } from '@/lib/corpus/sha256';
import { db } from '@/lib/db';
import { createApiToken } from '@/lib/server/tokens/create-api-token';
import { hashSecret } from '@/lib/server/tokens/secret';
import { createDesk, DESK_TEXT, span, type Desk } from '../support/desk';
import { createTestUser, TEST_PASSWORD, uniqueName } from '../support/factory';
import { call, type CallOptions } from '../support/http';

const ROOT = path.resolve(__dirname, '..', '..');
const API_ROOT = path.join(ROOT, 'app', 'api');
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

// --- Discovery -------------------------------------------------------------------------------

type Handler = Parameters<typeof call>[0];

/** `app/api/tags/[id]/merge/route.ts` → `/api/tags/:id/merge` (catch-alls keep their brackets). */
function routePath(file: string): string {
  const segments = path.dirname(file).split(path.sep).filter((s) => s !== '.');
  return `/api/${segments.map((s) => (/^\[[^.]+\]$/.test(s) ? `:${s.slice(1, -1)}` : s)).join('/')}`.replace(/\/$/, '');
}

async function discoverRoutes(): Promise<Map<string, Handler>> {
  const files = (readdirSync(API_ROOT, { recursive: true }) as string[]).filter((f) => path.basename(f) === 'route.ts').sort();
  const found = new Map<string, Handler>();
  for (const file of files) {
    const module = (await import(/* @vite-ignore */ path.join(API_ROOT, file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      if (typeof module[method] === 'function') found.set(`${method} ${routePath(file)}`, module[method] as Handler);
    }
  }
  return found;
}

const discovered = await discoverRoutes();

// --- Callers and expectations ------------------------------------------------------------------

const CALLERS = ['signedOut', 'owner', 'editor', 'viewer', 'outsider'] as const;
type Caller = (typeof CALLERS)[number];
type Expected = Record<Caller, number>;

/** Any member of the team reads; another team's member gets 404. */
const members = (ok: number): Expected => ({ signedOut: 401, owner: ok, editor: ok, viewer: ok, outsider: 404 });
/** OWNER and EDITOR write; a VIEWER gets 403. */
const writers = (ok: number): Expected => ({ signedOut: 401, owner: ok, editor: ok, viewer: 403, outsider: 404 });
/** Only an OWNER manages the team. */
const owners = (ok: number): Expected => ({ signedOut: 401, owner: ok, editor: 403, viewer: 403, outsider: 404 });
/** Not a team's record: every signed-in user acts on their own account. */
const signedIn = (ok: number): Expected => ({ signedOut: 401, owner: ok, editor: ok, viewer: ok, outsider: ok });

type Context = { desk: Desk; otherTeamId: string; caller: Caller; user: SessionUser | null };

type Fixture = {
  request: Omit<CallOptions, 'user'>;
  /** The rows the call could change. Must be equal before and after a refused call. */
  snapshot?: () => Promise<unknown>;
};

type Scenario = {
  /** Set when a route has more than one scenario. */
  label?: string;
  expect: Expected;
  /** Builds fresh records on which the call would succeed for an allowed caller. */
  fixture: (context: Context) => Promise<Fixture>;
  /** The call never writes, even when it succeeds (GETs and previews). */
  isReadOnly?: boolean;
};

type Entry =
  | { scenarios: Scenario[]; isPublic?: string }
  /** Handlers that need Next's request context (next/headers), which vitest does not have. */
  | { external: string; coveredBy: string[] };

// --- Fixtures ----------------------------------------------------------------------------------

const unique = () => randomUUID().slice(0, 8);

async function newDocument(teamId: string) {
  const text = `A fixture article ${unique()} about ports and pipelines.\n\nA second paragraph for it.`;
  return db.document.create({
    data: { teamId, title: uniqueName('Article'), text, rawText: text, textSha256: sha256Hex(text), length: codePointLength(text) },
    select: { id: true },
  });
}

async function newAnnotation(desk: Desk, authorId: string) {
  const { start, end } = span(DESK_TEXT, 'Moscow');
  return db.annotation.create({
    data: { teamId: desk.teamId, documentId: desk.documentId, authorId, start, end, exact: 'Moscow', prefix: '', suffix: '' },
    select: { id: true },
  });
}

const newTag = (teamId: string) => db.tag.create({ data: { teamId, name: uniqueName('Theme'), color: '#1f77b4' }, select: { id: true } });
const newSource = (teamId: string) => db.source.create({ data: { teamId, name: uniqueName('Wire') }, select: { id: true } });
const newEmail = () => `${uniqueName('invitee')}@test.example.org`;

async function newInvite(desk: Desk, email = newEmail()) {
  const token = `inv_${randomUUID()}${randomUUID()}`;
  const invite = await db.invite.create({
    data: { teamId: desk.teamId, email, role: 'EDITOR', tokenHash: hashSecret(token), createdById: desk.owner.id, expiresAt: new Date(Date.now() + 7 * 86_400_000) },
    select: { id: true },
  });
  return { id: invite.id, token };
}

const inviteRow = (id: string) => db.invite.findUnique({ where: { id }, select: { acceptedAt: true, acceptedById: true, revokedAt: true } });
const tagRow = (id: string) => db.tag.findUnique({ where: { id }, select: { name: true, version: true, archivedAt: true, updatedAt: true } });
const annotationRow = (id: string) =>
  db.annotation.findUnique({ where: { id }, select: { note: true, version: true, updatedAt: true, tags: { select: { tagId: true } } } });
const passageRatings = async (annotationId: string) => ({
  ratings: await db.passageRating.findMany({ where: { annotationId }, select: { userId: true, credibility: true, version: true }, orderBy: { userId: 'asc' } }),
  events: await db.passageRatingEvent.count({ where: { annotationId } }),
});

/** A fingerprint of everything a team owns: counts plus the latest change of each kind of row. */
async function teamFingerprint(teamId: string) {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT row(t."name", t."blindRatings", t."updatedAt")::text FROM "Team" t WHERE t.id = ${teamId}) AS team,
      (SELECT string_agg(m."userId" || ':' || m."role", ',' ORDER BY m."userId") FROM "Membership" m WHERE m."teamId" = ${teamId}) AS members,
      (SELECT row(count(*), max(d."updatedAt"))::text FROM "Document" d WHERE d."teamId" = ${teamId}) AS documents,
      (SELECT row(count(*), max(a."updatedAt"))::text FROM "Annotation" a WHERE a."teamId" = ${teamId}) AS annotations,
      (SELECT count(*)::int FROM "AnnotationTag" x JOIN "Tag" g ON g.id = x."tagId" WHERE g."teamId" = ${teamId}) AS "annotationTags",
      (SELECT row(count(*), max(g."updatedAt"))::text FROM "Tag" g WHERE g."teamId" = ${teamId}) AS tags,
      (SELECT row(count(*), max(s."updatedAt"))::text FROM "Source" s WHERE s."teamId" = ${teamId}) AS sources,
      (SELECT row(count(*), max(r."updatedAt"))::text FROM "PassageRating" r JOIN "Annotation" a ON a.id = r."annotationId" WHERE a."teamId" = ${teamId}) AS "passageRatings",
      (SELECT count(*)::int FROM "PassageRatingEvent" e JOIN "Annotation" a ON a.id = e."annotationId" WHERE a."teamId" = ${teamId}) AS "passageEvents",
      (SELECT row(count(*), max(r."updatedAt"))::text FROM "SourceRating" r JOIN "Source" s ON s.id = r."sourceId" WHERE s."teamId" = ${teamId}) AS "sourceRatings",
      (SELECT count(*)::int FROM "SourceRatingEvent" e JOIN "Source" s ON s.id = e."sourceId" WHERE s."teamId" = ${teamId}) AS "sourceEvents",
      (SELECT row(count(*), count(i."acceptedAt"), count(i."revokedAt"))::text FROM "Invite" i WHERE i."teamId" = ${teamId}) AS invites,
      (SELECT count(*)::int FROM "AuditEvent" e WHERE e."teamId" = ${teamId}) AS audit`;
  return row;
}

// --- The matrix --------------------------------------------------------------------------------

const MATRIX: Record<string, Entry> = {
  // next-auth's handler reads cookies and headers through next/headers (request context) and needs a
  // NextRequest: it cannot be called as a plain function. It is public by nature: GET /api/auth/csrf,
  // /session ({} when signed out), /providers answer 200 to anyone; POST /api/auth/callback/credentials
  // signs in (its credential check, verifyCredentials, and its rate limit are tested directly) and
  // /api/auth/signout signs out. It reads no team records.
  'GET /api/auth/[...nextauth]': {
    external: 'public (next-auth): csrf, session, providers answer 200 to anyone; needs Next request context',
    coveredBy: ['tests/integration/auth.test.ts', 'tests/integration/login-rate-limit.test.ts', 'e2e/auth.setup.ts'],
  },
  'POST /api/auth/[...nextauth]': {
    external: 'public (next-auth): sign-in (credentials) and sign-out; needs Next request context',
    coveredBy: ['tests/integration/auth.test.ts', 'tests/integration/login-rate-limit.test.ts', 'e2e/auth.setup.ts'],
  },

  'GET /api/health': {
    isPublic: 'for load balancers: says whether this server reaches the database, reads no records',
    scenarios: [
      {
        expect: { signedOut: 200, owner: 200, editor: 200, viewer: 200, outsider: 200 },
        isReadOnly: true,
        fixture: async () => ({ request: {}, snapshot: async () => null }),
      },
    ],
  },
  'GET /api/invites/lookup': {
    isPublic: 'the link is the credential: anyone holding the token sees the pending invite',
    scenarios: [
      {
        expect: { signedOut: 200, owner: 200, editor: 200, viewer: 200, outsider: 200 },
        isReadOnly: true,
        fixture: async ({ desk }) => {
          const invite = await newInvite(desk);
          return { request: { query: { token: invite.token } }, snapshot: () => inviteRow(invite.id) };
        },
      },
    ],
  },
  'POST /api/invites/accept': {
    isPublic: 'the link is the credential; an email that already has an account must be signed in as it',
    scenarios: [
      {
        label: 'new email',
        // No account for the email: the name and password create one, whoever is signed in.
        expect: { signedOut: 200, owner: 200, editor: 200, viewer: 200, outsider: 200 },
        fixture: async ({ desk }) => {
          const email = newEmail();
          const invite = await newInvite(desk, email);
          return {
            request: { body: { token: invite.token, name: 'New Analyst', password: 'a long enough password' } },
            snapshot: async () => ({ invite: await inviteRow(invite.id), accounts: await db.user.count({ where: { email } }) }),
          };
        },
      },
      {
        label: "someone else's account",
        // The email has an account: signed out 401, signed in as anyone else 403.
        expect: { signedOut: 401, owner: 403, editor: 403, viewer: 403, outsider: 403 },
        fixture: async ({ desk }) => {
          const invitee = await createTestUser({ name: 'Invitee' });
          const invite = await newInvite(desk, invitee.email);
          return {
            request: { body: { token: invite.token } },
            snapshot: async () => ({
              invite: await inviteRow(invite.id),
              membership: await db.membership.count({ where: { teamId: desk.teamId, userId: invitee.id } }),
            }),
          };
        },
      },
    ],
  },

  // Account and tokens: the caller's own records; no team involved.
  'PATCH /api/account': {
    scenarios: [
      {
        expect: signedIn(200),
        fixture: async () => {
          const name = uniqueName('Renamed');
          return { request: { body: { name } }, snapshot: () => db.user.count({ where: { name } }) };
        },
      },
    ],
  },
  'PUT /api/account/password': {
    scenarios: [
      {
        expect: signedIn(204),
        fixture: async ({ desk }) => {
          const ids = [desk.owner, desk.editor, desk.viewer, desk.outsider].map((u) => u.id);
          return {
            request: { body: { currentPassword: TEST_PASSWORD, newPassword: `a new password ${unique()}` } },
            snapshot: () => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, passwordHash: true }, orderBy: { id: 'asc' } }),
          };
        },
      },
    ],
  },
  'GET /api/tokens': { scenarios: [{ expect: signedIn(200), isReadOnly: true, fixture: async () => ({ request: {} }) }] },
  'POST /api/tokens': {
    scenarios: [
      {
        expect: signedIn(201),
        fixture: async () => {
          const name = uniqueName('Script');
          return { request: { body: { name } }, snapshot: () => db.apiToken.count({ where: { name } }) };
        },
      },
    ],
  },
  'DELETE /api/tokens/:id': {
    scenarios: [
      {
        // The editor's token: only the editor may revoke it; to anyone else it does not exist.
        expect: { signedOut: 401, owner: 404, editor: 204, viewer: 404, outsider: 404 },
        fixture: async ({ desk }) => {
          const { apiToken } = await createApiToken({ user: desk.editor, input: { name: uniqueName('Script') } });
          return {
            request: { params: { id: apiToken.id } },
            snapshot: () => db.apiToken.findUnique({ where: { id: apiToken.id }, select: { revokedAt: true } }),
          };
        },
      },
    ],
  },

  // Teams, members, invites, audit.
  'POST /api/teams': {
    scenarios: [
      {
        expect: signedIn(201),
        fixture: async () => {
          const name = uniqueName('Desk');
          return { request: { body: { name } }, snapshot: () => db.team.count({ where: { name } }) };
        },
      },
    ],
  },
  'PATCH /api/teams/:id': {
    scenarios: [
      {
        expect: owners(200),
        fixture: async ({ desk }) => {
          const team = await db.team.findUniqueOrThrow({ where: { id: desk.teamId }, select: { blindRatings: true } });
          return {
            request: { params: { id: desk.teamId }, body: { blindRatings: !team.blindRatings } },
            snapshot: () => db.team.findUnique({ where: { id: desk.teamId }, select: { blindRatings: true, updatedAt: true } }),
          };
        },
      },
    ],
  },
  'GET /api/teams/:id/summary': { scenarios: [{ expect: members(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { params: { id: desk.teamId } } }) }] },
  'GET /api/teams/:id/audit': { scenarios: [{ expect: owners(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { params: { id: desk.teamId } } }) }] },
  'GET /api/teams/:id/members': { scenarios: [{ expect: members(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { params: { id: desk.teamId } } }) }] },
  'PATCH /api/teams/:id/members/:userId': {
    scenarios: [
      {
        expect: owners(200),
        fixture: async ({ desk }) => {
          const member = await createTestUser({ teamId: desk.teamId, role: 'VIEWER' });
          return {
            request: { params: { id: desk.teamId, userId: member.id }, body: { role: 'EDITOR' } },
            snapshot: () => db.membership.findMany({ where: { userId: member.id }, select: { teamId: true, role: true } }),
          };
        },
      },
    ],
  },
  'DELETE /api/teams/:id/members/:userId': {
    scenarios: [
      {
        expect: owners(204),
        fixture: async ({ desk }) => {
          const member = await createTestUser({ teamId: desk.teamId, role: 'VIEWER' });
          return {
            request: { params: { id: desk.teamId, userId: member.id } },
            snapshot: () => db.membership.findMany({ where: { userId: member.id }, select: { teamId: true, role: true } }),
          };
        },
      },
    ],
  },
  'GET /api/teams/:id/invites': { scenarios: [{ expect: owners(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { params: { id: desk.teamId } } }) }] },
  'POST /api/teams/:id/invites': {
    scenarios: [
      {
        expect: owners(201),
        fixture: async ({ desk }) => {
          const email = newEmail();
          return { request: { params: { id: desk.teamId }, body: { email, role: 'VIEWER' } }, snapshot: () => db.invite.count({ where: { email } }) };
        },
      },
    ],
  },
  'DELETE /api/invites/:id': {
    scenarios: [
      {
        expect: owners(200),
        fixture: async ({ desk }) => {
          const invite = await newInvite(desk);
          return { request: { params: { id: invite.id } }, snapshot: () => inviteRow(invite.id) };
        },
      },
    ],
  },

  // Articles.
  'GET /api/documents': { scenarios: [{ expect: members(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { query: { teamId: desk.teamId } } }) }] },
  'POST /api/documents': {
    scenarios: [
      {
        expect: writers(201),
        fixture: async ({ desk }) => {
          const title = uniqueName('Imported');
          return {
            request: { body: { teamId: desk.teamId, raw: `An imported article ${unique()} on shipping lanes.`, format: 'text', meta: { title } } },
            snapshot: () => db.document.count({ where: { title } }),
          };
        },
      },
    ],
  },
  'POST /api/documents/preview': {
    scenarios: [
      {
        expect: writers(200),
        isReadOnly: true, // stores nothing, even for an editor
        fixture: async ({ desk }) => ({
          request: { body: { teamId: desk.teamId, text: 'Caspian talks open in Baku.\n\nDelegations from five states met.' } },
          snapshot: () => db.document.count({ where: { teamId: desk.teamId } }),
        }),
      },
    ],
  },
  'GET /api/documents/:id': { scenarios: [{ expect: members(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { params: { id: desk.documentId } } }) }] },
  'PATCH /api/documents/:id': {
    scenarios: [
      {
        expect: writers(200),
        fixture: async ({ desk }) => {
          const document = await newDocument(desk.teamId);
          return {
            request: { params: { id: document.id }, body: { title: uniqueName('Retitled') } },
            snapshot: () => db.document.findUnique({ where: { id: document.id }, select: { title: true, revision: true, updatedAt: true } }),
          };
        },
      },
    ],
  },
  'DELETE /api/documents/:id': {
    scenarios: [
      {
        expect: writers(204),
        fixture: async ({ desk }) => {
          const document = await newDocument(desk.teamId);
          return { request: { params: { id: document.id } }, snapshot: () => db.document.count({ where: { id: document.id } }) };
        },
      },
    ],
  },
  'GET /api/documents/:id/agreement': { scenarios: [{ expect: members(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { params: { id: desk.documentId } } }) }] },
  'GET /api/documents/:id/summary': { scenarios: [{ expect: members(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { params: { id: desk.documentId } } }) }] },
  'GET /api/documents/:id/annotations': { scenarios: [{ expect: members(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { params: { id: desk.documentId } } }) }] },
  'POST /api/documents/:id/annotations': {
    scenarios: [
      {
        expect: writers(201),
        fixture: async ({ desk }) => {
          const document = await newDocument(desk.teamId);
          return {
            request: { params: { id: document.id }, body: { start: 2, end: 9 } },
            snapshot: () => db.annotation.count({ where: { documentId: document.id } }),
          };
        },
      },
    ],
  },

  // Highlights and their ratings.
  'PATCH /api/annotations/:id': {
    scenarios: [
      {
        // The editor's own highlight: its author and a team OWNER may change it.
        expect: writers(200),
        fixture: async ({ desk }) => {
          const annotation = await newAnnotation(desk, desk.editor.id);
          return { request: { params: { id: annotation.id }, body: { note: uniqueName('Note') } }, snapshot: () => annotationRow(annotation.id) };
        },
      },
    ],
  },
  'DELETE /api/annotations/:id': {
    scenarios: [
      {
        expect: writers(204),
        fixture: async ({ desk }) => {
          const annotation = await newAnnotation(desk, desk.editor.id);
          return { request: { params: { id: annotation.id } }, snapshot: () => db.annotation.count({ where: { id: annotation.id } }) };
        },
      },
    ],
  },
  'PUT /api/annotations/:id/rating': {
    scenarios: [
      {
        // A teammate's highlight: any OWNER or EDITOR rates it.
        expect: writers(200),
        fixture: async ({ desk }) => {
          const annotation = await newAnnotation(desk, desk.editor2.id);
          return { request: { params: { id: annotation.id }, body: { credibility: 3 } }, snapshot: () => passageRatings(annotation.id) };
        },
      },
    ],
  },
  'DELETE /api/annotations/:id/rating': {
    scenarios: [
      {
        expect: writers(204),
        fixture: async ({ desk }) => {
          const annotation = await newAnnotation(desk, desk.editor2.id);
          // Every member of the desk has a rating on it (the viewer's from before a demotion), so an
          // allowed withdrawal is visible and a refused one can be seen to leave them all.
          await db.passageRating.createMany({
            data: [desk.owner, desk.editor, desk.viewer].map((u) => ({ annotationId: annotation.id, documentId: desk.documentId, userId: u.id, credibility: 2 })),
          });
          return { request: { params: { id: annotation.id } }, snapshot: () => passageRatings(annotation.id) };
        },
      },
    ],
  },

  // Outlets.
  'GET /api/sources': { scenarios: [{ expect: members(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { query: { teamId: desk.teamId } } }) }] },
  'GET /api/sources/:id': {
    scenarios: [
      {
        expect: members(200),
        isReadOnly: true,
        fixture: async ({ desk }) => ({ request: { params: { id: (await newSource(desk.teamId)).id } } }),
      },
    ],
  },
  'PUT /api/sources/:id/rating': {
    scenarios: [
      {
        expect: writers(200),
        fixture: async ({ desk }) => {
          const source = await newSource(desk.teamId);
          return {
            request: { params: { id: source.id }, body: { reliability: 'B' } },
            snapshot: async () => ({
              ratings: await db.sourceRating.findMany({ where: { sourceId: source.id }, select: { userId: true, reliability: true } }),
              events: await db.sourceRatingEvent.count({ where: { sourceId: source.id } }),
            }),
          };
        },
      },
    ],
  },

  // Themes.
  'GET /api/tags': { scenarios: [{ expect: members(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { query: { teamId: desk.teamId } } }) }] },
  'POST /api/tags': {
    scenarios: [
      {
        expect: writers(201),
        fixture: async ({ desk }) => {
          const name = uniqueName('Theme');
          return { request: { body: { teamId: desk.teamId, name, color: '#2ca02c' } }, snapshot: () => db.tag.count({ where: { name } }) };
        },
      },
    ],
  },
  'PATCH /api/tags/:id': {
    scenarios: [
      {
        expect: writers(200),
        fixture: async ({ desk }) => {
          const tag = await newTag(desk.teamId);
          return { request: { params: { id: tag.id }, body: { name: uniqueName('Renamed') } }, snapshot: () => tagRow(tag.id) };
        },
      },
    ],
  },
  'POST /api/tags/:id/merge': {
    scenarios: [
      {
        expect: writers(200),
        fixture: async ({ desk }) => {
          const [from, into] = await Promise.all([newTag(desk.teamId), newTag(desk.teamId)]);
          return {
            request: { params: { id: from.id }, body: { into: into.id } },
            snapshot: async () => ({ from: await tagRow(from.id), into: await tagRow(into.id) }),
          };
        },
      },
    ],
  },

  // Export: every member, VIEWER included.
  'GET /api/export.csv': { scenarios: [{ expect: members(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { query: { teamId: desk.teamId } } }) }] },
  'GET /api/export.jsonld': { scenarios: [{ expect: members(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { query: { teamId: desk.teamId } } }) }] },
  'GET /api/export/preview': { scenarios: [{ expect: members(200), isReadOnly: true, fixture: async ({ desk }) => ({ request: { query: { teamId: desk.teamId } } }) }] },
};

// Server actions ('use server' files under app/). switchTeam reads its session through
// getServerSession (next/headers) and sets a cookie with cookies(): both need Next's request
// context, which vitest does not have, so it is not called here and not faked. It checks the team
// with requireTeamAccess({ need: 'read' }) like the routes; its browser flow is in
// e2e/team-switcher.spec.ts. A new server action must be added here, with how it is covered.
const SERVER_ACTIONS_NOT_IN_MATRIX: Record<string, string> = {
  'app/(app)/actions.ts#switchTeam': 'needs Next request context (getServerSession, cookies()); e2e/team-switcher.spec.ts',
};

// --- The tests ---------------------------------------------------------------------------------

let desk: Desk;
let otherTeamId: string;

beforeAll(async () => {
  desk = await createDesk();
  const outsiderMembership = await db.membership.findFirstOrThrow({ where: { userId: desk.outsider.id }, select: { teamId: true } });
  otherTeamId = outsiderMembership.teamId;
});

const userFor = (caller: Caller): SessionUser | null => (caller === 'signedOut' ? null : desk[caller]);

describe('the matrix covers every route', () => {
  it('has an entry for every exported method of every app/api/**/route.ts', () => {
    expect(discovered.size).toBeGreaterThan(0);
    const missing = [...discovered.keys()].filter((key) => !(key in MATRIX));
    expect(missing, 'routes without a matrix entry').toEqual([]);
  });

  it('has no entry for a route or method that no longer exists', () => {
    const stale = Object.keys(MATRIX).filter((key) => !discovered.has(key));
    expect(stale, 'matrix entries without a route').toEqual([]);
  });

  it('names existing tests for the handlers it cannot call', () => {
    for (const entry of Object.values(MATRIX)) {
      if (!('external' in entry)) continue;
      for (const file of entry.coveredBy) expect(() => readFileSync(path.join(ROOT, file)), file).not.toThrow();
    }
  });

  it('lists every server action, with how it is covered', () => {
    const actions: string[] = [];
    const files = (readdirSync(path.join(ROOT, 'app'), { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
    for (const file of files) {
      const source = readFileSync(path.join(ROOT, 'app', file), 'utf8');
      if (!/^\s*(['"])use server\1/.test(source)) continue;
      for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(\w+)/g)) actions.push(`app/${file.split(path.sep).join('/')}#${match[1]}`);
    }
    expect(actions.sort()).toEqual(Object.keys(SERVER_ACTIONS_NOT_IN_MATRIX).sort());
  });
});

type Cell = { name: string; key: string; scenario: Scenario; caller: Caller; status: number };

/** Rows of [test name, cell]: a plain string name, so vitest neither quotes nor truncates it. */
function cellsOf(key: string, entry: Entry): [string, Cell][] {
  if ('external' in entry) return [];
  return entry.scenarios.flatMap((scenario) =>
    CALLERS.map((caller): [string, Cell] => {
      const name = `${key}${scenario.label ? ` (${scenario.label})` : ''} as ${caller} → ${scenario.expect[caller]}`;
      return [name, { name, key, scenario, caller, status: scenario.expect[caller] }];
    }),
  );
}

const callable = Object.entries(MATRIX).filter(([, entry]) => !('external' in entry));

describe.each(callable)('%s', (key, entry) => {
  it.each(cellsOf(key, entry))('%s', async (_name, { scenario, caller, status }) => {
    const handler = discovered.get(key);
    expect(handler, `${key} is not a route any more`).toBeDefined();
    const [method] = key.split(' ');
    const isWrite = method !== 'GET' && !scenario.isReadOnly;
    const user = userFor(caller);
    const fixture = await scenario.fixture({ desk, otherTeamId, caller, user });
    if (isWrite) expect(fixture.snapshot, 'a write needs a snapshot of what it changes').toBeDefined();

    const before = await fixture.snapshot?.();
    const teamsBefore = [await teamFingerprint(desk.teamId), await teamFingerprint(otherTeamId)];
    const res = await call(handler!, method!, { ...fixture.request, user });
    expect(res.status, res.text.slice(0, 300)).toBe(status);
    if (res.status >= 400) {
      expect(res.body?.error?.code, 'refusals have the error shape').toEqual(expect.any(String));
    }

    const after = await fixture.snapshot?.();
    if (res.status >= 400 || !isWrite) {
      expect(after, 'a refused (or read-only) call changed its rows').toEqual(before);
      expect([await teamFingerprint(desk.teamId), await teamFingerprint(otherTeamId)], 'a refused call changed a team').toEqual(teamsBefore);
    } else {
      // The fixture really is one the write succeeds on, so the refusals above mean something.
      expect(after, 'an allowed write changed nothing').not.toEqual(before);
    }
  });
});

// A member of team A naming team B (in the body, the query, or as a related record's id) gets the
// same answer as for an id that does not exist, and nothing is written in team B.
type CrossTeamCase = {
  name: string;
  key: string;
  status: number;
  /** Team A's owner unless set. */
  as?: 'outsider';
  request: (ids: { desk: Desk; otherTeamId: string; otherTagId: string; otherDocumentId: string }) => Promise<Omit<CallOptions, 'user'>>;
};

const CROSS_TEAM: CrossTeamCase[] = [
  { name: 'lists articles', key: 'GET /api/documents', status: 404, request: async ({ otherTeamId }) => ({ query: { teamId: otherTeamId } }) },
  {
    name: 'imports an article',
    key: 'POST /api/documents',
    status: 404,
    request: async ({ otherTeamId }) => ({ body: { teamId: otherTeamId, raw: `Planted article ${unique()}.`, format: 'text', meta: { title: 'Planted' } } }),
  },
  { name: 'previews an import', key: 'POST /api/documents/preview', status: 404, request: async ({ otherTeamId }) => ({ body: { teamId: otherTeamId, text: 'Planted text.' } }) },
  { name: 'lists themes', key: 'GET /api/tags', status: 404, request: async ({ otherTeamId }) => ({ query: { teamId: otherTeamId } }) },
  { name: 'creates a theme', key: 'POST /api/tags', status: 404, request: async ({ otherTeamId }) => ({ body: { teamId: otherTeamId, name: uniqueName('Planted'), color: '#d62728' } }) },
  { name: 'lists outlets', key: 'GET /api/sources', status: 404, request: async ({ otherTeamId }) => ({ query: { teamId: otherTeamId } }) },
  { name: 'exports CSV', key: 'GET /api/export.csv', status: 404, request: async ({ otherTeamId }) => ({ query: { teamId: otherTeamId } }) },
  { name: 'exports JSON-LD', key: 'GET /api/export.jsonld', status: 404, request: async ({ otherTeamId }) => ({ query: { teamId: otherTeamId } }) },
  { name: 'previews an export', key: 'GET /api/export/preview', status: 404, request: async ({ otherTeamId }) => ({ query: { teamId: otherTeamId } }) },
  {
    // Team A's export, filtered on team B's article or theme: 422 naming the filter, as for an unknown id.
    name: 'filters its export on the other team’s article',
    key: 'GET /api/export.csv',
    status: 422,
    request: async ({ desk, otherDocumentId }) => ({ query: { teamId: desk.teamId, documentId: otherDocumentId } }),
  },
  {
    name: 'filters its export preview on the other team’s theme',
    key: 'GET /api/export/preview',
    status: 422,
    request: async ({ desk, otherTagId }) => ({ query: { teamId: desk.teamId, tag: otherTagId } }),
  },
  {
    name: 'merges its theme into the other team’s',
    key: 'POST /api/tags/:id/merge',
    status: 404,
    request: async ({ desk, otherTagId }) => ({ params: { id: (await newTag(desk.teamId)).id }, body: { into: otherTagId } }),
  },
  {
    // tagIds are checked against the article's stored team; an unknown and a foreign id get the same 422.
    name: 'tags a new highlight with the other team’s theme',
    key: 'POST /api/documents/:id/annotations',
    status: 422,
    request: async ({ desk, otherTagId }) => ({ params: { id: desk.documentId }, body: { ...span(DESK_TEXT, 'Tehran'), tagIds: [otherTagId] } }),
  },
  {
    name: 'tags its highlight with the other team’s theme',
    key: 'PATCH /api/annotations/:id',
    status: 422,
    request: async ({ desk, otherTagId }) => ({ params: { id: (await newAnnotation(desk, desk.owner.id)).id }, body: { tagIds: [otherTagId] } }),
  },
  {
    name: 'changes the role of the other team’s member',
    key: 'PATCH /api/teams/:id/members/:userId',
    status: 404,
    request: async ({ desk }) => ({ params: { id: desk.teamId, userId: desk.outsider.id }, body: { role: 'VIEWER' } }),
  },
  {
    name: 'removes the other team’s member',
    key: 'DELETE /api/teams/:id/members/:userId',
    status: 404,
    request: async ({ desk }) => ({ params: { id: desk.teamId, userId: desk.outsider.id } }),
  },
  {
    // Removing yourself is leaving: a team you are not on does not exist for you.
    name: 'leaves a team it is not on',
    key: 'DELETE /api/teams/:id/members/:userId',
    status: 404,
    as: 'outsider',
    request: async ({ desk }) => ({ params: { id: desk.teamId, userId: desk.outsider.id } }),
  },
];

describe('naming another team’s records in the request', () => {
  let otherTagId: string;
  let otherDocumentId: string;
  beforeAll(async () => {
    otherTagId = (await newTag(otherTeamId)).id;
    otherDocumentId = (await newDocument(otherTeamId)).id;
  });

  const rows = CROSS_TEAM.map((c): [string, CrossTeamCase] => [`${c.key} as ${c.as ? 'team B’s member' : 'team A’s owner'}: ${c.name} → ${c.status}`, c]);
  it.each(rows)('%s', async (_name, { key, status, as, request }) => {
    const handler = discovered.get(key);
    expect(handler, `${key} is not a route any more`).toBeDefined();
    const options = await request({ desk, otherTeamId, otherTagId, otherDocumentId });
    const before = [await teamFingerprint(otherTeamId), await teamFingerprint(desk.teamId)];
    const otherMembership = await db.membership.findMany({ where: { userId: desk.outsider.id }, select: { teamId: true, role: true } });
    const res = await call(handler!, key.split(' ')[0]!, { ...options, user: as ? desk[as] : desk.owner });
    expect(res.status, res.text.slice(0, 300)).toBe(status);
    expect([await teamFingerprint(otherTeamId), await teamFingerprint(desk.teamId)]).toEqual(before);
    expect(await db.membership.findMany({ where: { userId: desk.outsider.id }, select: { teamId: true, role: true } })).toEqual(otherMembership);
  });
});
