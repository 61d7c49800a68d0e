import { SourcesSkeleton } from '@/components/sources/sources-skeleton';

export default function Loading() {
  return (
    <div className="space-y-6">
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200" />
      <SourcesSkeleton />
    </div>
  );
}
