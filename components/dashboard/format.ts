// Display helpers shared by the dashboard sections (server and client).
import type { AgreementCell } from '@/lib/server/dashboard/summary-types';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** An ISO time as "3 Mar 2025, 14:05 UTC", or a dash when nothing happened yet. */
export function formatActivity(iso: string | null): string {
  return iso ? `${DATE_TIME.format(new Date(iso))} UTC` : '—';
}

/** A UTC day ("2025-03-03") as "3 Mar". */
export function formatDay(day: string): string {
  return DAY.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

/** Alpha to two decimals; never a made-up 0 when it cannot be computed. */
export function formatAlpha(alpha: number): string {
  return alpha.toFixed(2).replace('-', '−');
}

/** A table cell's agreement: the figure, or a short "n/a" (the reason goes in its title). */
export function formatAgreementCell(cell: AgreementCell): string {
  return cell.alpha === null ? 'n/a' : formatAlpha(cell.alpha);
}

/** Where the reader opens at a character offset (the reader wires `?at=`). */
export function readerHref(documentId: string, start: number): string {
  return `/documents/${encodeURIComponent(documentId)}?at=${start}`;
}
