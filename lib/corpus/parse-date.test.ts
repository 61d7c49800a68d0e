import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date';

describe('parseDate', () => {
  it.each([
    ['2024-01-01', '2024-01-01'],
    ['October 28, 2023', '2023-10-28'],
    ['OCTOBER 28, 2023', '2023-10-28'],
    ['Oct. 28, 2023', '2023-10-28'],
    ['Sept. 5 2023', '2023-09-05'],
    ['28 October 2023', '2023-10-28'],
    ['5th March, 2024', '2024-03-05'],
    ['March 1st, 2024', '2024-03-01'],
    ['February 29, 2024', '2024-02-29'],
    ['  May 3, 2021 ', '2021-05-03'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['', 'March 3', '2024', '2024-13-01', '2024-02-30', 'February 29, 2023', 'Octember 3, 2023',
    '0050-01-01', 'October 28, 2023 - The recent', '28/10/2023'])('rejects %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});
