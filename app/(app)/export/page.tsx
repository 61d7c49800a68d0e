import type { Metadata } from 'next';
import { ExportManager } from '@/components/export/export-manager';
import { requirePageUser } from '@/lib/auth/session';
import { listExportOptions } from '@/lib/server/export/export-options';
import { getCurrentTeam } from '@/lib/server/teams/current-team';
import { NoTeamState } from '@/components/ui/no-team-state';

export const metadata: Metadata = { title: 'Export' };

export default async function ExportPage() {
  const user = await requirePageUser('/export');
  const { current } = await getCurrentTeam({ user });
  if (!current) {
    return <NoTeamState />;
  }
  const options = await listExportOptions({ user, teamId: current.id });
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Export</h1>
        <p className="text-sm text-slate-600">
          {current.name} · the team’s excerpts as a spreadsheet (CSV) or as W3C Web Annotations (JSON-LD)
        </p>
      </div>
      {/* Keyed by team: another team's articles and themes must not stay ticked. */}
      <ExportManager key={current.id} teamId={current.id} options={options} />
    </main>
  );
}
