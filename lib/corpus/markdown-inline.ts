import type { IndexedDrop, WorkBlock } from './text-lines';
import { isListItem } from './text-patterns';

// Inline Markdown reduced to its text, one line at a time (a list block keeps one item per line).
// Code spans and backslash escapes are set aside first so that nothing inside them is read as markup.

// "\*" (an escaped punctuation character) or a code span: a run of backticks, content, the same run.
const PROTECTED = /\\([!-/:-@[-`{-~])|(?<!`)(`+)(?!`)(.+?)(?<!`)\2(?!`)/g;
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
// A link destination "(url)", "(<url>)", "(url "title")", with one level of parentheses inside the url.
// Written so that no two parts can take the same spaces: a long run of spaces costs linear time.
const DESTINATION = String.raw`\([ \t]*(?:(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))+)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*)?\)`;
const TARGET = String.raw`(?:${DESTINATION}|\[[^\]\n]*\])`;
// The spaces before an image (or an emptied link) go with it; "(?<![ \t])" starts them at the run's start only.
const IMAGE = new RegExp(String.raw`(?:(?<![ \t])[ \t]+)?(!\[[^\]\n]*\]${TARGET})`, 'g');
const LINK = new RegExp(String.raw`((?<![ \t])[ \t]+)?\[([^\]\n]*)\]${TARGET}`, 'g');
const AUTOLINK = /<((?:https?|ftp|mailto):[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/gi;
// Content may not hold its own delimiter (a single "*" may sit inside "**…**"), so an unclosed
// marker costs a scan to the next marker, not to the end of the line.
const EMPHASIS: RegExp[] = [
  /\*\*(?=[^\s*])((?:[^*]|\*(?!\*))+?)(?<=[^\s*])\*\*/g,
  /(?<![\p{L}\p{N}_])__(?=[^\s_])((?:[^_]|_(?!_))+?)(?<=[^\s_])__(?![\p{L}\p{N}_])/gu,
  /\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*/g,
  /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu,
  /~~(?=[^\s~])((?:[^~]|~(?!~))+?)(?<=[^\s~])~~/g,
];

/**
 * Reduces one line of Markdown to its text: **bold**, __bold__, *em*, _em_, ~~strike~~ and `code`
 * lose their markers, [text](url) and [text][ref] become "text", <https://x> becomes the address,
 * "\*" becomes "*", and images (![alt](src)) go, each reported through `onImage`.
 */
export function reduceInlineMarkup(line: string, onImage: (image: string) => void = () => {}): string {
  const kept: string[] = [];
  const hold = (text: string): string => `\uE000${kept.push(text) - 1}\uE001`;
  // Placeholders are private-use characters around an index; one that was in the text already stays.
  const restore = (text: string): string => text.replace(PLACEHOLDER, (match, n: string) => kept[Number(n)] ?? match);
  let text = line.replace(PROTECTED, (_, escaped?: string, _ticks?: string, code?: string) => {
    if (escaped !== undefined) return hold(escaped);
    const body = code ?? '';
    // One space on each side of a code span is padding (so "`` `x` ``" can hold a backtick).
    const isPadded = body.length > 2 && body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '';
    return hold(isPadded ? body.slice(1, -1) : body);
  });
  text = text.replace(IMAGE, (_, image: string) => {
    onImage(restore(image));
    return '';
  });
  // A link left with no text (it held only an image) goes with the space before it, like an image.
  text = text.replace(LINK, (_, space: string | undefined, label: string) => (label ? (space ?? '') + label : ''));
  text = text.replace(AUTOLINK, '$1');
  for (const pattern of EMPHASIS) text = text.replace(pattern, '$1');
  return restore(text).trim();
}

/**
 * Reduces the inline markup of every block but code blocks. A block left empty (an image on its
 * own) goes; an image is reported as dropped 'markup', and so is a block of nothing but other markup.
 */
export function reduceBlockMarkup(blocks: WorkBlock[], drops: IndexedDrop[]): WorkBlock[] {
  const kept: WorkBlock[] = [];
  for (const block of blocks) {
    if (block.role === 'code') {
      kept.push(block);
      continue;
    }
    let images = 0;
    const onImage = (image: string): void => {
      images += 1;
      drops.push({ index: block.index, text: image, reason: 'markup' });
    };
    const lines = block.text
      .split('\n')
      .map((line) => reduceInlineMarkup(line, onImage))
      .filter((line) => line !== '' && !(block.isList && !isListItem(line)));
    if (lines.length > 0) kept.push({ ...block, text: lines.join('\n') });
    else if (images === 0) drops.push({ index: block.index, text: block.text, reason: 'markup' });
  }
  return kept;
}
