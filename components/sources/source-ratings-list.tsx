import { LocalTime } from '@/components/sources/local-time';
import { consensusLabel, gradeLabel, hiddenLabel, raterCountLabel, spreadLabel } from '@/components/sources/source-format';
import type { SourceRatingsDto } from '@/lib/server/ratings/source-ratings';

/** Every rating of the outlet the viewer may see, with the consensus; under the blind rule, how many are hidden. */
export function SourceRatingsList({ ratings, canRate }: { ratings: SourceRatingsDto; canRate: boolean }) {
  const { mine, others, hiddenCount, summary } = ratings;
  const all = [...(mine ? [{ ...mine, isMine: true }] : []), ...others.map((rating) => ({ ...rating, isMine: false }))];
  const spread = summary && spreadLabel(summary);
  return (
    <section aria-labelledby="analyst-ratings-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="analyst-ratings-heading" className="text-base font-semibold">
        Analysts’ ratings
      </h2>
      {summary && (
        <p className="mt-1 text-sm text-slate-700">
          Consensus <strong>{consensusLabel(summary)}</strong>
          {spread && ` · spread ${spread}`} · {raterCountLabel(summary)}
        </p>
      )}
      {hiddenCount > 0 && (
        <p className="mt-2 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          {canRate ? `${hiddenLabel(hiddenCount)}: the team rates blind first, so others’ ratings show once you have given yours.` : `${hiddenLabel(hiddenCount, false)}.`}
        </p>
      )}
      {all.length === 0 && hiddenCount === 0 && <p className="mt-2 text-sm text-slate-500">Nobody has rated this outlet yet.</p>}
      {all.length > 0 && (
        <ul aria-label="Ratings" className="mt-3 divide-y divide-slate-100">
          {all.map((rating) => (
            <li key={rating.user.id} className="py-2 text-sm">
              <div className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-medium">{rating.isMine ? `${rating.user.name} (you)` : rating.user.name}</span>
                <span>{gradeLabel(rating.reliability)}</span>
                <span className="text-xs text-slate-500">
                  <LocalTime iso={rating.updatedAt} />
                </span>
              </div>
              {rating.rationale && <p className="mt-0.5 break-words text-slate-700">“{rating.rationale}”</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
