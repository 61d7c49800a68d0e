'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { LocalTime } from '@/components/sources/local-time';
import { LoadError } from '@/components/sources/load-error';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { describeAction, describeChange } from '@/lib/audit/describe-event';
import { fetchJson } from '@/lib/client/fetch-json';
import type { AuditEventDto, AuditPage } from '@/lib/server/audit/list-audit-events';

type Filters = { actor: string; action: string; entityType: string; from: string; to: string };
const EMPTY: Filters = { actor: '', action: '', entityType: '', from: '', to: '' };

function auditUrl(teamId: string, filters: Filters, page: number): string {
  const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
  if (page > 1) params.set('page', String(page));
  return `/api/teams/${encodeURIComponent(teamId)}/audit?${params}`;
}

/** The team's audit log: filters, a page of events, and the pager. */
export function AuditLog({ teamId }: { teamId: string }) {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(1);
  const log = useQuery({
    queryKey: ['audit', { teamId, ...filters, page }],
    queryFn: () => fetchJson<AuditPage>(auditUrl(teamId, filters, page)),
    placeholderData: keepPreviousData,
  });

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters(draft);
    setPage(1);
  }

  const facets = log.data?.facets;
  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / log.data.pageSize)) : 1;
  return (
    <div className="space-y-4">
      <form aria-label="Filter the audit log" onSubmit={apply} className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
        <Select label="Who" value={draft.actor} onChange={(actor) => setDraft({ ...draft, actor })} options={(facets?.actors ?? []).map((a) => [a.id, `${a.name} (${a.email})`])} />
        <Select label="Action" value={draft.action} onChange={(action) => setDraft({ ...draft, action })} options={(facets?.actions ?? []).map((a) => [a, describeAction(a)])} />
        <Select label="Record type" value={draft.entityType} onChange={(entityType) => setDraft({ ...draft, entityType })} options={(facets?.entityTypes ?? []).map((t) => [t, t])} />
        <DateInput label="From" value={draft.from} onChange={(from) => setDraft({ ...draft, from })} />
        <DateInput label="To" value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
        <Button type="submit">Apply</Button>
        <Button type="button" variant="ghost" onClick={() => { setDraft(EMPTY); setFilters(EMPTY); setPage(1); }}>
          Clear
        </Button>
      </form>
      {log.isError && <LoadError title="The audit log could not be loaded" message={log.error.message} onRetry={() => log.refetch()} isRetrying={log.isFetching} isStale={log.data !== undefined} />}
      {log.data === undefined ? (
        !log.isError && <div aria-busy="true" aria-label="Loading the audit log" className="h-64 animate-pulse rounded-xl bg-slate-100" />
      ) : log.data.events.length === 0 ? (
        <EmptyState title="No events" body="Nothing in the log matches these filters." />
      ) : (
        <>
          <p className="text-sm text-slate-600" aria-live="polite">
            {log.data.total} {log.data.total === 1 ? 'event' : 'events'} · page {log.data.page} of {pages}
          </p>
          <ol aria-label="Audit events" className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {log.data.events.map((event) => (
              <EventRow key={event.id} event={event} />
            ))}
          </ol>
          <nav aria-label="Pages" className="flex items-center gap-3">
            <Button variant="secondary" disabled={page <= 1 || log.isFetching} onClick={() => setPage(page - 1)}>
              Newer
            </Button>
            <Button variant="secondary" disabled={page >= pages || log.isFetching} onClick={() => setPage(page + 1)}>
              Older
            </Button>
          </nav>
        </>
      )}
    </div>
  );
}

function EventRow({ event }: { event: AuditEventDto }) {
  const change = describeChange(event.before, event.after);
  return (
    <li className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[11rem_1fr]">
      <span className="text-slate-600">
        <LocalTime iso={event.createdAt} />
      </span>
      <div className="min-w-0">
        <p>
          <span className="font-medium">{event.actor ? event.actor.name : 'A script or a deleted account'}</span> {describeAction(event.action)}
        </p>
        {change.length > 0 && (
          <details className="mt-1 text-xs text-slate-600">
            <summary className="cursor-pointer select-none">
              {change.length === 1 ? '1 field' : `${change.length} fields`} · {event.entityType} <span className="text-slate-400">{event.entityId}</span>
            </summary>
            <ul className="mt-1 space-y-0.5 break-words">
              {change.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </li>
  );
}

function Select({ label, value, onChange, options }: { label: string; value: string; onChange: (value: string) => void; options: [string, string][] }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} className="max-w-[16rem] rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
        <option value="">Any</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateInput({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input id={id} type="date" value={value} onChange={(e) => onChange(e.currentTarget.value)} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
    </div>
  );
}
