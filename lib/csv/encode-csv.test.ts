import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CRLF, encodeCsvField, encodeCsvRecord, neutraliseFormula, restoreFormula } from '@/lib/csv/encode-csv';

const HOSTILE = [
  '',
  'plain',
  'comma, inside',
  'a "quoted" word',
  '"',
  '""',
  'line\nbreak',
  'crlf\r\nbreak',
  'lone\rcr',
  ' leading and trailing spaces ',
  'Persian: روسیه و ایران',
  'Cyrillic: Россия и Иран',
  'emoji 🇷🇺🤝🇮🇷 and astral 𝔘',
  '\u202Eright-to-left override',
  '=HYPERLINK("http://evil","x")',
  '+1',
  '-2',
  '@SUM(A1)',
  '\tTabbed',
  '\rCR first',
  "'=already quoted",
  "'plain apostrophe",
  'x'.repeat(10_000),
];

function roundTrip(cells: string[], spreadsheetSafe: boolean): string[] {
  const [record] = parse(encodeCsvRecord(cells, { spreadsheetSafe }), { relax_column_count: false }) as string[][];
  return record!;
}

describe('encodeCsvField', () => {
  it('leaves a field without special characters bare', () => {
    expect(encodeCsvField('plain text')).toBe('plain text');
    expect(encodeCsvField('')).toBe('');
  });

  it('quotes fields with commas, quotes, CR or LF and doubles inner quotes', () => {
    expect(encodeCsvField('a,b')).toBe('"a,b"');
    expect(encodeCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(encodeCsvField('a\nb')).toBe('"a\nb"');
    expect(encodeCsvField('a\rb')).toBe('"a\rb"');
  });
});

describe('encodeCsvRecord', () => {
  it('joins with commas and ends with CRLF', () => {
    expect(encodeCsvRecord(['a', 'b,c', ''], { spreadsheetSafe: false })).toBe(`a,"b,c",${CRLF}`);
  });

  it('round-trips every hostile string byte for byte through csv-parse when formulas are kept', () => {
    expect(roundTrip(HOSTILE, false)).toEqual(HOSTILE);
  });

  it('round-trips hostile strings through csv-parse and restoreFormula when spreadsheet-safe', () => {
    const parsed = roundTrip(HOSTILE, true);
    expect(parsed.map(restoreFormula)).toEqual(HOSTILE);
    for (const cell of parsed) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@A1', '\tx', '\rx'])('prefixes %j with an apostrophe', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it('leaves other cells alone, including ones with formula characters later on', () => {
    for (const cell of ['plain', ' =1', 'a=b', "'quoted", '', '1-2']) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('is reversible for cells that already start with apostrophes before a formula character', () => {
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(restoreFormula("''=x")).toBe("'=x");
    expect(restoreFormula("'plain")).toBe("'plain");
  });
});
