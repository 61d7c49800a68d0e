import 'server-only';
import { Prisma } from '@prisma/client';
import { codePointLength } from '@/lib/anchoring/code-points';
import { cleanText } from '@/lib/corpus/clean-text';
import type { UploadFormat } from '@/lib/corpus/decode-upload';
import { applyReview, reviewText } from '@/lib/corpus/review';
import { sha256Hex } from '@/lib/corpus/sha256';
import { db } from '@/lib/db';
import { assertReadableHtml } from '@/lib/server/documents/canonical-from-raw';
import { AppError, parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { workingTitle } from '@/lib/server/documents/working-title';
import { documentMetaSchema, importDocumentSchema, type DocumentMeta } from '@/lib/validation/documents';

const META = documentMetaSchema.shape;

export type ImportResult = { status: 'created' | 'duplicate'; documentId: string; title: string };

/**
 * Cleans a raw article into its canonical text and stores both, with the metadata given
 * (which wins) or read from the text. The same canonical text is never stored twice in a team.
 */
export async function importDocument(options: {
  teamId: string;
  raw: string;
  meta?: DocumentMeta;
  actorId?: string | null;
  /** How to read `raw`: Markdown loses its markup; HTML is reduced to its article first; plain text is cleaned as it is. */
  format?: UploadFormat;
}): Promise<ImportResult> {
  const input = parseInput(importDocumentSchema, { teamId: options.teamId, raw: options.raw, meta: options.meta ?? {} });
  const cleaned = cleanForImport(input.raw, options.format ?? 'text');
  if (!cleaned.canonical) throw new AppError('VALIDATION', 'Nothing is left of the article once page chrome is removed.');
  const textSha256 = sha256Hex(cleaned.canonical);

  const existing = await findDuplicate(input.teamId, textSha256);
  if (existing) return { status: 'duplicate', documentId: existing.id, title: existing.title };

  const title = input.meta.title ?? cleaned.title ?? workingTitle(cleaned.canonical);
  const outlet = input.meta.source ?? cleaned.outlet;
  const publishedDate = input.meta.publishedDate ?? cleaned.publishedDate;
  try {
    return await db.$transaction(async (tx) => {
      const source = outlet
        ? await tx.source.upsert({
            where: { teamId_name: { teamId: input.teamId, name: outlet } },
            create: { teamId: input.teamId, name: outlet },
            update: {},
            select: { id: true },
          })
        : null;
      const document = await tx.document.create({
        data: {
          teamId: input.teamId,
          sourceId: source?.id ?? null,
          title,
          author: input.meta.author ?? cleaned.author,
          publishedAt: publishedDate ? new Date(`${publishedDate}T00:00:00Z`) : null,
          url: input.meta.url ?? cleaned.url ?? undefined,
          language: input.meta.language ?? cleaned.language ?? 'en',
          text: cleaned.canonical,
          rawText: input.raw,
          textSha256,
          length: codePointLength(cleaned.canonical),
          createdById: options.actorId ?? null,
        },
        select: { id: true, title: true },
      });
      await recordAuditEvent(tx, {
        teamId: input.teamId,
        actorId: options.actorId ?? null,
        action: 'document.import',
        entityType: 'Document',
        entityId: document.id,
        after: { title, outlet, textSha256, dropped: cleaned.dropped.length },
      });
      return { status: 'created' as const, documentId: document.id, title: document.title };
    });
  } catch (error) {
    // Two imports of the same text at once: the unique (teamId, textSha256) index lets one win.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await findDuplicate(input.teamId, textSha256);
      if (winner) return { status: 'duplicate', documentId: winner.id, title: winner.title };
    }
    throw error;
  }
}

function findDuplicate(teamId: string, textSha256: string) {
  return db.document.findUnique({
    where: { teamId_textSha256: { teamId, textSha256 } },
    select: { id: true, title: true },
  });
}

type Cleaned = Pick<ReturnType<typeof cleanText>, 'canonical' | 'title' | 'author' | 'publishedDate' | 'outlet'> & {
  dropped: unknown[];
  url?: string | null;
  language?: string | null;
};

/** The canonical text and what the file says of itself; HTML as the upload preview reads it, unchanged. */
function cleanForImport(raw: string, format: UploadFormat): Cleaned {
  if (format !== 'html') return cleanText(raw, { format });
  assertReadableHtml(raw, 'html', 'raw');
  const review = reviewText(raw, { format: 'html' });
  // What a page says of itself is kept only where it passes the form's rules (lengths, a real
  // date, an http(s) link, a language code); the rest is left empty rather than stored unchecked.
  const valid = <K extends keyof typeof META>(key: K, value: string | null) => (value !== null && META[key].safeParse(value).success ? value : null);
  const { meta } = review;
  return {
    canonical: applyReview(review),
    title: meta.title,
    author: valid('author', meta.author),
    publishedDate: valid('publishedDate', meta.publishedDate),
    outlet: valid('source', meta.outlet),
    url: valid('url', meta.url),
    language: valid('language', meta.language),
    dropped: review.blocks.filter((block) => !block.kept),
  };
}
