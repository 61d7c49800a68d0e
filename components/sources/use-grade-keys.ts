'use client';

import { useEffect, useRef } from 'react';
import { isReliability, type Reliability } from '@/lib/agreement/admiralty';

// Radios, checkboxes and buttons take no typed text, so a letter pressed on them is a shortcut.
const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True where a typed letter belongs to the focused field, not to the page. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** Calls `onGrade` when a letter a–f / A–F is pressed anywhere on the page outside a text field. */
export function useGradeKeys(onGrade: (grade: Reliability) => void, isEnabled: boolean) {
  const latest = useRef(onGrade);
  useEffect(() => {
    latest.current = onGrade;
  });
  useEffect(() => {
    if (!isEnabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const grade = event.key.toUpperCase();
      if (event.key.length !== 1 || !isReliability(grade)) return;
      event.preventDefault();
      latest.current(grade);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isEnabled]);
}
