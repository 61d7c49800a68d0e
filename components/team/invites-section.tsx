'use client';

import { useId, useState, type FormEvent } from 'react';
import { LocalTime } from '@/components/sources/local-time';
import { LoadError } from '@/components/sources/load-error';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { TextField } from '@/components/ui/text-field';
import { ROLE_LABEL, ROLES, useCreateInvite, useInvites, useRevokeInvite, type Role } from '@/components/team/use-team';
import { ApiError } from '@/lib/client/fetch-json';
import { createInviteSchema, INVITE_DAYS_DEFAULT } from '@/lib/validation/teams';

/** OWNER only: invite by a single-use link, and the pending invites with a way to withdraw them. */
export function InvitesSection({ teamId }: { teamId: string }) {
  const invites = useInvites(teamId, true);
  const revoke = useRevokeInvite(teamId);
  const pending = invites.data?.filter((invite) => invite.state === 'pending') ?? [];
  return (
    <div className="space-y-4">
      <InviteForm teamId={teamId} />
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-700">Pending invites</h3>
        {invites.data === undefined ? (
          invites.isError ? (
            <LoadError title="The invites could not be loaded" message={invites.error.message} onRetry={() => invites.refetch()} isRetrying={invites.isFetching} />
          ) : (
            <div aria-busy="true" aria-label="Loading invites" className="h-16 animate-pulse rounded-xl bg-slate-100" />
          )
        ) : pending.length === 0 ? (
          <p className="text-sm text-slate-600">No pending invites.</p>
        ) : (
          <ul aria-label="Pending invites" className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {pending.map((invite) => (
              <li key={invite.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm">
                <span className="min-w-0 flex-1 basis-48 truncate font-medium">{invite.email}</span>
                <span className="text-slate-700">{ROLE_LABEL[invite.role]}</span>
                <span className="text-slate-600">
                  expires <LocalTime iso={invite.expiresAt} />
                </span>
                <Button variant="ghost" disabled={revoke.isPending} onClick={() => revoke.mutate(invite.id)} aria-label={`Revoke the invite for ${invite.email}`}>
                  Revoke
                </Button>
              </li>
            ))}
          </ul>
        )}
        {revoke.isError && (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {revoke.error.message}
          </p>
        )}
      </div>
    </div>
  );
}

function InviteForm({ teamId }: { teamId: string }) {
  const create = useCreateInvite(teamId);
  const roleId = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('EDITOR');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [link, setLink] = useState<{ url: string; email: string } | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLink(null);
    create.reset();
    const parsed = createInviteSchema.safeParse({ email, role });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: ({ url, invite }) => {
        setLink({ url, email: invite.email });
        setEmail('');
      },
      onError: (error) => {
        if (error instanceof ApiError) setErrors(Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, v[0] ?? ''])));
      },
    });
  }

  return (
    <form aria-label="Invite someone" onSubmit={submit} noValidate className="rounded-xl border border-slate-200 bg-white p-4">
      <h3 className="mb-3 text-base font-semibold">Invite someone</h3>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-60">
          <TextField label="Email" name="email" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} autoComplete="off" />
        </div>
        <div>
          <label htmlFor={roleId} className="mb-1 block text-sm font-medium text-slate-700">
            Role
          </label>
          <select id={roleId} value={role} onChange={(e) => setRole(e.currentTarget.value as Role)} className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {ROLE_LABEL[value]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create invite link'}
        </Button>
      </div>
      <p className="mt-2 text-sm text-slate-600">The link works once and expires in {INVITE_DAYS_DEFAULT} days. Send it to the person yourself.</p>
      {create.isError && !Object.keys(errors).length && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {create.error.message}
        </p>
      )}
      {link && (
        <div role="status" className="mt-3 space-y-2 rounded-md bg-emerald-50 p-3 text-sm text-emerald-950">
          <p>Invite link for {link.email} (shown only now):</p>
          <input readOnly aria-label="Invite link" value={link.url} onFocus={(e) => e.currentTarget.select()} className="block w-full rounded-md border border-emerald-200 bg-white px-3 py-2 font-mono text-xs" />
          <CopyButton text={link.url} />
        </div>
      )}
    </form>
  );
}
