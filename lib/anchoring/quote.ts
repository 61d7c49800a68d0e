// The quote lets a highlight be found again (and checked) by its words, not only its offsets.
import { createOffsetIndex, type OffsetIndex } from '@/lib/anchoring/offsets';

/** Code points of context kept on each side of a quote, as TextQuoteSelector prefix and suffix. */
export const QUOTE_CONTEXT = 32;

/** W3C TextQuoteSelector parts of a code-point span. */
export type TextQuote = { exact: string; prefix: string; suffix: string };

/**
 * The quote of the code-point span [start, end) of `text`, with up to QUOTE_CONTEXT code points
 * of context each side (fewer at the ends of the text). Context may split a grapheme such as
 * 👩🏽‍💻 but never a code point. Pass an index of `text` when quoting many spans of it.
 * Throws RangeError when the span is reversed or outside the text.
 */
export function quoteAt(text: string, start: number, end: number, index?: OffsetIndex): TextQuote {
  // An index of another text would silently quote the wrong words (a cheap check for the same string).
  if (index && index.text !== text) throw new Error('quoteAt: the offset index belongs to another text.');
  const offsets = index ?? createOffsetIndex(text);
  if (end < start) throw new RangeError(`quoteAt: the span ends (${end}) before it starts (${start}).`);
  const from = offsets.toUtf16(start);
  const to = offsets.toUtf16(end);
  const before = offsets.toUtf16(Math.max(0, start - QUOTE_CONTEXT));
  const after = offsets.toUtf16(Math.min(offsets.codePointLength, end + QUOTE_CONTEXT));
  return { exact: text.slice(from, to), prefix: text.slice(before, from), suffix: text.slice(to, after) };
}
