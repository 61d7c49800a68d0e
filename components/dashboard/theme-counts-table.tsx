import { ChartData, NUM, TABLE, TD, TH } from '@/components/dashboard/section';

/** The table behind a themes bar chart: each theme with its number of highlights. */
export function ThemeCountsTable({ themes, caption }: { themes: { tagId: string; name: string; count: number }[]; caption: string }) {
  return (
    <ChartData>
      <table className={TABLE}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={TH}>Theme</th>
            <th scope="col" className={`${TH} ${NUM}`}>Highlights</th>
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => (
            <tr key={theme.tagId}>
              <th scope="row" className={`${TD} font-normal`}>{theme.name}</th>
              <td className={`${TD} ${NUM}`}>{theme.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartData>
  );
}
