import { describe, it, expect } from 'vitest';
import { codePointLength } from '@/lib/anchoring/code-points';
import { codePointToUtf16, createOffsetIndex, utf16ToCodePoint } from '@/lib/anchoring/offsets';
import { createSeededRandom, randomInt } from '@/tests/support/seeded-random';

// 👋🏽 = 2 astral code points; 👩🏽‍💻 = 👩 🏽 ZWJ 💻 (3 astral + 1 BMP); 🇮🇷 = 2 astral; 𝒳 = 1 astral.
const MIXED = 'Hi 👋🏽! 👩🏽‍💻 codes; 🇮🇷 flag, 𝒳 math, cafe\u0301.\n\nسلام دنیا — Привет мир 😀';

/** Reference conversion: the code points before `codePoint`, measured in UTF-16 units. */
const referenceUtf16 = (text: string, codePoint: number): number => Array.from(text).slice(0, codePoint).join('').length;

describe('createOffsetIndex', () => {
  it('treats an empty text as offset 0 only', () => {
    const index = createOffsetIndex('');
    expect(index.codePointLength).toBe(0);
    expect(index.toUtf16(0)).toBe(0);
    expect(index.toCodePoint(0)).toBe(0);
    expect(() => index.toUtf16(1)).toThrow(RangeError);
    expect(() => index.toCodePoint(1)).toThrow(RangeError);
  });

  it.each([
    ['ASCII', 'plain text'],
    ['Persian (RTL)', 'روسیه و ایران'],
    ['Cyrillic', 'Россия и Иран'],
    ['combining marks', 'cafe\u0301 e\u0301'],
  ])('leaves BMP-only %s offsets unchanged', (_name, text) => {
    const index = createOffsetIndex(text);
    expect(index.codePointLength).toBe(text.length);
    for (let i = 0; i <= text.length; i++) {
      expect(index.toUtf16(i)).toBe(i);
      expect(index.toCodePoint(i)).toBe(i);
    }
  });

  it('counts an astral character once', () => {
    const index = createOffsetIndex('a𝒳b');
    expect(index.codePointLength).toBe(3);
    expect([0, 1, 2, 3].map((c) => index.toUtf16(c))).toEqual([0, 1, 3, 4]);
    expect([0, 1, 2, 3, 4].map((u) => index.toCodePoint(u))).toEqual([0, 1, 1, 2, 3]);
  });

  it('rounds an index inside a surrogate pair down to the pair', () => {
    const index = createOffsetIndex('👋🏽');
    expect(index.codePointLength).toBe(2);
    expect(index.toCodePoint(1)).toBe(0); // low half of 👋
    expect(index.toCodePoint(3)).toBe(1); // low half of 🏽
    expect(index.toCodePoint(4)).toBe(2);
  });

  it('converts a ZWJ sequence and a flag code point by code point', () => {
    const text = '👩🏽‍💻🇮🇷';
    const index = createOffsetIndex(text);
    expect(index.codePointLength).toBe(6);
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => index.toUtf16(c))).toEqual([0, 2, 4, 5, 7, 9, 11]);
  });

  it('counts lone surrogates as one code point each, like codePointLength', () => {
    const text = 'a\ud83d\ud83d\ude00\ude00b';
    const index = createOffsetIndex(text);
    expect(index.codePointLength).toBe(codePointLength(text));
    expect(index.codePointLength).toBe(5);
    expect([0, 1, 2, 3, 4, 5].map((c) => index.toUtf16(c))).toEqual([0, 1, 2, 4, 5, 6]);
    expect(index.toCodePoint(3)).toBe(2); // inside the one real pair
  });

  it('matches Array.from for every code point of a mixed text', () => {
    const index = createOffsetIndex(MIXED);
    expect(index.codePointLength).toBe(Array.from(MIXED).length);
    for (let c = 0; c <= index.codePointLength; c++) expect(index.toUtf16(c)).toBe(referenceUtf16(MIXED, c));
  });

  it('round-trips every UTF-16 index, rounding down inside pairs', () => {
    const index = createOffsetIndex(MIXED);
    for (let u = 0; u <= MIXED.length; u++) {
      // Decided independently of the index: the unit before `u` starts an astral code point.
      const isInsidePair = u > 0 && (MIXED.codePointAt(u - 1) ?? 0) > 0xffff;
      expect(index.toUtf16(index.toCodePoint(u))).toBe(isInsidePair ? u - 1 : u);
    }
    for (let c = 0; c <= index.codePointLength; c++) expect(index.toCodePoint(index.toUtf16(c))).toBe(c);
  });

  it('agrees with Array.from on a long random text', () => {
    const random = createSeededRandom(7);
    const alphabet = ['a', ' ', '\n', 'ш', 'ی', '\u0301', '😀', '𝒳', '🏽', '\u200d', '\ud800'];
    const text = Array.from({ length: 5_000 }, () => alphabet[randomInt(random, 0, alphabet.length)]).join('');
    const index = createOffsetIndex(text);
    const points = Array.from(text);
    expect(index.codePointLength).toBe(points.length);
    let utf16 = 0;
    points.forEach((point, c) => {
      expect(index.toUtf16(c)).toBe(utf16);
      expect(index.toCodePoint(utf16)).toBe(c);
      utf16 += point.length;
    });
    expect(index.toUtf16(points.length)).toBe(text.length);
  });

  it.each([
    [-1, -1],
    [1.5, 0.5],
    [Number.NaN, Number.NaN],
    [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
    [5, 4], // one past the end: 'a👋b' has 4 UTF-16 units and 3 code points
  ])('refuses UTF-16 index %s and code point %s with a RangeError', (utf16, codePoint) => {
    const index = createOffsetIndex('a👋b');
    expect(() => index.toCodePoint(utf16)).toThrow(RangeError);
    expect(() => index.toUtf16(codePoint)).toThrow(RangeError);
  });

  it('keeps the text it indexes', () => {
    const text = 'x👋';
    expect(createOffsetIndex(text).text).toBe(text);
  });
});

describe('one-off conversions', () => {
  it('convert like an index does', () => {
    expect(utf16ToCodePoint('👋🏽 hi', 4)).toBe(2);
    expect(utf16ToCodePoint('👋🏽 hi', 3)).toBe(1);
    expect(codePointToUtf16('👋🏽 hi', 2)).toBe(4);
    expect(codePointToUtf16('سلام 😀', 5)).toBe(5);
    expect(codePointToUtf16('سلام 😀', 6)).toBe(7);
  });

  it('throw RangeError out of range', () => {
    expect(() => utf16ToCodePoint('ab', 3)).toThrow(RangeError);
    expect(() => codePointToUtf16('😀', 2)).toThrow(RangeError);
    expect(() => codePointToUtf16('😀', -1)).toThrow(RangeError);
  });
});
