'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

type Props = {
  /** What happened, in one line ("Someone changed this theme since you opened it."). */
  title: string;
  /** The stored state and the choice, in words. */
  children: ReactNode;
  onReload: () => void;
  onOverwrite: () => void;
  isSaving?: boolean;
};

/** A save refused because the record changed since it was read (409): keep theirs, or write ours over it. */
export function ConflictNotice({ title, children, onReload, onOverwrite, isSaving = false }: Props) {
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">{title}</p>
      <p className="mt-1">{children}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={onReload} disabled={isSaving}>
          Reload
        </Button>
        <Button type="button" onClick={onOverwrite} disabled={isSaving}>
          {isSaving ? 'Overwriting…' : 'Overwrite'}
        </Button>
      </div>
    </div>
  );
}
