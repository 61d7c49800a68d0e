'use client';

import Link from 'next/link';
import { useId } from 'react';
import { BlockList } from '@/components/library/block-list';
import { MetaFields } from '@/components/library/meta-fields';
import { metaFieldErrors, type MetaValues } from '@/components/library/meta-values';
import { isKept, type ImportItem } from '@/components/library/use-import-items';
import { Button } from '@/components/ui/button';

type Props = {
  item: ImportItem;
  sources: string[];
  onToggle: (index: number) => void;
  onMeta: (meta: MetaValues) => void;
  onSave: () => void;
  onRemove: () => void;
};

const FORMAT_LABELS = { text: 'Plain text', markdown: 'Markdown', html: 'HTML page' } as const;

/** One article under review: what the cleaning kept and dropped, its metadata, and Save. */
export function ReviewCard({ item, sources, onToggle, onMeta, onSave, onRemove }: Props) {
  const id = useId();
  const isBusy = item.status === 'saving';
  const keptCount = item.blocks.filter((block) => isKept(item, block)).length;
  const otherErrors = Object.entries(item.fieldErrors).filter(([key]) => !key.startsWith('meta.'));
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <header className="mb-4 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={`${id}-title`} className="break-words text-lg font-semibold">
            {item.label}
          </h2>
          {item.status !== 'reading' && item.status !== 'failed' && <p className="text-xs text-slate-500">{FORMAT_LABELS[item.format]}</p>}
        </div>
        {item.status !== 'saved' && (
          <Button type="button" variant="ghost" onClick={onRemove} disabled={isBusy} aria-label={`Remove ${item.label}`}>
            Remove
          </Button>
        )}
      </header>

      {item.status === 'reading' && (
        <div aria-busy="true" className="space-y-2" role="status">
          <span className="sr-only">Reading {item.label}…</span>
          <div className="h-4 w-1/2 animate-pulse rounded bg-slate-200" />
          <div className="h-16 animate-pulse rounded bg-slate-100" />
        </div>
      )}

      {item.status === 'failed' && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {item.error}
        </p>
      )}

      {item.status === 'saved' && item.saved && (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          Saved as{' '}
          <Link href={`/documents/${item.saved.id}`} className="font-medium underline">
            {item.saved.title}
          </Link>
          .
        </p>
      )}

      {(item.status === 'ready' || item.status === 'saving') && (
        <form
          className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
          onSubmit={(event) => {
            event.preventDefault();
            onSave();
          }}
        >
          <BlockList item={item} disabled={isBusy} onToggle={onToggle} />
          <div className="space-y-4">
            {item.duplicateOf && (
              <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">
                This text is already in the team as{' '}
                <Link href={`/documents/${item.duplicateOf.id}`} className="font-medium underline">
                  {item.duplicateOf.title}
                </Link>
                . Change what is kept, or remove this one.
              </p>
            )}
            <MetaFields values={item.meta} errors={metaFieldErrors(item.fieldErrors)} sources={sources} disabled={isBusy} onChange={onMeta} />
            {item.error && !item.duplicateOf && (
              <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
                <p>{item.error}</p>
                {otherErrors.map(([key, messages]) => (
                  <p key={key}>{messages[0]}</p>
                ))}
              </div>
            )}
            <Button type="submit" disabled={isBusy || keptCount === 0} className="w-full sm:w-auto">
              {isBusy ? 'Saving…' : 'Save article'}
            </Button>
            {keptCount === 0 && <p className="text-sm text-slate-600">Keep at least one block to save.</p>}
          </div>
        </form>
      )}
    </section>
  );
}
