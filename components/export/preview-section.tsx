import { PreviewTable } from '@/components/export/preview-table';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ApiError } from '@/lib/client/fetch-json';
import type { ExportPreview } from '@/lib/export/export-types';

// Query parameters that have a place of their own in the filters, where their errors are shown.
const SHOWN_BY_FIELD = ['documentId', 'tag', 'tagMode', 'analyst', 'minCredibility', 'maxCredibility', 'reliability', 'from', 'to', 'publishedFrom', 'publishedTo'];

type Props = {
  preview: ExportPreview | undefined;
  error: Error | null;
  isUpdating: boolean;
  isFiltered: boolean;
  themeColors: Map<string, string>;
  onClear: () => void;
  onRetry: () => void;
};

/** The first rows of the export, or why there are none. */
export function PreviewSection({ preview, error, isUpdating, isFiltered, themeColors, onClear, onRetry }: Props) {
  return (
    <section aria-labelledby="preview-title" aria-busy={isUpdating} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id="preview-title" className="text-base font-semibold">
          Preview
        </h2>
        {preview && preview.count > 0 && (
          <p className="text-sm text-slate-600">
            {preview.rows.length < preview.count ? `The first ${preview.rows.length} of ${preview.count.toLocaleString('en')}, in the file’s order` : 'Every matching excerpt, in the file’s order'}
            {isUpdating && ' · updating…'}
          </p>
        )}
      </div>
      <PreviewBody preview={preview} error={error} isFiltered={isFiltered} themeColors={themeColors} onClear={onClear} onRetry={onRetry} />
    </section>
  );
}

function PreviewBody({ preview, error, isFiltered, themeColors, onClear, onRetry }: Omit<Props, 'isUpdating'>) {
  if (error instanceof ApiError && error.status === 422) {
    const elsewhere = Object.entries(error.fields).filter(([path]) => !SHOWN_BY_FIELD.includes(path.split('.')[0]!));
    return (
      <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900">
        <p className="font-medium">These filters cannot be exported: fix the fields marked in red.</p>
        {elsewhere.length > 0 && <p className="mt-1">{elsewhere.flatMap(([, messages]) => messages).join(' ')}</p>}
        {isFiltered && (
          <Button type="button" variant="secondary" className="mt-3" onClick={onClear}>
            Clear filters
          </Button>
        )}
      </div>
    );
  }
  if (error && !preview) {
    return (
      <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900">
        <p className="font-medium">The preview could not be loaded</p>
        <p className="mt-1 mb-3">{error.message}</p>
        <Button type="button" variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      </div>
    );
  }
  if (!preview) {
    return (
      <div aria-label="Loading the preview" className="space-y-2">
        {Array.from({ length: 4 }, (_, index) => (
          <div key={index} className="h-14 animate-pulse rounded-lg bg-slate-100" />
        ))}
      </div>
    );
  }
  if (preview.count === 0) {
    return isFiltered ? (
      <EmptyState title="No excerpts match these filters" body="Choose fewer themes, analysts or grades, or widen the dates.">
        <Button type="button" variant="secondary" onClick={onClear}>
          Clear filters
        </Button>
      </EmptyState>
    ) : (
      <EmptyState title="No excerpts yet" body="The passages the team highlights in the reader are exported from here." />
    );
  }
  return <PreviewTable rows={preview.rows} themeColors={themeColors} />;
}
