// Stored hostile markup stays text: notes, rationales, theme and article names and article text
// with <script> and <img onerror> are shown literally and never run, on every page that shows them.
import { expect, test, type Page } from '@playwright/test';
import { createMultiTeamUser } from './support/db';
import { logInThroughForm } from './support/login';

const PAYLOAD = (mark: string) => `<img src=x onerror="window.__xss='${mark}'"><script>window.__xss='${mark}-script'</script>`;

async function expectInert(page: Page, path: string, visibleText: string) {
  await page.goto(path);
  await expect(page.getByText(visibleText, { exact: false }).filter({ visible: true }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), path).toBeUndefined();
  expect(await page.locator('img[src="x"]').count(), path).toBe(0);
}

test('hostile markup saved in every text field is shown as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await logInThroughForm(page, await createMultiTeamUser([]));
  const team = await page.request.post('/api/teams', { data: { name: `XSS desk ${Date.now()}` } });
  expect(team.status()).toBe(201);
  const teamId = (await team.json()).team.id as string;

  const title = `Title ${PAYLOAD('title')}`;
  const raw = `Officials met in Tehran. ${PAYLOAD('text')} The talks went on late into the night and ended without a statement.`;
  const article = await page.request.post('/api/documents', { data: { teamId, raw, format: 'text', meta: { title, source: `Outlet ${PAYLOAD('outlet')}` } } });
  expect(article.status()).toBe(201);
  const documentId = (await article.json()).document.id as string;
  // Theme names are short (60 characters at most): the image alone.
  const tag = await page.request.post('/api/tags', { data: { teamId, name: `Theme <img src=x onerror="window.__xss='t'">`, color: '#1f77b4' } });
  expect(tag.status()).toBe(201);
  const tagId = (await tag.json()).tag.id as string;
  const highlight = await page.request.post(`/api/documents/${documentId}/annotations`, { data: { start: 0, end: 24, tagIds: [tagId], note: `Note ${PAYLOAD('note')}` } });
  expect(highlight.status()).toBe(201);
  const annotationId = (await highlight.json()).annotation.id as string;
  const rating = await page.request.put(`/api/annotations/${annotationId}/rating`, { data: { credibility: 2, rationale: `Rationale ${PAYLOAD('rationale')}` } });
  expect(rating.status()).toBe(200);

  await expectInert(page, '/documents', 'Title <img src=x onerror=');
  await expectInert(page, `/documents/${documentId}`, '<script>window.__xss=');
  await page.getByText('Officials met in Tehran.').first().click(); // open the highlight's panel: note and rationale
  await expect(page.getByText('Note <img src=x onerror=', { exact: false }).filter({ visible: true }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  await expectInert(page, `/documents/${documentId}/dashboard`, 'Theme <img src=x onerror=');
  await expectInert(page, '/dashboard', 'Title <img src=x onerror=');
  await expectInert(page, '/themes', 'Theme <img src=x onerror=');
  await expectInert(page, '/export', 'Note <img src=x onerror=');
  await expectInert(page, '/sources', 'Outlet <img src=x onerror=');
  await expectInert(page, '/team/audit', 'created a highlight');
  expect(dialogs).toEqual([]);
});
