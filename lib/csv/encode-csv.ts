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
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
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
  const fields = cells.map((cell) => encodeCsvField(options.spreadsheetSafe ? neutraliseFormula(cell) : cell));
  return fields.join(',') + CRLF;
}
