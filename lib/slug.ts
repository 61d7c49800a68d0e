/**
 * A URL- and file-safe slug: "Russia-Iran desk" → "russia-iran-desk". Accents are dropped, other
 * letters outside ASCII too, so a name written only in them gives `fallback`.
 */
export function slugify(value: string, options: { fallback: string; maxLength?: number }): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, options.maxLength ?? Infinity)
    .replace(/-+$/, '');
  return slug || options.fallback;
}
