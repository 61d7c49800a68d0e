'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { DeleteDocumentDialog } from '@/components/library/delete-document-dialog';
import { MetaFields } from '@/components/library/meta-fields';
import { metaFieldErrors, toMetaInput, type MetaValues } from '@/components/library/meta-values';
import { Button } from '@/components/ui/button';
import { ApiError, fetchJson } from '@/lib/client/fetch-json';

type Props = { documentId: string; title: string; initial: MetaValues; sources: string[]; highlights: number };

/** Edits an article's metadata (the text stays as it is) and offers to delete it. */
export function DocumentDetailsForm({ documentId, title, initial, sources, highlights }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string; fields: Record<string, string[]> }>({ kind: 'idle' });
  const [isDeleting, setIsDeleting] = useState(false);
  const isDirty = JSON.stringify(values) !== JSON.stringify(saved);

  async function submit() {
    setStatus({ kind: 'saving' });
    try {
      await fetchJson(`/api/documents/${documentId}`, { method: 'PATCH', json: { ...toMetaInput(values), title: values.title.trim() } });
      setSaved(values);
      setStatus({ kind: 'saved' });
      router.refresh();
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      setStatus({ kind: 'error', message: apiError?.message ?? 'The changes could not be saved.', fields: apiError?.fields ?? {} });
    }
  }

  return (
    <div className="space-y-8">
      <form
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <MetaFields values={values} errors={status.kind === 'error' ? metaFieldErrors(status.fields) : {}} sources={sources} disabled={status.kind === 'saving'} isTitleRequired onChange={setValues} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={status.kind === 'saving' || !isDirty}>
            {status.kind === 'saving' ? 'Saving…' : 'Save changes'}
          </Button>
          <p role="status" className="text-sm text-slate-600">
            {status.kind === 'saved' && !isDirty ? 'Saved.' : ''}
          </p>
        </div>
        {status.kind === 'error' && (
          <p role="alert" className="text-sm text-red-700">
            {status.message}
          </p>
        )}
      </form>

      <section aria-labelledby="danger-title" className="rounded-xl border border-red-200 bg-white p-4 sm:p-5">
        <h2 id="danger-title" className="text-base font-semibold">
          Delete this article
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {highlights > 0
            ? `Its ${highlights} ${highlights === 1 ? 'highlight goes' : 'highlights go'} with it, with their themes, notes and ratings.`
            : 'It has no highlights yet.'}
        </p>
        <Button type="button" variant="secondary" className="mt-3 border-red-300 text-red-800 hover:bg-red-50" onClick={() => setIsDeleting(true)}>
          Delete article…
        </Button>
      </section>
      {isDeleting && <DeleteDocumentDialog documentId={documentId} title={title} highlights={highlights} onClose={() => setIsDeleting(false)} />}
    </div>
  );
}
