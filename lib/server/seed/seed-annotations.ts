import 'server-only';
import { quoteAt } from '@/lib/anchoring/quote';
import { codePointLength } from '@/lib/anchoring/code-points';
import { db } from '@/lib/db';
import { sha256Hex } from '@/lib/corpus/sha256';
import { cleanText } from '@/lib/corpus/clean-text';
import type { SeedArticle } from '@/lib/server/seed/read-manifest';
import { DEMO_HIGHLIGHTS, DEMO_THEMES } from '@/lib/server/seed/demo-taxonomy';

/** Creates the missing demo themes; existing ones (by name, any case) are left as they are. */
export async function seedThemes(teamId: string): Promise<string[]> {
  const created: string[] = [];
  const existing = await db.tag.findMany({ where: { teamId }, select: { name: true, shortcut: true } });
  const names = new Set(existing.map((tag) => tag.name.toLowerCase()));
  const usedKeys = new Set(existing.map((tag) => tag.shortcut));
  for (const [index, theme] of DEMO_THEMES.entries()) {
    if (names.has(theme.name.toLowerCase())) continue;
    const key = index < 9 ? String(index + 1) : null;
    await db.tag.create({ data: { teamId, ...theme, shortcut: key && !usedKeys.has(key) ? key : null } });
    created.push(`theme ${theme.name}`);
  }
  return created;
}

/** Creates the demo highlights that are missing (same author, article and span). */
export async function seedHighlights(teamId: string, articles: SeedArticle[]): Promise<string[]> {
  const created: string[] = [];
  const tags = new Map((await db.tag.findMany({ where: { teamId }, select: { id: true, name: true } })).map((tag) => [tag.name, tag.id]));
  for (const demo of DEMO_HIGHLIGHTS) {
    const article = articles.find((candidate) => candidate.file === demo.file);
    if (!article) continue;
    const document = await db.document.findUnique({
      where: { teamId_textSha256: { teamId, textSha256: sha256Hex(cleanText(article.raw).canonical) } },
      select: { id: true, text: true },
    });
    const author = await db.user.findUnique({ where: { email: demo.author }, select: { id: true } });
    const at = document?.text.indexOf(demo.quote) ?? -1;
    if (!document || !author || at < 0) continue;
    const start = codePointLength(document.text.slice(0, at));
    const end = start + codePointLength(demo.quote);
    const exists = await db.annotation.findFirst({ where: { documentId: document.id, authorId: author.id, start, end }, select: { id: true } });
    if (exists) continue;
    const tagIds = demo.themes.map((name) => tags.get(name)).filter((id): id is string => Boolean(id));
    await db.annotation.create({
      data: {
        teamId,
        documentId: document.id,
        authorId: author.id,
        start,
        end,
        ...quoteAt(document.text, start, end),
        note: demo.note,
        tags: { create: tagIds.map((tagId) => ({ tagId, authorId: author.id, start, end })) },
      },
    });
    created.push(`highlight "${demo.quote.slice(0, 30)}…"`);
  }
  return created;
}
