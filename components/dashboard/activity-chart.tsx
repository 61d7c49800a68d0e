import { formatDay } from '@/components/dashboard/format';
import { ChartData, NUM, Section, TABLE, TD, TH } from '@/components/dashboard/section';
import type { ActivityDay } from '@/lib/server/dashboard/summary-types';

const HEIGHT = 80;
const COLUMN = 14;
const GAP = 6;

/** Highlights and ratings per day with activity, as paired SVG columns. */
export function ActivityChart({ activity }: { activity: ActivityDay[] }) {
  const max = Math.max(1, ...activity.map((day) => Math.max(day.highlights, day.ratings)));
  // Wide enough for the date labels even with a single day.
  const width = Math.max(96, activity.length * (COLUMN * 2 + GAP) - GAP);
  const scale = (value: number) => (value / max) * HEIGHT;
  return (
    <Section id="activity" title="Activity over time" description="Highlights created and ratings first given, per UTC day with activity.">
      {activity.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing happened on this article yet.</p>
      ) : (
        <>
          <div className="overflow-x-auto">
            <svg role="img" aria-label={`Activity on ${activity.length} days; the table below has the figures.`} width={width} height={HEIGHT + 18} viewBox={`0 0 ${width} ${HEIGHT + 18}`} className="max-w-none">
              {activity.map((day, index) => {
                const x = index * (COLUMN * 2 + GAP);
                return (
                  <g key={day.day}>
                    <title>{`${formatDay(day.day)}: ${day.highlights} highlights, ${day.ratings} ratings`}</title>
                    <rect x={x} y={HEIGHT - scale(day.highlights)} width={COLUMN - 1} height={scale(day.highlights)} className="fill-accent" />
                    <rect x={x + COLUMN} y={HEIGHT - scale(day.ratings)} width={COLUMN - 1} height={scale(day.ratings)} className="fill-amber-500" />
                    {(index === 0 || index === activity.length - 1) && (
                      <text x={x} y={HEIGHT + 14} className="fill-slate-500 text-[10px]">
                        {formatDay(day.day)}
                      </text>
                    )}
                  </g>
                );
              })}
            </svg>
          </div>
          <p className="mt-2 flex gap-4 text-xs text-slate-600">
            <span><span aria-hidden className="mr-1 inline-block h-2.5 w-2.5 bg-accent" />Highlights</span>
            <span><span aria-hidden className="mr-1 inline-block h-2.5 w-2.5 bg-amber-500" />Ratings</span>
          </p>
          <ChartData>
            <table className={TABLE}>
              <caption className="sr-only">Activity per day</caption>
              <thead>
                <tr>
                  <th scope="col" className={TH}>Day (UTC)</th>
                  <th scope="col" className={`${TH} ${NUM}`}>Highlights</th>
                  <th scope="col" className={`${TH} ${NUM}`}>Ratings</th>
                </tr>
              </thead>
              <tbody>
                {activity.map((day) => (
                  <tr key={day.day}>
                    <th scope="row" className={`${TD} font-normal`}>{day.day.slice(0, 10)}</th>
                    <td className={`${TD} ${NUM}`}>{day.highlights}</td>
                    <td className={`${TD} ${NUM}`}>{day.ratings}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ChartData>
        </>
      )}
    </Section>
  );
}
