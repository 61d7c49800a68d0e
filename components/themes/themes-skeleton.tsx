/** Placeholder rows while the themes load (also the route's loading view). */
export function ThemesSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading themes" className="space-y-3">
      <div className="h-40 animate-pulse rounded-xl bg-slate-100" />
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="h-20 animate-pulse rounded-xl bg-slate-100" />
      ))}
    </div>
  );
}
