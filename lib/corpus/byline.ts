import { endsWithSentencePunctuation } from './text-patterns';
import { DATE_SOURCE, parseDate } from './parse-date';

/** What a byline or dateline states about an article; each field null when the line does not say. */
export type Byline = { author: string | null; publishedDate: string | null };

// Separators sites put between name and date. Dashes need spaces around them so "Jean-Luc" stays a name.
const SEPARATOR = String.raw`(?:\s*[,|·•]\s*|\s+[-–—]\s+)`;
const LABEL = /^(?:date|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated|on)\b\s*:?\s*/i;
const DATE_FIRST = new RegExp(String.raw`^(${DATE_SOURCE})(?:(?:${SEPARATOR}|\s+)(?:by\s+)?(.+))?$`, 'i');
const BY_FIRST = new RegExp(String.raw`^by\s+(.+?)(?:${SEPARATOR}(.+))?$`, 'i');
const DATE_ANYWHERE = new RegExp(DATE_SOURCE, 'i');
const NAME_WORD = /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*$/u;
const NAME_PARTICLES = new Set(['and', '&', 'de', 'da', 'del', 'der', 'di', 'du', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'le', 'la']);

/**
 * Reads a standalone byline/dateline line ("By Jane Doe", "By Jane Doe, March 3, 2024",
 * "date 2024-01-01 Vanessa Ghanem", "Published: 28 October 2023"); null when the line is anything else.
 */
export function parseByline(line: string): Byline | null {
  const text = line.trim();
  if (text.length > 120) return null;
  const byFirst = BY_FIRST.exec(text);
  if (byFirst) return parseByFirst(byFirst[1] ?? '', byFirst[2] ?? '');
  const dateFirst = DATE_FIRST.exec(text.replace(LABEL, ''));
  if (!dateFirst) return null;
  const publishedDate = parseDate(dateFirst[1] ?? '');
  const name = dateFirst[2]?.trim();
  if (!publishedDate) return null;
  if (name === undefined) return { author: null, publishedDate };
  return isPersonName(name) ? { author: name, publishedDate } : null;
}

function parseByFirst(name: string, rest: string): Byline | null {
  if (!isPersonName(name)) return null;
  const dateMatch = DATE_ANYWHERE.exec(rest);
  const publishedDate = dateMatch ? parseDate(dateMatch[0]) : null;
  // Whatever is left besides the date must look like a role ("Staff Writer"), not a sentence:
  // "By Tuesday, the army had left." must stay prose.
  const leftover = (dateMatch ? rest.replace(dateMatch[0], ' ') : rest)
    .replace(/[,|·•–—-]/g, ' ')
    .replace(LABEL, '')
    .trim();
  const isRoleLike = leftover.length <= 40 && !/\d/.test(leftover) && !endsWithSentencePunctuation(leftover);
  return isRoleLike ? { author: name.trim(), publishedDate } : null;
}

/** True for 1–6 capitalised words (particles like "van", "al" allowed inside), as bylines print names. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 6 || text.length > 60) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (NAME_PARTICLES.has(first) || NAME_PARTICLES.has(last)) return false;
  return words.every((word) => NAME_PARTICLES.has(word) || NAME_WORD.test(word));
}

// A lede opening "Los Angeles, October 28, 2023 - The recent…": up to three place names of
// capitalised words ("Rio de Janeiro", "BEIRUT"), the date, an optional "(Reuters)", then a dash.
// Capitalised words keep "The recent conflict, October 28, 2023 - …" from reading as a dateline.
const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const PLACE = String.raw`${PLACE_WORD}(?:\s+(?:(?:de|del|da|do|la|el|al|am|upon|on)\s+)?${PLACE_WORD}){0,3}`;
const LEDE_DATELINE = new RegExp(
  String.raw`^(?:${PLACE},\s*){0,3}(${DATE_SOURCE})(?:\s*\([^)]{1,40}\))?\s*[-–—:]\s+\S`,
  'u',
);

/** The date stated by a dateline opening the lede paragraph, as 'YYYY-MM-DD'; null when there is none. */
export function parseLedeDateline(paragraph: string): string | null {
  const match = LEDE_DATELINE.exec(paragraph);
  return match ? parseDate(match[1] ?? '') : null;
}
