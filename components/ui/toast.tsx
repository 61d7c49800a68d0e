'use client';

import { useCallback, useEffect, useState } from 'react';

/** A message that announces itself to screen readers and fades after a few seconds. */
export function useToast(timeoutMs = 6000) {
  const [message, setMessage] = useState<{ text: string; id: number } | null>(null);
  const show = useCallback((text: string) => setMessage({ text, id: Date.now() }), []);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), timeoutMs);
    return () => clearTimeout(timer);
  }, [message, timeoutMs]);
  const view = (
    <div aria-live="assertive" className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
      {message && (
        <p role="status" key={message.id} className="pointer-events-auto max-w-lg rounded-lg bg-ink px-4 py-3 text-sm text-white shadow-lg">
          {message.text}
          <button type="button" className="ml-3 underline" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
  return { show, view };
}
