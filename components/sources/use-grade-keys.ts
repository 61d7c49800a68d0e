'use client';

import { useEffect, useRef } from 'react';
import { isReliability, type Reliability } from '@/lib/agreement/admiralty';
import { isTyping } from '@/lib/client/is-typing';

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
