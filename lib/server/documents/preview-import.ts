import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import type { UploadFormat } from '@/lib/corpus/decode-upload';
import type { ArticleMeta } from '@/lib/corpus/html-meta';
import { applyReview, reviewText, type ReviewBlock } from '@/lib/corpus/review';
import { sha256Hex } from '@/lib/corpus/sha256';
import { db } from '@/lib/db';
import { assertReadableHtml, findDuplicate } from '@/lib/server/documents/canonical-from-raw';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** What the Add article page shows for one pasted text or file before it is saved. */
export type ImportPreview = {
  fileName: string | null;
  format: UploadFormat;
  /** The decoded text, to send back with the save (the server cleans it again). */
  raw: string;
  blocks: ReviewBlock[];
  meta: ArticleMeta;
  /** The team's article whose canonical text equals the cleaned text as previewed, if any. */
  duplicateOf: { id: string; title: string } | null;
};

/** Cleans the text as an import would, without storing anything. OWNER and EDITOR. */
export async function previewImport(options: { user: SessionUser; teamId: string; raw: string; format: UploadFormat; fileName?: string | null }): Promise<ImportPreview> {
  const access = await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'edit', what: 'That team' });
  assertReadableHtml(options.raw, options.format, options.fileName ? 'file' : 'text');
  const review = reviewText(options.raw, { format: options.format });
  const canonical = applyReview(review);
  const duplicateOf = canonical ? await findDuplicate(db, access.teamId, sha256Hex(canonical)) : null;
  return { fileName: options.fileName ?? null, format: options.format, raw: options.raw, blocks: review.blocks, meta: review.meta, duplicateOf };
}
