'use client';

import { useId } from 'react';
import { CheckboxList } from '@/components/export/checkbox-list';
import type { ExportFilters } from '@/components/export/export-form-state';
import { errorsFor, FilterGroup } from '@/components/export/filter-group';
import { CREDIBILITY_GRADES, CREDIBILITY_LABELS, RELIABILITY_GRADES, RELIABILITY_LABELS } from '@/lib/agreement/admiralty';

type Props = { filters: ExportFilters; fields: Record<string, string[]>; onChange: (patch: Partial<ExportFilters>) => void };

const controlClass = 'block w-full rounded-md border bg-white px-2 py-1.5 text-sm shadow-sm focus:border-accent focus:ring-2 focus:ring-accent/30 focus:outline-none';
const borderClass = (hasError: boolean) => (hasError ? 'border-red-500' : 'border-slate-300');

/** Bounds on the passage's consensus credibility, 1 (confirmed) to 6 (cannot be judged). */
export function CredibilityFilter({ filters, fields, onChange }: Props) {
  const id = useId();
  const bounds = [
    ['minCredibility', 'From'],
    ['maxCredibility', 'To'],
  ] as const;
  return (
    <FilterGroup legend="Consensus credibility" hint="The median of the analysts’ ratings of the passage: 1 is the most credible." errors={errorsFor(fields, 'minCredibility', 'maxCredibility')}>
      {bounds.map(([key, label]) => (
        <div key={key} className="grid grid-cols-[3rem_minmax(0,1fr)] items-center gap-2">
          <label htmlFor={`${id}-${key}`} className="text-sm text-slate-700">
            {label}
          </label>
          <select
            id={`${id}-${key}`}
            value={filters[key]}
            aria-invalid={errorsFor(fields, key).length > 0 || undefined}
            onChange={(event) => onChange({ [key]: event.currentTarget.value })}
            className={`${controlClass} ${borderClass(errorsFor(fields, key).length > 0)}`}
          >
            <option value="">Any</option>
            {CREDIBILITY_GRADES.map((grade) => (
              <option key={grade} value={String(grade)}>
                {grade} · {CREDIBILITY_LABELS[grade]}
              </option>
            ))}
          </select>
        </div>
      ))}
    </FilterGroup>
  );
}

/** The outlet's consensus reliability, A (completely reliable) to F (cannot be judged). */
export function ReliabilityFilter({ filters, fields, onChange }: Props) {
  return (
    <FilterGroup legend="Outlet reliability" hint="The team’s consensus grade of the article’s outlet." errors={errorsFor(fields, 'reliability')}>
      <CheckboxList
        label="Outlet reliability"
        items={RELIABILITY_GRADES.map((grade) => ({ keys: [grade], label: `${grade} · ${RELIABILITY_LABELS[grade]}` }))}
        values={filters.reliability}
        onChange={(reliability) => onChange({ reliability })}
      />
    </FilterGroup>
  );
}

type DateKey = 'from' | 'to' | 'publishedFrom' | 'publishedTo';

/** Two days, either of which may be left open. */
export function DateRangeFilter({ legend, hint, keys, filters, fields, onChange }: Props & { legend: string; hint: string; keys: [DateKey, DateKey] }) {
  const id = useId();
  return (
    <FilterGroup legend={legend} hint={hint} errors={errorsFor(fields, ...keys)}>
      <div className="grid grid-cols-2 gap-3">
        {keys.map((key, index) => {
          const hasError = errorsFor(fields, key).length > 0;
          return (
            <div key={key} className="min-w-0">
              <label htmlFor={`${id}-${key}`} className="mb-1 block text-sm text-slate-700">
                {index === 0 ? 'From' : 'To'}
              </label>
              <input
                id={`${id}-${key}`}
                type="date"
                value={filters[key]}
                aria-invalid={hasError || undefined}
                onChange={(event) => onChange({ [key]: event.currentTarget.value })}
                className={`${controlClass} ${borderClass(hasError)}`}
              />
            </div>
          );
        })}
      </div>
    </FilterGroup>
  );
}
