// Property-based fuzz of every mutating endpoint (and of the GET endpoints that read filters):
// random and hostile payloads must never reach a 500, every refusal must be the API's JSON error
// shape, Object.prototype must stay clean, and the database's invariants must hold afterwards.
//
// Endpoints are discovered at test time from app/api/**/route.ts, so a new route is fuzzed without
// touching this file; its body and query field names come from the zod schemas the route imports.
// Each endpoint gets a fresh desk whose fixtures (an article, highlights, themes, an outlet, an
// invite, a token, members…) the path params point at, so the fuzz reaches validation and the data
// layer rather than a 404.
//
// Reproducible: every property has a fixed seed (CREDENCE_FUZZ_SEED overrides the base), which
// fast-check prints with the counterexample on failure; CREDENCE_FUZZ_RUNS scales the runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { codePointLength } from '@/lib/anchoring/code-points';
import { sha256Hex } from '@/lib/corpus/sha256';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';
import { createDesk, DESK_TEXT, span, type Desk } from '../support/desk';
import { TEST_PASSWORD, uniqueName } from '../support/factory';
import { call, type CallResult } from '../support/http';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const API_DIR = path.join(ROOT, 'app/api');
const BASE_SEED = Number(process.env.CREDENCE_FUZZ_SEED ?? 0x5eed_c4ed);
const RUN_SCALE = Number(process.env.CREDENCE_FUZZ_RUNS ?? 1);
const MUTATION_RUNS = Math.max(1, Math.round(50 * RUN_SCALE));
const QUERY_RUNS = Math.max(1, Math.round(24 * RUN_SCALE));
const MUTATING_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
const SKIPPED_ROUTES = new Set(['/api/auth/[...nextauth]']); // next-auth's own handler

// ---------------------------------------------------------------------------------------------
// Discovery

type Handler = Parameters<typeof call>[0];
type Endpoint = { method: string; path: string; handler: Handler; segments: string[]; fields: string[] };

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === 'route.ts' ? [full] : [];
  });
}

/** `@/lib/...` imports of a source file, resolved to files. */
function libImports(source: string): { names: string[]; file: string }[] {
  const imports: { names: string[]; file: string }[] = [];
  for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@\/(lib\/[^']+)'/g)) {
    const names = match[1]!.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]!).filter(Boolean);
    imports.push({ names, file: path.join(ROOT, `${match[2]}.ts`) });
  }
  return imports;
}

/** The keys of a zod object schema, through pipes, defaults and optionals (zod 4 internals). */
function shapeKeys(schema: unknown): string[] {
  let current = schema as { shape?: Record<string, unknown>; _zod?: { def?: Record<string, unknown> } } | undefined;
  for (let depth = 0; current && depth < 10; depth += 1) {
    if (current.shape && typeof current.shape === 'object') return Object.keys(current.shape);
    const def = current._zod?.def;
    current = (def?.in ?? def?.innerType ?? def?.schema) as typeof current;
  }
  return [];
}

/** Field names of the validation schemas a route (or, failing that, the helpers it calls) imports. */
async function fieldNames(routeSource: string, depth = 0): Promise<string[]> {
  const keys = new Set<string>();
  for (const { names, file } of libImports(routeSource)) {
    if (!file.includes('/lib/validation/')) continue;
    const module = (await import(file)) as Record<string, unknown>;
    for (const name of names) for (const key of shapeKeys(module[name])) keys.add(key);
  }
  if (keys.size === 0 && depth === 0) {
    for (const { file } of libImports(routeSource)) {
      if (file.includes('/lib/validation/') || file.includes('/lib/auth/')) continue;
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      for (const key of await fieldNames(source, 1)) keys.add(key);
    }
  }
  return [...keys];
}

async function discover(): Promise<{ mutations: Endpoint[]; queries: Endpoint[] }> {
  const mutations: Endpoint[] = [];
  const queries: Endpoint[] = [];
  for (const file of routeFiles(API_DIR).sort()) {
    const routePath = `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join('/')}`;
    if (SKIPPED_ROUTES.has(routePath)) continue;
    const source = readFileSync(file, 'utf8');
    const module = (await import(file)) as Record<string, unknown>;
    const segments = routePath.split('/').filter(Boolean);
    const fields = await fieldNames(source);
    for (const method of MUTATING_METHODS) {
      if (typeof module[method] === 'function') mutations.push({ method, path: routePath, handler: module[method] as Handler, segments, fields });
    }
    // GET endpoints that read filters from the query string.
    if (typeof module.GET === 'function' && /readQuery|exportDownload/.test(source)) {
      queries.push({ method: 'GET', path: routePath, handler: module.GET as Handler, segments, fields });
    }
  }
  return { mutations, queries };
}

const { mutations, queries } = await discover();

// ---------------------------------------------------------------------------------------------
// Fixtures: a fresh desk per endpoint, with a record for every kind of path segment.

type Fixtures = {
  desk: Desk;
  otherTeamId: string;
  documentId: string;
  plainDocumentId: string;
  annotationIds: string[];
  tagIds: string[];
  archivedTagId: string;
  otherTeamTagId: string;
  sourceId: string;
  inviteIds: string[];
  inviteTokens: string[];
  tokenId: string;
  memberIds: string[];
};

const scopeTeams = new Set<string>();
const scopeUsers = new Set<string>();

async function ok(result: Promise<CallResult>, what: string): Promise<CallResult> {
  const res = await result;
  if (res.status >= 300) throw new Error(`fixture ${what}: ${res.status} ${res.text.slice(0, 300)}`);
  return res;
}

async function createFixtures(): Promise<Fixtures> {
  const desk = await createDesk();
  const other = await db.membership.findFirstOrThrow({ where: { userId: desk.outsider.id }, select: { teamId: true } });
  scopeTeams.add(desk.teamId).add(other.teamId);
  for (const user of [desk.owner, desk.editor, desk.editor2, desk.viewer, desk.outsider]) scopeUsers.add(user.id);

  const { POST: postAnnotation } = await import('@/app/api/documents/[id]/annotations/route');
  const { PUT: putRating } = await import('@/app/api/annotations/[id]/rating/route');
  const { POST: postTag } = await import('@/app/api/tags/route');
  const { POST: postInvite } = await import('@/app/api/teams/[id]/invites/route');
  const { POST: postToken } = await import('@/app/api/tokens/route');

  const first = await ok(call(postAnnotation, 'POST', { user: desk.editor, params: { id: desk.documentId }, body: span(DESK_TEXT, 'Intro') }), 'annotation');
  const second = await ok(call(postAnnotation, 'POST', { user: desk.editor2, params: { id: desk.documentId }, body: span(DESK_TEXT, 'Москва') }), 'annotation 2');
  const annotationIds = [first.body.annotation.id as string, second.body.annotation.id as string];
  await ok(call(putRating, 'PUT', { user: desk.editor2, params: { id: annotationIds[0]! }, body: { credibility: 3 } }), 'rating');

  const tagA = await ok(call(postTag, 'POST', { user: desk.editor, body: { teamId: desk.teamId, name: 'Syria', color: '#aa0000', shortcut: '1' } }), 'tag');
  const tagB = await ok(call(postTag, 'POST', { user: desk.editor, body: { teamId: desk.teamId, name: 'Drones', color: '#00aa00' } }), 'tag 2');
  const archived = await db.tag.create({ data: { teamId: desk.teamId, name: 'Archived', color: '#000000', archivedAt: new Date() }, select: { id: true } });
  const foreign = await db.tag.create({ data: { teamId: other.teamId, name: 'Foreign', color: '#0000aa' }, select: { id: true } });

  const plainText = `A plain article ${uniqueName('text')} without highlights.\n\nIts second paragraph.`;
  const plain = await db.document.create({
    data: { teamId: desk.teamId, title: 'Plain', text: plainText, rawText: plainText, textSha256: sha256Hex(plainText), length: codePointLength(plainText) },
    select: { id: true },
  });
  const source = await db.source.create({ data: { teamId: desk.teamId, name: uniqueName('outlet') }, select: { id: true } });
  await db.document.update({ where: { id: desk.documentId }, data: { sourceId: source.id } });

  const newcomer = await ok(call(postInvite, 'POST', { user: desk.owner, params: { id: desk.teamId }, body: { email: `${uniqueName('new')}@test.example.org`, role: 'EDITOR' } }), 'invite');
  const outsider = await ok(call(postInvite, 'POST', { user: desk.owner, params: { id: desk.teamId }, body: { email: desk.outsider.email, role: 'VIEWER' } }), 'invite 2');
  const token = await ok(call(postToken, 'POST', { user: desk.editor, body: { name: 'fuzz' } }), 'token');

  return {
    desk,
    otherTeamId: other.teamId,
    documentId: desk.documentId,
    plainDocumentId: plain.id,
    annotationIds,
    tagIds: [tagA.body.tag.id, tagB.body.tag.id],
    archivedTagId: archived.id,
    otherTeamTagId: foreign.id,
    sourceId: source.id,
    inviteIds: [newcomer.body.invite.id, outsider.body.invite.id],
    inviteTokens: [newcomer.body.token, outsider.body.token],
    tokenId: token.body.apiToken.id,
    memberIds: [desk.editor2.id, desk.viewer.id, desk.owner.id, desk.editor.id],
  };
}

/** A well-formed id that names nothing. */
const MISSING_ID = 'cfuzz0000000000000000000000';

/** Candidate values of a path segment `[name]`, by the collection it follows. */
function paramCandidates(endpoint: Endpoint, index: number, fx: Fixtures): string[] {
  const name = endpoint.segments[index]!.slice(1, -1);
  const collection = endpoint.segments[index - 1];
  if (name === 'userId' && collection === 'members') return fx.memberIds;
  if (name === 'id') {
    switch (collection) {
      case 'annotations':
        return fx.annotationIds;
      case 'documents':
        return [fx.documentId, fx.plainDocumentId];
      case 'invites':
        return fx.inviteIds;
      case 'sources':
        return [fx.sourceId];
      case 'tags':
        return [...fx.tagIds, fx.archivedTagId, fx.otherTeamTagId];
      case 'teams':
        return [fx.desk.teamId, fx.desk.teamId, fx.otherTeamId];
      case 'tokens':
        return [fx.tokenId];
    }
  }
  throw new Error(`No fixture for the [${name}] segment of ${endpoint.path}: add one to paramCandidates in ${path.basename(fileURLToPath(import.meta.url))}.`);
}

function paramsArbitrary(endpoint: Endpoint, fx: Fixtures): fc.Arbitrary<Record<string, string>> {
  const entries = endpoint.segments.flatMap((segment, index) => {
    if (!/^\[[^.\]]+\]$/.test(segment)) return [];
    const candidates = paramCandidates(endpoint, index, fx);
    return [[segment.slice(1, -1), fc.oneof({ arbitrary: fc.constantFrom(...candidates), weight: 12 }, { arbitrary: fc.constant(MISSING_ID), weight: 1 })] as const];
  });
  return fc.record(Object.fromEntries(entries)) as fc.Arbitrary<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries. Bodies are built as JSON text, so they can carry own `__proto__` keys, duplicate
// keys and number literals JavaScript cannot write (1e400, 30-digit integers).

class Raw {
  constructor(readonly text: string) {}
}
class Obj {
  constructor(readonly entries: (readonly [string, unknown])[]) {}
}

function toJsonText(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (value instanceof Obj) return `{${value.entries.map(([key, item]) => `${JSON.stringify(key)}:${toJsonText(item)}`).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') return toJsonText(new Obj(Object.entries(value)));
  return JSON.stringify(value) ?? 'null';
}

const HUGE = 'A'.repeat(100_000);
const HUGE_EMOJI = '👋🏽'.repeat(25_000);
const HOSTILE_STRINGS = [
  '', ' ', '\t\n', '\u0000', 'a\u0000b', '\ud800', 'x\udc00', 'tail\ud83d', '\udfff\ud800',
  '\u202eevil\u202c', '\u200f\u200e\u2066', '\ufeff', '\u00a0', '👋🏽🇮🇷', 'e\u0301', 'ß', 'İ', '\uffff', '\ufffd',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' OR 1=1 --", "'; DROP TABLE \"Annotation\"; --", '%', '_', '%_\\',
  '\\', '\\u0000', '"', '{{7*7}}', '${7*7}', '../../etc/passwd', '=HYPERLINK("http://x")', '@SUM(1)',
  'NaN', 'Infinity', '-Infinity', '1e400', '0x10', ' 1 ', '-1', '1.5', '2147483648', '9007199254740993', '١٢', 'null', 'undefined', 'true',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  HUGE, HUGE_EMOJI, '\u202e'.repeat(1000), 'x'.repeat(257), 'a'.repeat(65), '\r\n'.repeat(500),
];
const HOSTILE_NUMBERS = [-1, 0, 1, -0, 0.5, 1.000001, 6.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 32, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e21, 1e308, 5e-324, Number.MAX_VALUE];
const RAW_NUMBERS = ['1e400', '-1e400', '123456789012345678901234567890', '1.0', '1E2', '-0.0', '0.0000001e7'].map((text) => new Raw(text));

const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: utf16Unit, maxLength: 24 }), weight: 1 }, // lone surrogates, NUL, controls
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 24 }), weight: 1 },
);
const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.constantFrom(...RAW_NUMBERS), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

/** An object whose own keys try to pollute prototypes once parsed. */
const pollutingObject: fc.Arbitrary<Obj> = fc.constantFrom(
  new Obj([['__proto__', new Obj([['polluted', 'yes'], ['isAdmin', true], ['role', 'OWNER']])]]),
  new Obj([['constructor', new Obj([['prototype', new Obj([['polluted', 'yes']])]])]]),
  new Obj([['prototype', new Obj([['polluted', 'yes']])], ['__proto__', null]]),
  new Obj([['__proto__', [1, 2, 3]]]),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(true, false, null, [], {}, [null], ['a', 1, null]), weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 2 },
  { arbitrary: pollutingObject, weight: 1 },
  { arbitrary: fc.array(hostileString, { maxLength: 4 }), weight: 1 },
);

const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'id', 'teamId', 'authorId', 'userId', 'role', 'isAdmin', 'createdAt', 'revision', 'length', 'text', 'exact', 'passwordHash', '', ' ', '\u0000', 'a.b', '$where'];
const extraKey = fc.oneof({ arbitrary: fc.constantFrom(...EXTRA_KEYS), weight: 3 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 });

/**
 * Values of a known field, from the fixtures: strict ones pass validation (so the request reaches
 * the data layer), the others add edge cases just past the limits.
 */
function validish(field: string, fx: Fixtures, strict = false): fc.Arbitrary<unknown> | null {
  const { desk } = fx;
  const either = <T,>(valid: fc.Arbitrary<T>, edgy: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => (strict ? valid : fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: edgy, weight: 1 }));
  const textLength = codePointLength(DESK_TEXT);
  const words = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((value) => value.trim().length > 0);
  const names = fc.oneof(words, fc.constantFrom('Syria', 'SYRIA', 'syria', 'Drones', 'Archived', "' OR 1=1 --", '<b>bold</b>', 'Дроны', 'پهپاد', '👋🏽', 'Cafe\u0301', 'Straße', 'STRASSE', 'İstanbul', '  padded  ', '\u202eevil'));
  const day = either(fc.constantFrom('2024-02-29', '2026-01-01', '1970-01-01', '9999-12-31'), fc.constantFrom('2023-02-29', '2024-13-01', '0000-01-01', '2024-1-1', ''));
  const articleText = fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }).filter((value) => value.trim().length > 0),
    fc.constantFrom(DESK_TEXT, `${DESK_TEXT}\n\nMore.`, '<p>Hello <script>alert(1)</script> world</p><p>Second.</p>', '# Title\n\nBody **text** here.', `Long ${'word '.repeat(20_000)}`, '\u202e\u202e right to left', 'x'),
  );
  const longText = fc.constantFrom('x'.repeat(2001), 'x'.repeat(10_001));
  switch (field) {
    case 'teamId':
      return either(fc.constant(desk.teamId), fc.constantFrom(fx.otherTeamId, MISSING_ID));
    case 'start':
    case 'end':
      return fc.integer({ min: 0, max: textLength + 2 });
    case 'exact':
      return either(fc.constant(undefined), fc.constantFrom(null, 'Intro', 'Moscow', 'Привет', ''));
    case 'tagIds':
      return fc.array(fc.constantFrom(...fx.tagIds, ...(strict ? [] : [fx.archivedTagId, fx.otherTeamTagId, MISSING_ID])), { maxLength: 4 });
    case 'into':
      return either(fc.constantFrom(...fx.tagIds), fc.constantFrom(fx.archivedTagId, fx.otherTeamTagId, MISSING_ID));
    case 'note':
    case 'rationale':
    case 'description':
      return either(fc.string({ unit: 'grapheme', maxLength: 80 }), longText);
    case 'version':
      return fc.integer({ min: 1, max: 4 });
    case 'credibility':
      return either(fc.integer({ min: 1, max: 6 }), fc.constantFrom(0, 7));
    case 'reliability':
      return either(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), fc.constantFrom('a', 'G'));
    case 'blindRatings':
    case 'archived':
      return fc.boolean();
    case 'role':
      return either(fc.constantFrom('OWNER', 'EDITOR', 'VIEWER'), fc.constantFrom('owner', 'ADMIN'));
    case 'email':
      return either(
        fc.oneof(fc.nat().map((n) => `fuzz-${n}@test.example.org`), fc.constantFrom(desk.outsider.email, desk.editor2.email.toUpperCase())),
        fc.constantFrom(desk.editor2.email, 'a@b', '<script>@x.org', `${'a'.repeat(250)}@x.org`),
      );
    case 'expiresInDays':
      return either(fc.integer({ min: 1, max: 30 }), fc.constantFrom(-1, 0, 31));
    case 'token':
      return either(fc.constantFrom(...fx.inviteTokens), fc.constant('crd_not-an-invite'));
    case 'password':
    case 'newPassword':
    case 'currentPassword':
      return either(fc.constantFrom(TEST_PASSWORD, 'another long password'), fc.constantFrom('short', 'p'.repeat(1025)));
    case 'name':
    case 'title':
    case 'source':
    case 'author':
      return names;
    case 'color':
      return either(fc.constantFrom('#aabbcc', '#AABBCC', ' #123456 '), fc.constantFrom('#fff', 'red'));
    case 'shortcut':
      return either(fc.constantFrom('1', '2', '9', null, null), fc.constantFrom('0', 1));
    case 'raw':
    case 'text':
      return articleText;
    case 'format':
      return either(fc.constantFrom('text', 'markdown', 'html'), fc.constant('pdf'));
    case 'keep':
    case 'drop':
      return either(fc.constant([]), fc.array(fc.integer({ min: -1, max: 6 }), { maxLength: 3 }));
    case 'meta':
      return fc.record(
        {
          title: names,
          source: names,
          author: names,
          publishedDate: day,
          url: either(fc.constant('https://example.org/a'), fc.constantFrom('javascript:alert(1)', 'ftp://x', '')),
          language: either(fc.constantFrom('en', 'fa', 'zh-Hant'), fc.constantFrom('EN', '')),
        },
        { requiredKeys: [] },
      );
    case 'publishedDate':
      return day;
    case 'url':
      return either(fc.constantFrom('https://example.org/a', 'http://x.example'), fc.constantFrom('javascript:alert(1)', ''));
    case 'language':
      return either(fc.constantFrom('en', 'fa', 'ru', 'zh-Hant'), fc.constantFrom('EN', ''));
    default:
      return null;
  }
}

/** Plausible query-string values of a known filter. */
function validishQuery(field: string, fx: Fixtures): fc.Arbitrary<string> | null {
  const { desk } = fx;
  switch (field) {
    case 'teamId':
      return fc.constantFrom(desk.teamId, desk.teamId, desk.teamId, fx.otherTeamId);
    case 'documentId':
      return fc.constantFrom(fx.documentId, fx.plainDocumentId, MISSING_ID);
    case 'tag':
      return fc.constantFrom(...fx.tagIds, 'Syria', 'syria', 'Archived', 'Foreign', '%');
    case 'analyst':
    case 'actor':
      return fc.constantFrom(desk.editor.id, desk.editor.email, desk.editor.email.toUpperCase(), desk.outsider.id);
    case 'tagMode':
      return fc.constantFrom('any', 'all', 'ALL');
    case 'minCredibility':
    case 'maxCredibility':
    case 'page':
    case 'pageSize':
    case 'bins':
      return fc.oneof(fc.integer({ min: -1, max: 8 }).map(String), fc.constantFrom('1e3', '2.5', '0x2', ' 3 ', '', '100001', '501'));
    case 'reliability':
      return fc.constantFrom('A', 'C', 'F', 'a', 'Z');
    case 'from':
    case 'to':
    case 'publishedFrom':
    case 'publishedTo':
      return fc.constantFrom('2024-02-29', '2023-02-29', '2026-12-31', '1970-01-01', '2024-1-1', '+002024-01-01');
    case 'bom':
    case 'themeColumns':
    case 'spreadsheetSafe':
    case 'confirm':
      return fc.constantFrom('1', '0', 'true', 'false', 'yes');
    case 'sort':
      return fc.constantFrom('title', 'outlet', 'published', 'added', 'highlights', 'id; DROP TABLE');
    case 'order':
      return fc.constantFrom('asc', 'desc', 'ASC');
    case 'archived':
      return fc.constantFrom('include', 'exclude', 'only');
    case 'q':
      return fc.constantFrom('Moscow', 'моск', 'a & b | !c', "'", ':*', '%_', 'سلام', '(', '<->', 'a:*b', '\\', '!!', 'e\u0301', '👋🏽', 'OR 1=1', '   ');
    case 'token':
      return fc.constantFrom(...fx.inviteTokens);
    case 'action':
    case 'entityType':
      return fc.constantFrom('tag.create', 'annotation', 'document.import');
    default:
      return null;
  }
}

const CONTENT_TYPES = ['application/json', 'application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', ''];
const NOT_JSON = [
  '', ' ', 'not json', '{', '{"a":', '}', '[', 'null', '[]', '"str"', '123', 'true', '{"start": NaN}', '{"end": Infinity}', "{'single': 1}",
  '{"a":1,}', '\u0000', '\ufeff{}', '<?xml version="1.0"?><a/>', 'a=1&b=2', '--x\r\nContent-Disposition: form-data; name="teamId"\r\n\r\n1\r\n--x--', '{"a":"\\ud800"}', '{"a":"\\u0000"}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`, `{"a":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`,
];

type Payload = { body: string | undefined; contentType: string };

function bodyArbitrary(fields: string[], fx: Fixtures): fc.Arbitrary<Payload> {
  const fieldValue = (field: string) => {
    const valid = validish(field, fx);
    return valid ? fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: hostileValue, weight: 2 }) : hostileValue;
  };
  const SKIP = Symbol('skip');
  const known = fields.length
    ? fc.tuple(...fields.map((field) => fc.option(fieldValue(field), { nil: SKIP as unknown as undefined, freq: 4 }))).map((values) => fields.map((field, index) => [field, values[index]] as const).filter(([, value]) => value !== (SKIP as unknown)))
    : fc.constant([] as (readonly [string, unknown])[]);
  const extras = fc.array(fc.tuple(fc.oneof(extraKey, fields.length ? fc.constantFrom(...fields) : extraKey), hostileValue), { maxLength: 3 });
  const shaped = fc
    .tuple(known, extras, fc.option(pollutingObject, { freq: 3 }))
    .map(([entries, extra, polluting]) => new Obj([...(polluting?.entries ?? []), ...entries, ...extra]));
  // Mostly valid: every field plausible (some left out), then at most one made hostile, so the
  // request gets past validation into the data layer (or fails on exactly one field).
  const plausible = (field: string) => validish(field, fx, true) ?? hostileValue;
  const textPoints = Array.from(DESK_TEXT);
  const spanArb = fc.record({ start: fc.nat(textPoints.length - 1), size: fc.integer({ min: 1, max: 16 }), quote: fc.boolean() });
  const nearValid = fields.length
    ? fc
        .tuple(
          fc.tuple(...fields.map((field) => fc.option(plausible(field), { nil: SKIP as unknown as undefined, freq: 12 }))),
          fc.option(fc.tuple(fc.nat(fields.length - 1), hostileValue), { freq: 2 }),
          spanArb,
          fc.array(fc.tuple(extraKey, hostileValue), { maxLength: 2 }),
        )
        .map(([values, hostile, { start, size, quote }, extra]) => {
          const entries = fields.map((field, index) => [field, values[index]] as [string, unknown]);
          const set = (field: string, value: unknown) => entries.forEach((entry) => entry[0] === field && (entry[1] = value));
          if (fields.includes('start') && fields.includes('end')) {
            const end = Math.min(start + size, textPoints.length);
            set('start', start);
            set('end', end);
            if (quote) set('exact', textPoints.slice(start, end).join(''));
          }
          if (hostile) entries[hostile[0]]![1] = hostile[1];
          return new Obj([...entries.filter(([, value]) => value !== (SKIP as unknown)), ...extra]);
        })
    : shaped;
  const json = fc.oneof(
    { arbitrary: nearValid.map(toJsonText), weight: 10 },
    { arbitrary: shaped.map(toJsonText), weight: 6 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }).map(toJsonText), weight: 1 },
    { arbitrary: hostileValue.map(toJsonText), weight: 1 },
  );
  return fc.oneof(
    { arbitrary: fc.record({ body: json, contentType: fc.constantFrom(...CONTENT_TYPES) }), weight: 8 },
    { arbitrary: fc.record({ body: fc.oneof(fc.constantFrom(...NOT_JSON), fc.string({ unit: utf16Unit, maxLength: 40 })), contentType: fc.constantFrom(...CONTENT_TYPES) }), weight: 2 },
    { arbitrary: fc.constant<Payload>({ body: undefined, contentType: '' }), weight: 1 },
  );
}

function queryArbitrary(fields: string[], fx: Fixtures, options: { teamId: boolean }): fc.Arbitrary<Record<string, string | string[]>> {
  const value = (field: string) => {
    const valid = validishQuery(field, fx);
    const one = valid ? fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: hostileString, weight: 2 }) : hostileString;
    return fc.oneof({ arbitrary: one, weight: 4 }, { arbitrary: fc.array(one, { minLength: 2, maxLength: 4 }), weight: 1 });
  };
  const known = fields.length ? fc.array(fc.constantFrom(...fields).chain((field) => value(field).map((item) => [field, item] as const)), { maxLength: 6 }) : fc.constant([]);
  const extra = fc.array(fc.tuple(extraKey, fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 }))), { maxLength: 2 });
  const random = fc.tuple(known, extra, fc.boolean()).map(([entries, extraEntries, withTeam]) =>
    // Object.fromEntries makes `__proto__` an own key; a later repeat of a key overwrites it.
    Object.fromEntries([...(options.teamId && withTeam ? [['teamId', fx.desk.teamId] as const] : []), ...entries, ...extraEntries]) as Record<string, string | string[]>,
  );
  // Mostly valid: a few plausible filters and at most one hostile one, so the query reaches the data layer.
  const plausible = fields.filter((field) => validishQuery(field, fx));
  const nearValid = plausible.length
    ? fc
        .tuple(
          fc.subarray(plausible, { maxLength: Math.min(5, plausible.length) }).chain((chosen) => fc.tuple(...chosen.map((field) => validishQuery(field, fx)!.map((item) => [field, item] as const)))),
          fc.option(fc.tuple(fc.constantFrom(...fields), hostileString), { freq: 2 }),
        )
        .map(([entries, hostile]) =>
          Object.fromEntries([...(options.teamId ? [['teamId', fx.desk.teamId] as const] : []), ...entries.filter(([field]) => field !== 'teamId'), ...(hostile ? [hostile] : [])]) as Record<string, string | string[]>,
        )
    : random;
  return fc.oneof(random, nearValid);
}

function userArbitrary(fx: Fixtures): fc.Arbitrary<SessionUser | null> {
  return fc.oneof({ arbitrary: fc.constant(fx.desk.editor), weight: 6 }, { arbitrary: fc.constant(fx.desk.owner), weight: 3 }, { arbitrary: fc.constant(null), weight: 1 });
}

const IDEMPOTENCY_KEYS = ['short', 'fuzz-key-0001', 'fuzz-key-0001', 'k'.repeat(101), "' OR 1=1 --", '<script>alert(1)</script>', '        ', '%00%00%00%00%00'];

// ---------------------------------------------------------------------------------------------
// Checks

const OBJECT_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();
const ARRAY_KEYS = Object.getOwnPropertyNames(Array.prototype).sort().join();

function assertNoPollution(context: string) {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted, `Object.prototype polluted after ${context}`).toBeUndefined();
  expect(probe.isAdmin, `Object.prototype polluted after ${context}`).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join(), `Object.prototype changed after ${context}`).toBe(OBJECT_KEYS);
  expect(Object.getOwnPropertyNames(Array.prototype).sort().join(), `Array.prototype changed after ${context}`).toBe(ARRAY_KEYS);
}

function describeRequest(endpoint: Endpoint, request: unknown): string {
  const text = JSON.stringify(request, (_key, value) => (typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…(${value.length} chars)` : value));
  return `${endpoint.method} ${endpoint.path} ${text}`;
}

function assertAnswer(endpoint: Endpoint, request: unknown, res: CallResult) {
  const context = describeRequest(endpoint, request);
  expect(res.status, `${context} → ${res.status} ${res.text.slice(0, 400)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.body?.error, `${context} → ${res.status} without a JSON error: ${res.text.slice(0, 400)}`).toBeTypeOf('object');
    expect(res.body.error.code, context).toBeTypeOf('string');
    expect(res.body.error.message, context).toBeTypeOf('string');
    expect(res.body.error.message.length, context).toBeGreaterThan(0);
  }
  assertNoPollution(context);
}

let requests = 0;
const statuses = new Map<string, Map<number, number>>();
function tally(endpoint: Endpoint, status: number) {
  requests += 1;
  const key = `${endpoint.method} ${endpoint.path}`;
  const counts = statuses.get(key) ?? new Map<number, number>();
  counts.set(status, (counts.get(status) ?? 0) + 1);
  statuses.set(key, counts);
}

/** A per-endpoint seed, so adding an endpoint does not change the others' runs. */
function seedFor(key: string): number {
  let hash = BASE_SEED | 0;
  for (const char of key) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193);
  return hash;
}

// ---------------------------------------------------------------------------------------------
// The fuzz

describe('fuzzing every mutating endpoint', () => {
  it('discovers the endpoints', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(20);
    expect(mutations.map((endpoint) => `${endpoint.method} ${endpoint.path}`)).toContain('POST /api/documents/[id]/annotations');
    expect(queries.map((endpoint) => endpoint.path)).toEqual(expect.arrayContaining(['/api/export.csv', '/api/documents', '/api/teams/[id]/audit']));
    expect(mutations.find((endpoint) => endpoint.path === '/api/documents/[id]/annotations')?.fields).toEqual(expect.arrayContaining(['start', 'end', 'tagIds', 'note']));
  });

  it.each(mutations.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint] as const))(
    '%s: no 5xx, JSON errors, no prototype pollution',
    async (key, endpoint) => {
      const fx = await createFixtures();
      const request = fc.record({
        user: userArbitrary(fx),
        params: paramsArbitrary(endpoint, fx),
        payload: bodyArbitrary(endpoint.fields, fx),
        query: fc.option(queryArbitrary(endpoint.fields, fx, { teamId: false }), { freq: 3 }),
        idempotencyKey: fc.option(fc.constantFrom(...IDEMPOTENCY_KEYS), { freq: 3 }),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ user, params, payload, query, idempotencyKey }) => {
          const headers: Record<string, string> = {};
          if (payload.contentType) headers['content-type'] = payload.contentType;
          if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
          const res = await call(endpoint.handler, endpoint.method, { user, params, query: query ?? undefined, rawBody: payload.body, headers });
          tally(endpoint, res.status);
          assertAnswer(endpoint, { user: user?.name ?? null, params, query, payload, idempotencyKey }, res);
        }),
        { seed: seedFor(key), numRuns: MUTATION_RUNS, endOnFailure: true },
      );
    },
    60_000,
  );

  it.each(queries.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint] as const))(
    '%s with hostile query strings: no 5xx, JSON errors',
    async (key, endpoint) => {
      const fx = await createFixtures();
      const request = fc.record({ user: userArbitrary(fx), params: paramsArbitrary(endpoint, fx), query: queryArbitrary(endpoint.fields, fx, { teamId: endpoint.fields.includes('teamId') }) });
      await fc.assert(
        fc.asyncProperty(request, async ({ user, params, query }) => {
          const res = await call(endpoint.handler, 'GET', { user, params, query });
          tally(endpoint, res.status);
          assertAnswer(endpoint, { user: user?.name ?? null, params, query }, res);
        }),
        { seed: seedFor(key), numRuns: QUERY_RUNS, endOnFailure: true },
      );
    },
    60_000,
  );

  // Found by this fuzz: deeply nested HTML overflowed the stack of the DOM walks (500), and ~3,000
  // nested <div>s burnt minutes of CPU first. Such pages are now refused before parsing.
  it('answers 422 to deeply nested HTML, quickly, in the preview and the save', async () => {
    const fx = await createFixtures();
    const { POST: preview } = await import('@/app/api/documents/preview/route');
    const { POST: create } = await import('@/app/api/documents/route');
    for (const text of ['<b>'.repeat(5000) + 'x', '<table>'.repeat(5000) + 'x', '<div>'.repeat(3000) + 'x']) {
      const previewed = await call(preview, 'POST', { user: fx.desk.editor, body: { teamId: fx.desk.teamId, text, format: 'html' } });
      expect(previewed.status, `${text.slice(0, 20)}… → ${previewed.status}`).toBe(422);
      expect(previewed.body.error.fields.text[0]).toMatch(/more than 256 levels deep/);
      const saved = await call(create, 'POST', { user: fx.desk.editor, body: { teamId: fx.desk.teamId, raw: text, format: 'html' } });
      expect(saved.status).toBe(422);
      expect(saved.body.error.fields.raw[0]).toMatch(/more than 256 levels deep/);
    }
  });

  // Found while fuzzing: highlights created at the same moment on one article deadlocked (FOR SHARE
  // then UPDATE of the same row) and answered 500. Creates now take the row lock first.
  it('answers 201 to concurrent highlights on one article', async () => {
    const fx = await createFixtures();
    const { POST } = await import('@/app/api/documents/[id]/annotations/route');
    const body = span(DESK_TEXT, 'Tehran');
    const results = await Promise.all([fx.desk.editor, fx.desk.editor2, fx.desk.owner].map((user) => call(POST, 'POST', { user, params: { id: fx.documentId }, body })));
    expect(results.map((res) => res.status)).toEqual([201, 201, 201]);
  });

  it('leaves the database consistent', async () => {
    const users = [...scopeUsers];
    const memberTeams = await db.membership.findMany({ where: { userId: { in: users } }, select: { teamId: true } });
    const teams = [...new Set([...scopeTeams, ...memberTeams.map((membership) => membership.teamId)])];
    expect(teams.length).toBeGreaterThan(0);
    const rows = async (sql: string, params: unknown[] = [teams]) => (await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params)).map((row) => JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)));

    // Every highlight quotes its article exactly, within its bounds, in code points.
    expect(await rows(`
      SELECT a.id, a.start, a."end", a.exact, d.length FROM "Annotation" a JOIN "Document" d ON d.id = a."documentId"
      WHERE a."teamId" = ANY($1) AND NOT (a."teamId" = d."teamId" AND 0 <= a.start AND a.start < a."end" AND a."end" <= char_length(d.text)
        AND substr(d.text, a.start + 1, a."end" - a.start) = a.exact)`)).toEqual([]);
    // A highlight's themes are its team's.
    expect(await rows(`
      SELECT at."annotationId", at."tagId" FROM "AnnotationTag" at JOIN "Annotation" a ON a.id = at."annotationId" JOIN "Tag" t ON t.id = at."tagId"
      WHERE (a."teamId" = ANY($1) OR t."teamId" = ANY($1)) AND a."teamId" <> t."teamId"`)).toEqual([]);
    // Credibility is a grade.
    expect(await rows(`
      SELECT r.id, r.credibility FROM "PassageRating" r JOIN "Annotation" a ON a.id = r."annotationId"
      WHERE a."teamId" = ANY($1) AND r.credibility NOT BETWEEN 1 AND 6`)).toEqual([]);
    // Theme names are unique per team, ignoring case.
    expect(await rows(`
      SELECT "teamId", lower(name) AS name, count(*) FROM "Tag" WHERE "teamId" = ANY($1) GROUP BY "teamId", lower(name) HAVING count(*) > 1`)).toEqual([]);
    // No team with members is left without an owner.
    expect(await rows(`
      SELECT m."teamId" FROM "Membership" m WHERE m."teamId" = ANY($1) GROUP BY m."teamId" HAVING count(*) FILTER (WHERE m.role = 'OWNER') = 0`)).toEqual([]);
    // An article's length is its text's length in code points.
    expect(await rows(`SELECT id, length, char_length(text) FROM "Document" WHERE "teamId" = ANY($1) AND length <> char_length(text)`)).toEqual([]);
    // No row holds a NUL character (PostgreSQL text cannot; JSON columns could, as the escape \u0000).
    const nul = `row_to_json(x)::text ~ '(^|[^\\\\])(\\\\\\\\)*\\\\u0000'`;
    expect(
      await rows(`
      SELECT 'Team' AS t, id FROM "Team" x WHERE id = ANY($1) AND ${nul}
      UNION ALL SELECT 'User', id FROM "User" x WHERE (id = ANY($2) OR id IN (SELECT "userId" FROM "Membership" WHERE "teamId" = ANY($1))) AND ${nul}
      UNION ALL SELECT 'Document', id FROM "Document" x WHERE "teamId" = ANY($1) AND ${nul}
      UNION ALL SELECT 'Source', id FROM "Source" x WHERE "teamId" = ANY($1) AND ${nul}
      UNION ALL SELECT 'Annotation', id FROM "Annotation" x WHERE "teamId" = ANY($1) AND ${nul}
      UNION ALL SELECT 'Tag', id FROM "Tag" x WHERE "teamId" = ANY($1) AND ${nul}
      UNION ALL SELECT 'PassageRating', x.id FROM "PassageRating" x JOIN "Annotation" a ON a.id = x."annotationId" WHERE a."teamId" = ANY($1) AND ${nul}
      UNION ALL SELECT 'PassageRatingEvent', x.id FROM "PassageRatingEvent" x JOIN "Annotation" a ON a.id = x."annotationId" WHERE a."teamId" = ANY($1) AND ${nul}
      UNION ALL SELECT 'SourceRating', x.id FROM "SourceRating" x JOIN "Source" s ON s.id = x."sourceId" WHERE s."teamId" = ANY($1) AND ${nul}
      UNION ALL SELECT 'SourceRatingEvent', x.id FROM "SourceRatingEvent" x JOIN "Source" s ON s.id = x."sourceId" WHERE s."teamId" = ANY($1) AND ${nul}
      UNION ALL SELECT 'AuditEvent', id FROM "AuditEvent" x WHERE ("teamId" = ANY($1) OR "actorId" = ANY($2)) AND ${nul}
      UNION ALL SELECT 'Invite', id FROM "Invite" x WHERE "teamId" = ANY($1) AND ${nul}
      UNION ALL SELECT 'ApiToken', id FROM "ApiToken" x WHERE "userId" = ANY($2) AND ${nul}`, [teams, users]),
    ).toEqual([]);
  });

  afterAll(() => {
    const lines = [...statuses].map(([key, counts]) => `  ${key}: ${[...counts].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ')}`);
    console.log(`fuzz-mutations: ${requests} requests (seed ${BASE_SEED}, ${MUTATION_RUNS} runs per mutation, ${QUERY_RUNS} per query endpoint)\n${lines.join('\n')}`);
  });
});
