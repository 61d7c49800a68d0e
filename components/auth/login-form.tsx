'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { loginSchema } from '@/lib/validation/auth';

type FieldErrors = Partial<Record<'email' | 'password', string>>;

export function LoginForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = loginSchema.safeParse({ email: form.get('email'), password: form.get('password') });
    setFormError(null);
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) errors[issue.path[0] as keyof FieldErrors] ??= issue.message;
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    setIsPending(true);
    try {
      const result = await signIn('credentials', { ...parsed.data, redirect: false });
      if (!result || result.error) {
        setFormError(
          result?.error === 'CredentialsSignin'
            ? 'That email and password do not match an account. Check both and try again.'
            : result?.error === 'TooManyAttempts' // LOGIN_RATE_LIMITED in lib/auth/login-limits.ts
              ? 'Too many sign-in attempts for this account or from this network. Wait 15 minutes, then try again.'
              : 'Credence cannot sign you in right now. Try again in a moment; if it persists, tell your administrator.',
        );
        return;
      }
      router.replace(returnTo);
      router.refresh();
    } catch {
      setFormError('Could not reach the server. Check your connection and try again.');
    } finally {
      setIsPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField label="Email" name="email" type="email" autoComplete="username" autoFocus error={fieldErrors.email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" error={fieldErrors.password} />
      {formError && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
