import { isBoilerplateSectionStart, isCallToAction, isLinkLine, isTocHeading, parseCreditLine } from './boilerplate';
import type { IndexedDrop, WorkBlock } from './text-lines';
import { endsWithSentencePunctuation } from './text-patterns';

// A section marker in the second half of the text is taken as the start of the page's footer.
const LAST_PART_FROM = 0.5;

function isHeadingLike(block: WorkBlock): boolean {
  return !block.isList && block.text.length <= 120 && !endsWithSentencePunctuation(block.text);
}

// A full sentence or more: there is some article above a footer marker only after one of these.
function isSentence(block: WorkBlock): boolean {
  return !block.isList && block.text.length >= 40 && endsWithSentencePunctuation(block.text);
}

// Article prose, as opposed to link titles, "Details" buttons or "key : value" author-box lines.
// Longer than a sentence so that one-line teasers under "Related" do not count.
function isProse(block: WorkBlock): boolean {
  return isSentence(block) && block.text.length >= 80;
}

/**
 * Drops a "Table of Contents" heading whose entries the scraper lost: it is followed by an ordinary
 * heading and its paragraph (or by prose, or by nothing). A TOC that still lists entries is kept.
 */
export function dropEmptyTocs(blocks: WorkBlock[], drops: IndexedDrop[]): WorkBlock[] {
  return blocks.filter((block, i) => {
    if (block.isList || !isTocHeading(block.text)) return true;
    const next = blocks[i + 1];
    const after = blocks[i + 2];
    const isEmpty =
      next === undefined ||
      (!next.isList && !isHeadingLike(next)) ||
      (isHeadingLike(next) && (after === undefined || (!after.isList && !isHeadingLike(after))));
    if (isEmpty) drops.push({ index: block.index, text: block.text, reason: 'empty-toc' });
    return !isEmpty;
  });
}

/** Drops "Read more: Another story"-style lines anywhere in the article (see isLinkLine) as page chrome. */
export function dropLinkLines(blocks: WorkBlock[], drops: IndexedDrop[]): WorkBlock[] {
  return blocks.filter((block) => {
    const isLink = !block.isList && block.role !== 'code' && isLinkLine(block.text);
    if (isLink) drops.push({ index: block.index, text: block.text, reason: 'page-chrome' });
    return !isLink;
  });
}

/** The article's tail once footer sections, closing calls to comment and the credit line are gone. */
export type TailResult = { blocks: WorkBlock[]; outlet: string | null };

/**
 * Repeats until nothing changes, so that cleaning the result again removes nothing more: a credit
 * line can sit above a footer, and a call to comment above a credit line.
 */
export function cleanTail(input: WorkBlock[], drops: IndexedDrop[]): TailResult {
  let blocks = input;
  let outlet: string | null = null;
  for (let isChanged = true; isChanged; ) {
    isChanged = false;
    const cut = findFooterStart(blocks);
    if (cut !== -1) {
      for (const { index, text } of blocks.slice(cut)) drops.push({ index, text, reason: 'trailing-boilerplate' });
      blocks = blocks.slice(0, cut);
      isChanged = true;
    }
    const last = blocks[blocks.length - 1];
    const credit = last && !last.isList ? parseCreditLine(last.text) : null;
    if (last && !last.isList && (credit !== null || isCallToAction(last.text))) {
      outlet ??= credit;
      drops.push({ index: last.index, text: last.text, reason: credit !== null ? 'credit-line' : 'trailing-boilerplate' });
      blocks = blocks.slice(0, -1);
      isChanged = true;
    }
  }
  return { blocks, outlet };
}

/**
 * The first footer marker ("Article Recommendations", "Socials", …) that comes after a sentence and
 * either lies in the last part of the text or is followed only by non-prose (link lists, author boxes).
 * Both conditions keep an in-article heading that happens to read "Comments" from cutting the article.
 */
function findFooterStart(blocks: WorkBlock[]): number {
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  const lastProse = blocks.findLastIndex(isProse);
  let offset = 0;
  let hasArticleBefore = false;
  for (const [i, block] of blocks.entries()) {
    if (hasArticleBefore && !block.isList && isBoilerplateSectionStart(block.text)) {
      const isInLastPart = offset >= total * LAST_PART_FROM;
      const isFollowedByProse = i < lastProse;
      if (isInLastPart || !isFollowedByProse) return i;
    }
    offset += block.text.length;
    hasArticleBefore ||= isSentence(block);
  }
  return -1;
}
