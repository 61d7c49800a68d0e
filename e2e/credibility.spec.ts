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
    await text.locator('[data-highlights]', { hasText: 'Iran has been accused' }).first().click();
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
    await page.getByTestId('article-text').locator('[data-highlights]', { hasText: 'Iran has been accused' }).first().click();
    await expect(page.getByRole('complementary', { name: 'Highlights here' }).getByText(/^Your rating: 2/)).toBeVisible();
  });
});

test.describe('blind first', () => {
  test.use({ storageState: storageStatePath('lead') });

  test('another analyst’s rating stays hidden until the lead rates the passage', async ({ page, browser }) => {
    const marker = `blind-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
    const PHRASE = 'Some raised the possibility that Russia would send weapons to Iranian proxies';
    // Analyst2 highlights a passage and the analyst rates it, both through the API, on fresh rows.
    const author = await browser.newContext({ storageState: storageStatePath('analyst2') });
    const rater = await browser.newContext({ storageState: storageStatePath('analyst') });
    const authorPage = await author.newPage();
    await authorPage.goto('/documents');
    await authorPage.getByRole('table').getByRole('link', { name: ARTICLE }).click();
    await authorPage.waitForURL(/\/documents\/\w+$/);
    const documentId = authorPage.url().split('/').pop()!;
    const { document } = await (await authorPage.request.get(`/api/documents/${documentId}`)).json();
    const start = Array.from(document.text.slice(0, document.text.indexOf(PHRASE))).length;
    const created = await authorPage.request.post(`/api/documents/${documentId}/annotations`, { data: { start, end: start + PHRASE.length, note: marker } });
    expect(created.status()).toBe(201);
    const { annotation } = await created.json();
    expect((await rater.request.put(`/api/annotations/${annotation.id}/rating`, { data: { credibility: 4, rationale: `Single expert ${marker}` } })).status()).toBe(200);
    await author.close();
    await rater.close();

    await page.goto(`/documents/${documentId}`);
    await expect(page.getByTestId('article-text')).toHaveAttribute('aria-busy', 'false');
    await page.getByTestId('article-text').locator('[data-highlights]', { hasText: 'Some raised the possibility' }).first().click();
    const card = page.getByRole('complementary', { name: 'Highlights here' }).getByRole('article').filter({ hasText: marker });
    await expect(card.getByText('1 rating hidden until you rate')).toBeVisible();
    await expect(card).not.toContainText(`Single expert ${marker}`);
    await card.getByRole('button', { name: '3', exact: true }).click();
    await expect(card.getByText(`Ari Kowalski: 4 — “Single expert ${marker}”`)).toBeVisible();
    await expect(card.getByText(/^Consensus 3 \(spread 3–4\)/)).toBeVisible();
  });
});
