'use client';

import { useId, useState } from 'react';
import { gradeLabel } from '@/components/sources/source-format';
import { useGradeKeys } from '@/components/sources/use-grade-keys';
import { useIsClient } from '@/components/ui/use-is-client';
import { useRateSource, type RatingConflict } from '@/components/sources/use-rate-source';
import type { SourceDetail } from '@/components/sources/use-sources';
import { Button } from '@/components/ui/button';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { RELIABILITY_GRADES, RELIABILITY_LABELS, type Reliability } from '@/lib/agreement/admiralty';
import { RATIONALE_MAX } from '@/lib/validation/ratings';

type Props = { source: SourceDetail; onReload: () => void };

/** The caller's rating of an outlet: A–F radios (or the letter keys), saved at once; a rationale saved with Save. */
export function RatingControl({ source, onReload }: Props) {
  const id = useId();
  const { mine } = source.ratings;
  const rate = useRateSource(source.id);
  const [rationale, setRationale] = useState(mine?.rationale ?? '');
  const shown = rate.chosen ?? mine?.reliability ?? null;
  const save = (reliability: Reliability) => rate.save({ reliability, rationale });
  useGradeKeys(save, true);
  // The letter keys work only once the page's script runs, so they are offered from then on.
  const hasKeys = useIsClient();

  function reload(conflict: RatingConflict) {
    setRationale(conflict.current.rationale);
    rate.dismissConflict();
    onReload();
  }

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="text-base font-semibold">
        Your rating
      </h2>
      <p className="mt-1 text-sm text-slate-700" role="status">
        {rate.isSaving ? `Saving ${shown}…` : mine ? `Your rating: ${gradeLabel(mine.reliability)}` : 'You have not rated this outlet yet.'}
      </p>
      <div role="radiogroup" aria-labelledby={`${id}-title`} className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-2">
        {RELIABILITY_GRADES.map((grade) => (
          <label
            key={grade}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-checked:border-accent has-checked:bg-accent/10 has-focus-visible:ring-2 has-focus-visible:ring-accent/40"
          >
            <input type="radio" name={`${id}-grade`} value={grade} aria-label={gradeLabel(grade)} checked={shown === grade} onChange={() => save(grade)} className="accent-accent" />
            <span className="font-mono font-semibold">{grade}</span>
            <span className="text-slate-700">{RELIABILITY_LABELS[grade]}</span>
          </label>
        ))}
      </div>
      {hasKeys && (
        <p className="mt-2 text-xs text-slate-500">
          Press <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono">A</kbd>–<kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono">F</kbd> anywhere on this page (outside a text field) to rate and save.
        </p>
      )}
      <label htmlFor={`${id}-rationale`} className="mt-4 mb-1 block text-sm font-medium text-slate-700">
        Rationale <span className="font-normal text-slate-500">(optional)</span>
      </label>
      <textarea
        id={`${id}-rationale`}
        rows={3}
        maxLength={RATIONALE_MAX}
        value={rationale}
        onChange={(event) => setRationale(event.currentTarget.value)}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-accent focus:ring-2 focus:ring-accent/30"
      />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="button" disabled={!shown || rate.isSaving} onClick={() => shown && save(shown)}>
          {rate.isSaving ? 'Saving…' : 'Save'}
        </Button>
        {!shown && <span className="text-sm text-slate-500">Pick a grade first.</span>}
        {rate.error && (
          <p role="alert" className="text-sm text-red-700">
            {rate.error}
          </p>
        )}
      </div>
      {rate.conflict && (
        <div className="mt-3">
          <ConflictNotice title="You changed this rating elsewhere since this page loaded." onReload={() => reload(rate.conflict!)} onOverwrite={() => rate.save(rate.conflict!.attempt, rate.conflict!.current.version)}>
            It is now {gradeLabel(rate.conflict.current.reliability)}
            {rate.conflict.current.rationale ? `, “${rate.conflict.current.rationale}”` : ''}. Reload to keep that, or overwrite it with {rate.conflict.attempt.reliability}.
          </ConflictNotice>
        </div>
      )}
    </section>
  );
}
