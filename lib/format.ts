// Display formatting shared by pages; dates are calendar dates in UTC (published dates have no time).

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date | null): string {
  return date ? DATE.format(date) : '—';
}

/** Minutes to read a text of `length` characters at about 200 words a minute. */
export function readingMinutes(length: number): number {
  return Math.max(1, Math.round(length / 1200));
}

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}
