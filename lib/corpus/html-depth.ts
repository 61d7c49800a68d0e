// How deeply an HTML page nests its elements, measured with a streaming parser (htmlparser2, the
// parser under linkedom): O(n) and no recursion, so it is safe to run on any input before the
// DOM-based extraction, whose tree walks (linkedom's and Readability's) recurse and slow down badly
// on pathological nesting.
import { Parser } from 'htmlparser2';

/** Deeper than this, a page is not an article anyone wrote by hand or by a CMS. */
export const MAX_HTML_DEPTH = 256;

/** The deepest element nesting of `html`, counting up to `limit + 1` and stopping there. */
export function htmlNestingDepth(html: string, limit = MAX_HTML_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > deepest) deepest = depth;
        if (deepest > limit) parser.pause();
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  if (deepest <= limit) parser.end();
  return deepest;
}
