// Browsers report selections in UTF-16 indices; stored highlights use code points. An index of
// where the astral characters are converts either way with a binary search.
import { isSurrogatePairAt } from '@/lib/anchoring/code-points';

/** Converts between UTF-16 indices and code-point offsets of one text, in O(log n) per call after O(n) setup. */
export type OffsetIndex = {
  text: string;
  codePointLength: number;
  toUtf16(codePoint: number): number;
  toCodePoint(utf16: number): number;
};

function checkOffset(value: number, max: number, unit: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`Offset ${value} is not a whole number of ${unit} between 0 and ${max}.`);
  }
}

/** Number of entries of the ascending `values` for which `key(value) < limit`. */
function countBelow(values: readonly number[], limit: number, key: (value: number, index: number) => number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(values[middle]!, middle) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

const atUtf16 = (start: number): number => start;
// The k-th pair is preceded by k other pairs, each one code point shorter than in UTF-16.
const atCodePoint = (start: number, k: number): number => start - k;

/**
 * Builds the index. Only the UTF-16 positions of surrogate pairs are stored, so a text without
 * astral characters (most articles) costs one empty array and converts offsets unchanged.
 *
 * `toCodePoint` rounds down: a UTF-16 index pointing at the low half of a surrogate pair maps to
 * the code point of that pair, so a selection edge that splits an emoji still covers all of it
 * when it is a start, and none of it when it is an end. Lone surrogates count as one code point.
 * Both functions throw RangeError for a negative, non-integer or too-large argument.
 */
export function createOffsetIndex(text: string): OffsetIndex {
  const pairStarts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isSurrogatePairAt(text, i)) pairStarts.push(i++);
  }
  const length = text.length - pairStarts.length;
  return {
    text,
    codePointLength: length,
    toUtf16(codePoint) {
      checkOffset(codePoint, length, 'code points');
      return codePoint + countBelow(pairStarts, codePoint, atCodePoint);
    },
    toCodePoint(utf16) {
      checkOffset(utf16, text.length, 'UTF-16 code units');
      // A pair whose high half sits before `utf16` has either ended (one unit fewer) or is being
      // pointed into (rounded down to its start): both subtract one.
      return utf16 - countBelow(pairStarts, utf16, atUtf16);
    },
  };
}

/** One-off conversion; build an index with `createOffsetIndex` to convert many offsets of one text. */
export function utf16ToCodePoint(text: string, utf16: number): number {
  return createOffsetIndex(text).toCodePoint(utf16);
}

/** One-off conversion; build an index with `createOffsetIndex` to convert many offsets of one text. */
export function codePointToUtf16(text: string, codePoint: number): number {
  return createOffsetIndex(text).toUtf16(codePoint);
}
