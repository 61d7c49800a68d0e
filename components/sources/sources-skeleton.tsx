/** Placeholder rows while outlets load (also the route's loading view, for the list and one outlet). */
export function SourcesSkeleton({ label = 'Loading outlets' }: { label?: string }) {
  return (
    <div aria-busy="true" aria-label={label} className="space-y-3">
      <div className="h-12 animate-pulse rounded-xl bg-slate-100" />
      {Array.from({ length: 4 }, (_, index) => (
        <div key={index} className="h-28 animate-pulse rounded-xl bg-slate-100" />
      ))}
    </div>
  );
}
