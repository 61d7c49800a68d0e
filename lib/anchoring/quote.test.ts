import { describe, it, expect } from 'vitest';
import { createOffsetIndex } from '@/lib/anchoring/offsets';
import { QUOTE_CONTEXT, quoteAt } from '@/lib/anchoring/quote';

/** Reference: the same quote computed on an array of code points. */
function referenceQuote(text: string, start: number, end: number) {
  const points = Array.from(text);
  return {
    exact: points.slice(start, end).join(''),
    prefix: points.slice(Math.max(0, start - QUOTE_CONTEXT), start).join(''),
    suffix: points.slice(end, end + QUOTE_CONTEXT).join(''),
  };
}

describe('quoteAt', () => {
  it('quotes a short text with all of it as context', () => {
    expect(quoteAt('Moscow and Tehran', 7, 10)).toEqual({ exact: 'and', prefix: 'Moscow ', suffix: ' Tehran' });
  });

  it('has empty context at the edges of the text', () => {
    expect(quoteAt('abc', 0, 3)).toEqual({ exact: 'abc', prefix: '', suffix: '' });
  });

  it('quotes an empty span (start === end) as an empty exact', () => {
    expect(quoteAt('abc', 1, 1)).toEqual({ exact: '', prefix: 'a', suffix: 'bc' });
  });

  it('quotes an empty text', () => {
    expect(quoteAt('', 0, 0)).toEqual({ exact: '', prefix: '', suffix: '' });
  });

  it('keeps exactly QUOTE_CONTEXT code points of context', () => {
    const text = `${'x'.repeat(50)}MID${'y'.repeat(50)}`;
    const quote = quoteAt(text, 50, 53);
    expect(QUOTE_CONTEXT).toBe(32);
    expect(quote).toEqual({ exact: 'MID', prefix: 'x'.repeat(32), suffix: 'y'.repeat(32) });
  });

  it('counts astral context in code points, never splitting a surrogate pair', () => {
    const text = `${'😀'.repeat(40)}𝒳${'🇮🇷'.repeat(20)}`;
    const quote = quoteAt(text, 40, 41);
    expect(quote.exact).toBe('𝒳');
    expect(quote.prefix).toBe('😀'.repeat(32));
    expect(quote.prefix.length).toBe(64);
    expect(Array.from(quote.suffix)).toHaveLength(32); // 16 flags of two regional indicators each
    expect(quote.suffix).toBe('🇮🇷'.repeat(16));
  });

  it('quotes emoji sequences and combining marks by code point', () => {
    const text = 'Hi 👋🏽 and 👩🏽‍💻 café, cafe\u0301';
    expect(quoteAt(text, 3, 5).exact).toBe('👋🏽');
    expect(quoteAt(text, 10, 14).exact).toBe('👩🏽‍💻');
    expect(quoteAt(text, 3, 4).exact).toBe('👋'); // the skin tone is a code point of its own
    const end = Array.from(text).length;
    expect(quoteAt(text, end - 5, end - 1).exact).toBe('cafe'); // leaves the accent out
    expect(quoteAt(text, end - 1, end).exact).toBe('\u0301');
  });

  it('quotes Persian (RTL) and Cyrillic text in logical order', () => {
    const text = 'اتحاد روسیه و ایران — Союз России и Ирана';
    expect(quoteAt(text, 6, 11)).toEqual({ exact: 'روسیه', prefix: 'اتحاد ', suffix: ' و ایران — Союз России и Ирана' });
    const cyr = text.indexOf('России');
    expect(quoteAt(text, cyr, cyr + 6).exact).toBe('России');
  });

  it('quotes across a paragraph break', () => {
    const text = 'First paragraph ends.\n\nSecond begins.';
    const start = text.indexOf('ends');
    const end = text.indexOf(' begins');
    expect(quoteAt(text, start, end)).toEqual({ exact: 'ends.\n\nSecond', prefix: 'First paragraph ', suffix: ' begins.' });
  });

  it('matches a code-point reference on every span of a mixed text', () => {
    const text = 'a👋🏽 ب 𝒳\n\nЖ 🇮🇷e\u0301 '.repeat(6);
    const index = createOffsetIndex(text);
    const length = index.codePointLength;
    for (let start = 0; start <= length; start += 3) {
      for (let end = start; end <= length; end += 5) {
        expect(quoteAt(text, start, end, index)).toEqual(referenceQuote(text, start, end));
      }
    }
  });

  it('gives the same quote with or without a prebuilt index', () => {
    const text = 'Союз 👩🏽‍💻 ایران';
    expect(quoteAt(text, 2, 9, createOffsetIndex(text))).toEqual(quoteAt(text, 2, 9));
  });

  it('refuses a reversed or out-of-range span', () => {
    expect(() => quoteAt('abc', 2, 1)).toThrow(RangeError);
    expect(() => quoteAt('abc', -1, 1)).toThrow(RangeError);
    expect(() => quoteAt('abc', 1, 4)).toThrow(RangeError);
    expect(() => quoteAt('😀', 0, 2)).toThrow(RangeError); // one code point, two UTF-16 units
    expect(() => quoteAt('abc', 0.5, 2)).toThrow(RangeError);
  });

  it('refuses an index built for another text', () => {
    expect(() => quoteAt('abc', 0, 1, createOffsetIndex('xyz'))).toThrow(/another text/);
  });
});
