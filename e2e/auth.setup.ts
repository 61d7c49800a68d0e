import { test as setup } from '@playwright/test';
import { ACCOUNTS, storageStatePath, type AccountName } from './support/accounts';
import { logInThroughForm } from './support/login';

// Log in through the form once per account; the specs reuse the saved session.
for (const account of Object.keys(ACCOUNTS) as AccountName[]) {
  setup(`sign in as ${account}`, async ({ page }) => {
    await logInThroughForm(page, ACCOUNTS[account]);
    await page.context().storageState({ path: storageStatePath(account) });
  });
}
