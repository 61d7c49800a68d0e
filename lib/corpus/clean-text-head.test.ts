import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';

const LONG = 'The two leaders met in the capital on Friday and discussed trade, energy and security at length.';
const LONG2 = 'Analysts said the meeting signalled a deeper alignment, although both sides were careful to avoid any firm commitments.';

describe('cleanText: title', () => {
  it('takes a short unpunctuated first line followed by a longer paragraph as the title', () => {
    const result = cleanText(`Leaders Meet in the Capital\n${LONG}`);
    expect(result.title).toBe('Leaders Meet in the Capital');
    expect(result.canonical).toBe(LONG);
    expect(result.dropped).toEqual([{ text: 'Leaders Meet in the Capital', reason: 'title' }]);
  });

  it('does not take a first line ending in sentence punctuation, even behind a closing quote', () => {
    expect(cleanText(`Is this the end?\n${LONG}`).title).toBeNull();
    expect(cleanText(`He said “enough.”\n${LONG}`).title).toBeNull();
    expect(cleanText(`And then…\n${LONG}`).title).toBeNull();
  });

  it('does not take a first line longer than the paragraph after it', () => {
    expect(cleanText(`Leaders Meet in the Capital for Talks\nThey talked.`).title).toBeNull();
  });

  it('does not take a first line that is a list item or the only line', () => {
    expect(cleanText(`- first point\n${LONG}`).title).toBeNull();
    expect(cleanText('Just a headline').title).toBeNull();
  });

  it('keeps one copy of a title printed twice, even when it ends in a question mark', () => {
    const result = cleanText(`A New Axis?\n\nA New Axis?\n\n${LONG}`);
    expect(result.title).toBe('A New Axis?');
    expect(result.canonical).toBe(LONG);
    expect(result.dropped).toEqual([
      { text: 'A New Axis?', reason: 'title' },
      { text: 'A New Axis?', reason: 'duplicate-title' },
    ]);
  });

  it('takes a title after page chrome', () => {
    const result = cleanText(`top of page\n\nHeadline Here\n\n${LONG}`);
    expect(result.title).toBe('Headline Here');
    expect(result.canonical).toBe(LONG);
  });

  it('takes a non-Latin title', () => {
    const result = cleanText(`روابط ایران و روسیه\n${LONG}`);
    expect(result.title).toBe('روابط ایران و روسیه');
  });

  it('does not take a Persian sentence ending in a question mark as a title', () => {
    expect(cleanText(`آیا این پایان است؟\n${LONG}`).title).toBeNull();
  });
});

describe('cleanText: bylines and datelines', () => {
  it('reads and drops a "date YYYY-MM-DD Name" line at the top', () => {
    const result = cleanText(` date 2024-01-01 Vanessa Ghanem\n\n${LONG}`);
    expect(result).toMatchObject({ author: 'Vanessa Ghanem', publishedDate: '2024-01-01', title: null, canonical: LONG });
    expect(result.dropped).toEqual([{ text: 'date 2024-01-01 Vanessa Ghanem', reason: 'dateline' }]);
  });

  it('reads "By Name" and "By Name, Month D, YYYY" below a title', () => {
    expect(cleanText(`Headline\nBy Jane Doe\n${LONG}`)).toMatchObject({
      title: 'Headline', author: 'Jane Doe', publishedDate: null, canonical: LONG,
    });
    expect(cleanText(`Headline\nBy Jane Doe, March 3, 2024\n${LONG}`)).toMatchObject({
      title: 'Headline', author: 'Jane Doe', publishedDate: '2024-03-03', canonical: LONG,
    });
  });

  it('reads a byline with a role and separate name/date lines', () => {
    expect(cleanText(`By Jean-Luc van der Berg | Staff Writer\nPublished: 28 October 2023\n${LONG}`)).toMatchObject({
      author: 'Jean-Luc van der Berg', publishedDate: '2023-10-28', canonical: LONG,
    });
  });

  it('keeps sentences that start with "By"', () => {
    const raw = `By Tuesday, the army had left the city.\n${LONG}`;
    expect(cleanText(raw)).toMatchObject({ author: null, canonical: `By Tuesday, the army had left the city.\n\n${LONG}` });
    expect(cleanText(`by then it was late.\n${LONG}`).author).toBeNull();
  });

  it('rejects impossible dates', () => {
    const result = cleanText(`date 2024-02-30 Jane Doe\n${LONG}`);
    expect(result.publishedDate).toBeNull();
    expect(result.author).toBeNull();
  });

  it('reports the date of a lede dateline and keeps the dateline in the text', () => {
    const lede = `Los Angeles, October 28, 2023 - ${LONG}`;
    const result = cleanText(`Headline\n${lede}`);
    expect(result).toMatchObject({ title: 'Headline', publishedDate: '2023-10-28', canonical: lede });
    expect(cleanText(`PARIS, 3 March 2024 (Reuters) — ${LONG}`).publishedDate).toBe('2024-03-03');
  });

  it('does not read a date from the middle of the lede', () => {
    expect(cleanText(`The meeting on October 28, 2023 - a Saturday - went well.\n${LONG}`).publishedDate).toBeNull();
  });

  it('prefers the byline date over the lede dateline', () => {
    const result = cleanText(`By Jane Doe, 2024-01-05\nBeirut, January 4, 2024 — ${LONG}`);
    expect(result.publishedDate).toBe('2024-01-05');
  });
});

describe('cleanText: table of contents', () => {
  it('drops a TOC heading followed by an ordinary heading and paragraph', () => {
    const result = cleanText(`${LONG}\nTable of Contents\nThe Genesis\n${LONG2}`);
    expect(result.canonical).toBe(`${LONG}\n\nThe Genesis\n\n${LONG2}`);
    expect(result.dropped).toEqual([{ text: 'Table of Contents', reason: 'empty-toc' }]);
  });

  it('drops "Contents:" followed directly by prose', () => {
    expect(cleanText(`${LONG}\nContents:\n${LONG2}`).canonical).toBe(`${LONG}\n\n${LONG2}`);
  });

  it('keeps a TOC that still lists its entries', () => {
    const listed = `${LONG}\nContents\n- Genesis\n- Sanctions\n${LONG2}`;
    expect(cleanText(listed).canonical).toBe(`${LONG}\n\nContents\n\n- Genesis\n- Sanctions\n\n${LONG2}`);
    const plain = `${LONG}\nTable of Contents\nGenesis\nSanctions\nGenesis\n${LONG2}`;
    expect(cleanText(plain).dropped).toEqual([]);
  });
});
