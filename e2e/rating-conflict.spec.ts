// A rating changed in another tab since this page loaded: saving here is refused with the stored
// rating shown, and the analyst chooses to overwrite it (or reload to keep it).
import { expect, test } from '@playwright/test';
import { createMultiTeamUser } from './support/db';
import { logInThroughForm } from './support/login';

const ARTICLE = /^Last Friday’s meeting between Russian President/;

test('a stale passage rating offers reload or overwrite, and overwrite saves this page’s choice', async ({ page }) => {
  test.setTimeout(60_000);
  await logInThroughForm(page, await createMultiTeamUser([{ team: 'Russia-Iran desk', role: 'EDITOR' }]));
  await page.getByRole('table').getByRole('link', { name: ARTICLE }).click();
  const text = page.getByTestId('article-text');
  await expect(text).toHaveAttribute('aria-busy', 'false');
  await text.locator('[data-highlights]', { hasText: 'Iran has been accused' }).first().click();
  const panel = page.getByRole('complementary', { name: 'Highlights here' });
  const saved = page.waitForResponse((r) => r.url().endsWith('/rating') && r.request().method() === 'PUT');
  await page.keyboard.press('2');
  const first = await saved;
  expect(first.status()).toBe(200);
  await expect(panel.getByText(/^Your rating: 2/)).toBeVisible();
  const annotationId = /\/api\/annotations\/([^/]+)\/rating$/.exec(first.url())![1]!;

  // This page stops refreshing its highlights; "another tab" changes the rating meanwhile.
  await page.route(/\/api\/documents\/[^/]+\/annotations/, (route) => (route.request().method() === 'GET' ? route.abort() : route.continue()));
  const elsewhere = await page.request.put(`/api/annotations/${annotationId}/rating`, { data: { credibility: 3, rationale: 'From the other tab' } });
  expect(elsewhere.status()).toBe(200);

  const refused = page.waitForResponse((r) => r.url().endsWith('/rating') && r.request().method() === 'PUT');
  await panel.getByRole('group', { name: 'Your credibility rating' }).getByRole('button', { name: '4', exact: true }).click();
  expect((await refused).status()).toBe(409);
  const notice = page.getByRole('alert').filter({ hasText: 'You changed this passage’s rating elsewhere' });
  await expect(notice).toContainText('It is now 3, “From the other tab”. Reload to keep that, or overwrite it with 4.');

  const overwritten = page.waitForResponse((r) => r.url().endsWith('/rating') && r.request().method() === 'PUT');
  await notice.getByRole('button', { name: 'Overwrite' }).click();
  expect((await overwritten).status()).toBe(200);
  await expect(notice).toBeHidden();
  await expect(panel.getByText(/^Your rating: 4/)).toBeVisible();
  const stored = await (await page.request.get(`/api/documents/${/documents\/([^/?#]+)/.exec(page.url())![1]}/annotations`)).json();
  const mine = stored.annotations.find((a: { id: string }) => a.id === annotationId).ratings.mine;
  expect(mine).toMatchObject({ credibility: 4, version: 3 });
});
