import { isListItem } from './text-patterns';
import { indentOf, isBlankLine, rawLines, type IndexedDrop, type IndexedLine } from './text-lines';

// Line-based reading of Markdown's block structure: headings, fenced code, rules, quotes and list
// markers. Inline markup is reduced later, once wrapped lines are joined (see markdown-inline.ts).

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const ATX_HEADING = /^#{1,6}(?=[ \t]|$)/;
// A closing "##" run needs a space before it ("# C#" keeps its "#"); the lookbehind keeps the search linear.
const ATX_CLOSING = /(?<=^|[ \t])#+$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)$/;
const RULE = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const QUOTE_MARKER = /^ {0,3}>[ \t]?/;
const BULLET = /^[*+-][ \t]+(?=\S)/;
const LINK_DEFINITION = /^\[(?!\^)[^\]]+\]:[ \t]*\S+(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?$/;
const FRONT_MATTER_KEY = /^[A-Za-z_][\w-]*[ \t]*:/;
const FRONT_MATTER_END = /^(?:---|\.\.\.)[ \t]*$/;

type Fence = { marker: string; index: number; depth: number; indent: number; lines: string[] };

/**
 * Reads Markdown into lines for groupBlocks: heading markers go ("## X" → "X", with role 'h1' for
 * a level-1 heading), setext underlines turn the line above into a heading, "> " quote markers go,
 * bullets become "- ", a fenced code block becomes one line holding its inner lines (role 'code'),
 * and rules, link definitions and YAML front matter are dropped as 'markup'.
 */
export function readMarkdown(raw: string, drops: IndexedDrop[]): IndexedLine[] {
  const lines = rawLines(raw);
  const out: IndexedLine[] = [];
  let fence: Fence | null = null;
  let pendingBreak = true;
  let previousDepth = 0;
  const frontMatterEnd = findFrontMatterEnd(lines);
  if (frontMatterEnd > 0) drops.push({ index: 0, text: lines.slice(0, frontMatterEnd + 1).join('\n'), reason: 'markup' });

  for (const [index, line] of lines.entries()) {
    if (index <= frontMatterEnd) continue;
    if (fence) {
      const inner = stripQuotes(line, fence.depth).rest;
      const [, marker = '', after = ''] = FENCE_OPEN.exec(inner) ?? [];
      if (marker[0] === fence.marker[0] && marker.length >= fence.marker.length && after.trim() === '') {
        if (fence.lines.length > 0) out.push(codeLine(fence));
        fence = null;
        pendingBreak = true;
      } else if (!isBlankLine(inner)) fence.lines.push(inner.replace(new RegExp(`^ {0,${fence.indent}}`), '').trimEnd());
      continue;
    }
    const { depth, rest } = stripQuotes(line);
    if (isBlankLine(rest)) {
      pendingBreak = true;
      previousDepth = depth;
      continue;
    }
    const breakBefore = pendingBreak || depth !== previousDepth;
    pendingBreak = false;
    previousDepth = depth;
    const indent = indentOf(rest);
    const text = rest.trim();
    const open = indent <= 3 ? FENCE_OPEN.exec(rest) : null;
    if (open?.[1] && !(open[1].startsWith('`') && open[2]?.includes('`'))) {
      fence = { marker: open[1], index, depth, indent, lines: [] };
      continue;
    }
    const atx = indent <= 3 ? ATX_HEADING.exec(text) : null;
    const previous = out[out.length - 1];
    if (atx) {
      const content = text.slice(atx[0].length).trim().replace(ATX_CLOSING, '').trimEnd();
      if (content === '') drops.push({ index, text, reason: 'markup' });
      else out.push({ index, text: content, breakBefore: true, indent: 0, role: atx[0] === '#' ? 'h1' : 'heading' });
      pendingBreak = true;
    } else if (indent <= 3 && SETEXT_UNDERLINE.test(text) && !breakBefore && previous && !previous.role && !isListItem(previous.text)) {
      previous.role = text.startsWith('=') ? 'h1' : 'heading';
      previous.breakBefore = true;
      pendingBreak = true;
    } else if (indent <= 3 && (RULE.test(text) || LINK_DEFINITION.test(text))) {
      drops.push({ index, text, reason: 'markup' });
      pendingBreak = true;
    } else {
      // A trailing backslash is a hard line break; the lines are joined like any other wrap.
      const content = text.replace(BULLET, '- ').replace(/(?<!\\)\\$/, '').trimEnd();
      out.push({ index, text: content, breakBefore, indent });
    }
  }
  // An unclosed fence runs to the end of the text.
  if (fence && fence.lines.length > 0) out.push(codeLine(fence));
  return out;
}

// YAML front matter: "---" on the first line, "key: value" on the next, closed by "---" or "...".
function findFrontMatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== '---' || !FRONT_MATTER_KEY.test(lines[1] ?? '')) return -1;
  return lines.findIndex((line, i) => i > 1 && FRONT_MATTER_END.test(line));
}

function stripQuotes(line: string, maxDepth = Infinity): { depth: number; rest: string } {
  let depth = 0;
  let rest = line;
  for (let match = QUOTE_MARKER.exec(rest); match && depth < maxDepth; match = QUOTE_MARKER.exec(rest)) {
    rest = rest.slice(match[0].length);
    depth += 1;
  }
  return { depth, rest };
}

// Inner lines lose the indentation they all share; blank lines inside go, so the block stays one block.
function codeLine(fence: Fence): IndexedLine {
  const common = fence.lines.reduce((min, line) => Math.min(min, /^[ \t]*/.exec(line)?.[0].length ?? 0), Infinity);
  const text = fence.lines.map((line) => line.slice(common)).join('\n');
  return { index: fence.index, text, breakBefore: true, indent: 0, role: 'code' };
}
