import { ChartData, NUM, Section, TABLE, TD, TH } from '@/components/dashboard/section';
import { CREDIBILITY_LABELS, type Credibility } from '@/lib/agreement/admiralty';
import type { CredibilityCounts, CredibilityDistribution } from '@/lib/server/dashboard/summary-types';

const JUDGEABLE = ['1', '2', '3', '4', '5'] as const;
const GRADES = [...JUDGEABLE, '6'] as const;

function Bars({ counts, label }: { counts: CredibilityCounts; label: string }) {
  const max = Math.max(1, ...GRADES.map((grade) => counts[grade]));
  const bar = (grade: (typeof GRADES)[number], tone: string) => (
    <div key={grade} className="flex w-9 flex-col items-center gap-1 sm:w-12">
      <span className="text-xs tabular-nums text-slate-700">{counts[grade]}</span>
      <span className="flex h-24 w-full items-end rounded bg-slate-50">
        <span className={`block w-full rounded ${tone}`} style={{ height: `${(counts[grade] / max) * 100}%` }} />
      </span>
      <span className="text-xs font-medium">{grade}</span>
    </div>
  );
  return (
    <div role="img" aria-label={`${label}: ${GRADES.map((grade) => `grade ${grade}: ${counts[grade]}`).join(', ')}`} className="flex items-end gap-1.5">
      {JUDGEABLE.map((grade) => bar(grade, 'bg-accent'))}
      <span aria-hidden className="mx-2 self-stretch border-l border-dashed border-slate-300" />
      {bar('6', 'bg-slate-400')}
    </div>
  );
}

/** The distribution of visible passage ratings 1-5, with 6 ("cannot be judged") set apart. */
export function CredibilityChart({ credibility }: { credibility: CredibilityDistribution }) {
  const scopeNote = credibility.scope === 'rated-by-you' ? ' Only passages you have rated are counted: the team rates blind.' : '';
  return (
    <Section id="credibility" title="Credibility" description={`${credibility.total} ratings of passages.${scopeNote}`}>
      <Bars counts={credibility.counts} label="Ratings by grade" />
      <p className="mt-2 text-xs text-slate-600">1 = confirmed … 5 = improbable; 6 = cannot be judged, shown apart.</p>
      <h3 className="mt-5 text-sm font-semibold">Per analyst</h3>
      <div className="mt-2 overflow-x-auto">
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col" className={TH}>Analyst</th>
              {GRADES.map((grade) => (
                <th key={grade} scope="col" className={`${TH} ${NUM}`} title={CREDIBILITY_LABELS[Number(grade) as Credibility]}>
                  {grade}
                </th>
              ))}
              <th scope="col" className={`${TH} ${NUM}`}>Total</th>
            </tr>
          </thead>
          <tbody>
            {credibility.byAnalyst.map((row) => (
              <tr key={row.userId}>
                <th scope="row" className={`${TD} font-normal`}>{row.name}</th>
                {GRADES.map((grade) => (
                  <td key={grade} className={`${TD} ${NUM} ${row.counts[grade] === 0 ? 'text-slate-300' : ''}`}>
                    {row.counts[grade]}
                  </td>
                ))}
                <td className={`${TD} ${NUM} font-medium`}>{row.total}</td>
              </tr>
            ))}
            {credibility.byAnalyst.length === 0 && (
              <tr>
                <td colSpan={8} className={`${TD} text-slate-600`}>No ratings to show.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <ChartData>
        <table className={TABLE}>
          <caption className="sr-only">Ratings by grade</caption>
          <thead>
            <tr>
              <th scope="col" className={TH}>Grade</th>
              <th scope="col" className={`${TH} ${NUM}`}>Ratings</th>
            </tr>
          </thead>
          <tbody>
            {GRADES.map((grade) => (
              <tr key={grade}>
                <th scope="row" className={`${TD} font-normal`}>
                  {grade} — {CREDIBILITY_LABELS[Number(grade) as Credibility]}
                </th>
                <td className={`${TD} ${NUM}`}>{credibility.counts[grade]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartData>
    </Section>
  );
}
