import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';

const ARTICLE = /^Last Friday’s meeting between Russian President/;
const PASSAGE = 'Iran has been accused of supplying thousands of “Shahed” attack drones to Russia.';

test.describe('rating a passage in the reader', () => {
  test.use({ storageState: storageStatePath('analyst2') });

  test('keys 1-6 rate the selected highlight, hidden ratings appear, and the article summary follows', async ({ page }) => {
    await page.goto('/documents');
    await page.getByRole('table').getByRole('link', { name: ARTICLE }).click();
    const text = page.getByTestId('article-text');
    await expect(text).toHaveAttribute('aria-busy', 'false');
    await text.locator('[data-ids]', { hasText: 'Iran has been accused' }).first().click();
    const panel = page.getByRole('complementary', { name: 'Highlights here' });
    await expect(panel).toContainText(PASSAGE);

    const saved = page.waitForResponse((r) => r.url().endsWith('/rating') && r.request().method() === 'PUT');
    await page.keyboard.press('2');
    expect((await saved).status()).toBe(200);
    await expect(panel.getByText(/^Your rating: 2 — Probably true/)).toBeVisible();
    await expect(panel.getByRole('button', { name: '2', pressed: true })).toBeVisible();
    await expect(panel).not.toContainText('hidden until you rate');

    const summary = page.getByRole('region', { name: 'Admiralty summary' });
    await expect(summary.getByTestId('admiralty-code')).toHaveText(/^[A-F?]2$/);
    await expect(summary).toContainText(/median 2 — Probably true, over \d+ rated passages?/);

    // Still there after a reload.
    await page.reload();
    await expect(page.getByTestId('article-text')).toHaveAttribute('aria-busy', 'false');
    await page.getByTestId('article-text').locator('[data-ids]', { hasText: 'Iran has been accused' }).first().click();
    await expect(page.getByRole('complementary', { name: 'Highlights here' }).getByText(/^Your rating: 2/)).toBeVisible();
  });
});

test.describe('blind first', () => {
  test.use({ storageState: storageStatePath('lead') });

  test('another analyst’s rating stays hidden until the lead rates the passage', async ({ page, browser }) => {
    const rater = await browser.newContext({ storageState: storageStatePath('analyst') });
    const raterPage = await rater.newPage();
    // The analyst rates a seeded passage by API; the lead has not rated it.
    await raterPage.goto('/documents');
    await raterPage.getByRole('table').getByRole('link', { name: ARTICLE }).click();
    await raterPage.waitForURL(/\/documents\/\w+$/);
    const documentId = raterPage.url().split('/').pop()!;
    const list = await (await raterPage.request.get(`/api/documents/${documentId}/annotations`)).json();
    const target = list.annotations.find((a: { exact: string }) => a.exact.startsWith('Moscow would neither deploy troops'));
    expect((await raterPage.request.put(`/api/annotations/${target.id}/rating`, { data: { credibility: 4, rationale: 'Single expert' } })).status()).toBe(200);
    await rater.close();

    await page.goto(`/documents/${documentId}`);
    await expect(page.getByTestId('article-text')).toHaveAttribute('aria-busy', 'false');
    await page.getByTestId('article-text').locator('[data-ids]', { hasText: 'Moscow would neither deploy troops' }).first().click();
    const card = page.getByRole('article', { name: /Highlight by Sana Haddad/ });
    const seen = await card.getByText(/Your rating:/).count();
    if (seen === 0) {
      await expect(card.getByText(/ratings? hidden until you rate/)).toBeVisible();
      await expect(card).not.toContainText('Single expert');
      await card.getByRole('button', { name: '3', exact: true }).click();
    }
    await expect(card.getByText(/Ari Kowalski: 4 — “Single expert”/)).toBeVisible();
  });
});
