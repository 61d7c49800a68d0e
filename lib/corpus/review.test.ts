import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';
import { applyReview, fitTitle, MAX_TITLE_LENGTH, reviewText, unknownBlockIndexes } from './review';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const SEEDS = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));

const ARTICLE = [
  'Top of page',
  'A title over its article',
  'By Jane Doe',
  'TEHRAN, March 3, 2024 — The first paragraph of the article, long enough to be prose and to end with a full stop.',
  'Advertisement',
  'A second paragraph that says something else, also long enough to count as a sentence of the article.',
  'Related articles',
  'Another story teaser',
].join('\n\n');

describe('reviewText and applyReview', () => {
  it.each(SEEDS)('gives exactly cleanText’s canonical text for seed %s without changes', (file) => {
    const raw = readFileSync(`${SEEDS_DIR}${file}`, 'utf8');
    const review = reviewText(raw);
    expect(applyReview(review)).toBe(cleanText(raw).canonical);
    expect(review.blocks.filter((block) => !block.kept).map(({ text, reason }) => ({ text, reason }))).toEqual(cleanText(raw).dropped);
  });

  it('lays out kept and dropped blocks in reading order with reasons, and reads the byline and dateline', () => {
    const review = reviewText(ARTICLE);
    expect(review.blocks.map(({ text, kept, reason }) => [text.slice(0, 22), kept, reason ?? null])).toEqual([
      ['Top of page', false, 'page-chrome'],
      ['A title over its artic', false, 'title'],
      ['By Jane Doe', false, 'dateline'],
      ['TEHRAN, March 3, 2024 ', true, null],
      ['Advertisement', false, 'page-chrome'],
      ['A second paragraph tha', true, null],
      ['Related articles', false, 'trailing-boilerplate'],
      ['Another story teaser', false, 'trailing-boilerplate'],
    ]);
    expect(review.blocks.map((block) => block.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(review.meta).toEqual({ title: 'A title over its article', author: 'Jane Doe', publishedDate: '2024-03-03', outlet: null, url: null, language: null });
  });

  it('keeps a dropped block and drops a kept one where the person says', () => {
    const review = reviewText(ARTICLE);
    const text = applyReview(review, { keep: [1, 4], drop: [5] });
    expect(text.split('\n\n').map((block) => block.slice(0, 22))).toEqual(['A title over its artic', 'TEHRAN, March 3, 2024 ', 'Advertisement']);
  });

  it('ignores a keep of a block already kept and a drop of one already dropped', () => {
    const review = reviewText(ARTICLE);
    expect(applyReview(review, { keep: [3], drop: [0] })).toBe(applyReview(review));
  });

  it('drop wins over keep for the same block', () => {
    const review = reviewText(ARTICLE);
    expect(applyReview(review, { keep: [1], drop: [1] })).toBe(applyReview(review));
  });

  it('dropping everything gives empty text', () => {
    const review = reviewText(ARTICLE);
    expect(applyReview(review, { drop: review.blocks.map((block) => block.index) })).toBe('');
  });

  it('tidies a kept-back multi-line drop into one block with no blank line inside', () => {
    const review = { blocks: [{ index: 0, text: 'Kept.', kept: true }, { index: 1, text: '---\ntitle: x\n\n  \nauthor: y\n---', kept: false, reason: 'markup' as const }] };
    expect(applyReview(review, { keep: [1] })).toBe('Kept.\n\n---\ntitle: x\nauthor: y\n---');
  });

  it('reports block indexes the review does not have', () => {
    const review = reviewText(ARTICLE);
    expect(unknownBlockIndexes(review, { keep: [0, 8], drop: [-1, 1.5] })).toEqual([8, -1, 1.5]);
    expect(unknownBlockIndexes(review, { keep: [7] })).toEqual([]);
  });

  it('reads Markdown as Markdown: a level-1 heading is the title, an image line is markup', () => {
    const review = reviewText('# The title\n\n![A photo](p.jpg)\n\nA paragraph of *the* article, with enough words to be prose.\n', { format: 'markdown' });
    expect(review.meta.title).toBe('The title');
    expect(applyReview(review)).toBe('A paragraph of the article, with enough words to be prose.');
    expect(review.blocks.find((block) => block.reason === 'markup')).toBeDefined();
  });

  it('reads HTML: the page’s metadata wins over the text’s guesses, the text is the article', () => {
    const html = `<html lang="en"><head><title>Page | Desk News</title><meta property="og:site_name" content="Desk News"><meta name="author" content="Ana Page"></head>
      <body><nav>Home World</nav><article><h1>Page</h1><p>By Someone Else</p><p>${'A sentence of the article body. '.repeat(12)}</p><p>${'Another sentence here. '.repeat(12)}</p></article><footer>© Desk News</footer></body></html>`;
    const review = reviewText(html, { format: 'html' });
    expect(review.meta).toMatchObject({ title: 'Page', author: 'Ana Page', outlet: 'Desk News', language: 'en' });
    const text = applyReview(review);
    expect(text).toContain('A sentence of the article body.');
    expect(text).not.toMatch(/Home World|©/);
  });

  it('shows what the HTML step left out as dropped "html-chrome" blocks in reading order, which can be kept back', () => {
    const prose = 'A sentence of the article body. '.repeat(12).trim();
    const html = `<html><body><div class="cookie-banner"><p>We use cookies.</p></div><header><a href="/">Desk News</a><nav><a href="/world">World</a></nav></header>
      <article><p>${prose} One.</p><div class="related-inline"><p>Another story</p></div><p>${prose} Two.</p></article><aside><p>Sidebar text</p></aside></body></html>`;
    const review = reviewText(html, { format: 'html' });
    expect(review.blocks.map(({ text, kept, reason }) => [text.slice(0, 20), kept, reason ?? null])).toEqual([
      ['We use cookies.', false, 'html-chrome'],
      ['Desk News', false, 'html-chrome'],
      ['World', false, 'html-chrome'],
      [`${prose.slice(0, 20)}`, true, null],
      ['Another story', false, 'html-chrome'],
      [`${prose.slice(0, 20)}`, true, null],
      ['Sidebar text', false, 'html-chrome'],
    ]);
    expect(applyReview(review)).toBe(`${prose} One.\n\n${prose} Two.`);
    expect(applyReview(review, { keep: [4, 6] })).toBe(`${prose} One.\n\nAnother story\n\n${prose} Two.\n\nSidebar text`);
    expect(reviewText(html, { format: 'html' })).toEqual(review);
  });

  it('puts html-chrome blocks before what the text cleaning dropped from the next block', () => {
    const html = `<body><nav><a>Home</a></nav><article><p>Advertisement</p><p>${'Words of the article go on here. '.repeat(10)}</p></article></body>`;
    const review = reviewText(html, { format: 'html' });
    expect(review.blocks.map(({ text, reason }) => [text.slice(0, 13), reason ?? null])).toEqual([
      ['Home', 'html-chrome'],
      ['Advertisement', 'page-chrome'],
      ['Words of the ', null],
    ]);
  });

  it('shortens a title longer than the limit at a word boundary', () => {
    const long = `${'A very long headline word '.repeat(20)}end`;
    const review = reviewText(`<html><head><title>${long}</title></head><body><p>Body.</p></body></html>`, { format: 'html' });
    expect(review.meta.title!.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    const title = review.meta.title!;
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(long[title.length - 1]).toBe(' '); // cut between words
    expect(fitTitle('Short')).toBe('Short');
    expect(fitTitle(null)).toBeNull();
    expect(fitTitle('x'.repeat(400))).toBe(`${'x'.repeat(MAX_TITLE_LENGTH - 1)}…`);
  });

  it('is deterministic: the same raw text gives the same review', () => {
    expect(reviewText(ARTICLE)).toEqual(reviewText(ARTICLE));
  });

  it('gives no blocks for empty text', () => {
    expect(reviewText('').blocks).toEqual([]);
    expect(applyReview(reviewText(''))).toBe('');
  });
});
