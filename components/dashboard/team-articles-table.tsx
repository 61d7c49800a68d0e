'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatActivity, formatAgreementCell } from '@/components/dashboard/format';
import type { TeamSummaryRow } from '@/lib/server/dashboard/summary-types';

type Key = 'title' | 'highlights' | 'analysts' | 'topThemes' | 'admiralty' | 'agreement' | 'contestedCount' | 'lastActivity';
type Sort = { key: Key; direction: 'ascending' | 'descending' };

const COLUMNS: { key: Key; label: string; isNumeric?: boolean }[] = [
  { key: 'title', label: 'Article' },
  { key: 'highlights', label: 'Highlights', isNumeric: true },
  { key: 'analysts', label: 'Analysts', isNumeric: true },
  { key: 'topThemes', label: 'Top themes' },
  { key: 'admiralty', label: 'Admiralty' },
  { key: 'agreement', label: 'Agreement', isNumeric: true },
  { key: 'contestedCount', label: 'Contested', isNumeric: true },
  { key: 'lastActivity', label: 'Last activity' },
];

// Missing values (no alpha, no activity) sort last in either direction.
function sortValue(row: TeamSummaryRow, key: Key): string | number | null {
  if (key === 'topThemes') return row.topThemes.join(', ') || null;
  if (key === 'agreement') return row.agreement.alpha;
  return row[key];
}

function compareRows(a: TeamSummaryRow, b: TeamSummaryRow, sort: Sort): number {
  const x = sortValue(a, sort.key);
  const y = sortValue(b, sort.key);
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en');
  return (sort.direction === 'ascending' ? order : -order) || a.title.localeCompare(b.title, 'en');
}

/** The team's articles, sortable by any column (the server's order is by title). */
export function TeamArticlesTable({ rows }: { rows: TeamSummaryRow[] }) {
  const [sort, setSort] = useState<Sort>({ key: 'title', direction: 'ascending' });
  const sorted = [...rows].sort((a, b) => compareRows(a, b, sort));
  const toggle = (key: Key, isNumeric?: boolean) =>
    setSort((current) =>
      current.key === key ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: isNumeric || key === 'lastActivity' ? 'descending' : 'ascending' },
    );
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="sr-only">The team’s articles; column headers sort the table.</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col" aria-sort={sort.key === column.key ? sort.direction : 'none'} className={`px-3 py-2 font-medium ${column.isNumeric ? 'text-right' : ''}`}>
                <button type="button" onClick={() => toggle(column.key, column.isNumeric)} className="inline-flex items-center gap-1 uppercase hover:text-ink">
                  {column.label}
                  <span aria-hidden>{sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.documentId} className="border-t border-slate-100 align-top">
              <td className="max-w-[22rem] px-3 py-2">
                <Link href={`/documents/${encodeURIComponent(row.documentId)}/dashboard`} className="font-medium text-accent hover:underline">
                  {row.title}
                </Link>
                {row.outlet && <div className="text-xs text-slate-500">{row.outlet}</div>}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{row.highlights}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.analysts}</td>
              <td className="px-3 py-2 text-slate-700">{row.topThemes.join(', ') || '—'}</td>
              <td className="px-3 py-2 font-mono">{row.admiralty}</td>
              <td className="px-3 py-2 text-right tabular-nums" title={row.agreement.message ?? undefined}>
                {formatAgreementCell(row.agreement)}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{row.contestedCount}</td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">{formatActivity(row.lastActivity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
