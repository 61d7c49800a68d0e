import { expect, test, type Locator, type Page } from '@playwright/test';
import { storageStatePath } from './support/accounts';

// The seeded articles and their demo highlights. Other specs add highlights to some of them in
// parallel, so counts are lower bounds.
const ARTICLES = [
  { title: /^Last Friday’s meeting between Russian President/, atLeast: 4 },
  { title: 'The Iran-Russia Alliance: Challenges and Implications', atLeast: 2 },
  { title: 'Unpacking the Russia-Iran Alliance: Its Impact on the Resistance Front', atLeast: 3 },
  { title: /^Few alliances are scrutinized/, atLeast: 1 },
  { title: 'The Evolving Russia-Iran Alliance: A New Geopolitical Axis?', atLeast: 0 },
];
const UNPACKING = 'Unpacking the Russia-Iran Alliance: Its Impact on the Resistance Front';

async function numberIn(locator: Locator): Promise<number> {
  const text = (await locator.textContent())?.trim() ?? '';
  expect(text).toMatch(/^\d[\d,]*$/);
  return Number(text.replace(/,/g, ''));
}

const articlesTable = (page: Page) => page.getByRole('region', { name: 'Articles', exact: true }).getByRole('table');

async function highlightColumn(page: Page): Promise<number[]> {
  const cells = articlesTable(page).getByRole('row').locator('td:nth-child(2)');
  return (await cells.allTextContents()).map((text) => Number(text.replace(/,/g, '')));
}

test.describe('dashboards', () => {
  test.use({ storageState: storageStatePath('lead') });

  test('the team overview lists and sorts the articles and leads to an article’s dashboard and the reader', async ({ page }) => {
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    const table = articlesTable(page);
    for (const article of ARTICLES) {
      const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: article.title }) });
      await expect(row).toHaveCount(1);
      expect(await numberIn(row.getByRole('cell').nth(1))).toBeGreaterThanOrEqual(article.atLeast);
    }

    // Sorting by highlights: most first, then fewest first.
    const header = table.getByRole('columnheader', { name: 'Highlights' });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const descending = await highlightColumn(page);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await highlightColumn(page);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await table.getByRole('link', { name: UNPACKING }).click();
    await page.waitForURL(/\/documents\/\w+\/dashboard$/);
    const documentId = new URL(page.url()).pathname.split('/')[2];
    await expect(page.getByRole('heading', { level: 1, name: UNPACKING })).toBeVisible();

    // Headline figures: the seed's three highlights by two analysts under three themes.
    expect(await numberIn(page.getByTestId('figure-highlights'))).toBeGreaterThanOrEqual(3);
    expect(await numberIn(page.getByTestId('figure-analysts'))).toBeGreaterThanOrEqual(2);
    expect(await numberIn(page.getByTestId('figure-themes'))).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId('figure-admiralty')).toHaveText(/^[A-F?][1-6?]$/);
    await expect(page.getByTestId('figure-agreement')).toHaveText(/^(−?\d\.\d\d|n\/a)$/);

    const themes = page.getByRole('region', { name: 'Themes', exact: true });
    await expect(themes.getByRole('list', { name: 'Highlights per theme' })).toContainText('Framing and loaded language');

    // A band with highlights opens the reader at its start.
    const band = page.getByRole('region', { name: 'Where in the text' }).getByRole('link', { name: /^Highlights [1-9]\d* between characters \d+ and \d+$/ });
    await band.first().click();
    await expect(page).toHaveURL(new RegExp(`/documents/${documentId}\\?at=\\d+$`));
    await expect(page.getByRole('heading', { level: 1, name: UNPACKING })).toBeVisible();
  });
});
