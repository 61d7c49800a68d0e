'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** Copies `text` to the clipboard and says so; where the clipboard is unavailable, says to copy by hand. */
export function CopyButton({ text, label = 'Copy link' }: { text: string; label?: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" onClick={copy}>
        {label}
      </Button>
      <span role="status" className="text-sm text-slate-600">
        {status === 'copied' ? 'Copied.' : status === 'failed' ? 'Select the text and copy it.' : ''}
      </span>
    </span>
  );
}
