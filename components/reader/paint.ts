// How the reader paints an article's highlights: the look of each highlight, the class of each run
// of text, and each block's inner HTML. Pure functions shared by the server (which paints the
// page's HTML before the browser has any highlight data, lib/server/annotations/reader-paint.ts)
// and the browser (which paints again from the full highlights once they have loaded): both give
// the same strings for the same highlights, so the browser's first paint from data changes nothing.
import { DRAFT_CLASS_NAME, runClassName } from '@/components/reader/highlight-style';
import type { BlockLayout, LineRange } from '@/lib/anchoring/block-layout';
import type { Segment } from '@/lib/anchoring/segments';
import type { TextBlock } from '@/lib/corpus/blocks';

/** A block ready to render: its lines as runs, and the spans that touch it. */
export type ReaderBlock = BlockLayout<TextBlock>;

/** What a highlight contributes to the runs it covers; `token` names it for the blocks' memo keys. */
export type Look = { colors: string[]; isPending: boolean; token: string };
/** How many distinct colours the highlights have, and whether any is pending (a run stops looking once it has met them all). */
export type LookFacts = { colorCount: number; anyPending: boolean; rank: ReadonlyMap<string, number> };

/** The id of the selection being highlighted (the new-highlight popover is open). */
export const DRAFT_ID = '__draft';

const LIST_MARKER = /^\s*(?:[-•*◦▪‣]|\d{1,3}[.)])\s+/u;

/** The stretches of a block that are rendered as text (a list's items, without their markers). */
export function contentRanges(block: TextBlock): LineRange[] {
  if (block.kind !== 'list') return [{ start: block.start, end: block.end }];
  const ranges: LineRange[] = [];
  let lineStart = block.start;
  for (const line of block.text.split('\n')) {
    const marker = LIST_MARKER.exec(line)?.[0].length ?? 0;
    ranges.push({ start: lineStart + marker, end: lineStart + line.length });
    lineStart += line.length + 1;
  }
  return ranges;
}

/** Each highlight's look: the colours of its themes (in the team's order of themes) and whether it is still being saved. */
export function looksOf(highlights: Iterable<{ id: string; tagIds: readonly string[]; isPending?: boolean }>, colorOfTag: ReadonlyMap<string, string>): Map<string, Look> {
  const looks = new Map<string, Look>();
  for (const highlight of highlights) {
    const colors: string[] = [];
    for (const id of highlight.tagIds) {
      const color = colorOfTag.get(id);
      if (color && !colors.includes(color)) colors.push(color);
    }
    const isPending = Boolean(highlight.isPending);
    looks.set(highlight.id, { colors, isPending, token: `${colors.join('')}${isPending ? 'p' : ''}` });
  }
  return looks;
}

/**
 * What a run's class depends on beyond its own highlights. `themeColors` is the team's themes'
 * colours in the team's order: a run's stripe shows its colours in that order, whichever highlight
 * came first, so neighbouring runs under the same themes look alike (and are painted as one).
 */
export function lookFactsOf(looks: ReadonlyMap<string, Look>, themeColors: readonly string[]): LookFacts {
  const colors = new Set<string>();
  let anyPending = false;
  for (const look of looks.values()) {
    for (const color of look.colors) colors.add(color);
    anyPending ||= look.isPending;
  }
  const rank = new Map<string, number>();
  for (const color of themeColors) if (!rank.has(color)) rank.set(color, rank.size);
  return { colorCount: colors.size, anyPending, rank };
}

/**
 * The class names of a run covered by `ids` (components/reader/highlight-style.ts). The loop stops
 * as soon as the run has met every colour in use and its selected and pending state is known: at
 * 10,000 highlights a run lies under hundreds of them.
 */
export function runClassOf(ids: readonly string[], looks: ReadonlyMap<string, Look>, facts: LookFacts, selectedIds: ReadonlySet<string>): string {
  if (ids.includes(DRAFT_ID)) return DRAFT_CLASS_NAME;
  const colors: string[] = [];
  let isSelected = false;
  let isPending = false;
  const needSelected = selectedIds.size > 0;
  for (const id of ids) {
    const look = looks.get(id);
    if (!look) continue;
    if (colors.length < facts.colorCount) for (const color of look.colors) if (!colors.includes(color)) colors.push(color);
    if (needSelected) isSelected ||= selectedIds.has(id);
    isPending ||= look.isPending;
    if (colors.length === facts.colorCount && (isPending || !facts.anyPending) && (isSelected || !needSelected)) break;
  }
  const rankOf = (color: string) => facts.rank.get(color) ?? Number.MAX_SAFE_INTEGER;
  colors.sort((a, b) => rankOf(a) - rankOf(b) || (a < b ? -1 : a > b ? 1 : 0));
  return runClassName(colors, ids.length, isSelected, isPending);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => ESCAPES[c]!);

/** A run as painted: where it starts and ends (UTF-16), how many highlights cover it, its class names ('' when none). */
type PaintedRun = { start: number; end: number; depth: number; className: string };

/**
 * One line's runs as HTML. A run is a span carrying its start offset (`data-s`, which maps a
 * selection back to the text) and, when highlighted, its class and how many highlights cover it
 * (`data-highlights`). Neighbouring runs that look the same are one span (with the most
 * highlights any part of it has): at 10,000 highlights on one article the text lies under dozens
 * of highlights everywhere, and its 5,000 runs look alike. A click finds its highlights from the
 * exact spot (offsetAtPoint), not from the span.
 */
function runsHtml(runs: readonly PaintedRun[], text: string): string {
  let html = '';
  for (let i = 0; i < runs.length; ) {
    const run = runs[i]!;
    let depth = run.depth;
    let j = i + 1;
    if (run.className) for (; j < runs.length && runs[j]!.className === run.className; j++) depth = Math.max(depth, runs[j]!.depth);
    const content = escapeText(text.slice(run.start, runs[j - 1]!.end));
    html += run.className ? `<span data-s="${run.start}" data-highlights="${depth}" class="${run.className}">${content}</span>` : `<span data-s="${run.start}">${content}</span>`;
    i = j;
  }
  return html;
}

function linesHtml(block: TextBlock, lines: readonly PaintedRun[][], text: string): string {
  if (block.kind === 'list') return lines.map((runs) => `<li dir="auto">${runsHtml(runs, text)}</li>`).join('');
  return runsHtml(lines[0]!, text);
}

/** The inner HTML of one block (paragraph, heading or list) with its runs. */
export function blockHtml(layout: ReaderBlock, text: string, classOf: (ids: string[]) => string): string {
  const lines = layout.lines.map((line) => line.runs.map((run) => ({ start: run.start, end: run.end, depth: run.ids.length, className: run.ids.length ? classOf(run.ids) : '' })));
  return linesHtml(layout.block, lines, text);
}

/**
 * The same HTML as blockHtml gives for every block with nothing selected, pending or drafted, from
 * offsets and colours alone, without the runs' highlight ids: one sweep over the highlights' ends,
 * counting how many highlights and how many of each colour cover each run. At 10,000 highlights
 * the runs' id lists hold millions of entries (every run lies under hundreds of highlights); this
 * is what the server paints the page with. `spans` are every highlight (UTF-16), `colored` one
 * entry per highlight and theme colour it has (`color` an index into `themeColors`, the team's
 * themes' colours in the team's order, each colour once).
 */
export function paintBlocks(
  text: string,
  blocks: readonly TextBlock[],
  spans: readonly { start: number; end: number }[],
  colored: readonly { start: number; end: number; color: number }[],
  themeColors: readonly string[],
  names?: Set<string>,
): string[] {
  // Events as (offset, change, channel): channel -1 counts highlights, k >= 0 the colour k.
  const count = 2 * (spans.length + colored.length);
  const at = new Float64Array(count);
  const change = new Int8Array(count);
  const channel = new Int32Array(count);
  let n = 0;
  const add = (offset: number, delta: number, which: number) => { at[n] = offset; change[n] = delta; channel[n++] = which; };
  for (const span of spans) if (span.start < span.end) { add(span.start, 1, -1); add(span.end, -1, -1); }
  for (const span of colored) if (span.start < span.end) { add(span.start, 1, span.color); add(span.end, -1, span.color); }
  // Sorted by offset: each key is offset * size + index, sorted as numbers (no comparator to call).
  let size = 1;
  while (size < n) size *= 2;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = at[i]! * size + i;
  keys.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = keys[i]! % size;

  const perColor = new Int32Array(themeColors.length);
  let depth = 0;
  let next = 0;
  const apply = (upTo: number) => {
    while (next < n && at[order[next]!]! <= upTo) {
      const e = order[next++]!;
      if (channel[e] === -1) depth += change[e]!;
      else perColor[channel[e]!]! += change[e]!;
    }
  };
  const classes = new Map<string, string>();
  const classNow = (): string => {
    if (depth === 0) return '';
    let key = `${Math.min(depth, 5)}`;
    for (let k = 0; k < perColor.length; k++) if (perColor[k]! > 0) key += `,${k}`;
    let className = classes.get(key);
    if (className === undefined) {
      const colors = themeColors.filter((_, k) => perColor[k]! > 0);
      className = runClassName(colors, depth, false, false);
      classes.set(key, className);
      names?.add(className);
    }
    return className;
  };
  return blocks.map((block) => {
    const lines = contentRanges(block).map(({ start: from, end: to }) => {
      const runs: PaintedRun[] = [];
      if (!(from < to)) return runs;
      apply(from);
      let cursor = from;
      while (cursor < to) {
        const end = next < n ? Math.min(at[order[next]!]!, to) : to;
        runs.push({ start: cursor, end, depth, className: classNow() });
        apply(end);
        cursor = end;
      }
      return runs;
    });
    return linesHtml(block, lines, text);
  });
}

/** The analysts who highlighted, as the reader's filter lists them: by name. */
export function sortAnalysts<A extends { id: string; name: string }>(analysts: A[]): A[] {
  return analysts.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
