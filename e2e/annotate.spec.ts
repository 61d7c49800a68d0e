import { expect, test, type Page } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { selectWithMouse } from './support/select-text';

const ARTICLE = 'The Iran-Russia Alliance: Challenges and Implications';

async function openArticle(page: Page) {
  await page.goto('/documents');
  await page.getByRole('table').getByRole('link', { name: ARTICLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: ARTICLE })).toBeVisible();
  const text = page.getByTestId('article-text');
  await expect(text).toHaveAttribute('aria-busy', 'false'); // highlights loaded: the text will not re-render under the mouse
  return text;
}

const highlightOf = (page: Page, phrase: string) => page.getByTestId('article-text').locator('[data-highlights]', { hasText: phrase });

test.describe('highlighting in the reader', () => {
  test('an analyst highlights with the mouse, tags with a digit, notes, and a teammate sees it', async ({ browser }) => {
    const analyst = await browser.newContext({ storageState: storageStatePath('analyst') });
    const teammate = await browser.newContext({ storageState: storageStatePath('analyst2') });
    const page = await analyst.newPage();
    const other = await teammate.newPage();
    const text = await openArticle(page);
    await openArticle(other);
    const phrase = 'Khomeini vehemently opposed godless communism';

    await selectWithMouse(page, text, phrase);
    const popover = page.getByRole('dialog', { name: 'New highlight' });
    await expect(popover).toBeVisible();
    await expect(popover).toContainText(phrase);
    await page.keyboard.press('1'); // the theme with shortcut 1: Military cooperation
    await expect(popover.getByRole('checkbox', { name: 'Military cooperation' })).toBeChecked();
    await popover.getByRole('textbox', { name: 'Note' }).fill('Framing: is this sourced?');
    const saved = page.waitForResponse((r) => r.url().endsWith('/annotations') && r.request().method() === 'POST');
    await page.keyboard.press('Enter');
    await expect(popover).toBeHidden();
    await expect(highlightOf(page, phrase)).toBeVisible(); // optimistic: before the server answers
    const response = await saved;
    expect(response.status()).toBe(201);
    const { annotation } = await response.json();
    expect(annotation.exact).toBe(phrase);

    // Still there after a reload, on the same words, with its theme and note.
    await page.reload();
    await expect(highlightOf(page, phrase)).toHaveText(phrase);
    await highlightOf(page, phrase).click();
    const panel = page.getByRole('complementary', { name: 'Highlights here' });
    await expect(panel).toContainText('Framing: is this sourced?');
    await expect(panel).toContainText('Military cooperation');
    await expect(panel).toContainText('Ari Kowalski');

    // The teammate's open page picks it up without a reload.
    await expect(highlightOf(other, phrase)).toBeVisible({ timeout: 15_000 });
    await highlightOf(other, phrase).click();
    const otherPanel = other.getByRole('complementary', { name: 'Highlights here' });
    await expect(otherPanel).toContainText('Framing: is this sourced?');
    await expect(otherPanel.getByRole('button', { name: 'Delete' })).toHaveCount(0); // not theirs to change

    // The author deletes it.
    await panel.getByRole('button', { name: 'Delete' }).click();
    await expect(highlightOf(page, phrase)).toHaveCount(0);
    await analyst.close();
    await teammate.close();
  });

  test('Escape cancels a new highlight, and a refused one disappears with the reason', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath('analyst2') });
    const page = await context.newPage();
    const text = await openArticle(page);
    const phrase = 'Moscow\'s weaponry may not match Western standards';
    await selectWithMouse(page, text, phrase);
    await expect(page.getByRole('dialog', { name: 'New highlight' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'New highlight' })).toBeHidden();
    await expect(highlightOf(page, phrase)).toHaveCount(0);

    await page.route('**/api/documents/*/annotations', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 422, contentType: 'application/json', body: JSON.stringify({ error: { code: 'VALIDATION', message: 'The quoted text does not match the article.' } }) })
        : route.fallback(),
    );
    await selectWithMouse(page, text, phrase);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('The highlight was not saved: The quoted text does not match the article.');
    await expect(highlightOf(page, phrase)).toHaveCount(0);
    await context.close();
  });

  test('a viewer reads highlights but cannot create one', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath('viewer') });
    const page = await context.newPage();
    const text = await openArticle(page);
    await expect(page.getByText('You are a viewer on this team')).toBeVisible();
    await expect(highlightOf(page, 'Their shared rejection of democracy')).toBeVisible(); // a seeded highlight
    await selectWithMouse(page, text, 'Iran and Russia have been longstanding rivals');
    await expect(page.getByRole('dialog', { name: 'New highlight' })).toHaveCount(0);
    await context.close();
  });
});

test.describe('linking into the reader', () => {
  test.use({ storageState: storageStatePath('viewer') });

  test('?at=<offset> scrolls to that spot and opens its highlights', async ({ page }) => {
    await page.goto('/documents');
    await page.getByRole('table').getByRole('link', { name: ARTICLE }).click();
    await page.waitForURL(/\/documents\/\w+$/);
    const documentId = page.url().split('/').pop()!;
    const { document } = await (await page.request.get(`/api/documents/${documentId}`)).json();
    const at = Array.from(document.text.slice(0, document.text.indexOf('Their shared rejection of democracy'))).length + 3;
    await page.goto(`/documents/${documentId}?at=${at}`);
    const panel = page.getByRole('complementary', { name: 'Highlights here' });
    await expect(panel).toContainText('Their shared rejection of democracy and human rights');
    await expect(page.getByTestId('article-text').locator('[data-highlights]', { hasText: 'Their shared rejection' }).first()).toBeInViewport();
  });
});

test.describe('the page as the server sends it', () => {
  test('already shows every highlight, before any script runs', async ({ browser }) => {
    const PHRASE = 'Their shared rejection of democracy and human rights';
    const analyst = await browser.newContext({ storageState: storageStatePath('analyst') });
    const page = await analyst.newPage();
    await page.goto('/documents');
    await page.getByRole('table').getByRole('link', { name: ARTICLE }).click();
    await page.waitForURL(/\/documents\/\w+$/);
    const documentId = page.url().split('/').pop()!;
    const { document } = await (await page.request.get(`/api/documents/${documentId}`)).json();
    const start = Array.from(document.text.slice(0, document.text.indexOf(PHRASE))).length;
    expect((await page.request.post(`/api/documents/${documentId}/annotations`, { data: { start, end: start + PHRASE.length } })).status()).toBe(201);
    await analyst.close();

    const noScript = await browser.newContext({ storageState: storageStatePath('analyst'), javaScriptEnabled: false });
    const html = await noScript.newPage();
    await html.goto(`/documents/${documentId}`);
    const text = html.getByTestId('article-text');
    expect(Number(await text.getAttribute('data-highlights-painted'))).toBeGreaterThan(0);
    await expect(text).toHaveAttribute('aria-busy', 'true'); // not interactive until the scripts run
    const run = text.locator('[data-highlights]', { hasText: 'Their shared rejection' }).first();
    await expect(run).toHaveClass(/\bhl\b/);
    // Coloured by the rules the page carries (no script has run to add any).
    expect(await run.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await noScript.close();
  });
});

test.describe('clicking a highlight', () => {
  test('opens the highlights under the pointer, also where neighbouring highlights are painted as one span', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath('analyst') });
    const page = await context.newPage();
    await openArticle(page);
    const documentId = page.url().split('/').pop()!;
    const { document } = await (await page.request.get(`/api/documents/${documentId}`)).json();
    // Two highlights end to end, no theme: they look alike, so the reader writes them as one span.
    const [first, second] = ['The conflict in Ukraine', ' shows no sign of abating'];
    const start = Array.from(document.text.slice(0, document.text.indexOf(first + second))).length;
    const ids: string[] = [];
    for (const [from, to, note] of [[start, start + first.length, 'The first half.'], [start + first.length, start + first.length + second.length, 'The second half.']] as const) {
      const created = await page.request.post(`/api/documents/${documentId}/annotations`, { data: { start: from, end: to, note } });
      expect(created.status()).toBe(201);
      ids.push((await created.json()).annotation.id);
    }
    try {
      await page.reload();
      const text = page.getByTestId('article-text');
      await expect(text).toHaveAttribute('aria-busy', 'false');
      const span = text.locator('[data-highlights]', { hasText: first + second });
      await expect(span).toHaveCount(1);
      await span.scrollIntoViewIfNeeded();
      // The right half of the first highlight's last letter, then the left half of the second's first.
      const points = await span.evaluate((element, [a, b]) => {
        const node = element.firstChild!;
        const at = element.textContent!.indexOf(a!) + a!.length;
        const rectOf = (from: number) => {
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, from + 1);
          return range.getBoundingClientRect();
        };
        const last = rectOf(at - 1);
        const next = rectOf(at + b!.indexOf(b!.trim()));
        return [{ x: last.right - 1, y: last.top + last.height / 2 }, { x: next.left + 1, y: next.top + next.height / 2 }];
      }, [first, second]);
      const panel = page.getByRole('complementary', { name: 'Highlights here' });
      await page.mouse.click(points[0]!.x, points[0]!.y);
      await expect(panel).toContainText('The first half.');
      await expect(panel).not.toContainText('The second half.');
      await page.keyboard.press('Escape');
      await page.mouse.click(points[1]!.x, points[1]!.y);
      await expect(panel).toContainText('The second half.');
      await expect(panel).not.toContainText('The first half.');
    } finally {
      for (const id of ids) expect((await page.request.delete(`/api/annotations/${id}`)).status()).toBe(204);
      await context.close();
    }
  });
});

test.describe('opening an article again', () => {
  test('shows the highlights teammates added while the reader was away', async ({ browser }) => {
    const analyst = await browser.newContext({ storageState: storageStatePath('analyst') });
    const teammate = await browser.newContext({ storageState: storageStatePath('analyst2') });
    const page = await analyst.newPage();
    const text = await openArticle(page);
    const documentId = page.url().split('/').pop()!;
    const before = Number(await text.getAttribute('data-highlights-painted'));

    await page.getByRole('link', { name: '← Articles' }).click(); // in-app navigation: this tab keeps its copy
    await expect(page.getByRole('table')).toBeVisible();
    const { document } = await (await teammate.request.get(`/api/documents/${documentId}`)).json();
    const PHRASE = 'godless communism';
    const start = Array.from(document.text.slice(0, document.text.indexOf(PHRASE))).length;
    expect((await teammate.request.post(`/api/documents/${documentId}/annotations`, { data: { start, end: start + PHRASE.length } })).status()).toBe(201);

    await page.getByRole('table').getByRole('link', { name: ARTICLE }).click();
    await expect(async () => expect(Number(await text.getAttribute('data-highlights-painted'))).toBeGreaterThan(before)).toPass({ timeout: 10_000 });
    await analyst.close();
    await teammate.close();
  });
});
