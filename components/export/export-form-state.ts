// The export page's filters and options, and the three URLs made of them: the page's own
// (shareable), the preview's and the download's. Parameter names are the API's (lib/validation/export.ts).

/** The download's format. */
export type ExportFormat = 'csv' | 'jsonld';

/** The filters, as the query strings carry them ('' = not set). */
export type ExportFilters = {
  documentId: string[];
  tag: string[];
  tagMode: 'any' | 'all';
  analyst: string[];
  minCredibility: string;
  maxCredibility: string;
  reliability: string[];
  from: string;
  to: string;
  publishedFrom: string;
  publishedTo: string;
};

/** The filters with the choices that only shape the file. */
export type ExportForm = ExportFilters & { format: ExportFormat; bom: boolean; themeColumns: boolean; spreadsheetSafe: boolean };

export type ListKey = 'documentId' | 'tag' | 'analyst' | 'reliability';
export type TextKey = 'minCredibility' | 'maxCredibility' | 'from' | 'to' | 'publishedFrom' | 'publishedTo';

const LIST_KEYS: ListKey[] = ['documentId', 'tag', 'analyst', 'reliability'];
const TEXT_KEYS: TextKey[] = ['minCredibility', 'maxCredibility', 'from', 'to', 'publishedFrom', 'publishedTo'];

export const EMPTY_FILTERS: ExportFilters = {
  documentId: [], tag: [], tagMode: 'any', analyst: [], minCredibility: '', maxCredibility: '', reliability: [], from: '', to: '', publishedFrom: '', publishedTo: '',
};

const DEFAULT_FORM: ExportForm = { ...EMPTY_FILTERS, format: 'csv', bom: false, themeColumns: false, spreadsheetSafe: true };

function readFlag(params: URLSearchParams, key: string, fallback: boolean): boolean {
  const value = params.get(key);
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return fallback;
}

/** The form a page URL describes; unknown values are kept so the server can say what is wrong with them. */
export function readExportForm(params: URLSearchParams): ExportForm {
  const form: ExportForm = { ...DEFAULT_FORM };
  for (const key of LIST_KEYS) form[key] = [...new Set(params.getAll(key).filter(Boolean))];
  for (const key of TEXT_KEYS) form[key] = params.get(key) ?? '';
  form.tagMode = params.get('tagMode') === 'all' ? 'all' : 'any';
  form.format = params.get('format') === 'jsonld' ? 'jsonld' : 'csv';
  form.bom = readFlag(params, 'bom', DEFAULT_FORM.bom);
  form.themeColumns = readFlag(params, 'themeColumns', DEFAULT_FORM.themeColumns);
  form.spreadsheetSafe = readFlag(params, 'spreadsheetSafe', DEFAULT_FORM.spreadsheetSafe);
  return form;
}

function appendFilters(params: URLSearchParams, filters: ExportFilters) {
  for (const key of LIST_KEYS) for (const value of filters[key]) params.append(key, value);
  // tagMode only means something with two themes or more; it stays in the URL once chosen anyway.
  if (filters.tagMode !== 'any') params.set('tagMode', filters.tagMode);
  for (const key of TEXT_KEYS) if (filters[key]) params.set(key, filters[key]);
}

/** The page's query string: only what differs from the defaults, so a plain /export is "everything". */
export function exportPageQuery(form: ExportForm): string {
  const params = new URLSearchParams();
  appendFilters(params, form);
  if (form.format !== DEFAULT_FORM.format) params.set('format', form.format);
  for (const key of ['bom', 'themeColumns', 'spreadsheetSafe'] as const) if (form[key] !== DEFAULT_FORM[key]) params.set(key, form[key] ? '1' : '0');
  return params.toString();
}

/** The preview's query: the filters, and the theme columns (they change the header it reports). */
export function exportPreviewQuery(teamId: string, form: ExportForm): string {
  const params = new URLSearchParams({ teamId });
  appendFilters(params, form);
  if (form.themeColumns) params.set('themeColumns', '1');
  return params.toString();
}

/** The download link; the CSV options go only to the CSV. */
export function exportDownloadHref(teamId: string, form: ExportForm): string {
  const params = new URLSearchParams({ teamId });
  appendFilters(params, form);
  if (form.format === 'csv') {
    params.set('bom', form.bom ? '1' : '0');
    params.set('themeColumns', form.themeColumns ? '1' : '0');
    params.set('spreadsheetSafe', form.spreadsheetSafe ? '1' : '0');
  }
  return `/api/export.${form.format}?${params.toString()}`;
}

/** True when any filter narrows the export. */
export function hasFilters(form: ExportFilters): boolean {
  return LIST_KEYS.some((key) => form[key].length > 0) || TEXT_KEYS.some((key) => form[key] !== '');
}

/** The filters cleared, the file's options kept. */
export function clearFilters(form: ExportForm): ExportForm {
  return { ...form, ...EMPTY_FILTERS };
}

/**
 * Whether a list holds an option. The API also takes a theme's name and an analyst's email (a
 * hand-written link may use them), so a checkbox is ticked by any of the option's keys.
 */
export function listHas(values: string[], keys: string[]): boolean {
  const wanted = new Set(keys.map((key) => key.toLowerCase()));
  return values.some((value) => wanted.has(value.toLowerCase()));
}

/** The list with the option added (by its id) or removed (under any of its keys). */
export function listToggle(values: string[], keys: string[], isOn: boolean): string[] {
  const wanted = new Set(keys.map((key) => key.toLowerCase()));
  const rest = values.filter((value) => !wanted.has(value.toLowerCase()));
  return isOn ? [...rest, keys[0]!] : rest;
}
