import { describe, it, expect } from 'vitest';
import { createOffsetIndex } from '@/lib/anchoring/offsets';
import { checkSelection, type SelectionCheck } from '@/lib/anchoring/validate-selection';

const TEXT = 'Moscow 👋🏽 Tehran.\n\nاتحاد روسیه و ایران. Союз России и Ирана. cafe\u0301 👩🏽‍💻 🇮🇷';
const LENGTH = Array.from(TEXT).length;
const cp = (needle: string): number => Array.from(TEXT.slice(0, TEXT.indexOf(needle))).length;

function problemOf(check: SelectionCheck) {
  if (check.ok) throw new Error(`expected a refusal, got ${JSON.stringify(check.quote)}`);
  return check.problem;
}

function quoteOf(check: SelectionCheck) {
  if (!check.ok) throw new Error(`expected success, got ${check.problem.message}`);
  return check.quote;
}

describe('checkSelection accepts', () => {
  it('a plain span and derives its quote', () => {
    expect(quoteOf(checkSelection(TEXT, { start: 0, end: 6 }))).toEqual({ exact: 'Moscow', prefix: '', suffix: TEXT.slice(6, 6 + 32 + 2) });
  });

  it('a span of emoji measured in code points', () => {
    const start = cp('👋');
    expect(quoteOf(checkSelection(TEXT, { start, end: start + 2, exact: '👋🏽' })).exact).toBe('👋🏽');
  });

  it('a ZWJ sequence and a flag', () => {
    const start = cp('👩');
    expect(quoteOf(checkSelection(TEXT, { start, end: start + 4 })).exact).toBe('👩🏽‍💻');
    expect(quoteOf(checkSelection(TEXT, { start: LENGTH - 2, end: LENGTH, exact: '🇮🇷' })).suffix).toBe('');
  });

  it('a span that splits a base letter from its combining mark', () => {
    const start = cp('cafe');
    expect(quoteOf(checkSelection(TEXT, { start, end: start + 4, exact: 'cafe' })).suffix.startsWith('\u0301 ')).toBe(true);
  });

  it('Persian (RTL) and Cyrillic spans', () => {
    const fa = cp('روسیه');
    expect(quoteOf(checkSelection(TEXT, { start: fa, end: fa + 5, exact: 'روسیه' })).prefix.endsWith('اتحاد ')).toBe(true);
    const ru = cp('России');
    expect(quoteOf(checkSelection(TEXT, { start: ru, end: ru + 6, exact: 'России' })).exact).toBe('России');
  });

  it('a span across a paragraph break', () => {
    const start = cp('Tehran');
    const end = cp('روسیه');
    expect(quoteOf(checkSelection(TEXT, { start, end, exact: 'Tehran.\n\nاتحاد ' })).exact).toBe('Tehran.\n\nاتحاد ');
  });

  it('a span that ends exactly at the end of the text', () => {
    expect(quoteOf(checkSelection('abc', { start: 0, end: 3 })).exact).toBe('abc');
  });

  it('whitespace around words', () => {
    expect(quoteOf(checkSelection(' a ', { start: 0, end: 3 })).exact).toBe(' a ');
  });

  it('null or absent exact without comparing', () => {
    expect(checkSelection('abc', { start: 0, end: 1, exact: null }).ok).toBe(true);
    expect(checkSelection('abc', { start: 0, end: 1 }).ok).toBe(true);
  });

  it('with a prebuilt index, giving the same quote', () => {
    const index = createOffsetIndex(TEXT);
    expect(checkSelection(TEXT, { start: 3, end: 12 }, index)).toEqual(checkSelection(TEXT, { start: 3, end: 12 }));
  });
});

describe('checkSelection refuses', () => {
  it.each([
    [{ start: 1.5, end: 3 }, 'start', /whole number/],
    [{ start: Number.NaN, end: 3 }, 'start', /whole number/],
    [{ start: -1, end: 3 }, 'start', /before the beginning/],
    [{ start: 0, end: 2.5 }, 'end', /whole number/],
    [{ start: 0, end: Number.POSITIVE_INFINITY }, 'end', /whole number/],
    [{ start: 2, end: 2 }, 'end', /^The selection is empty\.$/],
    [{ start: 3, end: 2 }, 'end', /^The selection is empty\.$/],
  ] as const)('%j (field %s)', (selection, field, message) => {
    const problem = problemOf(checkSelection('abcdef', selection));
    expect(problem.field).toBe(field);
    expect(problem.message).toMatch(message);
  });

  it('a span past the end, counting the length in code points', () => {
    const problem = problemOf(checkSelection('a👋🏽', { start: 1, end: 4 }));
    expect(problem).toEqual({ field: 'end', message: 'The selection runs past the end of the text (3 characters).' });
  });

  it('a span wholly past the end, blaming its start', () => {
    expect(problemOf(checkSelection('abc', { start: 3, end: 4 })).field).toBe('start');
    expect(problemOf(checkSelection('', { start: 0, end: 1 })).message).toBe('The selection runs past the end of the text (0 characters).');
  });

  it('UTF-16 offsets sent by mistake for astral text', () => {
    // '😀😀' is 4 UTF-16 units but 2 code points.
    expect(problemOf(checkSelection('😀😀', { start: 0, end: 4 })).field).toBe('end');
  });

  it('an exact that differs from the text at the span', () => {
    const problem = problemOf(checkSelection(TEXT, { start: 0, end: 6, exact: 'Moskva' }));
    expect(problem).toEqual({
      field: 'exact',
      message: 'The quoted text does not match the article at that position; reload the article and select again.',
    });
  });

  it('an exact computed from UTF-16 offsets (off by the emoji)', () => {
    const start = cp('Tehran');
    expect(problemOf(checkSelection(TEXT, { start, end: start + 6, exact: TEXT.slice(start, start + 6) })).field).toBe('exact');
  });

  it('an empty exact for a non-empty span', () => {
    expect(problemOf(checkSelection('abc', { start: 0, end: 1, exact: '' })).field).toBe('exact');
  });

  it('an exact differing only in Unicode normalisation', () => {
    // é precomposed (U+00E9) is not e + U+0301: the stored text is canonical, the quote must match it.
    expect(problemOf(checkSelection('cafe\u0301', { start: 3, end: 5, exact: '\u00e9' })).field).toBe('exact');
  });

  it.each([' ', '   ', '\n\n', '\t', '\u00a0', '\u2003'])('a whitespace-only selection %j', (spaces) => {
    const text = `a${spaces}b`;
    const problem = problemOf(checkSelection(text, { start: 1, end: 1 + spaces.length }));
    expect(problem).toEqual({ field: 'exact', message: 'The selection contains only spaces.' });
  });

  it('a mismatch before whitespace, when both apply', () => {
    expect(problemOf(checkSelection('a  b', { start: 1, end: 3, exact: 'xx' })).message).toMatch(/does not match/);
  });

  it('an index built for another text', () => {
    expect(() => checkSelection('abc', { start: 0, end: 1 }, createOffsetIndex('abcd'))).toThrow(/another text/);
  });
});
