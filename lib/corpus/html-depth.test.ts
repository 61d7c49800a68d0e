import { describe, expect, it } from 'vitest';
import { htmlNestingDepth, MAX_HTML_DEPTH } from '@/lib/corpus/html-depth';

describe('htmlNestingDepth', () => {
  it('measures ordinary pages, void elements and implied closes', () => {
    expect(htmlNestingDepth('<html><body><article><p>One<br>two <img src=x></p><p>Three</article></body></html>')).toBe(5); // html > body > article > p > br
    expect(htmlNestingDepth('plain text')).toBe(0);
    expect(htmlNestingDepth('<ul><li>a<li>b<li>c</ul>')).toBe(2);
  });

  it('stops counting just past the limit, however deep the page goes', () => {
    expect(htmlNestingDepth('<div>'.repeat(20_000) + 'x')).toBe(MAX_HTML_DEPTH + 1);
    expect(htmlNestingDepth('<b>'.repeat(5_000), 10)).toBe(11);
    expect(htmlNestingDepth('<div>'.repeat(MAX_HTML_DEPTH) + 'x' + '</div>'.repeat(MAX_HTML_DEPTH))).toBe(MAX_HTML_DEPTH);
  });
});
