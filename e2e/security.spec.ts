import { expect, test, type Page } from '@playwright/test';
import { storageStatePath } from './support/accounts';

function directives(policy: string | undefined): Record<string, string[]> {
  expect(policy, 'a Content-Security-Policy header').toBeTruthy();
  return Object.fromEntries(policy!.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the login page carries a nonce-based policy and the other security headers', async ({ page }) => {
  const response = await page.goto('/login');
  const headers = response!.headers();
  const csp = directives(headers['content-security-policy']);
  expect(csp['script-src']).toContain("'strict-dynamic'");
  expect(csp['script-src']!.some((value) => /^'nonce-[A-Za-z0-9+/=]+'$/.test(value))).toBe(true);
  expect(csp['script-src']!.join(' ')).not.toContain('unsafe');
  expect(csp['frame-ancestors']).toEqual(["'none'"]);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  // Each response has its own nonce.
  const again = await page.request.get('/login');
  expect(again.headers()['content-security-policy']).not.toBe(headers['content-security-policy']);
});

test('the login form stops an account after ten failed attempts and says how long to wait', async ({ page }) => {
  const email = `locked-${Date.now()}-${Math.floor(Math.random() * 1e6)}@test.example.org`;
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not the password');
  for (let i = 0; i < 10; i++) {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('That email and password do not match an account.', { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  }
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Too many sign-in attempts for this account or from this network. Wait 15 minutes, then try again.')).toBeVisible();
});

test.describe('signed in', () => {
  test.use({ storageState: storageStatePath('analyst') });

  test('pages run under the policy without a single violation', async ({ page }) => {
    const violations = collectCspViolations(page);
    for (const path of ['/documents', '/dashboard', '/themes', '/sources', '/export', '/team', '/account']) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(200);
      expect(response!.headers()['content-security-policy'], path).toContain("'strict-dynamic'");
    }
    // The reader is interactive (hydrated): its themes filter responds.
    await page.goto('/documents');
    await page.getByRole('link', { name: /Unpacking the Russia-Iran Alliance/ }).filter({ visible: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('API answers carry the static headers, and a cross-site write is refused', async ({ page }) => {
    const documents = await page.request.get('/api/documents');
    expect(documents.headers()['x-content-type-options']).toBe('nosniff');
    const crossSite = await page.request.post('/api/tags', { headers: { origin: 'https://evil.example' }, data: { teamId: 'x', name: 'x', color: '#000000' } });
    expect(crossSite.status()).toBe(403);
  });
});
