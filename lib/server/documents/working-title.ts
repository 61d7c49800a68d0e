import 'server-only';

const MAX_TITLE = 90;

/**
 * A title for an article whose text states none: its first sentence, shortened at a word
 * boundary. Taken from the text itself, so nothing is invented.
 */
export function workingTitle(canonical: string): string {
  const firstBlock = canonical.split('\n')[0]?.trim() ?? '';
  const sentence = /^(.+?[.!?])(\s|$)/u.exec(firstBlock)?.[1] ?? firstBlock;
  if (sentence.length <= MAX_TITLE) return sentence || 'Untitled article';
  const cut = sentence.slice(0, MAX_TITLE);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}
