import { describe, expect, it } from 'vitest';
import { isPersonName, parseByline, parseLedeDateline } from './byline';

describe('parseByline', () => {
  it.each([
    ['date 2024-01-01 Vanessa Ghanem', { author: 'Vanessa Ghanem', publishedDate: '2024-01-01' }],
    ['By Jane Doe', { author: 'Jane Doe', publishedDate: null }],
    ['BY JANE DOE', { author: 'JANE DOE', publishedDate: null }],
    ['By Jane Doe, March 3, 2024', { author: 'Jane Doe', publishedDate: '2024-03-03' }],
    ['By Jane Doe - Published on 3 March 2024', { author: 'Jane Doe', publishedDate: '2024-03-03' }],
    ['By Jean-Luc Picard | Staff Writer', { author: 'Jean-Luc Picard', publishedDate: null }],
    ['Published: October 28, 2023', { author: null, publishedDate: '2023-10-28' }],
    ['October 28, 2023 | By Ali al Sayed', { author: 'Ali al Sayed', publishedDate: '2023-10-28' }],
    ['By علی رضایی', { author: 'علی رضایی', publishedDate: null }],
  ])('reads %j', (line, expected) => {
    expect(parseByline(line)).toEqual(expected);
  });

  it.each([
    'By Tuesday, the army had left.',
    'by then it was over',
    'By Monday morning',
    'Dates and times are local.',
    'date 2024-02-30 Jane Doe',
    'October 28, 2023 was a hard day for the city and its people.',
    'The Iran-Russia Alliance: Challenges and Implications',
    `By ${'Name '.repeat(30)}`,
  ])('rejects %j', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('isPersonName', () => {
  it('accepts capitalised names with particles and non-cased scripts', () => {
    expect(isPersonName('Vanessa Ghanem')).toBe(true);
    expect(isPersonName('Ludwig van Beethoven')).toBe(true);
    expect(isPersonName("Mary O'Neil-Smith")).toBe(true);
    expect(isPersonName('علی رضایی')).toBe(true);
  });

  it('rejects lowercase words, particles at the edges and long runs', () => {
    expect(isPersonName('then it was')).toBe(false);
    expect(isPersonName('van Gogh')).toBe(false);
    expect(isPersonName('A B C D E F G')).toBe(false);
  });
});

describe('parseLedeDateline', () => {
  it('reads the date of a dateline opening the lede', () => {
    expect(parseLedeDateline('Los Angeles, October 28, 2023 - The recent conflict')).toBe('2023-10-28');
    expect(parseLedeDateline('Kyiv, Ukraine, 3 March 2024 — Officials said')).toBe('2024-03-03');
    expect(parseLedeDateline('Rio de Janeiro, Brazil, May 2, 2022 - Police')).toBe('2022-05-02');
    expect(parseLedeDateline('BEIRUT, Jan. 4, 2024 (Reuters) – The army')).toBe('2024-01-04');
    expect(parseLedeDateline('October 28, 2023 - The recent conflict')).toBe('2023-10-28');
  });

  it('ignores dates that are not a dateline', () => {
    expect(parseLedeDateline('The recent conflict, October 28, 2023 - a date')).toBeNull();
    expect(parseLedeDateline('Los Angeles, October 28 - no year')).toBeNull();
    expect(parseLedeDateline('On October 28, 2023 - the meeting')).toBeNull();
  });
});
