// Changing the password signs out every other browser signed in to the account, and keeps this one.
import { expect, test } from '@playwright/test';
import { createMultiTeamUser } from './support/db';
import { logInThroughForm } from './support/login';

test('a password change signs the other browser out and keeps this one signed in', async ({ browser }) => {
  // Several sign-ins (argon2id, by design slow) in one flow: 18-25 s on a busy 2-core machine.
  test.setTimeout(60_000);
  const email = await createMultiTeamUser([{ team: 'Russia-Iran desk', role: 'VIEWER' }]);
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  try {
    const here = await laptop.newPage();
    const there = await phone.newPage();
    await logInThroughForm(here, email);
    await logInThroughForm(there, email);

    await here.goto('/account');
    const form = here.getByRole('form', { name: 'Change password' });
    await form.getByLabel('Current password').fill('credence-demo');
    await form.getByLabel('New password', { exact: true }).fill('a longer new password');
    await form.getByLabel('New password again').fill('a longer new password');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByRole('status')).toHaveText('Your password was changed. Every other browser signed in to your account has been signed out.');

    await here.goto('/documents');
    await expect(here).toHaveURL(/\/documents$/);
    await expect(here.getByRole('heading', { name: 'Articles' })).toBeVisible();

    await there.goto('/documents');
    await expect(there).toHaveURL(/\/login\?callbackUrl=%2Fdocuments$/);
    expect((await there.request.get('/api/tokens')).status()).toBe(401);
    await logInThroughForm(there, email, 'a longer new password');
  } finally {
    await laptop.close();
    await phone.close();
  }
});
