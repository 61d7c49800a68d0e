import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createMultiTeamUser, withDb } from './support/db';
import { logInThroughForm } from './support/login';
import { selectWithMouse } from './support/select-text';

// A team of its own, so adding and deleting articles never changes what the other specs count.
async function signInToNewTeam(page: Page): Promise<void> {
  const team = `Library desk ${randomUUID().slice(0, 8)}`;
  await withDb((client) => client.query(`INSERT INTO "Team" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [`e2e${randomUUID().replaceAll('-', '')}`, team, team.toLowerCase().replaceAll(' ', '-')]));
  const email = await createMultiTeamUser([{ team, role: 'OWNER' }]);
  await logInThroughForm(page, email);
}

const FIXTURE = path.join(__dirname, 'fixtures', 'caspian-talks.html');
const CALL_TO_COMMENT = 'Share your view on the Caspian talks in the comments below.';

test('an owner uploads an HTML page, reviews it, fixes its details, saves, highlights it and finds it', async ({ page }) => {
  await signInToNewTeam(page);
  await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Add article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add article' })).toBeVisible();

  await page.getByLabel('Upload files').setInputFiles(FIXTURE);
  const card = page.getByRole('region', { name: 'caspian-talks.html' });
  const blocks = card.getByRole('list', { name: 'Blocks of the article' });
  await expect(blocks).toBeVisible();
  // Scripts never reach the review; the page's chrome and the call to comment are there, dropped, with their reasons.
  await expect(card).not.toContainText('injected');
  for (const chrome of [/We use cookies/, /Caspian caviar quotas explained/]) {
    const block = blocks.getByRole('button', { name: chrome });
    await expect(block).toHaveAttribute('aria-pressed', 'false');
    await expect(block).toContainText('Left out of the page by the HTML reader');
  }
  const callToComment = blocks.getByRole('button', { name: new RegExp(CALL_TO_COMMENT) });
  await expect(callToComment).toHaveAttribute('aria-pressed', 'false');
  await expect(callToComment).toContainText('Site boilerplate after the article');
  await callToComment.click();
  await expect(callToComment).toHaveAttribute('aria-pressed', 'true');

  // Details read from the page, then corrected.
  await expect(card.getByLabel('Title')).toHaveValue('Caspian talks open in Baku');
  await expect(card.getByLabel('Outlet')).toHaveValue('Desk Wire');
  await expect(card.getByLabel('Published')).toHaveValue('2025-02-14');
  await expect(card.getByLabel('URL')).toHaveValue('https://deskwire.example.org/caspian-talks');
  await expect(card.getByLabel('Language')).toHaveValue('en');
  await card.getByLabel('Title').fill('Caspian states open talks in Baku');
  await card.getByLabel('Author').fill('N. Rahimova');

  const saved = page.waitForResponse((r) => r.url().endsWith('/api/documents') && r.request().method() === 'POST');
  await card.getByRole('button', { name: 'Save article' }).click();
  expect((await saved).status()).toBe(201);

  // The reader, with the kept-back paragraph in the text.
  await expect(page.getByRole('heading', { level: 1, name: 'Caspian states open talks in Baku' })).toBeVisible();
  await expect(page.getByText('Desk Wire · N. Rahimova · 14 Feb 2025')).toBeVisible();
  const text = page.getByTestId('article-text');
  await expect(text).toHaveAttribute('aria-busy', 'false');
  await expect(text).toContainText(CALL_TO_COMMENT);
  await expect(text).not.toContainText('Desk Wire');

  const phrase = 'joint proposal on a north-south transport corridor';
  await selectWithMouse(page, text, phrase);
  const popover = page.getByRole('dialog', { name: 'New highlight' });
  await expect(popover).toBeVisible();
  const highlighted = page.waitForResponse((r) => r.url().endsWith('/annotations') && r.request().method() === 'POST');
  await page.keyboard.press('Enter');
  expect((await highlighted).status()).toBe(201);
  await expect(text.locator('[data-highlights]', { hasText: phrase })).toBeVisible();

  // Search on the list: a word only in the text finds it, another does not.
  await page.goto('/documents');
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill('seabed');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/documents\?q=seabed$/);
  await expect(page.getByRole('table').getByRole('link', { name: 'Caspian states open talks in Baku' })).toBeVisible();
  await search.fill('pomegranate');
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: 'No articles match “pomegranate”' })).toBeVisible();

  // Deleting it asks first and names what goes with it.
  await page.getByRole('link', { name: 'Show every article' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Caspian states open talks in Baku' }).click();
  await page.getByRole('link', { name: 'Edit details' }).click();
  await page.getByRole('button', { name: 'Delete article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Caspian states open talks in Baku”?' });
  await expect(dialog).toContainText('1 highlight');
  await dialog.getByRole('button', { name: 'Delete article and 1 highlight' }).click();
  await expect(page).toHaveURL(/\/documents$/);
  await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible();
});

test('pasted text on a phone: two previews, one saved, the duplicate refused with a link to it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInToNewTeam(page);
  await page.goto('/documents/new');
  const article = 'Officials met in Ashgabat on Tuesday to discuss gas exports across the Caspian, a plan debated for two decades.';
  // A paste of markup is taken as HTML until the person picks a format.
  await page.getByLabel('Paste an article').fill('<div><p>One.</p><p>Two.</p></div>');
  await expect(page.getByLabel('Written as')).toHaveValue('html');
  for (let i = 0; i < 2; i += 1) {
    await page.getByLabel('Paste an article').fill(article);
    await page.getByRole('button', { name: 'Preview' }).click();
  }
  const cards = page.getByRole('region', { name: 'Pasted text' });
  await expect(cards).toHaveCount(2);
  await expect(cards.first().getByLabel('Title')).toBeVisible();
  // The page's own content fits 390 px (the shared header is checked by the other phone specs).
  const main = page.locator('main').filter({ visible: true });
  expect(await main.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  for (const box of [await main.boundingBox(), await cards.first().boundingBox()]) expect(box!.x + box!.width).toBeLessThanOrEqual(390);

  await cards.first().getByLabel('Title').fill('Ashgabat gas talks');
  await cards.first().getByRole('button', { name: 'Save article' }).click();
  await expect(cards.first().getByRole('status')).toContainText('Saved as Ashgabat gas talks');
  await cards.nth(1).getByRole('button', { name: 'Save article' }).click();
  const refusal = cards.nth(1).getByRole('alert');
  await expect(refusal).toContainText('already in the team');
  await refusal.getByRole('link', { name: 'Ashgabat gas talks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ashgabat gas talks' })).toBeVisible();
});
