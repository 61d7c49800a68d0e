// The server never trusts a client's quote: it re-derives it from the stored text, and refuses a
// selection it cannot anchor, with a message the analyst can act on.
import { createOffsetIndex, type OffsetIndex } from '@/lib/anchoring/offsets';
import { quoteAt, type TextQuote } from '@/lib/anchoring/quote';

/** Why a selection was refused, and the field to blame. */
export type SelectionProblem = { field: 'start' | 'end' | 'exact'; message: string };

/** The outcome of checking a selection: its quote as derived from the text, or the problem. */
export type SelectionCheck = { ok: true; quote: TextQuote } | { ok: false; problem: SelectionProblem };

/** A selection as a client sends it: code-point offsets, end exclusive, and optionally its text. */
export type Selection = { start: number; end: number; exact?: string | null };

const refuse = (field: SelectionProblem['field'], message: string): SelectionCheck => ({ ok: false, problem: { field, message } });

/**
 * Checks a code-point selection against `text`. A selection may split a grapheme (e.g. end
 * between "e" and a combining accent): those are separate code points, and refusing would only
 * puzzle the analyst. `exact`, when given, must equal the text of the span; null or absent skips
 * that check. Pass an index of `text` when checking many selections of it.
 */
export function checkSelection(text: string, selection: Selection, index?: OffsetIndex): SelectionCheck {
  const { start, end, exact } = selection;
  if (!Number.isInteger(start)) return refuse('start', 'The selection start must be a whole number of characters; select the text again.');
  if (start < 0) return refuse('start', 'The selection starts before the beginning of the text; select the text again.');
  if (!Number.isInteger(end)) return refuse('end', 'The selection end must be a whole number of characters; select the text again.');
  if (end <= start) return refuse('end', 'The selection is empty.');

  if (index && index.text !== text) throw new Error('checkSelection: the offset index belongs to another text.');
  const offsets = index ?? createOffsetIndex(text);
  const length = offsets.codePointLength;
  if (end > length) {
    // Blame the start when nothing of the selection is inside the text.
    return refuse(start >= length ? 'start' : 'end', `The selection runs past the end of the text (${length} characters).`);
  }

  const quote = quoteAt(text, start, end, offsets);
  if (exact != null && exact !== quote.exact) {
    return refuse('exact', 'The quoted text does not match the article at that position; reload the article and select again.');
  }
  if (/^\s*$/u.test(quote.exact)) return refuse('exact', 'The selection contains only spaces.');
  return { ok: true, quote };
}
