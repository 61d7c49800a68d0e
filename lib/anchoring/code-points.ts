// Offsets in Credence are Unicode code points (W3C Web Annotation); JavaScript strings index
// UTF-16 code units. These convert at the boundary.

/** Number of code points in `text` (an astral character such as an emoji counts once). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
