export default function Loading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading the export">
      <div className="h-8 w-32 animate-pulse rounded bg-slate-200" />
      <div className="space-y-6 lg:grid lg:grid-cols-[18rem_minmax(0,1fr)] lg:gap-8 lg:space-y-0">
        <div className="h-96 animate-pulse rounded-xl bg-slate-100" />
        <div className="space-y-6">
          <div className="h-40 animate-pulse rounded-xl bg-slate-100" />
          <div className="h-64 animate-pulse rounded-xl bg-slate-100" />
        </div>
      </div>
    </div>
  );
}
