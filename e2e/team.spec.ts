import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { createMultiTeamUser } from './support/db';
import { logInThroughForm } from './support/login';

async function createTeamOnTeamPage(page: Page, name: string) {
  await page.goto('/team');
  const form = page.getByRole('form', { name: 'Create a team' });
  await form.getByLabel('Team name').fill(name);
  await form.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('an owner creates a team, invites an editor by link, and the invitee joins and sees the team', async ({ page, browser }) => {
  // Several sign-ins (argon2id, by design slow) in one flow: 18-25 s on a busy 2-core machine.
  test.setTimeout(60_000);
  const suffix = randomUUID().slice(0, 6);
  const teamName = `Baltic desk ${suffix}`;
  const email = await createMultiTeamUser([]);
  await logInThroughForm(page, email);

  // A new user with no team creates one and becomes its owner.
  await page.goto('/team');
  await expect(page.getByRole('heading', { name: 'You are not on a team yet' })).toBeVisible();
  await createTeamOnTeamPage(page, teamName);
  await expect(page.getByRole('list', { name: 'Members' }).getByRole('listitem')).toHaveCount(1);
  // Its only owner cannot leave it, and is told why before trying.
  await expect(page.getByRole('button', { name: `Leave ${teamName}` })).toBeDisabled();
  await expect(page.getByText('You are the last owner: make another member an owner before you leave')).toBeVisible();

  // A second team appears in the switcher, and the first can be switched back to.
  await createTeamOnTeamPage(page, `Caspian desk ${suffix}`);
  const switcher = page.getByRole('combobox', { name: 'Team', exact: true });
  await expect(switcher.getByRole('option')).toHaveText([`Baltic desk ${suffix} (owner)`, `Caspian desk ${suffix} (owner)`]);
  await switcher.selectOption({ label: `Baltic desk ${suffix} (owner)` });
  await expect(page.getByText(`${teamName} · 0 articles`).filter({ visible: true })).toBeVisible();

  // The owner adds an article to the team (through the API, as a script would), for the invitee to find.
  const teamId = (await page.context().cookies()).find((cookie) => cookie.name === 'credence-team')?.value;
  expect(teamId).toBeTruthy();
  const articleTitle = `Baltic shipping memo ${suffix}`;
  const created = await page.request.post('/api/documents', {
    data: { teamId, raw: `Tankers change course in the Baltic ${suffix}.\n\nOfficials said the routes moved north.`, format: 'text', meta: { title: articleTitle } },
  });
  expect(created.status()).toBe(201);

  // Invite an editor.
  await page.goto('/team');
  await expect(page.getByRole('heading', { level: 1, name: teamName })).toBeVisible();
  const invitee = `invitee-${suffix}@test.example.org`;
  const inviteForm = page.getByRole('form', { name: 'Invite someone' });
  await inviteForm.getByLabel('Email').fill(invitee);
  await inviteForm.getByLabel('Role').selectOption('EDITOR');
  await inviteForm.getByRole('button', { name: 'Create invite link' }).click();
  const link = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
  expect(link).toMatch(/\/invite\/inv_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('list', { name: 'Pending invites' })).toContainText(invitee);

  // The invitee opens the link in a browser with no session, sets a name and password, and is signed in.
  const guest = await browser.newContext();
  const guestPage = await guest.newPage();
  await guestPage.goto(link);
  await expect(guestPage.getByRole('heading', { name: `Join ${teamName}` })).toBeVisible();
  await guestPage.getByLabel('Your name').fill('Ines Invited');
  await guestPage.getByLabel('Choose a password').fill('ines-password-1');
  await guestPage.getByLabel('Password again').fill('ines-password-1');
  await guestPage.getByRole('button', { name: 'Create account and join' }).click();
  await expect(guestPage).toHaveURL(/\/documents$/);
  await expect(guestPage.getByText(`${teamName} · 1 article`).filter({ visible: true })).toBeVisible();
  await expect(guestPage.getByRole('link', { name: articleTitle })).toBeVisible();

  // The link is single-use.
  await guestPage.goto(link);
  await expect(guestPage.getByRole('heading', { name: 'This invite has already been used' })).toBeVisible();
  await guest.close();

  // The new account signs in with its password, and the owner sees the new editor.
  const again = await browser.newContext();
  const againPage = await again.newPage();
  await logInThroughForm(againPage, invitee, 'ines-password-1');
  await expect(againPage.getByText(`${teamName} · 1 article`).filter({ visible: true })).toBeVisible();
  await againPage.getByRole('link', { name: articleTitle }).click();
  await expect(againPage.getByRole('heading', { level: 1, name: articleTitle })).toBeVisible();
  await again.close();
  await page.reload();
  const row = page.getByRole('list', { name: 'Members' }).getByRole('listitem').filter({ hasText: invitee });
  await expect(row.getByRole('combobox', { name: 'Role of Ines Invited' })).toHaveValue('EDITOR');
});

test.describe('on a phone', () => {
  test.use({ storageState: storageStatePath('lead'), viewport: { width: 390, height: 844 } });

  test('the team page fits the screen', async ({ page }) => {
    await page.goto('/team');
    await expect(page.getByRole('heading', { level: 1, name: 'Russia-Iran desk' })).toBeVisible();
    // Other specs may add members to this desk at the same time: look for the demo ones only.
    await expect(page.getByRole('list', { name: 'Members' }).getByText('analyst@example.org')).toBeVisible();
    await expect(page.getByRole('combobox', { name: /^Role of / }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create invite link' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
