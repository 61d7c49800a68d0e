import { endsWithSentencePunctuation, isListItem } from './text-patterns';

/** A paragraph, heading or list of the canonical text, located by UTF-16 offsets into it. */
export type TextBlock = {
  kind: 'paragraph' | 'heading' | 'list';
  /** Offset of the first character, as a JS string index into the canonical text. */
  start: number;
  /** Offset just past the last character; `canonical.slice(start, end) === text`. */
  end: number;
  text: string;
};

const MAX_HEADING_LENGTH = 120;

/**
 * Splits canonical text into the blocks the reader renders. Blocks are separated by blank lines
 * ("\n\n" in canonical text; longer runs of newlines are tolerated and skipped, so offsets stay
 * right even for text that did not come out of cleanText).
 */
export function splitBlocks(canonical: string): TextBlock[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const separator of canonical.matchAll(/\n{2,}/g)) {
    spans.push({ start, end: separator.index });
    start = separator.index + separator[0].length;
  }
  spans.push({ start, end: canonical.length });

  const nonEmpty = spans.filter((span) => span.end > span.start);
  return nonEmpty.map((span, i) => {
    const text = canonical.slice(span.start, span.end);
    return { kind: classify(text, i < nonEmpty.length - 1), start: span.start, end: span.end, text };
  });
}

const MAX_QUESTION_HEADING_LENGTH = 80;

function classify(text: string, isFollowed: boolean): TextBlock['kind'] {
  const lines = text.split('\n');
  if (lines.every(isListItem)) return 'list';
  if (!isFollowed || lines.length !== 1) return 'paragraph';
  const isPlainHeading = text.length <= MAX_HEADING_LENGTH && !endsWithSentencePunctuation(text);
  return isPlainHeading || isQuestionHeading(text) ? 'heading' : 'paragraph';
}

/** "Iran-Israel hostility: A tool for Russia?": a short, single question with no other sentence in it. */
function isQuestionHeading(text: string): boolean {
  const body = text.trimEnd();
  return body.length <= MAX_QUESTION_HEADING_LENGTH && body.endsWith('?') && !/[.!?…]/.test(body.slice(0, -1));
}
