import { useId } from 'react';

/** A fieldset with its legend, an optional hint and the server's errors about it (read with the group). */
export function FilterGroup({ legend, hint, errors = [], children }: { legend: string; hint?: string; errors?: string[]; children: React.ReactNode }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset aria-describedby={describedBy || undefined} className="min-w-0 space-y-2">
      <legend className="text-sm font-semibold text-ink">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {children}
      {errors.length > 0 && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}

/** The messages of a 422 about these query parameters (`tag` also collects `tag.0`). */
export function errorsFor(fields: Record<string, string[]>, ...keys: string[]): string[] {
  return Object.entries(fields)
    .filter(([path]) => keys.includes(path.split('.')[0]!))
    .flatMap(([, messages]) => messages);
}
