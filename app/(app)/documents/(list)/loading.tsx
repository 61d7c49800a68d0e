export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading articles" className="space-y-3">
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200" />
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="h-14 animate-pulse rounded-xl bg-slate-100" />
      ))}
    </div>
  );
}
