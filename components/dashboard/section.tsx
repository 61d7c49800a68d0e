/** A titled dashboard section, exposed as a landmark region named by its heading. */
export function Section({ id, title, description, children }: { id: string; title: string; description?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** A chart's figures as a table, folded away for sighted readers but there to copy or read aloud. */
export function ChartData({ summary = 'Show the figures as a table', children }: { summary?: string; children: React.ReactNode }) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-slate-600 hover:text-ink">{summary}</summary>
      <div className="mt-2 overflow-x-auto">{children}</div>
    </details>
  );
}

export const TABLE = 'w-full text-left text-sm';
export const TH = 'border-b border-slate-200 px-2 py-1.5 text-xs font-medium uppercase tracking-wide text-slate-500';
export const TD = 'border-b border-slate-100 px-2 py-1.5 align-top';
export const NUM = 'text-right tabular-nums';
