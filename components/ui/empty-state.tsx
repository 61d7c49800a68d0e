export function EmptyState({ title, body, children }: { title: string; body?: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <h2 className="text-base font-semibold">{title}</h2>
      {body && <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{body}</p>}
      {children && <div className="mt-4">{children}</div>}
    </div>
  );
}
