import type { Metadata } from 'next';
import Link from 'next/link';
import { InviteAccept } from '@/components/invite/invite-accept';
import { getSessionUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { getInvite, type InviteLookup } from '@/lib/server/teams/get-invite';

// The secret is in the URL: never send it to another site in a Referer header.
export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer', robots: { index: false } };

const UNUSABLE = {
  accepted: ['This invite has already been used', 'Each invite link works once. If it was yours, sign in; otherwise ask a team owner for a new one.'],
  revoked: ['This invite was withdrawn', 'A team owner revoked it. Ask them for a new one.'],
  expired: ['This invite has expired', 'Ask a team owner for a new link.'],
} as const;

/** Public: anyone with the link sees whom it invites, to which team, and how to accept. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, user] = await Promise.all([lookup(token), getSessionUser()]);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="mb-8 text-center font-serif text-4xl font-semibold tracking-tight text-ink">Credence</p>
        <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          {!invite ? (
            <Message title="This invite link is not valid" body="Check that you copied the whole link, or ask a team owner for a new one." />
          ) : invite.state !== 'pending' ? (
            <Message title={UNUSABLE[invite.state][0]} body={UNUSABLE[invite.state][1]} />
          ) : (
            <>
              <h1 className="text-lg font-semibold">Join {invite.teamName}</h1>
              <InviteAccept token={token} invite={invite} signedInAs={user?.email ?? null} />
            </>
          )}
        </div>
      </div>
    </main>
  );
}

async function lookup(token: string): Promise<InviteLookup | null> {
  try {
    return await getInvite({ token });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

function Message({ title, body }: { title: string; body: string }) {
  return (
    <div role="alert" className="space-y-2">
      <h1 className="text-lg font-semibold">{title}</h1>
      <p className="text-sm text-slate-700">{body}</p>
      <Link href="/login" className="text-sm font-medium text-accent underline-offset-2 hover:underline">
        Go to sign in
      </Link>
    </div>
  );
}
