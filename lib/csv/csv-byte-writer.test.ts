import { describe, expect, it } from 'vitest';
import { createCsvByteWriter, CSV_CHUNK_BYTES, encodeCsvCells, type CsvByteWriter } from '@/lib/csv/csv-byte-writer';
import { encodeCsvField, encodeCsvRecord, neutraliseFormula } from '@/lib/csv/encode-csv';
import { createSeededRandom, randomInt } from '@/lib/seeded-random';

// The byte writer must give exactly the bytes of the string encoder (encode-csv.ts) as UTF-8.
const NASTY = [
  '', 'plain', 'a,b', 'say "hi"', '"', '""', ',', 'line\nbreak', 'cr\rhere', 'crlf\r\n', '\r\n',
  '=1+1', '+x', '-1', '@sum', '\tx', '\rx', "'=x", "''+x", "'plain", "'", 'a=b',
  'سلام', '👋🏽', 'a👋', '"👋",', 'é"é', 'Moscow — روسیه, "allies"', '=سلام', '"=x"',
  '\uD83D', '\uDC4B', 'x\uD83Dy', 'x\uDC4B"y', '\u0000', '\u007F\u0080', 'Ω'.repeat(1000), 'a'.repeat(5000),
];

const expected = (cells: readonly string[], spreadsheetSafe: boolean) => Buffer.from(encodeCsvRecord(cells, { spreadsheetSafe }), 'utf8');

function writeRecords(writer: CsvByteWriter, records: readonly (readonly string[])[]): Buffer {
  const chunks: Buffer[] = [];
  for (const cells of records) {
    cells.forEach((cell, i) => {
      if (i > 0) writer.comma();
      writer.field(cell);
    });
    writer.endRecord();
    if (writer.hasFull()) chunks.push(...writer.takeFull());
  }
  return Buffer.concat([...chunks, ...writer.takeAll()]);
}

describe('createCsvByteWriter', () => {
  for (const spreadsheetSafe of [true, false]) {
    it(`writes each cell as encodeCsvField${spreadsheetSafe ? '(neutraliseFormula(…))' : ''} in UTF-8`, () => {
      for (const cell of NASTY) {
        const writer = createCsvByteWriter({ spreadsheetSafe });
        writer.field(cell);
        const bytes = Buffer.concat(writer.takeAll());
        expect(bytes.equals(Buffer.from(encodeCsvField(spreadsheetSafe ? neutraliseFormula(cell) : cell), 'utf8')), JSON.stringify(cell)).toBe(true);
      }
    });
  }

  it('writes numbers as String(n) would, guard included', () => {
    const numbers = [0, 7, 9, 10, 99, 100, 89_999, 2_147_483_647, 2_147_483_648, 1e21, -1, -0, 1.5, -2.5, NaN, Infinity, -Infinity];
    for (const spreadsheetSafe of [true, false]) {
      const writer = createCsvByteWriter({ spreadsheetSafe });
      numbers.forEach((n, i) => (i > 0 && writer.comma(), writer.number(n)));
      writer.endRecord();
      expect(Buffer.concat(writer.takeAll()).toString('utf8')).toBe(encodeCsvRecord(numbers.map(String), { spreadsheetSafe }));
    }
  });

  it('gives the bytes of encodeCsvRecord for records of every nasty cell, and nothing when nothing was written', () => {
    const writer = createCsvByteWriter({ spreadsheetSafe: true });
    expect(writer.hasFull()).toBe(false);
    expect(writer.takeAll()).toEqual([]);
    expect(writeRecords(writer, [NASTY, [''], ['', ''], NASTY.slice().reverse()]).equals(Buffer.concat([expected(NASTY, true), expected([''], true), expected(['', ''], true), expected(NASTY.slice().reverse(), true)]))).toBe(true);
  });

  it('cuts chunks of exactly chunkSize bytes wherever they fall: inside a record, a quoted cell, a multi-byte character', () => {
    const random = createSeededRandom(6);
    const records = Array.from({ length: 300 }, () => Array.from({ length: randomInt(random, 1, 6) }, () => NASTY[randomInt(random, 0, NASTY.length - 2)]!));
    const all = Buffer.concat(records.map((cells) => expected(cells, true)));
    for (const chunkSize of [1, 2, 3, 5, 64, 1000, 4096]) {
      const writer = createCsvByteWriter({ spreadsheetSafe: true, chunkSize });
      const chunks: Buffer[] = [];
      for (const cells of records) {
        cells.forEach((cell, i) => (i > 0 && writer.comma(), writer.field(cell)));
        writer.endRecord();
        if (writer.hasFull()) chunks.push(...writer.takeFull());
      }
      const last = writer.takeAll();
      expect(last.length).toBeLessThanOrEqual(1);
      expect(chunks.every((chunk) => chunk.length === chunkSize)).toBe(true);
      expect(last.every((chunk) => chunk.length > 0 && chunk.length < chunkSize)).toBe(true);
      expect(Buffer.concat([...chunks, ...last]).equals(all), `chunkSize ${chunkSize}`).toBe(true);
    }
  });

  it('splits a character across two chunks only as bytes: the chunks join to the right UTF-8', () => {
    // 'a' then 👋 (4 bytes): with 3-byte chunks the emoji straddles the first boundary.
    const writer = createCsvByteWriter({ spreadsheetSafe: false, chunkSize: 3 });
    writer.field('a👋é');
    const chunks = [...writer.takeFull(), ...writer.takeAll()];
    expect(chunks.map((chunk) => chunk.length)).toEqual([3, 3, 1]);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('a👋é');
  });

  it('takes a record larger than its buffer, and goes on at the chunk size after it', () => {
    const huge = `"${'x👋,'.repeat(20_000)}"`;
    const writer = createCsvByteWriter({ spreadsheetSafe: true, chunkSize: 256 });
    const bytes = writeRecords(writer, [['before'], [huge, '=after'], ['next']]);
    expect(bytes.equals(Buffer.concat([expected(['before'], true), expected([huge, '=after'], true), expected(['next'], true)]))).toBe(true);
    writer.field('small');
    writer.endRecord();
    expect(writer.takeFull()).toEqual([]);
    expect(writer.takeAll().map((chunk) => chunk.toString())).toEqual(['small\r\n']);
  });

  it('hands out copies: a chunk taken does not change as the writer goes on', () => {
    const writer = createCsvByteWriter({ spreadsheetSafe: false, chunkSize: 4 });
    writer.field('abcdefgh');
    const [first] = writer.takeFull();
    writer.field('zzzzzzzzzzzz');
    writer.takeFull();
    expect(first!.toString()).toBe('abcd');
  });

  it('uses 64 KiB chunks by default', () => {
    const writer = createCsvByteWriter({ spreadsheetSafe: false });
    writer.field('x'.repeat(CSV_CHUNK_BYTES + 1));
    expect(writer.takeFull().map((chunk) => chunk.length)).toEqual([CSV_CHUNK_BYTES]);
    expect(writer.takeAll().map((chunk) => chunk.length)).toEqual([1]);
  });
});

describe('encodeCsvCells', () => {
  it('is the record without its line end', () => {
    for (const spreadsheetSafe of [true, false]) {
      expect(encodeCsvCells(NASTY, { spreadsheetSafe }).equals(Buffer.from(encodeCsvRecord(NASTY, { spreadsheetSafe }).slice(0, -2), 'utf8'))).toBe(true);
      expect(encodeCsvCells([], { spreadsheetSafe }).length).toBe(0);
    }
  });
});
