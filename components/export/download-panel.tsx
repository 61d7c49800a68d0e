'use client';

import type { ExportForm, ExportFormat } from '@/components/export/export-form-state';

type FileOptions = Pick<ExportForm, 'format' | 'bom' | 'themeColumns' | 'spreadsheetSafe'>;

type Props = {
  form: FileOptions;
  onChange: (patch: Partial<FileOptions>) => void;
  /** The matching excerpts, when known. */
  count: number | null;
  isUpdating: boolean;
  href: string;
  fileName: string | null;
  /** The CSV header the file will have, when known. */
  columns: string[] | null;
  /** The filters cannot be exported as they are (the server refused them). */
  isInvalid: boolean;
};

const FORMATS: { value: ExportFormat; label: string; detail: string }[] = [
  { value: 'csv', label: 'CSV', detail: 'One row per excerpt, for a spreadsheet.' },
  { value: 'jsonld', label: 'JSON-LD', detail: 'W3C Web Annotations, for other annotation tools.' },
];

const CSV_OPTIONS: { key: 'bom' | 'themeColumns' | 'spreadsheetSafe'; label: string; detail?: string }[] = [
  { key: 'bom', label: 'Add a byte-order mark for Excel', detail: 'Excel then reads accents and non-Latin text correctly.' },
  { key: 'themeColumns', label: 'One 0/1 column per theme' },
  { key: 'spreadsheetSafe', label: 'Protect against spreadsheet formulas', detail: 'Cells that start with =, +, - or @ get a leading \' so a spreadsheet shows them instead of running them.' },
];

export function countText(count: number): string {
  return count === 1 ? '1 excerpt matches' : `${count.toLocaleString('en')} excerpts match`;
}

/** The count, the file's format and options, and the download link. */
export function DownloadPanel({ form, onChange, count, isUpdating, href, fileName, columns, isInvalid }: Props) {
  const isDisabled = isInvalid || count === 0 || count === null;
  const label = `Download ${form.format === 'csv' ? 'CSV' : 'JSON-LD'}`;
  return (
    <section aria-labelledby="download-title" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="download-title" className="text-base font-semibold">
          Download
        </h2>
        <p role="status" aria-live="polite" className={`text-lg font-semibold tabular-nums ${isUpdating ? 'text-slate-400' : ''}`}>
          {isInvalid ? 'Fix the filters marked in red' : count === null ? 'Counting excerpts…' : countText(count)}
        </p>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <fieldset className="min-w-0 space-y-1">
          <legend className="mb-1 text-sm font-semibold">Format</legend>
          {FORMATS.map((format) => (
            <label key={format.value} className="flex cursor-pointer items-start gap-2 text-sm">
              <input type="radio" name="format" value={format.value} checked={form.format === format.value} onChange={() => onChange({ format: format.value })} className="mt-0.5 h-4 w-4 accent-accent" />
              <span>
                {format.label}
                <span className="block text-xs text-slate-500">{format.detail}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset disabled={form.format !== 'csv'} className="min-w-0 space-y-1 disabled:opacity-60">
          <legend className="mb-1 text-sm font-semibold">CSV options</legend>
          {CSV_OPTIONS.map((option) => (
            <label key={option.key} className="flex cursor-pointer items-start gap-2 text-sm">
              <input type="checkbox" checked={form[option.key]} onChange={(event) => onChange({ [option.key]: event.currentTarget.checked })} className="mt-0.5 h-4 w-4 shrink-0 accent-accent" />
              <span>
                {option.label}
                {option.detail && <span className="block text-xs text-slate-500">{option.detail}</span>}
              </span>
            </label>
          ))}
          {columns && (
            <details className="pt-1 text-sm">
              <summary className="cursor-pointer text-slate-700">The file’s {columns.length} columns</summary>
              <p className="mt-1 font-mono text-xs break-words text-slate-600">{columns.join(', ')}</p>
            </details>
          )}
        </fieldset>
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <a
          href={href}
          download={fileName ?? true}
          aria-disabled={isDisabled || undefined}
          onClick={(event) => {
            if (isDisabled) event.preventDefault();
          }}
          className={`inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition-colors ${isDisabled ? 'cursor-not-allowed bg-slate-300 text-slate-600' : 'bg-accent text-white hover:bg-accent-strong'}`}
        >
          <span aria-hidden>↓</span>
          {label}
        </a>
        {fileName && (
          <span className="min-w-0 break-all text-sm text-slate-600">
            Saved as <span className="font-mono text-xs text-ink">{fileName}</span>
          </span>
        )}
      </div>
    </section>
  );
}
