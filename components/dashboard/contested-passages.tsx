import Link from 'next/link';
import { readerHref } from '@/components/dashboard/format';
import { Section } from '@/components/dashboard/section';
import type { ContestedPassage } from '@/lib/server/dashboard/summary-types';

/** The passages whose ratings spread the widest, with every visible rating side by side. */
export function ContestedPassages({ documentId, contested }: { documentId: string; contested: ContestedPassage[] }) {
  return (
    <Section id="contested" title="Contested passages" description="Passages whose credibility ratings (1-5) spread the widest.">
      {contested.length === 0 ? (
        <p className="text-sm text-slate-600">No passage has ratings that disagree yet.</p>
      ) : (
        <ol className="space-y-3">
          {contested.map((passage) => (
            <li key={passage.annotationId} className="rounded-lg border border-slate-200 p-3">
              <blockquote className="font-serif text-sm leading-relaxed">“{passage.exact}”</blockquote>
              <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">Spread {passage.spread}</span>
                <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Ratings">
                  {passage.ratings.map((rating) => (
                    <li key={rating.userId}>
                      {rating.name}: <strong className="tabular-nums">{rating.credibility}</strong>
                    </li>
                  ))}
                </ul>
                <Link href={readerHref(documentId, passage.start)} className="ml-auto text-accent underline">
                  Open in the reader<span className="sr-only"> at character {passage.start}</span>
                </Link>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
