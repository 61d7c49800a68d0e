// Dates as news sites print them, turned into 'YYYY-MM-DD'. Only dates that state a year are
// accepted: guessing the year of "March 3" would put a wrong fact into the record.

const MONTH_NUMBERS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

// Spelled case-insensitively letter by letter ([Oo][Cc][Tt]) so the source can be embedded in
// regexes that must stay case-sensitive (with the `i` flag, \\p{Lu} would also match lowercase).
const caseless = (word: string): string => [...word].map((c) => `[${c.toUpperCase()}${c}]`).join('');
// Longest names first so "September" is not cut to "Sep".
const MONTH = `(?:${Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .map(caseless)
  .join('|')})\\.?`;
const ORDINAL = '(?:st|nd|rd|th)?';

/** Regex source (case-insensitive by construction) matching one date: ISO, "October 28, 2023" or "28 October 2023". */
export const DATE_SOURCE =
  `(?:\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{1,2}${ORDINAL},?\\s+\\d{4}|\\d{1,2}${ORDINAL}\\s+${MONTH},?\\s+\\d{4})`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH})\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`);
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})${ORDINAL}\\s+(${MONTH}),?\\s+(\\d{4})$`);

/** Parses a whole string that is one date into 'YYYY-MM-DD'; null when it is not a real calendar date. */
export function parseDate(text: string): string | null {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy) return toIsoDate(Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) return toIsoDate(Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1]));
  return null;
}

function monthNumber(name: string | undefined): number {
  return MONTH_NUMBERS[(name ?? '').replace('.', '').toLowerCase()] ?? 0;
}

function toIsoDate(year: number, month: number, day: number): string | null {
  // Round-tripping through Date.UTC rejects February 30 and month 13 without a calendar table.
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal =
    month >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!isReal) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
