import 'server-only';
import { Prisma } from '@prisma/client';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { canonicalFromRaw, duplicateError, findDuplicate, resolveSource } from '@/lib/server/documents/canonical-from-raw';
import { loadDocumentForEdit, type EditableDocument } from '@/lib/server/documents/load-document-for-edit';
import type { UpdateDocumentInput } from '@/lib/validation/documents';

/** An article's metadata after a change, as the details page shows it. */
export type DocumentMetaDto = {
  id: string;
  teamId: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedDate: string | null;
  url: string | null;
  language: string;
  length: number;
  textSha256: string;
  highlights: number;
};

type Snapshot = Record<string, string | null>;

function textLocked(document: { id: string; title: string; highlights: number }): AppError {
  const count = `${document.highlights} ${document.highlights === 1 ? 'highlight' : 'highlights'}`;
  return new AppError('CONFLICT', `The text cannot change: the article has ${count} anchored in it.`, {
    current: { id: document.id, title: document.title, highlights: document.highlights },
  });
}

/**
 * Changes an article's metadata (a left-out field stays) and, while it has no highlights, its text.
 * Once highlighted the text is locked: offsets point into it (409 with the highlight count).
 * Recorded in the audit log with the changed fields before and after. OWNER and EDITOR.
 */
export async function updateDocument(options: { user: SessionUser; documentId: string; input: UpdateDocumentInput }): Promise<DocumentMetaDto> {
  const { input } = options;
  const { document } = await loadDocumentForEdit(options);
  const canonical = input.raw === undefined ? null : canonicalFromRaw({ raw: input.raw, format: input.format, keep: input.keep, drop: input.drop });
  const isTextChange = canonical !== null && canonical.textSha256 !== document.textSha256;
  if (isTextChange && document.highlights > 0) throw textLocked(document);
  if (isTextChange) {
    const existing = await findDuplicate(db, document.teamId, canonical.textSha256);
    if (existing) throw duplicateError(existing);
  }
  const before = snapshot(document);
  try {
    return await db.$transaction(async (tx) => {
      if (isTextChange) {
        // Lock the article, then count its highlights again: one created since the check above
        // (createAnnotation's revision bump locks the row until it commits, and only matches the
        // text it checked the selection against) would otherwise point into replaced text.
        await tx.$queryRaw`SELECT id FROM "Document" WHERE id = ${document.id} FOR UPDATE`;
        const highlights = await tx.annotation.count({ where: { documentId: document.id } });
        if (highlights > 0) throw textLocked({ ...document, highlights });
      }
      const sourceId = input.source === undefined ? undefined : await resolveSource(tx, document.teamId, input.source);
      const updated = await tx.document.update({
        where: { id: document.id },
        data: {
          title: input.title,
          author: input.author,
          url: input.url,
          language: input.language === undefined ? undefined : (input.language ?? 'en'),
          publishedAt: input.publishedDate === undefined ? undefined : input.publishedDate ? new Date(`${input.publishedDate}T00:00:00Z`) : null,
          sourceId,
          ...(isTextChange ? { text: canonical.text, rawText: input.raw, textSha256: canonical.textSha256, length: canonical.length, revision: { increment: 1 } } : {}),
        },
        select: {
          id: true, teamId: true, title: true, author: true, publishedAt: true, url: true, language: true, length: true, textSha256: true,
          source: { select: { id: true, name: true } },
        },
      });
      const after = snapshot({ ...updated, highlights: document.highlights });
      const changed = Object.keys(after).filter((key) => after[key] !== before[key]);
      if (changed.length) {
        await recordAuditEvent(tx, {
          teamId: document.teamId,
          actorId: options.user.id,
          action: 'document.update',
          entityType: 'Document',
          entityId: document.id,
          before: pick(before, changed),
          after: pick(after, changed),
        });
      }
      const { source, publishedAt, ...rest } = updated;
      return { ...rest, outlet: source?.name ?? null, publishedDate: isoDate(publishedAt), highlights: document.highlights };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002' && canonical) {
      const winner = await findDuplicate(db, document.teamId, canonical.textSha256);
      if (winner) throw duplicateError(winner);
    }
    throw error;
  }
}

function snapshot(document: Omit<EditableDocument, 'highlights'> & { highlights: number }): Snapshot {
  return {
    title: document.title,
    outlet: document.source?.name ?? null,
    author: document.author,
    publishedDate: isoDate(document.publishedAt),
    url: document.url,
    language: document.language,
    textSha256: document.textSha256,
  };
}

function pick(values: Snapshot, keys: string[]): Snapshot {
  return Object.fromEntries(keys.map((key) => [key, values[key] ?? null]));
}

function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
