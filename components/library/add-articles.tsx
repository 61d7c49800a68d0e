'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { ReviewCard } from '@/components/library/review-card';
import { useImportItems } from '@/components/library/use-import-items';
import { Button } from '@/components/ui/button';
import { formatMegabytes, looksLikeHtml, MAX_UPLOAD_BYTES, UPLOAD_EXTENSIONS, type UploadFormat } from '@/lib/corpus/decode-upload';

/** The Add article page: paste a text or upload files, review each, fix its metadata, save. */
export function AddArticles({ teamId, sources }: { teamId: string; sources: string[] }) {
  const id = useId();
  const router = useRouter();
  const { items, preview, addFiles, save, toggle, remove, setMeta } = useImportItems(teamId);
  const [text, setText] = useState('');
  const [format, setFormat] = useState<UploadFormat>('text');
  // Until the person picks a format, a paste that is markup is taken as HTML and anything else as plain text.
  const [isFormatChosen, setIsFormatChosen] = useState(false);
  const [isDragging, setIsDragging] = useState(false);
  const [isSavingAll, setIsSavingAll] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const saveable = items.filter((item) => item.status === 'ready');

  async function saveOne(key: string) {
    const item = items.find((candidate) => candidate.key === key);
    if (!item) return;
    const saved = await save(item);
    // A single article goes straight to the reader; with several, each card links to its article.
    if (saved && items.length === 1) router.push(`/documents/${saved.id}`);
  }

  async function saveAll() {
    setIsSavingAll(true);
    for (const item of saveable) await save(item);
    setIsSavingAll(false);
  }

  return (
    <div className="space-y-6">
      <div className="grid gap-4 lg:grid-cols-2">
        <form
          className="rounded-xl border border-slate-200 bg-white p-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) return;
            void preview('Pasted text', { text, format });
            setText('');
            setIsFormatChosen(false);
          }}
        >
          <label htmlFor={`${id}-text`} className="mb-1 block text-sm font-medium text-slate-700">
            Paste an article
          </label>
          <textarea
            id={`${id}-text`}
            value={text}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setText(value);
              if (!isFormatChosen) setFormat(looksLikeHtml(value) ? 'html' : 'text');
            }}
            rows={7}
            placeholder="Paste the article’s text (or its HTML) here."
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-accent focus:ring-2 focus:ring-accent/30"
          />
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <label htmlFor={`${id}-format`} className="text-sm text-slate-700">
              Written as
            </label>
            <select id={`${id}-format`} value={format} onChange={(event) => {
                setFormat(event.currentTarget.value as UploadFormat);
                setIsFormatChosen(true);
              }} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
              <option value="text">Plain text</option>
              <option value="markdown">Markdown</option>
              <option value="html">HTML</option>
            </select>
            <Button type="submit" disabled={!text.trim()} className="ml-auto">
              Preview
            </Button>
          </div>
        </form>

        <div
          onDragOver={(event) => {
            event.preventDefault();
            setIsDragging(true);
          }}
          onDragLeave={() => setIsDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setIsDragging(false);
            addFiles(Array.from(event.dataTransfer.files));
          }}
          className={`flex flex-col items-center justify-center gap-3 rounded-xl border-2 border-dashed p-6 text-center ${isDragging ? 'border-accent bg-sky-50' : 'border-slate-300 bg-white'}`}
        >
          <p className="text-sm text-slate-700">Drop .txt, .md or .html files here ({UPLOAD_EXTENSIONS.join(', ')}), or</p>
          <input
            ref={fileInput}
            id={`${id}-files`}
            type="file"
            multiple
            accept={UPLOAD_EXTENSIONS.join(',')}
            className="sr-only"
            onChange={(event) => {
              addFiles(Array.from(event.currentTarget.files ?? []));
              event.currentTarget.value = '';
            }}
          />
          <Button type="button" variant="secondary" onClick={() => fileInput.current?.click()}>
            Choose files
          </Button>
          <label htmlFor={`${id}-files`} className="sr-only">
            Upload files
          </label>
          <p className="text-xs text-slate-500">Up to {formatMegabytes(MAX_UPLOAD_BYTES)} each. Text must be UTF-8 (or UTF-16 with a byte order mark).</p>
        </div>
      </div>

      {items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 px-6 py-10 text-center text-sm text-slate-600">
          Nothing to review yet. Each pasted text or file gets a card here: what the cleaning keeps and drops, and its details.
        </p>
      ) : (
        <div className="space-y-4">
          {saveable.length > 1 && (
            <div className="flex justify-end">
              <Button type="button" onClick={() => void saveAll()} disabled={isSavingAll}>
                {isSavingAll ? 'Saving…' : `Save all ${saveable.length}`}
              </Button>
            </div>
          )}
          {items.map((item) => (
            <ReviewCard
              key={item.key}
              item={item}
              sources={sources}
              onToggle={(index) => toggle(item.key, index)}
              onMeta={(meta) => setMeta(item.key, meta)}
              onSave={() => void saveOne(item.key)}
              onRemove={() => remove(item.key)}
            />
          ))}
        </div>
      )}
    </div>
  );
}
