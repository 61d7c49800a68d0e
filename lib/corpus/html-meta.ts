// Facts an HTML page states about its article, from its <head> and JSON-LD: the metadata form of
// the import page is prefilled with them. Each reader takes the first value present; nothing is
// guessed (a date without a year, a relative URL, a malformed language code are left out).
import { parseDate } from './parse-date';

/** Metadata read from a page or a text; null where it says nothing. */
export type ArticleMeta = {
  title: string | null;
  author: string | null;
  /** 'YYYY-MM-DD'. */
  publishedDate: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
};

export const EMPTY_META: ArticleMeta = { title: null, author: null, publishedDate: null, outlet: null, url: null, language: null };

type JsonLd = Record<string, unknown>;

/** Reads the page's metadata. Call before anything strips <script> elements (JSON-LD lives in them). */
export function readHtmlMeta(document: Document): ArticleMeta {
  const ld = readJsonLd(document);
  const article = ld.find((item) => typeof item.datePublished === 'string' || typeof item.headline === 'string') ?? {};
  const outlet = clean(meta(document, 'og:site_name') ?? nameOf(article.publisher) ?? meta(document, 'application-name'));
  const rawTitle = meta(document, 'og:title') ?? meta(document, 'twitter:title') ?? stringOf(article.headline) ?? document.querySelector('title')?.textContent ?? null;
  return {
    title: stripSiteName(clean(rawTitle), outlet) ?? clean(document.querySelector('h1')?.textContent),
    author: cleanAuthor(authorFromMeta(document) ?? namesOf(article.author)),
    publishedDate: toDate(
      meta(document, 'article:published_time') ??
        stringOf(article.datePublished) ??
        document.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ??
        document.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ??
        meta(document, 'date') ?? meta(document, 'pubdate') ?? meta(document, 'dc.date') ?? meta(document, 'dcterms.created') ??
        document.querySelector('article time[datetime], time[pubdate]')?.getAttribute('datetime'),
    ),
    outlet,
    url: toUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href')) ?? toUrl(meta(document, 'og:url')) ?? toUrl(stringOf(article.url)),
    language: toLanguage(
      document.documentElement?.getAttribute('lang') ??
        httpEquiv(document, 'content-language') ??
        meta(document, 'og:locale') ??
        stringOf(article.inLanguage),
    ),
  };
}

/** `<meta property|name="key" content>`, case-insensitive on the key. */
function meta(document: Document, key: string): string | null {
  for (const element of document.querySelectorAll('meta')) {
    const name = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase();
    const content = element.getAttribute('content');
    if (name === key && content?.trim()) return content;
  }
  return null;
}

function httpEquiv(document: Document, key: string): string | null {
  for (const element of document.querySelectorAll('meta[http-equiv]')) {
    if (element.getAttribute('http-equiv')?.toLowerCase() === key) return element.getAttribute('content');
  }
  return null;
}

function authorFromMeta(document: Document): string | null {
  const named = meta(document, 'author') ?? meta(document, 'article:author') ?? meta(document, 'parsely-author') ?? meta(document, 'dc.creator');
  if (named && !/^https?:\/\//i.test(named.trim())) return named;
  return document.querySelector('[rel="author"]')?.textContent ?? null;
}

function readJsonLd(document: Document): JsonLd[] {
  const items: JsonLd[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      items.push(value as JsonLd);
      if ('@graph' in value) visit((value as JsonLd)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block says nothing; the meta tags may still.
    }
  }
  return items;
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return stringOf((value as JsonLd).name);
  return stringOf(value);
}

function namesOf(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map(nameOf).filter((name): name is string => name !== null);
  return names.length ? names.join(', ') : null;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function cleanAuthor(value: string | null): string | null {
  return clean(value?.replace(/^\s*by\s+/i, ''));
}

/** "Headline | Example News" → "Headline" when the page names its outlet. */
function stripSiteName(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ']) {
    const suffix = `${separator}${outlet}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length) return title.slice(0, -suffix.length).trim();
  }
  return title;
}

/** '2024-03-05T10:00:00+03:00' → '2024-03-05' (the date as the publisher wrote it), or a printed date. */
export function toDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(text);
  return parseDate(iso ? iso[1]! : text);
}

function toUrl(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text || !/^https?:\/\//i.test(text)) return null;
  try {
    return new URL(text).toString();
  } catch {
    return null;
  }
}

/** 'EN_us' → 'en-US'-like codes the metadata schema accepts; anything else is left out. */
export function toLanguage(value: string | null | undefined): string | null {
  const text = value?.trim().replace(/_/g, '-');
  if (!text) return null;
  const [primary = '', ...rest] = text.split('-');
  const code = [primary.toLowerCase(), ...rest].join('-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code) ? code : null;
}
