'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LocalTime } from '@/components/sources/local-time';
import { LoadError } from '@/components/sources/load-error';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { TextField } from '@/components/ui/text-field';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from '@/components/account/use-account';
import { createTokenSchema } from '@/lib/validation/tokens';

/** Personal API tokens: create (the token is shown once, in a dialog), list, revoke. */
export function ApiTokens() {
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [shown, setShown] = useState<{ name: string; token: string } | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createTokenSchema.safeParse({ name });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    create.mutate(parsed.data.name, {
      onSuccess: ({ token, apiToken }) => {
        setName('');
        setShown({ name: apiToken.name, token });
      },
      onError: (failure) => setError(failure.message),
    });
  }

  return (
    <section aria-labelledby="tokens-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="tokens-heading" className="text-base font-semibold">
        API tokens
      </h2>
      <p className="text-sm text-slate-600">
        For scripts: send <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;token&gt;</code> to the API. A token acts as you, with your
        role on each team, and works only for the API.
      </p>
      <form aria-label="New API token" onSubmit={submit} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-60">
          <TextField label="Token name" name="tokenName" placeholder="e.g. nightly export" value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} />
        </div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create token'}
        </Button>
      </form>
      {tokens.data === undefined ? (
        tokens.isError ? (
          <LoadError title="Your tokens could not be loaded" message={tokens.error.message} onRetry={() => tokens.refetch()} isRetrying={tokens.isFetching} />
        ) : (
          <div aria-busy="true" aria-label="Loading tokens" className="h-16 animate-pulse rounded-md bg-slate-100" />
        )
      ) : tokens.data.length === 0 ? (
        <p className="text-sm text-slate-600">You have no API tokens.</p>
      ) : (
        <ul aria-label="Your API tokens" className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {tokens.data.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2 text-sm">
              <span className="min-w-0 flex-1 basis-40 truncate font-medium">{token.name}</span>
              <code className="text-xs text-slate-600">{token.prefix}…</code>
              <span className="text-slate-600">
                created <LocalTime iso={token.createdAt} />
              </span>
              <span className="text-slate-600">{token.lastUsedAt ? <>last used <LocalTime iso={token.lastUsedAt} /></> : 'never used'}</span>
              <Button variant="ghost" disabled={revoke.isPending} onClick={() => revoke.mutate(token.id)} aria-label={`Revoke ${token.name}`}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      {revoke.isError && <p role="alert" className="text-sm text-red-700">{revoke.error.message}</p>}
      {shown && <ShownOnce name={shown.name} token={shown.token} onClose={() => setShown(null)} />}
    </section>
  );
}

/** A modal dialog with the new token: Esc or the button closes it, and then the token is gone. */
function ShownOnce({ name, token, onClose }: { name: string; token: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="token-dialog-title" className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl p-5 shadow-xl backdrop:bg-slate-900/40">
      <h2 id="token-dialog-title" className="text-lg font-semibold">
        Your new token “{name}”
      </h2>
      <p className="mt-1 text-sm text-slate-700">Copy it now: Credence keeps only a fingerprint of it and cannot show it again.</p>
      <input readOnly aria-label="New API token" value={token} onFocus={(e) => e.currentTarget.select()} className="mt-3 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-xs" />
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <CopyButton text={token} label="Copy token" />
        <Button onClick={() => ref.current?.close()}>Done</Button>
      </div>
    </dialog>
  );
}
