import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ActivityChart } from '@/components/dashboard/activity-chart';
import { ContestedPassages } from '@/components/dashboard/contested-passages';
import { CredibilityChart } from '@/components/dashboard/credibility-chart';
import { DensityStrip } from '@/components/dashboard/density-strip';
import { HeadlineFigures } from '@/components/dashboard/headline-figures';
import { ThemeChart } from '@/components/dashboard/theme-chart';
import { TopExcerpts } from '@/components/dashboard/top-excerpts';
import { requirePageUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { summarizeDocument } from '@/lib/server/dashboard/summarize-document';

type Props = { params: Promise<{ id: string }> };

// Cached per request: generateMetadata and the page share one summary.
const loadSummary = cache(async (id: string) => {
  const user = await requirePageUser(`/documents/${encodeURIComponent(id)}/dashboard`);
  try {
    return await summarizeDocument({ user, documentId: id });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const summary = await loadSummary(id);
  return { title: `Dashboard · ${summary.document.title}` };
}

export default async function DocumentDashboardPage({ params }: Props) {
  const { id } = await params;
  const summary = await loadSummary(id);
  const { document } = summary;
  return (
    <main className="space-y-6">
      <nav aria-label="Breadcrumb" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href="/dashboard" className="text-slate-600 hover:text-ink">
          ← Team dashboard
        </Link>
        <Link href={`/documents/${encodeURIComponent(document.id)}`} className="text-slate-600 hover:text-ink">
          Open the article
        </Link>
      </nav>
      <header>
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Article dashboard</p>
        <h1 className="mt-1 font-serif text-2xl font-semibold leading-tight tracking-tight sm:text-3xl">{document.title}</h1>
        <p className="mt-1 text-sm text-slate-600">{document.outlet ?? 'Unknown outlet'}</p>
      </header>
      <HeadlineFigures headline={summary.headline} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ThemeChart themes={summary.themes} byAnalyst={summary.themesByAnalyst} untagged={summary.untagged} />
        <CredibilityChart credibility={summary.credibility} />
      </div>
      <DensityStrip documentId={document.id} length={document.length} density={summary.density} themes={summary.themes} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ContestedPassages documentId={document.id} contested={summary.contested} />
        <TopExcerpts documentId={document.id} themes={summary.themes} excerpts={summary.topExcerpts} />
      </div>
      <ActivityChart activity={summary.activity} />
    </main>
  );
}
