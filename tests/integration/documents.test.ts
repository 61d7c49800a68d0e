import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { sha256Hex } from '@/lib/corpus/sha256';
import { getDocument } from '@/lib/server/documents/get-document';
import { importDocument } from '@/lib/server/documents/import-document';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { createTestTeam, createTestUser, uniqueName } from '../support/factory';

function article(marker = uniqueName('text')) {
  return `top of page\n\nA Headline About ${marker}\n\nThe first paragraph explains ${marker} at some length, with a period.\n\nA second paragraph follows.\n\nbottom of page`;
}

describe('importDocument', () => {
  it('keeps what an HTML page says of itself only where it passes the form’s rules', async () => {
    const team = await createTestTeam();
    const marker = uniqueName('page');
    const html = `<!doctype html><html lang="not a language code!"><head><title>A Page Title ${marker}</title>
      <meta property="og:site_name" content="${'Outlet '.repeat(40)}"><meta property="og:url" content="javascript:alert(1)">
      <meta name="author" content="Ada Writer"><meta property="article:published_time" content="2025-02-30T10:00:00Z"></head>
      <body><article><h1>A Page Title ${marker}</h1><p>The page's only paragraph about ${marker}, long enough to be the article's own text.</p></article></body></html>`;
    const result = await importDocument({ teamId: team.id, raw: html, format: 'html' });
    expect(result.status).toBe('created');
    const stored = await db.document.findUniqueOrThrow({ where: { id: result.documentId }, select: { title: true, author: true, url: true, language: true, publishedAt: true, source: true } });
    expect(stored).toEqual({ title: `A Page Title ${marker}`, author: 'Ada Writer', url: null, language: 'en', publishedAt: null, source: null });
  });

  it('stores the cleaned text, the raw text, its hash and its length in code points', async () => {
    const team = await createTestTeam();
    const raw = `Title of a test\n\nПривет, мир 👋🏽 — سلام دنیا, a paragraph with emoji and two scripts.\n\nSource: Test Outlet`;
    const result = await importDocument({ teamId: team.id, raw, meta: { publishedDate: '2024-03-05', language: 'ru' } });
    expect(result.status).toBe('created');
    const stored = await db.document.findUniqueOrThrow({ where: { id: result.documentId }, include: { source: true } });
    expect(stored.title).toBe('Title of a test');
    expect(stored.text).toBe('Привет, мир 👋🏽 — سلام دنیا, a paragraph with emoji and two scripts.');
    expect(stored.rawText).toBe(raw);
    expect(stored.textSha256).toBe(sha256Hex(stored.text));
    expect(stored.length).toBe(Array.from(stored.text).length);
    expect(stored.length).toBeLessThan(stored.text.length); // the emoji are two UTF-16 units each
    expect(stored.source?.name).toBe('Test Outlet');
    expect(stored.publishedAt?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(stored.language).toBe('ru');
  });

  it('does not import the same canonical text twice in a team, but may in another team', async () => {
    const team = await createTestTeam();
    const raw = article();
    const first = await importDocument({ teamId: team.id, raw });
    const again = await importDocument({ teamId: team.id, raw: `${raw}\n\n\n` });
    expect(again).toEqual({ status: 'duplicate', documentId: first.documentId, title: first.title });
    expect(await db.document.count({ where: { teamId: team.id } })).toBe(1);

    const other = await createTestTeam();
    expect((await importDocument({ teamId: other.id, raw })).status).toBe('created');
  });

  it('creates one document when the same text is imported concurrently', async () => {
    const team = await createTestTeam();
    const raw = article();
    const results = await Promise.all(Array.from({ length: 4 }, () => importDocument({ teamId: team.id, raw })));
    expect(new Set(results.map((r) => r.documentId)).size).toBe(1);
    expect(await db.document.count({ where: { teamId: team.id } })).toBe(1);
  });

  it('lets given metadata win over what the text says, and reuses the team’s outlet', async () => {
    const team = await createTestTeam();
    const a = await importDocument({ teamId: team.id, raw: article(), meta: { title: 'Given title', source: 'Same Outlet' } });
    const b = await importDocument({ teamId: team.id, raw: article(), meta: { source: 'Same Outlet' } });
    const docs = await db.document.findMany({ where: { id: { in: [a.documentId, b.documentId] } }, select: { title: true, sourceId: true } });
    expect(docs.map((d) => d.title)).toContain('Given title');
    expect(new Set(docs.map((d) => d.sourceId)).size).toBe(1);
    expect(await db.source.count({ where: { teamId: team.id } })).toBe(1);
  });

  it('uses the first sentence as a working title when the text has no headline', async () => {
    const team = await createTestTeam();
    const result = await importDocument({ teamId: team.id, raw: `Nothing announces this article. ${uniqueName('x')} follows in the same paragraph.` });
    expect(result.title).toBe('Nothing announces this article.');
  });

  it('refuses empty text, chrome-only text and bad metadata with field errors', async () => {
    const team = await createTestTeam();
    await expect(importDocument({ teamId: team.id, raw: '  \n ' })).rejects.toMatchObject({ code: 'VALIDATION', options: { fields: { raw: ['The article has no text.'] } } });
    await expect(importDocument({ teamId: team.id, raw: 'top of page\n\nbottom of page' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(importDocument({ teamId: team.id, raw: article(), meta: { publishedDate: '2024-02-30', url: 'javascript:alert(1)' } })).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fields: { 'meta.publishedDate': ['That date does not exist.'], 'meta.url': expect.any(Array) } },
    });
    expect(await db.document.count({ where: { teamId: team.id } })).toBe(0);
  });

  it('records the import in the audit log', async () => {
    const team = await createTestTeam();
    const actor = await createTestUser({ teamId: team.id, role: 'EDITOR' });
    const result = await importDocument({ teamId: team.id, raw: article(), actorId: actor.id });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: result.documentId } });
    expect(event).toMatchObject({ teamId: team.id, actorId: actor.id, action: 'document.import', entityType: 'Document' });
  });
});

describe('reading articles', () => {
  it('lists and opens a team’s articles for each of its roles', async () => {
    const team = await createTestTeam();
    const { documentId } = await importDocument({ teamId: team.id, raw: article() });
    for (const role of ['OWNER', 'EDITOR', 'VIEWER'] as const) {
      const user = await createTestUser({ teamId: team.id, role });
      const list = await listDocuments({ user, teamId: team.id });
      expect(list.map((d) => d.id)).toEqual([documentId]);
      const document = await getDocument({ user, documentId });
      expect(document).toMatchObject({ id: documentId, teamId: team.id, role });
      expect(document.text).toContain('The first paragraph explains');
    }
  });

  it('answers "not found" to a member of another team and to a user with no team', async () => {
    const team = await createTestTeam();
    const other = await createTestTeam();
    const { documentId } = await importDocument({ teamId: team.id, raw: article() });
    const outsider = await createTestUser({ teamId: other.id, role: 'OWNER' });
    const loner = await createTestUser();
    for (const user of [outsider, loner]) {
      await expect(listDocuments({ user, teamId: team.id })).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
      await expect(getDocument({ user, documentId })).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
    }
    expect(await listDocuments({ user: outsider, teamId: other.id })).toEqual([]);
  });

  it('answers "not found" for an id that does not exist', async () => {
    const user = await createTestUser();
    await expect(getDocument({ user, documentId: 'does-not-exist' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
