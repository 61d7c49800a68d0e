'use client';

import { useState } from 'react';
import type { Annotation } from '@/components/reader/use-annotations';
import { Button } from '@/components/ui/button';
import { CREDIBILITY_GRADES, CREDIBILITY_LABELS, type Credibility } from '@/lib/agreement/admiralty';

type Props = { annotation: Annotation; canRate: boolean; isSaving: boolean; onRate: (credibility: number | null, rationale?: string) => void };

/** The credibility rating of one passage: the user's own (1-6), then others' under the blind rule. */
export function PassageRating({ annotation, canRate, isSaving, onRate }: Props) {
  const { mine, others, hiddenCount, summary } = annotation.ratings;
  const [rationale, setRationale] = useState(mine?.rationale ?? '');
  const [isEditing, setIsEditing] = useState(false);
  return (
    <section aria-label="Credibility" className="mt-2 border-t border-slate-100 pt-2">
      {canRate && (
        <div role="group" aria-label="Your credibility rating" className="flex flex-wrap items-center gap-1">
          <span className="mr-1 text-xs text-slate-600">Credibility</span>
          {CREDIBILITY_GRADES.map((grade) => (
            <button
              key={grade}
              type="button"
              aria-pressed={mine?.credibility === grade}
              title={`${grade}: ${CREDIBILITY_LABELS[grade]}`}
              disabled={isSaving || annotation.isPending}
              onClick={() => onRate(grade, rationale)}
              className={`h-7 w-7 rounded border text-xs font-semibold ${mine?.credibility === grade ? 'border-accent bg-accent text-white' : 'border-slate-300 bg-white hover:bg-slate-50'} ${grade === 6 ? 'ml-1' : ''}`}
            >
              {grade}
            </button>
          ))}
          {mine && (
            <button type="button" className="ml-1 text-xs text-slate-600 underline" disabled={isSaving} onClick={() => onRate(null)}>
              Withdraw
            </button>
          )}
          <button type="button" className="ml-1 text-xs text-accent underline" onClick={() => setIsEditing((open) => !open)}>
            {mine?.rationale ? 'Edit rationale' : 'Add rationale'}
          </button>
        </div>
      )}
      {mine && <p className="mt-1 text-xs text-slate-700">Your rating: <strong>{mine.credibility}</strong> — {CREDIBILITY_LABELS[mine.credibility as Credibility]}{mine.rationale && `. “${mine.rationale}”`}</p>}
      {isEditing && canRate && (
        <div className="mt-1 space-y-1">
          <label className="block text-xs text-slate-600">
            Rationale
            <textarea value={rationale} onChange={(event) => setRationale(event.target.value)} rows={2} className="mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm" />
          </label>
          <Button type="button" className="px-2 py-1" disabled={!mine || isSaving} title={mine ? undefined : 'Pick a grade first'} onClick={() => { onRate(mine!.credibility, rationale); setIsEditing(false); }}>
            Save rationale
          </Button>
        </div>
      )}
      {hiddenCount > 0 ? (
        <p className="mt-1 text-xs text-slate-500">{hiddenCount === 1 ? '1 rating hidden until you rate' : `${hiddenCount} ratings hidden until you rate`}</p>
      ) : (
        <>
          {others.length > 0 && (
            <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
              {others.map((rating) => (
                <li key={rating.user.id}><span className="font-medium">{rating.user.name}</span>: {rating.credibility}{rating.rationale && ` — “${rating.rationale}”`}</li>
              ))}
            </ul>
          )}
          {summary && summary.count > 1 && (
            <p className="mt-1 text-xs text-slate-600">
              Consensus {summary.median ?? '—'}{summary.spread !== null && summary.low !== summary.high && ` (spread ${summary.low}–${summary.high})`}
              {summary.cannotJudge > 0 && `, ${summary.cannotJudge} cannot judge`}
            </p>
          )}
        </>
      )}
    </section>
  );
}
