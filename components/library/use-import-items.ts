'use client';

import { useCallback, useState } from 'react';
import { toMetaInput, toMetaValues, type MetaValues } from '@/components/library/meta-values';
import { ApiError, fetchJson } from '@/lib/client/fetch-json';
import { formatMegabytes, MAX_UPLOAD_BYTES, notAcceptedMessage, uploadFormatForName, type UploadFormat } from '@/lib/corpus/decode-upload';
import type { ReviewBlock } from '@/lib/corpus/review';
import type { ImportPreview } from '@/lib/server/documents/preview-import';

type Ref = { id: string; title: string };

/** One pasted text or file on the Add article page, from reading to saved. */
export type ImportItem = {
  key: string;
  label: string;
  status: 'reading' | 'failed' | 'ready' | 'saving' | 'saved';
  error: string | null;
  raw: string;
  format: UploadFormat;
  blocks: ReviewBlock[];
  /** Block indexes the person flipped: kept → dropped, or dropped → kept. */
  flipped: ReadonlySet<number>;
  meta: MetaValues;
  fieldErrors: Record<string, string[]>;
  duplicateOf: Ref | null;
  saved: Ref | null;
};

let counter = 0;
const nextKey = () => `item-${Date.now()}-${(counter += 1)}`;

function blank(label: string): ImportItem {
  return { key: nextKey(), label, status: 'reading', error: null, raw: '', format: 'text', blocks: [], flipped: new Set(), meta: toMetaValues({}), fieldErrors: {}, duplicateOf: null, saved: null };
}

/** Whether a block will be in the article, after the person's changes. */
export function isKept(item: Pick<ImportItem, 'flipped'>, block: ReviewBlock): boolean {
  return item.flipped.has(block.index) ? !block.kept : block.kept;
}

/** The Add article page's list of items and what can be done to them. */
export function useImportItems(teamId: string) {
  const [items, setItems] = useState<ImportItem[]>([]);
  const update = useCallback((key: string, change: Partial<ImportItem> | ((item: ImportItem) => Partial<ImportItem>)) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...(typeof change === 'function' ? change(item) : change) } : item)));
  }, []);

  const preview = useCallback(
    async (label: string, body: { form: FormData } | { text: string; format: UploadFormat }) => {
      const item = blank(label);
      setItems((current) => [...current, item]);
      try {
        const init = 'form' in body ? { method: 'POST', body: body.form } : { method: 'POST', json: { teamId, ...body } };
        const { preview } = await fetchJson<{ preview: ImportPreview }>('/api/documents/preview', init);
        update(item.key, { status: 'ready', raw: preview.raw, format: preview.format, blocks: preview.blocks, meta: toMetaValues(preview.meta), duplicateOf: preview.duplicateOf });
      } catch (error) {
        const message = error instanceof ApiError ? (error.fields.file?.[0] ?? error.fields.text?.[0] ?? error.message) : 'The text could not be read.';
        update(item.key, { status: 'failed', error: message });
      }
    },
    [teamId, update],
  );

  const addFiles = useCallback(
    (files: File[]) => {
      for (const file of files) {
        // Checked here too, so a 50 MB file is not uploaded only to be refused.
        const problem = !uploadFormatForName(file.name)
          ? notAcceptedMessage(file.name)
          : file.size > MAX_UPLOAD_BYTES
            ? `${file.name} is ${formatMegabytes(file.size)}; the limit is ${formatMegabytes(MAX_UPLOAD_BYTES)} per file.`
            : null;
        if (problem) {
          setItems((current) => [...current, { ...blank(file.name), status: 'failed', error: problem }]);
          continue;
        }
        const form = new FormData();
        form.set('teamId', teamId);
        form.set('file', file);
        void preview(file.name, { form });
      }
    },
    [preview, teamId],
  );

  const save = useCallback(
    async (item: ImportItem): Promise<Ref | null> => {
      update(item.key, { status: 'saving', error: null, fieldErrors: {} });
      const keep = item.blocks.filter((block) => !block.kept && item.flipped.has(block.index)).map((block) => block.index);
      const drop = item.blocks.filter((block) => block.kept && item.flipped.has(block.index)).map((block) => block.index);
      try {
        const { document } = await fetchJson<{ document: Ref }>('/api/documents', {
          method: 'POST',
          json: { teamId, raw: item.raw, format: item.format, keep, drop, meta: toMetaInput(item.meta) },
        });
        update(item.key, { status: 'saved', saved: document });
        return document;
      } catch (error) {
        const apiError = error instanceof ApiError ? error : null;
        const duplicate = apiError?.status === 409 ? (apiError.current as Ref | undefined) ?? null : null;
        update(item.key, { status: 'ready', error: apiError?.message ?? 'The article could not be saved.', fieldErrors: apiError?.fields ?? {}, ...(duplicate ? { duplicateOf: duplicate } : {}) });
        return null;
      }
    },
    [teamId, update],
  );

  const toggle = useCallback(
    (key: string, index: number) =>
      update(key, (item) => {
        const flipped = new Set(item.flipped);
        if (flipped.has(index)) flipped.delete(index);
        else flipped.add(index);
        // Another text now: an earlier "already in the team" may no longer hold (the save checks again).
        return { flipped, duplicateOf: null, error: null };
      }),
    [update],
  );

  const remove = useCallback((key: string) => setItems((current) => current.filter((item) => item.key !== key)), []);
  const setMeta = useCallback((key: string, meta: MetaValues) => update(key, { meta }), [update]);

  return { items, preview, addFiles, save, toggle, remove, setMeta };
}
