import { expect, test } from '@playwright/test';
import { ACCOUNTS, storageStatePath } from './support/accounts';
import { logInThroughForm } from './support/login';

const SEED_TITLES = [
  'Unpacking the Russia-Iran Alliance: Its Impact on the Resistance Front',
  'The Evolving Russia-Iran Alliance: A New Geopolitical Axis?',
  'Few alliances are scrutinized as closely as that between Iran and Russia.',
  'The Iran-Russia Alliance: Challenges and Implications',
  'Last Friday’s meeting between Russian President Vladimir Putin and his Iranian…',
];

test.describe('an analyst of the desk', () => {
  test.use({ storageState: storageStatePath('analyst') });

  test('sees the five seeded articles and reads one', async ({ page }) => {
    await page.goto('/documents');
    await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
    const table = page.getByRole('table');
    for (const title of SEED_TITLES) await expect(table.getByRole('link', { name: title, exact: true })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(SEED_TITLES.length + 1);

    await table.getByRole('link', { name: 'The Iran-Russia Alliance: Challenges and Implications' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Iran-Russia Alliance: Challenges and Implications');
    const firstParagraph = page.getByTestId('article-text').locator('p').first();
    await expect(firstParagraph).toHaveText(/^Los Angeles, October 28, 2023 - The recent conflict in Gaza marks another tragic chapter/);
    await expect(page.getByText('28 Oct 2023')).toBeVisible();
    // Site chrome was cleaned away on import.
    await expect(page.getByTestId('article-text')).not.toContainText('top of page');
  });

  test('reads cleaned text: no repeated title, no author box, no empty table of contents', async ({ page }) => {
    await page.goto('/documents');
    await page.getByRole('table').getByRole('link', { name: 'The Evolving Russia-Iran Alliance: A New Geopolitical Axis?' }).click();
    const text = page.getByTestId('article-text');
    await expect(text.locator('p').first()).toHaveText(/^In an increasingly multipolar world/);
    await expect(text).not.toContainText('Table of Contents');
    await expect(text).not.toContainText('ytorp@yahoo.com');
    await expect(text.getByRole('heading', { name: 'Western Sanctions: A Catalyst for Convergence' })).toBeVisible();
  });

  test('signs out and is sent to the login page', async ({ page }) => {
    await page.goto('/documents');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/documents');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdocuments/);
  });
});

test.describe('signed out', () => {
  test('every page redirects to the login page, and back after signing in', async ({ page }) => {
    await page.goto('/documents?view=all');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdocuments%3Fview%3Dall/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Email').fill(ACCOUNTS.analyst2);
    await page.getByLabel('Password').fill('credence-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/documents\?view=all$/);
    await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  });

  test('a wrong password is refused without saying which part was wrong', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(ACCOUNTS.analyst);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Next.js keeps an empty route announcer with role=alert on every page.
    const alert = page.getByRole('alert').filter({ hasText: /\S/ });
    await expect(alert).toHaveText('That email and password do not match an account. Check both and try again.');
    await expect(page).toHaveURL(/\/login/);

    // An unknown email gets exactly the same answer.
    await page.getByLabel('Email').fill('nobody@example.org');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(alert).toHaveText('That email and password do not match an account. Check both and try again.');
  });

  test('the form explains a malformed email before sending it', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').fill('whatever');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter an email address such as name@example.org.')).toBeVisible();
  });

  test('logging in through the form opens the articles', async ({ page }) => {
    await logInThroughForm(page, ACCOUNTS.viewer);
    await expect(page.getByRole('link', { name: SEED_TITLES[0] }).first()).toBeVisible();
  });
});

test.describe('a member of another team', () => {
  test.use({ storageState: storageStatePath('outsider') });

  test('sees none of the desk’s articles, not even by their address', async ({ page, browser }) => {
    await page.goto('/documents');
    await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible();
    for (const title of SEED_TITLES) await expect(page.getByText(title)).toHaveCount(0);

    const analyst = await browser.newContext({ storageState: storageStatePath('analyst') });
    const analystPage = await analyst.newPage();
    await analystPage.goto('/documents');
    const href = await analystPage.getByRole('table').getByRole('link', { name: SEED_TITLES[3] }).getAttribute('href');
    await analyst.close();
    expect(href).toMatch(/^\/documents\/\w+$/);

    const response = await page.goto(href!);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await expect(page.getByText('Los Angeles, October 28, 2023')).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ storageState: storageStatePath('analyst'), viewport: { width: 390, height: 844 } });

  test('the articles list becomes cards and the reader fits the screen', async ({ page }) => {
    await page.goto('/documents');
    await expect(page.getByRole('table')).toBeHidden();
    await page.getByRole('link', { name: new RegExp(SEED_TITLES[3]!) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
