// The import preview: the cleaning's result laid out block by block in reading order, kept or
// dropped with the reason, so a person can overrule it. Pure and deterministic, so the server can
// rebuild the same review from the same raw text and apply the person's choices by block index
// (it never takes canonical text from the browser).
import { cleanToBlocks, type DropReason } from './clean-text';
import { EMPTY_META, type ArticleMeta } from './html-meta';
import { htmlToArticle } from './html-article';
import type { UploadFormat } from './decode-upload';

/**
 * Why a block of the preview is dropped: the text cleaning's reasons, and 'html-chrome' for what the
 * HTML step left out of a page (navigation, banners, header, footer, asides, a byline, related links).
 */
export type ReviewReason = DropReason | 'html-chrome';

/** One block of the preview: `index` is its position in `blocks`, what keep/drop lists name. */
export type ReviewBlock = { index: number; text: string; kept: boolean; reason?: ReviewReason };

/** The preview of one article: its blocks and the metadata read from the file or the text. */
export type Review = { blocks: ReviewBlock[]; meta: ArticleMeta };

/** A person's changes to the preview: block indexes to keep although dropped, or to drop although kept. */
export type ReviewOverrides = { keep?: readonly number[]; drop?: readonly number[] };

/**
 * Cleans `raw` as the seed import does and lays the result out in reading order. HTML is first
 * reduced to its article's text (html-article.ts); the page's own metadata wins over what the text
 * suggests, since a meta tag is an explicit statement and a first line is a guess.
 */
export function reviewText(raw: string, options: { format?: UploadFormat } = {}): Review {
  const html = options.format === 'html' ? htmlToArticle(raw) : null;
  const cleaned = cleanToBlocks(html ? html.text : raw, { format: options.format === 'markdown' ? 'markdown' : 'text' });
  const items: { line: number; text: string; kept: boolean; reason: ReviewReason | undefined }[] = [
    ...cleaned.kept.map((block) => ({ line: block.index, text: block.text, kept: true, reason: undefined })),
    ...cleaned.drops.map((drop) => ({ line: drop.index, text: drop.text, kept: false, reason: drop.reason })),
  ];
  if (html) {
    // What the HTML step left out goes just before the first line of the block it preceded (half a
    // line earlier, so it sorts before anything dropped from that block); the sort is stable, so
    // several in a row keep their order.
    const starts = blockStartLines(html.blocks);
    for (const drop of html.dropped) items.push({ line: starts[drop.before]! - 0.5, text: drop.text, kept: false, reason: 'html-chrome' });
  }
  // Stable: at one line, a drop (an image taken out of a paragraph) comes before what stayed.
  items.sort((a, b) => a.line - b.line || Number(a.kept) - Number(b.kept));
  const fromText: ArticleMeta = {
    ...EMPTY_META,
    title: cleaned.title,
    author: cleaned.author,
    publishedDate: cleaned.publishedDate,
    outlet: cleaned.outlet,
  };
  const fromPage = html?.meta ?? EMPTY_META;
  return {
    blocks: items.map((item, index) => ({ index, text: item.text, kept: item.kept, ...(item.reason ? { reason: item.reason } : {}) })),
    meta: {
      title: fitTitle(fromPage.title ?? fromText.title),
      author: fromPage.author ?? fromText.author,
      publishedDate: fromPage.publishedDate ?? fromText.publishedDate,
      outlet: fromPage.outlet ?? fromText.outlet,
      url: fromPage.url,
      language: fromPage.language,
    },
  };
}

/**
 * The canonical text with the person's changes: kept blocks (and dropped ones they chose to keep)
 * joined by one blank line. Without changes this is exactly `cleanText(raw).canonical`. A dropped
 * piece brought back is tidied into one block (no blank line inside), so the reader's block
 * splitting still sees it as one.
 */
export function applyReview(review: Pick<Review, 'blocks'>, overrides: ReviewOverrides = {}): string {
  const keep = new Set(overrides.keep ?? []);
  const drop = new Set(overrides.drop ?? []);
  return review.blocks
    .filter((block) => !drop.has(block.index) && (block.kept || keep.has(block.index)))
    .flatMap((block) => (block.kept ? [block.text] : [tidy(block.text)].filter(Boolean)))
    .join('\n\n');
}

/** Indexes named in the overrides that the review does not have (a stale or forged request). */
export function unknownBlockIndexes(review: Pick<Review, 'blocks'>, overrides: ReviewOverrides): number[] {
  const count = review.blocks.length;
  return [...(overrides.keep ?? []), ...(overrides.drop ?? [])].filter((index) => !Number.isInteger(index) || index < 0 || index >= count);
}

/** The longest title an article can be saved with (the metadata schema's limit). */
export const MAX_TITLE_LENGTH = 300;

/** A title read from a file or text, shortened at a word boundary with "…" to fit MAX_TITLE_LENGTH. */
export function fitTitle(title: string | null): string | null {
  if (title === null || title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.slice(0, MAX_TITLE_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_TITLE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The raw line each block starts on in `blocks.join('\n\n')`, and one more for the end. */
function blockStartLines(blocks: readonly string[]): number[] {
  const starts: number[] = [];
  let line = 0;
  for (const block of blocks) {
    starts.push(line);
    line += block.split('\n').length + 1;
  }
  starts.push(line);
  return starts;
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
