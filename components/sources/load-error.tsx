'use client';

import { Button } from '@/components/ui/button';

type Props = { title?: string; message: string; onRetry: () => void; isRetrying: boolean; isStale?: boolean };

/** A failed load with a way to try again; `isStale`: older data is still shown, so a slim notice. */
export function LoadError({ title, message, onRetry, isRetrying, isStale }: Props) {
  const retry = (
    <Button variant="secondary" onClick={onRetry} disabled={isRetrying}>
      {isRetrying ? 'Retrying…' : 'Try again'}
    </Button>
  );
  if (isStale) {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md bg-amber-50 px-4 py-2 text-sm text-amber-950">
        <span>This may be out of date: {message}</span>
        {retry}
      </div>
    );
  }
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6">
      <h2 className="text-base font-semibold text-red-900">{title}</h2>
      <p className="mt-1 mb-4 text-sm text-red-800">{message}</p>
      {retry}
    </div>
  );
}
