'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DownloadPanel } from '@/components/export/download-panel';
import { ExportFiltersForm } from '@/components/export/export-filters-form';
import { clearFilters, exportDownloadHref, exportPageQuery, exportPreviewQuery, hasFilters, readExportForm, type ExportForm } from '@/components/export/export-form-state';
import { PreviewSection } from '@/components/export/preview-section';
import { useExportPreview } from '@/components/export/use-export-preview';
import { ApiError } from '@/lib/client/fetch-json';
import type { ExportOptions } from '@/lib/server/export/export-options';

/**
 * The export page: filters on the left (above on a phone), the count, the download and a preview
 * on the right. The form lives in the URL, so a filtered export is a link a teammate can open.
 */
export function ExportManager({ teamId, options }: { teamId: string; options: ExportOptions }) {
  const searchParams = useSearchParams();
  const urlQuery = searchParams.toString();
  const [form, setForm] = useState<ExportForm>(() => readExportForm(new URLSearchParams(urlQuery)));
  const writtenQuery = useRef(urlQuery);

  // The URL changed under us (the Export link in the header, back and forward): follow it. A render
  // of an older URL than the address bar's (two quick changes) is not one: the newer render follows.
  useEffect(() => {
    const live = new URLSearchParams(window.location.search).toString();
    if (urlQuery !== live || urlQuery === writtenQuery.current) return;
    writtenQuery.current = urlQuery;
    setForm(readExportForm(new URLSearchParams(urlQuery)));
  }, [urlQuery]);

  function update(patch: Partial<ExportForm>) {
    const next = { ...form, ...patch };
    setForm(next);
    const query = exportPageQuery(next);
    writtenQuery.current = query;
    // The History API rather than router.replace: Next keeps useSearchParams in step without a
    // server round trip per click, and the page neither scrolls nor loses focus.
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  }

  const preview = useExportPreview(exportPreviewQuery(teamId, form));
  const error = preview.error;
  const isInvalid = error instanceof ApiError && error.status === 422;
  const fields = isInvalid ? error.fields : {};
  const data = isInvalid ? undefined : preview.data;
  const themeColors = useMemo(() => new Map(options.themes.map((theme) => [theme.name, theme.color])), [options.themes]);
  const isFiltered = hasFilters(form);
  const clear = () => update(clearFilters(form));

  return (
    <div className="space-y-8 lg:grid lg:grid-cols-[18rem_minmax(0,1fr)] lg:items-start lg:gap-8 lg:space-y-0">
      <ExportFiltersForm options={options} filters={form} fields={fields} onChange={update} onClear={isFiltered ? clear : null} />
      <div className="min-w-0 space-y-6">
        <DownloadPanel
          form={form}
          onChange={update}
          count={data?.count ?? null}
          isUpdating={preview.isUpdating}
          href={exportDownloadHref(teamId, form)}
          fileName={data ? data.fileNames[form.format] : null}
          columns={data?.columns ?? null}
          isInvalid={isInvalid}
        />
        <PreviewSection
          preview={data}
          error={error}
          isUpdating={preview.isUpdating}
          isFiltered={isFiltered}
          themeColors={themeColors}
          onClear={clear}
          onRetry={() => void preview.refetch()}
        />
      </div>
    </div>
  );
}
