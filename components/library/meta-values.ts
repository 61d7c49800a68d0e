// The metadata form's values: strings while editing, nulls for empty fields when sent.

/** What the person can edit about an article before (or after) saving it. */
export type MetaValues = { title: string; source: string; author: string; publishedDate: string; url: string; language: string };

export const META_LABELS: Record<keyof MetaValues, string> = {
  title: 'Title',
  source: 'Outlet',
  author: 'Author',
  publishedDate: 'Published',
  url: 'URL',
  language: 'Language',
};

type Nullable = { [K in keyof MetaValues]?: string | null };

/** Form values from metadata read by the server (nulls become empty fields). */
export function toMetaValues(meta: Nullable & { outlet?: string | null }): MetaValues {
  return {
    title: meta.title ?? '',
    source: meta.source ?? meta.outlet ?? '',
    author: meta.author ?? '',
    publishedDate: meta.publishedDate ?? '',
    url: meta.url ?? '',
    language: meta.language ?? '',
  };
}

/** The values as the API takes them: trimmed, empty fields as null. */
export function toMetaInput(values: MetaValues): { [K in keyof MetaValues]: string | null } {
  const entries = Object.entries(values).map(([key, value]) => [key, value.trim() ? value.trim() : null]);
  return Object.fromEntries(entries) as { [K in keyof MetaValues]: string | null };
}

/** Field errors of a `meta.*` 422 (or of top-level fields on PATCH) keyed by form field. */
export function metaFieldErrors(fields: Record<string, string[]>): Partial<Record<keyof MetaValues, string>> {
  const errors: Partial<Record<keyof MetaValues, string>> = {};
  for (const key of Object.keys(META_LABELS) as (keyof MetaValues)[]) {
    const message = fields[`meta.${key}`]?.[0] ?? fields[key]?.[0];
    if (message) errors[key] = message;
  }
  return errors;
}
