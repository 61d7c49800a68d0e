import { expect, test, type Page } from '@playwright/test';
import { storageStatePath } from './support/accounts';

// The production server (scripts/server.ts) adds each page's chunk scripts after its first paint
// (docs/decisions/015-scripts-after-paint.md) and compresses what it sends.
test.use({ storageState: storageStatePath('analyst') });

const ARTICLE = 'The Iran-Russia Alliance: Challenges and Implications';

/** The reader's address of the seeded article, from the articles list. */
async function readerHref(page: Page): Promise<string> {
  await page.goto('/documents');
  const href = await page.getByRole('table').getByRole('link', { name: ARTICLE }).getAttribute('href');
  expect(href).toMatch(/^\/documents\/[^/]+$/);
  return href!;
}

test('the reader page is painted without its scripts, which then load once each and make it interactive', async ({ page }) => {
  const href = await readerHref(page);

  // As sent: compressed, the article painted, and no chunk script in the head, only the loader.
  const response = await page.request.get(href, { headers: { 'accept-encoding': 'gzip' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-encoding']).toBe('gzip');
  const html = await response.text();
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head).not.toMatch(/<script src="\/_next\/static\/[^"]*" async=""/);
  const loader = /\(function\(s,n\)\{[\s\S]*?\}\)\((\[[^\]]*\]),/.exec(head);
  expect(loader, 'the loader in the head').not.toBeNull();
  const sources = JSON.parse(loader![1]!) as string[];
  expect(sources.length).toBeGreaterThan(3);
  expect(html).toContain('data-testid="article-text"');
  expect(html).toMatch(/data-highlights-painted="\d+"/);

  // In the browser: every source loads exactly once (hydration adds no second copy), and the page
  // becomes interactive.
  await page.goto(href);
  await expect(page.getByTestId('article-text')).toHaveAttribute('aria-busy', 'false');
  const loaded = await page.evaluate((list) => {
    const scripts = [...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src'));
    const fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    return list.map((src) => ({ src, elements: scripts.filter((s) => s === src).length, fetches: fetched.filter((path) => path === src).length }));
  }, sources);
  for (const script of loaded) expect(script, script.src).toEqual({ src: script.src, elements: 1, fetches: 1 });
});

test('pages and static files are compressed when the client asks, and left alone when it does not', async ({ page }) => {
  const href = await readerHref(page);
  const html = await (await page.request.get(href)).text();
  const script = /\(function\(s,n\)\{[\s\S]*?\}\)\(\["([^"]+)"/.exec(html)?.[1];
  expect(script).toMatch(/^\/_next\/static\/.+\.js$/);
  for (const path of [href, script!]) {
    const compressed = await page.request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(compressed.status(), path).toBe(200);
    expect(compressed.headers()['content-encoding'], path).toBe('gzip');
    const plain = await page.request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.status(), path).toBe(200);
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    // (A page differs from one answer to the next in its nonce; a static file does not.)
    if (path === script) expect(await plain.text(), path).toBe(await compressed.text());
  }
});
