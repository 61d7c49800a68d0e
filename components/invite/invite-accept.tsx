'use client';

import { signIn, signOut } from 'next-auth/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { ApiError, fetchJson } from '@/lib/client/fetch-json';
import type { InviteLookup } from '@/lib/server/teams/get-invite';
import { newPasswordSchema } from '@/lib/validation/auth';

const ROLE = { OWNER: 'an owner', EDITOR: 'an editor', VIEWER: 'a viewer' } as const;

type Props = { token: string; invite: InviteLookup; signedInAs: string | null };

/** The public invite page's action: join as the signed-in account, or create the account and sign in. */
export function InviteAccept({ token, invite, signedInAs }: Props) {
  const intro = (
    <p className="text-sm text-slate-700">
      You are invited to join <strong>{invite.teamName}</strong> as {ROLE[invite.role]}, as <strong>{invite.email}</strong>.
    </p>
  );
  if (!invite.hasAccount) return <>{intro}<CreateAccountForm token={token} invite={invite} signedInAs={signedInAs} /></>;
  const returnTo = `/invite/${token}`;
  if (signedInAs === invite.email) return <>{intro}<JoinButton token={token} /></>;
  return (
    <>
      {intro}
      <p className="text-sm text-slate-700">
        {signedInAs ? <>You are signed in as {signedInAs}. Sign out, then sign in as {invite.email} to accept.</> : <>{invite.email} already has an account: sign in to accept.</>}
      </p>
      {signedInAs ? (
        <Button onClick={() => void signOut({ callbackUrl: `/login?callbackUrl=${encodeURIComponent(returnTo)}` })}>Sign out</Button>
      ) : (
        <Link href={`/login?callbackUrl=${encodeURIComponent(returnTo)}`} className="inline-flex rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent-strong">
          Sign in as {invite.email}
        </Link>
      )}
    </>
  );
}

async function postAccept(body: Record<string, string>) {
  return fetchJson<{ accepted: { teamName: string } }>('/api/invites/accept', { method: 'POST', json: body });
}

function JoinButton({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  async function join() {
    setIsPending(true);
    setError(null);
    try {
      await postAccept({ token });
      router.replace('/documents');
      router.refresh();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The invite could not be accepted.');
      setIsPending(false);
    }
  }
  return (
    <div className="space-y-2">
      <Button onClick={join} disabled={isPending}>
        {isPending ? 'Joining…' : 'Join the team'}
      </Button>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  );
}

function CreateAccountForm({ token, invite, signedInAs }: Props) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get('name') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const next: Record<string, string | undefined> = {};
    if (!name) next.name = 'Enter your name.';
    const checked = newPasswordSchema.safeParse(password);
    if (!checked.success) next.password = checked.error.issues[0]?.message;
    if (password !== String(data.get('confirm') ?? '')) next.confirm = 'The two passwords differ.';
    setErrors(next);
    setFormError(null);
    if (Object.values(next).some(Boolean)) return;
    setIsPending(true);
    try {
      await postAccept({ token, name, password });
    } catch (failure) {
      if (failure instanceof ApiError && Object.keys(failure.fields).length) setErrors(Object.fromEntries(Object.entries(failure.fields).map(([k, v]) => [k, v[0]])));
      setFormError(failure instanceof Error ? failure.message : 'The invite could not be accepted.');
      setIsPending(false);
      return;
    }
    const result = await signIn('credentials', { email: invite.email, password, redirect: false }).catch(() => null);
    if (!result || result.error) {
      router.replace('/login?callbackUrl=%2Fdocuments');
      return;
    }
    router.replace('/documents');
    router.refresh();
  }

  return (
    <form aria-label="Create your account" onSubmit={submit} noValidate className="space-y-4">
      {signedInAs && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">You are signed in as {signedInAs}. Accepting creates a new account for {invite.email} and signs you in as it.</p>}
      <input type="email" name="username" value={invite.email} autoComplete="username" readOnly hidden />
      <TextField label="Your name" name="name" autoComplete="name" error={errors.name} autoFocus />
      <TextField label="Choose a password" name="password" type="password" autoComplete="new-password" error={errors.password} />
      <TextField label="Password again" name="confirm" type="password" autoComplete="new-password" error={errors.confirm} />
      {formError && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{formError}</p>}
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Joining…' : 'Create account and join'}
      </Button>
    </form>
  );
}
