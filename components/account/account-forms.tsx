'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useChangePassword, useUpdateName } from '@/components/account/use-account';
import { ApiError } from '@/lib/client/fetch-json';
import { changePasswordSchema, updateAccountSchema } from '@/lib/validation/account';

type Errors = Record<string, string | undefined>;

function firstErrors(issues: { path: PropertyKey[]; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

function serverErrors(error: unknown): Errors {
  return error instanceof ApiError ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, v[0]])) : {};
}

export function NameForm({ name: initial }: { name: string }) {
  const router = useRouter();
  const update = useUpdateName();
  const [name, setName] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const parsed = updateAccountSchema.safeParse({ name });
    if (!parsed.success) return setErrors(firstErrors(parsed.error.issues));
    setErrors({});
    update.mutate(parsed.data.name, {
      onSuccess: ({ user }) => {
        setName(user.name);
        setSaved(true);
        router.refresh(); // the header shows the name
      },
      onError: (error) => setErrors(serverErrors(error)),
    });
  }

  return (
    <form aria-label="Your name" onSubmit={submit} noValidate className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">Name</h2>
      <TextField label="Name" name="name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} autoComplete="name" />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save name'}
        </Button>
        {saved && <p role="status" className="text-sm text-emerald-800">Saved.</p>}
        {update.isError && !errors.name && <p role="alert" className="text-sm text-red-700">{update.error.message}</p>}
      </div>
    </form>
  );
}

export function PasswordForm({ email }: { email: string }) {
  const change = useChangePassword();
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = { currentPassword: String(data.get('currentPassword') ?? ''), newPassword: String(data.get('newPassword') ?? '') };
    const parsed = changePasswordSchema.safeParse(input);
    const next: Errors = parsed.success ? {} : firstErrors(parsed.error.issues);
    if (input.newPassword !== String(data.get('confirmPassword') ?? '')) next.confirmPassword = 'The two new passwords differ.';
    setErrors(next);
    if (!parsed.success || next.confirmPassword) return;
    change.mutate(parsed.data, {
      onSuccess: () => {
        form.reset();
        setSaved(true);
      },
      onError: (error) => setErrors(serverErrors(error)),
    });
  }

  return (
    <form aria-label="Change password" onSubmit={submit} noValidate className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">Password</h2>
      {/* For password managers: the account this password belongs to. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" error={errors.currentPassword} />
      <TextField label="New password" name="newPassword" type="password" autoComplete="new-password" error={errors.newPassword} />
      <TextField label="New password again" name="confirmPassword" type="password" autoComplete="new-password" error={errors.confirmPassword} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={change.isPending}>
          {change.isPending ? 'Changing…' : 'Change password'}
        </Button>
        {saved && <p role="status" className="text-sm text-emerald-800">Your password was changed. Every other browser signed in to your account has been signed out.</p>}
        {change.isError && !Object.values(errors).some(Boolean) && <p role="alert" className="text-sm text-red-700">{change.error.message}</p>}
      </div>
    </form>
  );
}
