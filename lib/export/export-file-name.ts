// Export file names say the team, the filter and the date:
// credence-russia-iran-desk-theme-sanctions-cred-1-2-2026-11-24.csv
import { slugify } from '@/lib/slug';

/** Resolved filter labels (names rather than ids), as the file name shows them. */
export type ExportFilterLabels = {
  articles: string[];
  themes: string[];
  tagMode: 'any' | 'all';
  analysts: string[];
  minCredibility?: number;
  maxCredibility?: number;
  reliability: string[];
  from?: string;
  to?: string;
  publishedFrom?: string;
  publishedTo?: string;
};

const MAX_FILTER_PART = 80;

function several(label: string, plural: string, names: string[]): string | null {
  if (names.length === 0) return null;
  const slug = names.length === 1 ? slugify(names[0]!, { fallback: '', maxLength: 40 }) : '';
  if (slug) return `${label}-${slug}`;
  return `${names.length}-${names.length === 1 ? label : plural}`; // several, or one named in letters a file name drops
}

/** The filter part of a file name: "all" when nothing is filtered. */
export function describeFilter(labels: ExportFilterLabels): string {
  const credibility =
    labels.minCredibility === undefined && labels.maxCredibility === undefined ? null : `cred-${labels.minCredibility ?? 1}-${labels.maxCredibility ?? 6}`;
  const parts = [
    several('article', 'articles', labels.articles),
    labels.themes.length > 1 ? `${labels.themes.length}-themes-${labels.tagMode}` : several('theme', 'themes', labels.themes),
    several('analyst', 'analysts', labels.analysts),
    credibility,
    labels.reliability.length ? `outlet-${labels.reliability.join('').toLowerCase()}` : null,
    labels.from ? `from-${labels.from}` : null,
    labels.to ? `to-${labels.to}` : null,
    labels.publishedFrom ? `published-from-${labels.publishedFrom}` : null,
    labels.publishedTo ? `published-to-${labels.publishedTo}` : null,
  ].filter((part): part is string => part !== null);
  const described = parts.join('-') || 'all';
  return described.length > MAX_FILTER_PART ? described.slice(0, MAX_FILTER_PART).replace(/-+$/, '') : described;
}

/** credence-<team>-<filter>-<YYYY-MM-DD>.<ext> */
export function exportFileName(options: { team: string; labels: ExportFilterLabels; date: Date; extension: 'csv' | 'jsonld' }): string {
  const day = options.date.toISOString().slice(0, 10);
  return `credence-${slugify(options.team, { fallback: 'team', maxLength: 60 })}-${describeFilter(options.labels)}-${day}.${options.extension}`;
}
