import Link from 'next/link';
import { readerHref } from '@/components/dashboard/format';
import { Section } from '@/components/dashboard/section';
import type { ThemeCount, TopExcerpt } from '@/lib/server/dashboard/summary-types';

/** Per theme, the spans highlighted most often, with who highlighted them. */
export function TopExcerpts({ documentId, themes, excerpts }: { documentId: string; themes: ThemeCount[]; excerpts: TopExcerpt[] }) {
  // Themes in the chart's order (most used first); excerpts keep their server order within a theme.
  const groups = themes.map((theme) => ({ theme, excerpts: excerpts.filter((excerpt) => excerpt.tagId === theme.tagId) })).filter((group) => group.excerpts.length > 0);
  return (
    <Section id="excerpts" title="Top excerpts per theme">
      {groups.length === 0 ? (
        <p className="text-sm text-slate-600">No themed highlights yet.</p>
      ) : (
        <div className="space-y-5">
          {groups.map(({ theme, excerpts: items }) => (
            <div key={theme.tagId}>
              <h3 className="flex items-center gap-2 text-sm font-semibold">
                <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: theme.color }} />
                {theme.name}
              </h3>
              <ol className="mt-2 space-y-2">
                {items.map((excerpt) => (
                  <li key={`${excerpt.start}-${excerpt.end}`} className="border-l-4 pl-3 text-sm" style={{ borderColor: theme.color }}>
                    <Link href={readerHref(documentId, excerpt.start)} className="font-serif leading-relaxed hover:underline">
                      “{excerpt.exact}”
                    </Link>
                    <p className="mt-0.5 text-xs text-slate-600">
                      {excerpt.count} highlight{excerpt.count === 1 ? '' : 's'} · {excerpt.analysts.map((analyst) => analyst.name).join(', ')}
                    </p>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      )}
    </Section>
  );
}
