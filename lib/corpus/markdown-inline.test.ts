import { describe, expect, it } from 'vitest';
import { reduceInlineMarkup } from './markdown-inline';

describe('reduceInlineMarkup', () => {
  it.each([
    ['**bold** and __bold__', 'bold and bold'],
    ['*em* and _em_ and ~~struck~~', 'em and em and struck'],
    ['***both*** and **bold with *em* inside**', 'both and bold with em inside'],
    ['_**nested**_', 'nested'],
    ['un*frigging*believable', 'unfriggingbelievable'],
    ['snake_case_name and __init__ stay', 'snake_case_name and init stay'],
    ['2 * 3 * 4 and a * b', '2 * 3 * 4 and a * b'],
    ['Price* applies, *terms', 'Price* applies, *terms'],
    ['`code` and `` a `tick` inside ``', 'code and a `tick` inside'],
    ['`**not bold**` and `snake_case`', '**not bold** and snake_case'],
    ['\\*not em\\* and \\_not em\\_ and \\`not code\\`', '*not em* and _not em_ and `not code`'],
    ['a [link](https://x.org/a_(b) "Title") here', 'a link here'],
    ['a [ref link][ref] and [shortcut] stay', 'a ref link and [shortcut] stay'],
    ['[**bold link**](<https://x.org/a b>)', 'bold link'],
    ['see <https://x.org/path> or <me@example.com>', 'see https://x.org/path or me@example.com'],
    ['3 < 4 and 5 > 2', '3 < 4 and 5 > 2'],
    ['a [![badge](b.svg)](https://ci) b', 'a b'],
    ['unmatched ` backtick and ** stars', 'unmatched ` backtick and ** stars'],
  ])('reduces %j', (line, expected) => {
    expect(reduceInlineMarkup(line)).toBe(expected);
  });

  it('removes images with the space before them and reports each', () => {
    const images: string[] = [];
    expect(reduceInlineMarkup('Before ![a](a.png) after ![b][ref]![c](c "t").', (image) => images.push(image))).toBe('Before after.');
    expect(images).toEqual(['![a](a.png)', '![b][ref]', '![c](c "t")']);
  });

  it('takes linear time on unclosed markers and long runs of spaces', () => {
    const line = `${' '.repeat(20_000)}x ${'**a *b _c __d ~~e `f [g]( '.repeat(5_000)}`;
    const start = performance.now();
    expect(reduceInlineMarkup(line).length).toBeGreaterThan(100_000);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
