'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ApiError, fetchJson } from '@/lib/client/fetch-json';

type Props = { documentId: string; title: string; highlights: number; onClose: () => void };

/** Says what deleting loses and deletes on confirmation (with `confirm=true` when there are highlights). */
export function DeleteDocumentDialog({ documentId, title, highlights: initialHighlights, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const router = useRouter();
  const [highlights, setHighlights] = useState(initialHighlights);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    ref.current?.showModal();
  }, []);

  async function confirm() {
    setIsPending(true);
    setError(null);
    try {
      await fetchJson(`/api/documents/${documentId}${highlights > 0 ? '?confirm=true' : ''}`, { method: 'DELETE' });
      router.push('/documents');
      router.refresh();
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : null;
      // Someone highlighted it meanwhile: show the new count and ask again.
      const current = apiError?.status === 409 ? (apiError.current as { highlights?: number } | undefined) : undefined;
      if (current?.highlights !== undefined) setHighlights(current.highlights);
      setError(apiError?.message ?? 'The article could not be deleted.');
      setIsPending(false);
    }
  }

  const count = `${highlights} ${highlights === 1 ? 'highlight' : 'highlights'}`;
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={onClose}
      onCancel={(event) => isPending && event.preventDefault()}
      className="m-auto w-[min(32rem,calc(100%-2rem))] rounded-xl border border-slate-200 bg-white p-5 text-ink shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Delete “{title}”?
      </h2>
      <p id={`${id}-body`} className="mt-2 text-sm text-slate-700">
        {highlights > 0
          ? `The article and its ${count} (with their themes, notes and ratings) will be deleted for the whole team. This cannot be undone.`
          : 'The article will be deleted for the whole team. This cannot be undone.'}
      </p>
      {error && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={() => ref.current?.close()} disabled={isPending} autoFocus>
          Cancel
        </Button>
        <Button type="button" onClick={() => void confirm()} disabled={isPending} className="bg-red-700 hover:bg-red-800">
          {isPending ? 'Deleting…' : highlights > 0 ? `Delete article and ${count}` : 'Delete article'}
        </Button>
      </div>
    </dialog>
  );
}
