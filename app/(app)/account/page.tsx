import type { Metadata } from 'next';
import { NameForm, PasswordForm } from '@/components/account/account-forms';
import { ApiTokens } from '@/components/account/api-tokens';
import { requirePageUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requirePageUser('/account');
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <p className="text-sm text-slate-600">Signed in as {user.email}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <NameForm name={user.name} />
        <PasswordForm email={user.email} />
      </div>
      <ApiTokens />
    </main>
  );
}
