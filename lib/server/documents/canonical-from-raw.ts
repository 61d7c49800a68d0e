import 'server-only';
import { codePointLength } from '@/lib/anchoring/code-points';
import type { UploadFormat } from '@/lib/corpus/decode-upload';
import { htmlNestingDepth, MAX_HTML_DEPTH } from '@/lib/corpus/html-depth';
import { applyReview, reviewText, unknownBlockIndexes, type Review } from '@/lib/corpus/review';
import { sha256Hex } from '@/lib/corpus/sha256';
import type { Tx } from '@/lib/db';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** The canonical text the server builds from raw text and a person's review of it. */
export type CanonicalText = { review: Review; text: string; textSha256: string; length: number };

/**
 * Re-runs the cleaning on `raw` and applies the person's keep/drop choices by block index: the
 * browser never sends canonical text. Unknown indexes and an empty result are 422s naming the field.
 */
export function canonicalFromRaw(options: { raw: string; format: UploadFormat; keep?: number[]; drop?: number[] }): CanonicalText {
  assertReadableHtml(options.raw, options.format, 'raw');
  const review = reviewText(options.raw, { format: options.format });
  const unknown = unknownBlockIndexes(review, options);
  if (unknown.length) {
    throw new AppError('VALIDATION', 'The review does not match the text: preview it again.', {
      fields: { keep: [`The text has ${review.blocks.length} blocks; ${unknown.join(', ')} is not one of them.`] },
    });
  }
  const text = applyReview(review, options);
  if (!text) {
    throw new AppError('VALIDATION', 'Nothing would be left of the article: keep at least one block.', {
      fields: { raw: ['Nothing is left of the article once page chrome is removed: keep at least one block.'] },
    });
  }
  return { review, text, textSha256: sha256Hex(text), length: codePointLength(text) };
}

/**
 * Refuses HTML nested deeper than any real page (422 on `field`) before the DOM-based extraction,
 * whose recursive tree walks would overflow the stack or spin for minutes on such input.
 */
export function assertReadableHtml(raw: string, format: UploadFormat, field: string): void {
  if (format !== 'html' || htmlNestingDepth(raw) <= MAX_HTML_DEPTH) return;
  const message = `This page nests its elements more than ${MAX_HTML_DEPTH} levels deep, which no article does: paste its text instead.`;
  throw new AppError('VALIDATION', message, { fields: { [field]: [message] } });
}

/** The team's article with this exact canonical text, if any. */
export function findDuplicate(client: Tx | typeof db, teamId: string, textSha256: string) {
  return client.document.findUnique({ where: { teamId_textSha256: { teamId, textSha256 } }, select: { id: true, title: true } });
}

/** 409 for a text already in the team, with the article that has it (`current: { id, title }`). */
export function duplicateError(existing: { id: string; title: string }): AppError {
  return new AppError('CONFLICT', `This article is already in the team as “${existing.title}”.`, { current: existing });
}

/** The team's outlet of that name (created when new), or null for no outlet. */
export async function resolveSource(tx: Tx, teamId: string, name: string | null): Promise<string | null> {
  if (!name) return null;
  // Outlet names match ignoring case, so "Reuters" and "reuters" stay one outlet.
  const existing = await tx.source.findFirst({ where: { teamId, name: { equals: name, mode: 'insensitive' } }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.source.upsert({ where: { teamId_name: { teamId, name } }, create: { teamId, name }, update: {}, select: { id: true } });
  return created.id;
}
