import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { storageStatePath } from './support/accounts';

// The seed gives the Russia-Iran desk 10 highlights; other specs add more in parallel, so totals are
// lower bounds. No other spec tags with this theme, which the seed gives one highlight.
const THEME = 'Caucasus and corridors';
const COLUMNS = ['excerpt_id', 'article_title', 'exact', 'themes'];

const previewRegion = (page: Page) => page.getByRole('region', { name: 'Preview' });
const downloadLink = (page: Page, format: 'CSV' | 'JSON-LD' = 'CSV') => page.getByRole('link', { name: `Download ${format}` });

/** The count the page announces, once the preview has caught up with the filters. */
async function matchCount(page: Page): Promise<number> {
  await expect(previewRegion(page)).toHaveAttribute('aria-busy', 'false');
  const status = page.getByRole('status').filter({ hasText: /excerpts? match/ });
  await expect(status).toHaveText(/^[\d,]+ excerpts? match(es)?$/);
  return Number((await status.textContent())!.replace(/\D/g, ''));
}

async function download(page: Page, format: 'CSV' | 'JSON-LD' = 'CSV'): Promise<{ file: Download; text: string }> {
  const started = page.waitForEvent('download');
  await downloadLink(page, format).click();
  const file = await started;
  return { file, text: await readFile(await file.path(), 'utf8') };
}

function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
  return { header: header!, rows: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
}

test.describe('export, as the team lead', () => {
  test.use({ storageState: storageStatePath('lead') });

  test('a theme filter narrows the count, stays in the URL and shapes the CSV', async ({ page }) => {
    await page.goto('/export');
    await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();
    const total = await matchCount(page);
    expect(total).toBeGreaterThanOrEqual(10);

    const themes = page.getByRole('group', { name: 'Themes' });
    await themes.getByRole('checkbox', { name: THEME }).check();
    await expect(page).toHaveURL(/[?&]tag=[^&]+/);
    const filtered = await matchCount(page);
    expect(filtered).toBeGreaterThanOrEqual(1);
    expect(filtered).toBeLessThan(total);
    const rows = previewRegion(page).getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(rows).toHaveCount(Math.min(filtered, 20));
    for (const row of await rows.all()) await expect(row).toContainText(THEME);

    // The URL is the filter: a reload (or a shared link) opens the same export.
    await page.reload();
    await expect(page.getByRole('group', { name: 'Themes' }).getByRole('checkbox', { name: THEME })).toBeChecked();
    expect(await matchCount(page)).toBe(filtered);

    const { file, text } = await download(page);
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    await expect(page.getByText(file.suggestedFilename())).toBeVisible();
    const { header, rows: records } = parseCsv(text);
    for (const column of COLUMNS) expect(header).toContain(column);
    expect(records).toHaveLength(filtered);
    for (const record of records) expect(record.themes!.split('; ')).toContain(THEME);
  });

  test('a filter that matches nothing says so, disables the download and clears', async ({ page }) => {
    await page.goto('/export');
    expect(await matchCount(page)).toBeGreaterThan(0);
    await page.getByRole('group', { name: 'Highlighted' }).getByLabel('From').fill('2099-01-01');
    await expect(page).toHaveURL(/[?&]from=2099-01-01/);
    expect(await matchCount(page)).toBe(0);
    await expect(previewRegion(page).getByRole('heading', { name: 'No excerpts match these filters' })).toBeVisible();
    await expect(downloadLink(page)).toHaveAttribute('aria-disabled', 'true');

    await previewRegion(page).getByRole('button', { name: 'Clear filters' }).click();
    expect(await matchCount(page)).toBeGreaterThan(0);
    await expect(page).not.toHaveURL(/from=/);
    await expect(page.getByRole('group', { name: 'Highlighted' }).getByLabel('From')).toHaveValue('');
    await expect(downloadLink(page)).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('a filter the server refuses is marked next to its field', async ({ page }) => {
    await page.goto(`/export?tag=${encodeURIComponent('No such theme, surely')}`);
    const themes = page.getByRole('group', { name: 'Themes' });
    await expect(themes).toHaveAccessibleDescription(/No theme "No such theme, surely" in this team\./);
    await expect(previewRegion(page).getByRole('alert')).toContainText('fix the fields marked in red');
    await expect(downloadLink(page)).toHaveAttribute('aria-disabled', 'true');

    // The value names no checkbox of the team's, so it is listed, ticked, to be unticked.
    const unknown = themes.getByRole('checkbox', { name: /^No such theme, surely/ });
    await expect(unknown).toBeChecked();
    await unknown.click();
    expect(await matchCount(page)).toBeGreaterThan(0);
    await expect(themes).not.toHaveAccessibleDescription(/No theme/);
    await expect(unknown).toHaveCount(0);
    await expect(page).not.toHaveURL(/tag=/);
  });
});

test.describe('export, as a viewer', () => {
  test.use({ storageState: storageStatePath('viewer') });

  test('a viewer downloads the CSV and the JSON-LD too', async ({ page }) => {
    await page.goto('/export');
    const total = await matchCount(page);
    expect(total).toBeGreaterThanOrEqual(10);

    const csv = parseCsv((await download(page)).text);
    for (const column of COLUMNS) expect(csv.header).toContain(column);
    expect(csv.rows.length).toBeGreaterThanOrEqual(10);

    await page.getByRole('radio', { name: /^JSON-LD/ }).check();
    await expect(page).toHaveURL(/[?&]format=jsonld/);
    const { file, text } = await download(page, 'JSON-LD');
    expect(file.suggestedFilename()).toMatch(/\.jsonld$/);
    const collection = JSON.parse(text) as { '@context': string; type: string; total: number; first: { items: unknown[] } };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items).toHaveLength(collection.total);
    expect(collection.total).toBeGreaterThanOrEqual(10);
  });
});

test.describe('export on a phone', () => {
  test.use({ storageState: storageStatePath('analyst'), viewport: { width: 390, height: 844 } });

  test('the filters stack above the preview and the page fits the screen', async ({ page }) => {
    await page.goto('/export');
    expect(await matchCount(page)).toBeGreaterThan(0);
    const filters = await page.getByRole('form', { name: 'Filters' }).boundingBox();
    const downloadPanel = await page.getByRole('region', { name: 'Download' }).boundingBox();
    expect(filters!.y + filters!.height).toBeLessThanOrEqual(downloadPanel!.y);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
