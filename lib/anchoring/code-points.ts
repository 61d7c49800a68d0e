// Offsets in Credence are Unicode code points (W3C Web Annotation); JavaScript strings index
// UTF-16 code units. These convert at the boundary.

/**
 * Whether a surrogate pair (one astral code point, e.g. an emoji) starts at UTF-16 index `i`.
 * A lone surrogate is not a pair: it counts as one code point of its own, as `Array.from` does.
 */
export function isSurrogatePairAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** Number of code points in `text` (an astral character such as an emoji counts once). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSurrogatePairAt(text, i)) i++;
    count++;
  }
  return count;
}
