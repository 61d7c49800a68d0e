// RFC 4180 CSV: comma-separated fields, CRLF line ends, a field quoted when it holds a comma, a
// quote, CR or LF, quotes inside doubled. Text is written exactly as given, except that a cell a
// spreadsheet would run as a formula can be neutralised (see neutraliseFormula).

/** The UTF-8 byte order mark, as a string: Excel reads a CSV as UTF-8 only when it starts with one. */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180's line end. */
export const CRLF = '\r\n';

// `=`, `+`, `-`, `@`, tab or CR at the start make Excel, LibreOffice and Google Sheets evaluate a
// cell (OWASP "CSV injection"). Leading quotes are included so that the escape is reversible: a
// stored `'=x` becomes `''=x`, and restoreFormula gives `'=x` back.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Prefixes a cell that a spreadsheet would evaluate with `'`, which spreadsheets show as text. */
export function neutraliseFormula(cell: string): string {
  return startsLikeFormula(cell) ? `'${cell}` : cell;
}

/**
 * Whether neutraliseFormula would prefix `cell`. The first character decides for almost every
 * cell; the regex runs only after a leading quote. (An export calls this 20 times per row: a
 * regex on every cell was a tenth of its time.)
 */
export function startsLikeFormula(cell: string): boolean {
  switch (cell.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
      return true;
    case 0x27: // '
      return FORMULA_START.test(cell);
    default:
      return false;
  }
}

/** The inverse of neutraliseFormula, for programs that read a spreadsheet-safe export. */
export function restoreFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/** One field, quoted when RFC 4180 requires it. */
export function encodeCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record with its CRLF. `spreadsheetSafe` neutralises formula cells first. */
export function encodeCsvRecord(cells: readonly string[], options: { spreadsheetSafe: boolean }): string {
  const safe = options.spreadsheetSafe;
  let record = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    record += (i === 0 ? '' : ',') + encodeCsvField(safe ? neutraliseFormula(cell) : cell);
  }
  return record + CRLF;
}
