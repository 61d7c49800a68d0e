import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';

/** What a signed-in person on no team sees instead of a team's page. */
export function NoTeamState() {
  return (
    <EmptyState title="You are not on a team yet" body="Open the invite link a team owner sent you, or create a team of your own.">
      <Link href="/team" className="text-sm font-medium underline">
        Create a team
      </Link>
    </EmptyState>
  );
}
