// Shape tests on single lines/blocks, shared by the cleaner and by the block splitter so the
// reader and the cleaner never disagree about what a list or a sentence end is.

// "- x", "• x", "* x", "◦ x", "▪ x", "1. x", "2) x": a marker, whitespace, then content.
// Digits are capped at 3 so a year opening a sentence ("2023. It was…") is not a list item.
const LIST_ITEM = /^(?:[-•*◦▪‣]|\d{1,3}[.)])\s+\S/u;

// Final punctuation may be followed by closing quotes or brackets: `…he said.”` still ends a sentence.
// Arabic/Persian "؟", CJK "。！？" and Devanagari "।" count too, so non-Latin prose is not read as headings.
const SENTENCE_END = /[.!?…؟。！？।][”"'’»)\]]*$/u;

/** True when the line reads as one item of a bulleted or numbered list. */
export function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** True when the text ends the way a sentence does (., !, ?, …, optionally then a closing quote). */
export function endsWithSentencePunctuation(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}
