'use client';

import { useState } from 'react';
import { CheckboxList, type CheckboxItem } from '@/components/export/checkbox-list';
import type { ExportFilters } from '@/components/export/export-form-state';
import { errorsFor, FilterGroup } from '@/components/export/filter-group';
import { CredibilityFilter, DateRangeFilter, ReliabilityFilter } from '@/components/export/range-filters';
import { Button } from '@/components/ui/button';
import type { ExportOptions } from '@/lib/server/export/export-options';

type Props = {
  options: ExportOptions;
  filters: ExportFilters;
  fields: Record<string, string[]>;
  onChange: (patch: Partial<ExportFilters>) => void;
  onClear: (() => void) | null;
};

const chosen = (count: number, none: string) => (count === 0 ? none : `${count} chosen.`);

/** Every filter of the export; each change applies at once (the preview follows). */
export function ExportFiltersForm({ options, filters, fields, onChange, onClear }: Props) {
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const articles = options.articles.map((article) => ({ keys: [article.id], label: article.title, detail: article.outlet }));
  const isArticleShown = (item: CheckboxItem) => !needle || `${item.label} ${item.detail ?? ''}`.toLowerCase().includes(needle);
  const hasArticleShown = articles.some(isArticleShown);
  return (
    <form aria-label="Filters" onSubmit={(event) => event.preventDefault()} className="min-w-0 space-y-6">
      <FilterGroup legend="Articles" hint={chosen(filters.documentId.length, 'Every article unless you choose some.')} errors={errorsFor(fields, 'documentId')}>
        <input
          type="search"
          aria-label="Find an article"
          placeholder="Find an article…"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm focus:border-accent focus:ring-2 focus:ring-accent/30 focus:outline-none"
        />
        {hasArticleShown ? (
          <CheckboxList label="Articles" items={articles} isShown={isArticleShown} values={filters.documentId} onChange={(documentId) => onChange({ documentId })} />
        ) : (
          <p className="text-sm text-slate-600">{articles.length === 0 ? 'The team has no articles yet.' : 'No article matches that search.'}</p>
        )}
      </FilterGroup>

      <FilterGroup legend="Themes" hint={chosen(filters.tag.length, 'Excerpts with any theme or none, unless you choose some.')} errors={errorsFor(fields, 'tag', 'tagMode')}>
        <div role="radiogroup" aria-label="Excerpts with" className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm">
          {(['any', 'all'] as const).map((mode) => (
            <label key={mode} className="cursor-pointer rounded px-3 py-1 has-checked:bg-accent has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-accent">
              <input type="radio" name="tagMode" value={mode} checked={filters.tagMode === mode} onChange={() => onChange({ tagMode: mode })} className="sr-only" />
              {mode === 'any' ? 'Any of them' : 'All of them'}
            </label>
          ))}
        </div>
        {options.themes.length === 0 ? (
          <p className="text-sm text-slate-600">The team has no themes yet.</p>
        ) : (
          <CheckboxList
            label="Themes"
            items={options.themes.map((theme) => ({ keys: [theme.id, theme.name], label: theme.name, detail: theme.archived ? 'archived' : null, color: theme.color }))}
            values={filters.tag}
            onChange={(tag) => onChange({ tag })}
          />
        )}
      </FilterGroup>

      <FilterGroup legend="Analysts" hint={chosen(filters.analyst.length, 'Everyone’s excerpts unless you choose some.')} errors={errorsFor(fields, 'analyst')}>
        <CheckboxList
          label="Analysts"
          items={options.analysts.map((analyst) => ({ keys: [analyst.id, analyst.email], label: analyst.name, detail: analyst.email }))}
          values={filters.analyst}
          onChange={(analyst) => onChange({ analyst })}
        />
      </FilterGroup>

      <CredibilityFilter filters={filters} fields={fields} onChange={onChange} />
      <ReliabilityFilter filters={filters} fields={fields} onChange={onChange} />
      <DateRangeFilter legend="Highlighted" hint="The day the excerpt was highlighted (UTC)." keys={['from', 'to']} filters={filters} fields={fields} onChange={onChange} />
      <DateRangeFilter legend="Published" hint="The article’s publication date." keys={['publishedFrom', 'publishedTo']} filters={filters} fields={fields} onChange={onChange} />

      {onClear && (
        <Button type="button" variant="secondary" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </form>
  );
}
