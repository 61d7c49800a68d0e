// Maps a DOM selection inside the reader back to UTF-16 offsets of the canonical text. Every text
// run is rendered in an element carrying `data-s`, its start offset in the canonical text.

const RUN_SELECTOR = '[data-s]';

function runStart(element: Element | null): number | null {
  const value = element?.closest(RUN_SELECTOR)?.getAttribute('data-s');
  return value === undefined || value === null ? null : Number(value);
}

function textRuns(root: Node): HTMLElement[] {
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).matches(RUN_SELECTOR)) return [root as HTMLElement];
  return root.nodeType === Node.ELEMENT_NODE ? Array.from((root as Element).querySelectorAll<HTMLElement>(RUN_SELECTOR)) : [];
}

/** The canonical offset of a DOM boundary point (node, offset), or null outside the text. */
export function domPointToOffset(node: Node, offset: number, edge: 'start' | 'end'): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const start = runStart(node.parentElement);
    return start === null ? null : start + offset;
  }
  // An element boundary: the point sits between children. Use the first run after it (for a
  // start) or the end of the last run before it (for an end).
  const children = Array.from(node.childNodes);
  if (edge === 'start') {
    for (const child of children.slice(offset)) {
      const run = textRuns(child)[0];
      if (run) return Number(run.dataset.s);
    }
  } else {
    for (const child of children.slice(0, offset).reverse()) {
      const runs = textRuns(child);
      const run = runs[runs.length - 1];
      if (run) return Number(run.dataset.s) + (run.textContent?.length ?? 0);
    }
  }
  const own = runStart(node as Element);
  return own;
}

/** The selection's [start, end) in UTF-16 offsets, if it is non-empty and inside `container`. */
export function selectionOffsets(selection: Selection | null, container: HTMLElement): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = domPointToOffset(range.startContainer, range.startOffset, 'start');
  const end = domPointToOffset(range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/**
 * The canonical offset under a click, for finding the highlights that cover that spot: the
 * character at the pointer (a span may hold several runs that look alike, components/reader/
 * paint.ts), or the start of the clicked run where the browser cannot tell the character.
 */
export function offsetAtPoint(event: { target: EventTarget | null; clientX: number; clientY: number }): number | null {
  const target = event.target instanceof Element ? event.target.closest(RUN_SELECTOR) : null;
  const start = runStart(target);
  if (!target || start === null) return null;
  let node: Node | null = null;
  let offset = 0;
  if ('caretPositionFromPoint' in document) {
    const position = document.caretPositionFromPoint(event.clientX, event.clientY);
    if (position) ({ offsetNode: node, offset } = position);
  } else if ('caretRangeFromPoint' in document) {
    const range = (document as Document).caretRangeFromPoint(event.clientX, event.clientY);
    if (range) ({ startContainer: node, startOffset: offset } = range);
  }
  const length = target.textContent?.length ?? 0;
  if (node?.nodeType !== Node.TEXT_NODE || node.parentElement !== target || length === 0) return start;
  // The caret falls between two characters, on the side of the nearer one: clicking the right half
  // of a character puts it after that character. Take the character before the caret when the
  // pointer is on it.
  if (offset > 0) {
    const before = document.createRange();
    before.setStart(node, offset - 1);
    before.setEnd(node, offset);
    for (const rect of before.getClientRects()) {
      if (event.clientX >= rect.left && event.clientX <= rect.right && event.clientY >= rect.top && event.clientY <= rect.bottom) return start + offset - 1;
    }
  }
  return start + Math.min(offset, length - 1);
}
