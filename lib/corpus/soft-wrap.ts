import { isBoilerplateSectionStart, isTocHeading, parseCreditLine } from './boilerplate';
import { parseByline } from './byline';
import type { IndexedLine, WorkBlock } from './text-lines';
import { endsWithSentencePunctuation } from './text-patterns';

const MAX_HEADING_LENGTH = 120;

/**
 * Joins the lines of one hard-wrapped paragraph (consecutive prose lines with no blank line
 * between them) with single spaces. Lines the page meant as lines of their own stay blocks of their
 * own even without a blank line after them:
 * - at the start, byline lines ("By Jane Doe"), a short line right above a byline, section markers
 *   ("Related articles", "Contents"), and short unpunctuated lines at most half as long as the
 *   longest line below them (a heading over its paragraph: wrapped lines fill the width, so a first
 *   line that short is not a wrap);
 * - at the very end of the text (`isLastRun`), a credit line ("Source: Reuters").
 */
export function joinWrappedLines(run: IndexedLine[], isLastRun = false): WorkBlock[] {
  if (run.length < 2) return run.map(toBlock);
  // widestBelow[i]: the longest line after line i.
  const widestBelow = run.map(() => 0);
  for (let i = run.length - 2; i >= 0; i -= 1) {
    widestBelow[i] = Math.max(widestBelow[i + 1] ?? 0, run[i + 1]?.text.length ?? 0);
  }
  let start = 0;
  while (start < run.length - 1 && isOwnHeadLine(run, start, widestBelow[start] ?? 0)) start += 1;
  const head = run.slice(0, start);
  const rest = run.slice(start);
  const last = rest[rest.length - 1];
  const credit = isLastRun && rest.length > 1 && last && parseCreditLine(last.text) !== null ? last : undefined;
  const body = credit ? rest.slice(0, -1) : rest;
  const joined = body[0] ? [{ ...toBlock(body[0]), text: body.map((line) => line.text).join(' ') }] : [];
  return [...head.map(toBlock), ...joined, ...(credit ? [toBlock(credit)] : [])];
}

function toBlock(line: IndexedLine): WorkBlock {
  return { index: line.index, text: line.text, isList: false };
}

function isOwnHeadLine(run: IndexedLine[], i: number, widestBelow: number): boolean {
  const text = run[i]?.text ?? '';
  if (parseByline(text) || isBoilerplateSectionStart(text) || isTocHeading(text)) return true;
  if (text.length > MAX_HEADING_LENGTH) return false;
  if (parseByline(run[i + 1]?.text ?? '')) return true;
  return !endsWithSentencePunctuation(text) && text.length * 2 <= widestBelow;
}
