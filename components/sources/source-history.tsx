import { LocalTime } from '@/components/sources/local-time';
import type { SourceDetail } from '@/components/sources/use-sources';

type Event = SourceDetail['history'][number];

/** "Ari Kowalski set B — 'rationale'" or "… withdrew their rating". */
function describe(event: Event): string {
  if (event.action === 'DELETE') return `${event.user.name} withdrew their rating`;
  const rationale = event.rationale ? ` — “${event.rationale}”` : '';
  return `${event.user.name} set ${event.reliability ?? '?'}${rationale}`;
}

/** Who changed which rating, newest first (others' changes only once the viewer may see them). */
export function SourceHistory({ history, hiddenCount, canRate }: { history: SourceDetail['history']; hiddenCount: number; canRate: boolean }) {
  return (
    <section aria-labelledby="history-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="history-heading" className="text-base font-semibold">
        History
      </h2>
      {hiddenCount > 0 && (
        <p className="mt-1 text-xs text-slate-500">Others’ changes are hidden {canRate ? 'until you rate' : 'while the team rates blind first'}.</p>
      )}
      {history.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{hiddenCount > 0 ? 'Nothing to show yet.' : 'No ratings yet.'}</p>
      ) : (
        <ol aria-label="Rating history" className="mt-2 space-y-1 text-sm">
          {history.map((event, index) => (
            <li key={`${event.createdAt}-${index}`} className="break-words text-slate-700">
              {describe(event)} <span className="text-slate-500">·</span>{' '}
              <span className="text-slate-500">
                <LocalTime iso={event.createdAt} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
