// CSV written straight into bytes: the same fields as encodeCsvField (and neutraliseFormula when
// spreadsheet-safe), encoded as UTF-8 into one reused buffer and cut into chunks of a fixed size.
// A large export built as strings spent about half of its CPU collecting garbage (a string per
// cell, per record and per batch, then a TextEncoder copy of each batch); here a record leaves
// nothing behind but its bytes. No I/O.
import { startsLikeFormula } from '@/lib/csv/encode-csv';

/** What a download sends at a time; a record may straddle two chunks, so may a character. */
export const CSV_CHUNK_BYTES = 64 * 1024;

/** Writes cells into bytes; the caller writes the commas and record ends. */
export type CsvByteWriter = {
  /** One cell: the bytes of encodeCsvField(neutraliseFormula(value)), or of encodeCsvField(value) when not spreadsheet-safe. */
  field(value: string): void;
  /** A number cell, as field(String(value)) would write it (faster for non-negative integers). */
  number(value: number): void;
  /** Bytes encoded before, such as a run of cells that repeats row after row. */
  bytes(encoded: Uint8Array): void;
  comma(): void;
  endRecord(): void;
  /** Whether a chunk is full and waits for takeFull (check after each record). */
  hasFull(): boolean;
  /** The full chunks, of exactly chunkSize bytes each, oldest first. */
  takeFull(): Buffer[];
  /** Every byte not taken yet: the full chunks, then the last, shorter one. */
  takeAll(): Buffer[];
};

const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const NEEDS_QUOTES = /[",\r\n]/;
const MAX_FAST_INTEGER = 0x7fffffff; // `| 0` below is exact up to here

/** `chunkSize` is for tests; a download uses CSV_CHUNK_BYTES. */
export function createCsvByteWriter(options: { spreadsheetSafe: boolean; chunkSize?: number }): CsvByteWriter {
  const { spreadsheetSafe } = options;
  const chunkSize = options.chunkSize ?? CSV_CHUNK_BYTES;
  // Twice a chunk, so a record that crosses the chunk's end still fits; grown only for a cell
  // larger than that, and shrunk back once it is sent.
  const capacity = 2 * chunkSize;
  let buffer = Buffer.allocUnsafe(capacity);
  let length = 0;
  let full: Buffer[] = [];

  // Moves the full chunks out (copies: the buffer is reused while the chunks are still being sent).
  function cutFull(): void {
    let at = 0;
    for (; length - at >= chunkSize; at += chunkSize) full.push(Buffer.from(buffer.subarray(at, at + chunkSize)));
    if (at === 0) return;
    length -= at;
    if (buffer.length > capacity && length <= capacity) {
      const smaller = Buffer.allocUnsafe(capacity);
      buffer.copy(smaller, 0, at, at + length);
      buffer = smaller;
    } else {
      buffer.copyWithin(0, at, at + length);
    }
  }

  // Room for `bytes` more, an upper bound of what the next write takes.
  function reserve(bytes: number): void {
    if (length + bytes <= buffer.length) return;
    cutFull();
    if (length + bytes <= buffer.length) return;
    const larger = Buffer.allocUnsafe(length + bytes);
    buffer.copy(larger, 0, 0, length);
    buffer = larger;
  }

  // ASCII byte by byte (most cells are short and ASCII: a call into C++ per cell cost more than
  // the loop); the rest of the string from its first non-ASCII character in one UTF-8 write.
  function writeText(value: string, isQuoted: boolean): void {
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code >= 0x80) {
        const rest = value.slice(i);
        length += buffer.write(isQuoted ? rest.replaceAll('"', '""') : rest, length, 'utf8');
        return;
      }
      buffer[length++] = code;
      if (code === QUOTE && isQuoted) buffer[length++] = QUOTE;
    }
  }

  function field(value: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit (4 per surrogate pair), a doubled quote 2;
    // then 2 quotes and an apostrophe.
    reserve(3 * value.length + 3);
    const isQuoted = NEEDS_QUOTES.test(value);
    if (isQuoted) buffer[length++] = QUOTE;
    if (spreadsheetSafe && startsLikeFormula(value)) buffer[length++] = APOSTROPHE;
    writeText(value, isQuoted);
    if (isQuoted) buffer[length++] = QUOTE;
  }

  function number(value: number): void {
    if (!(Number.isInteger(value) && value >= 0 && value <= MAX_FAST_INTEGER)) return field(String(value));
    let digits = 1;
    for (let rest = value; rest >= 10; rest = (rest / 10) | 0) digits++;
    reserve(digits);
    let at = length + digits;
    let rest = value;
    do {
      buffer[--at] = 0x30 + (rest % 10);
      rest = (rest / 10) | 0;
    } while (rest > 0);
    length += digits;
  }

  return {
    field,
    number,
    bytes(encoded) {
      reserve(encoded.length);
      buffer.set(encoded, length);
      length += encoded.length;
    },
    comma() {
      reserve(1);
      buffer[length++] = 0x2c;
    },
    endRecord() {
      reserve(2);
      buffer[length++] = 0x0d;
      buffer[length++] = 0x0a;
    },
    hasFull: () => full.length > 0 || length >= chunkSize,
    takeFull() {
      cutFull();
      const taken = full;
      full = [];
      return taken;
    },
    takeAll() {
      cutFull();
      const taken = full;
      full = [];
      if (length > 0) taken.push(Buffer.from(buffer.subarray(0, length)));
      length = 0;
      return taken;
    },
  };
}

/** Cells encoded once to be written with `bytes` many times (an article's, an analyst's). */
export function encodeCsvCells(cells: readonly string[], options: { spreadsheetSafe: boolean }): Buffer {
  const writer = createCsvByteWriter({ spreadsheetSafe: options.spreadsheetSafe, chunkSize: 4096 });
  cells.forEach((cell, i) => {
    if (i > 0) writer.comma();
    writer.field(cell);
  });
  return Buffer.concat(writer.takeAll());
}
