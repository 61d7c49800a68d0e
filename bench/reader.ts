// Reader bench: how fast the reader paints, scrolls and saves with thousands of highlights on one
// article, against @recogito/text-annotator rendering the same text and highlights.
// Usage: npx tsx --conditions=react-server bench/reader.ts [--sizes 1000,5000,10000] [--runs 5]
//        [--json out.json] [--pg-port 54352] [--port 3152] [--no-reference] [--no-save]
// Unless --no-save, the result goes to bench/results/reader-<date>.json and docs/BENCHMARKS.md.
//
// Definitions (all times from the page's navigation start, performance.timeOrigin):
// (a) paint: the article's text carries data-highlights-painted=<count> once every highlight is
//     painted (in the server's HTML, painted from offsets and colours, or after a client commit); the bench's init script sees it
//     (MutationObserver), waits until the parser has moved past the text, and takes the time after
//     the next frame (rAF, then a task). Scrolling and saving start once the page has hydrated. The reference: setAnnotations returned, then
//     the next frame (it paints only the highlights in the viewport, so this is its best case).
// (b) scroll: from the top to the bottom of the page, 1/4 viewport per frame (scrollBy in rAF, so
//     each step is a main-thread frame), longest rAF delta and PerformanceObserver long tasks.
// (c) save: mouse-up that ends a selection → the new-highlight popover painted, then Enter →
//     highlight painted as saved (POST answered, the pending copy replaced, next frame). The
//     reference has no server and no popover: mouse-up → highlight created in its store, painted.
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { chromium, type Browser, type Page } from 'playwright-core';
import { splitBlocks } from '../lib/corpus/blocks';
import { findChromium } from '../scripts/lib/chromium';
import { startEmbedded } from '../scripts/lib/database';
import { migrate } from '../scripts/lib/run';
import { launchApp, signIn, type RunningApp } from './lib/app';
import { generate } from './lib/generate';
import { describeMachine } from './lib/machine';
import { saveResult, table, type Target } from './lib/results';
import { readArticle, referenceHighlights, removeCreated, type Article } from './reader-fill';

const ROOT = path.resolve(__dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    runs: { type: 'string', default: '5' },
    json: { type: 'string' },
    'pg-port': { type: 'string', default: '54352' },
    port: { type: 'string', default: '3152' },
    'no-reference': { type: 'boolean', default: false },
    'no-save': { type: 'boolean', default: false },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const RUNS = Math.max(1, Number(values.runs));
const PG_PORT = Number(values['pg-port']);
const APP_PORT = Number(values.port);
const BASE = `http://127.0.0.1:${APP_PORT}`;
const VIEWPORT = { width: 1280, height: 800 };
const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 10) / 10);
const median = (list: (number | null)[]) => {
  const sorted = list.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  return round(sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2);
};

// Runs in every page before its scripts: records when the painted attribute reaches the expected
// count and when the popover and the saved highlight are painted.
const INIT_SCRIPT = `(() => {
  const t = (window.__bench = { expected: Number(sessionStorage.getItem('bench-expected') || 0), longTasks: [] });
  // Where the load's time goes: long tasks (start, duration) and the first contentful paint.
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) t.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') t.fcp = Math.round(e.startTime); }).observe({ type: 'paint', buffered: true });
  } catch {}
  const afterPaint = (key) => requestAnimationFrame(() => setTimeout(() => { t[key] = performance.now(); }, 0));
  // The server's HTML already carries the count: the text is complete once the parser has moved
  // past it (a node follows it in document order), not when its opening tag arrives.
  const parsedPast = (node) => { while (node && !node.nextSibling) node = node.parentNode; return Boolean(node); };
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="article-text"]');
    if (text && t.paintedAt === undefined && t.committedAt === undefined && Number(text.getAttribute('data-highlights-painted')) === t.expected && parsedPast(text)) {
      t.committedAt = performance.now();
      afterPaint('paintedAt');
    }
    if (t.armed && t.popoverAt === undefined && document.querySelector('[role="dialog"][aria-label="New highlight"]')) {
      t.popoverAt = -1;
      afterPaint('popoverAt');
    }
    if (t.armed && t.savedAt === undefined && text && Number(text.getAttribute('data-highlights-painted')) === t.expected + 1 && text.getAttribute('data-highlights-pending') === '0') {
      t.savedAt = -1;
      afterPaint('savedAt');
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-highlights-painted', 'data-highlights-pending'] });
  document.addEventListener('mouseup', (e) => { if (t.armed) t.mouseUpAt = e.timeStamp; }, true);
  document.addEventListener('keydown', (e) => { if (t.armed && e.key === 'Enter') t.enterAt = e.timeStamp; }, true);
})();`;

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const SCROLL_SCRIPT = `(async () => {
  window.scrollTo(0, 0);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const longTasks = [];
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration); });
  observer.observe({ type: 'longtask' });
  const frames = [];
  const step = Math.round(window.innerHeight / 4);
  const started = performance.now();
  await new Promise((resolve) => {
    let last = performance.now();
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      const bottom = document.documentElement.scrollHeight - window.innerHeight;
      if (window.scrollY >= bottom - 1) return resolve();
      window.scrollBy(0, step);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
  });
  await new Promise((resolve) => setTimeout(resolve, 100)); // let the last long task be reported
  observer.disconnect();
  frames.sort((a, b) => a - b);
  return {
    frames: frames.length,
    longestFrameMs: frames[frames.length - 1] ?? 0,
    p95FrameMs: frames[Math.floor(frames.length * 0.95)] ?? 0,
    longTasks: longTasks.length,
    longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    scrollMs: performance.now() - started,
  };
})()`;

type ScrollResult = { frames: number; longestFrameMs: number; p95FrameMs: number; longTasks: number; longestTaskMs: number; scrollMs: number };
type RunResult = { paintMs: number | null; commitMs?: number | null; phases?: Record<string, number | null>; scroll: ScrollResult; selectToPopoverMs?: number | null; enterToSavedMs?: number | null; mouseUpToSavedMs?: number | null; mouseUpToPaintedMs?: number | null; domNodes: number };

/**
 * After a load, a pause before the next one: closing a context (the reference's at 10,000
 * highlights has just run 12 s of script) keeps the browser busy for a while, and with the two
 * pages' loads interleaved that work would fall on whichever page loads next.
 */
const SETTLE_MS = 1500;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** Signs in as the login form does; the session cookies, for the browser context. */
async function signInCookies(email: string, password: string): Promise<{ name: string; value: string }[]> {
  const header = await signIn(BASE, email, password);
  return header.split('; ').map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1) }));
}

/** Drags across the first line of the first long paragraph in view (below the sticky header). */
async function selectALine(page: Page, container: string): Promise<void> {
  const box = await page.evaluate((selector) => {
    const paragraph = [...document.querySelectorAll(`${selector} p`)].find((p) => (p.textContent ?? '').length > 300 && p.getBoundingClientRect().top > 120);
    if (!paragraph) return null;
    paragraph.scrollIntoView({ block: 'center' });
    const rect = paragraph.getBoundingClientRect();
    return { x: rect.left, y: rect.top, width: rect.width };
  }, container);
  if (!box) throw new Error('No paragraph to select in');
  const y = box.y + 12;
  await page.mouse.move(box.x + 40, y);
  await page.mouse.down();
  await page.mouse.move(box.x + Math.min(box.width - 40, 360), y, { steps: 4 });
  await page.evaluate(() => { (window as any).__bench.armed = true; });
  await page.mouse.up();
}

/** GET over loopback (no browser): time to the last byte and bytes, of one representation of the list. */
function timedGet(url: string, cookie: string): Promise<{ ms: number; bytes: number; status: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { cookie } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ ms: performance.now() - started, bytes, status: response.statusCode ?? 0 }));
    }).on('error', reject);
  });
}

/** The highlights GET, default shape against the reader's view: median ms of `runs` (after one warm-up) and bytes. */
async function timeListing(cookie: string, documentId: string, runs: number) {
  const out: Record<string, { medianMs: number | null; bytes: number; perHighlightBytes?: number }> = {};
  for (const [name, query] of [['full', ''], ['reader', '?view=reader']] as const) {
    const url = `${BASE}/api/documents/${documentId}/annotations${query}`;
    await timedGet(url, cookie);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const result = await timedGet(url, cookie);
      if (result.status !== 200) throw new Error(`${url} answered ${result.status}`);
      times.push(result.ms);
      bytes = result.bytes;
    }
    out[name] = { medianMs: median(times), bytes };
  }
  return out;
}

async function domNodes(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

async function runCredence(browser: Browser, cookies: { name: string; value: string }[], article: Article, expected: number): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addCookies(cookies.map((c) => ({ ...c, url: BASE })));
  await context.addInitScript(`sessionStorage.setItem('bench-expected', '${expected}');`);
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  try {
    await page.goto(`${BASE}/documents/${article.id}`);
    await page.waitForFunction(() => (window as any).__bench.paintedAt !== undefined, null, { timeout: 120_000, polling: 50 });
    const load = await page.evaluate(() => ({ paintedAt: (window as any).__bench.paintedAt as number, committedAt: (window as any).__bench.committedAt as number }));
    const nodes = await domNodes(page);
    // Where the load time goes: the HTML (which brings the highlights) and the scripts.
    const phases = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const bench = (window as any).__bench;
      return { firstContentfulPaintMs: bench.fcp ?? null, longTasksBeforePaintMs: (bench.longTasks as [number, number][]).filter(([start]) => start < bench.paintedAt).reduce((sum, [, duration]) => sum + duration, 0), htmlFirstByteMs: nav.responseStart, htmlMs: nav.responseEnd, htmlKb: Math.round(nav.encodedBodySize / 1024), domContentLoadedMs: nav.domContentLoadedEventEnd };
    });
    await page.waitForSelector('[data-testid="article-text"][aria-busy="false"]', { timeout: 60_000 }); // hydrated: takes a selection
    const scroll = (await page.evaluate(SCROLL_SCRIPT)) as ScrollResult;
    await selectALine(page, '[data-testid="article-text"]');
    await page.waitForFunction(() => (window as any).__bench.popoverAt > 0, null, { timeout: 30_000, polling: 20 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__bench.savedAt > 0, null, { timeout: 60_000, polling: 20 });
    const save = await page.evaluate(() => (window as any).__bench as Record<string, number>);
    const selectToPopoverMs = save.popoverAt! - save.mouseUpAt!;
    const enterToSavedMs = save.savedAt! - save.enterAt!;
    return { paintMs: load.paintedAt, commitMs: load.committedAt, phases, scroll, selectToPopoverMs, enterToSavedMs, mouseUpToSavedMs: selectToPopoverMs + enterToSavedMs, domNodes: nodes };
  } finally {
    await context.close();
    await settle();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The reference page: the same blocks, separated by the same "\n\n" so offsets match the text. */
function referencePage(article: Article): string {
  const blocks = splitBlocks(article.text);
  let html = '';
  let at = 0;
  for (const block of blocks) {
    html += escapeHtml(article.text.slice(at, block.start));
    html += `<p>${escapeHtml(block.text)}</p>`;
    at = block.end;
  }
  html += escapeHtml(article.text.slice(at));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reference</title><link rel="stylesheet" href="/reference/bundle.css">
<style>body{margin:0;font-family:Georgia,serif}main{max-width:48rem;margin:2rem auto;padding:0 1rem}#text{font-size:1.125rem;line-height:1.75}#text p{margin:0 0 1.25rem;white-space:pre-line}</style></head>
<body><main><div id="text">${html}</div></main><script src="/reference/bundle.js"></script></body></html>`;
}

async function bundleReference(): Promise<{ js: string; css: string }> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, 'reader-reference', 'entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    outdir: '/virtual',
    logLevel: 'silent',
  });
  const find = (ext: string) => result.outputFiles.find((file) => file.path.endsWith(ext))?.text ?? '';
  return { js: find('.js'), css: find('.css') };
}

function serveReference(bundle: { js: string; css: string }, state: { page: string; highlights: string }): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((request, response) => {
    const send = (type: string, body: string) => response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (request.url === '/reference/bundle.js') return send('text/javascript', bundle.js);
    if (request.url === '/reference/bundle.css') return send('text/css', bundle.css);
    if (request.url === '/reference/highlights.json') return send('application/json', state.highlights);
    if (request.url === '/') return send('text/html; charset=utf-8', state.page);
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
  }));
}

async function runReference(browser: Browser, url: string, expected: number): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as any).__reference?.paintedAt !== undefined, null, { timeout: 120_000, polling: 50 });
    const timing = await page.evaluate(() => (window as any).__reference as Record<string, number>);
    const painted = Number(await page.getAttribute('body', 'data-painted'));
    if (painted !== expected) throw new Error(`The reference holds ${painted} highlights, expected ${expected}`);
    const nodes = await domNodes(page);
    const scroll = (await page.evaluate(SCROLL_SCRIPT)) as ScrollResult;
    await page.evaluate(() => { (window as any).__bench = {}; document.addEventListener('mouseup', (e) => { (window as any).__bench.mouseUpAt = e.timeStamp; }, true); });
    await selectALine(page, '#text');
    await page.waitForFunction(() => (window as any).__reference.createdPaintedAt !== undefined, null, { timeout: 30_000, polling: 20 });
    const created = await page.evaluate(() => ({ ...(window as any).__reference, mouseUpAt: (window as any).__bench.mouseUpAt }));
    return { paintMs: timing.paintedAt!, commitMs: timing.setAt!, scroll, mouseUpToPaintedMs: created.createdPaintedAt - created.mouseUpAt, domNodes: nodes };
  } finally {
    await context.close();
    await settle();
  }
}

function summarize(runs: RunResult[]) {
  const pick = (f: (r: RunResult) => number | null | undefined) => median(runs.map((r) => f(r) ?? null));
  return {
    paintMs: pick((r) => r.paintMs),
    commitMs: pick((r) => r.commitMs),
    htmlFirstByteMs: pick((r) => r.phases?.htmlFirstByteMs),
    htmlMs: pick((r) => r.phases?.htmlMs),
    htmlKb: pick((r) => r.phases?.htmlKb),
    firstContentfulPaintMs: pick((r) => r.phases?.firstContentfulPaintMs),
    longTasksBeforePaintMs: pick((r) => r.phases?.longTasksBeforePaintMs),
    longestScrollFrameMs: pick((r) => r.scroll.longestFrameMs),
    p95ScrollFrameMs: pick((r) => r.scroll.p95FrameMs),
    scrollLongTasks: pick((r) => r.scroll.longTasks),
    longestScrollTaskMs: pick((r) => r.scroll.longestTaskMs),
    selectToPopoverMs: pick((r) => r.selectToPopoverMs),
    enterToSavedMs: pick((r) => r.enterToSavedMs),
    mouseUpToSavedMs: pick((r) => r.mouseUpToSavedMs),
    mouseUpToPaintedMs: pick((r) => r.mouseUpToPaintedMs),
    domNodes: pick((r) => r.domNodes),
  };
}

type Summary = ReturnType<typeof summarize>;
type Entry = { highlights: number; credence: Summary; reference?: Summary; listing?: Record<string, { medianMs: number | null; bytes: number }> };
const PAINT_TARGET_MS = 1000;
const FRAME_TARGET_MS = 100;
const ms = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${Math.round(value)} ms`);
const ratioText = (a: number | null | undefined, b: number | null | undefined) => (a == null || !b ? '–' : `${(a / b).toFixed(2)}×`);

function readerTargets(results: Record<string, unknown>[]): Target[] {
  const largest = results[results.length - 1] as unknown as Entry | undefined;
  if (!largest) return [];
  const n = largest.highlights.toLocaleString('en');
  const c = largest.credence;
  const targets: Target[] = [
    { name: 'reader-paint', target: `reader painted with ${n} highlights < ${PAINT_TARGET_MS} ms from navigation`, value: ms(c.paintMs), met: c.paintMs !== null && c.paintMs < PAINT_TARGET_MS },
    { name: 'reader-scroll', target: `longest frame scrolling ${n} highlights < ${FRAME_TARGET_MS} ms`, value: ms(c.longestScrollFrameMs), met: c.longestScrollFrameMs !== null && c.longestScrollFrameMs < FRAME_TARGET_MS },
  ];
  const ref = largest.reference;
  if (ref) {
    targets.push(
      { name: 'reader-paint-vs-reference', target: `paint at ${n} faster than @recogito/text-annotator (ratio < 1)`, value: ratioText(c.paintMs, ref.paintMs), met: c.paintMs !== null && ref.paintMs !== null && c.paintMs < ref.paintMs },
      { name: 'reader-scroll-vs-reference', target: `longest scroll frame at ${n} no longer than the reference's (ratio ≤ 1)`, value: ratioText(c.longestScrollFrameMs, ref.longestScrollFrameMs), met: c.longestScrollFrameMs !== null && ref.longestScrollFrameMs !== null && c.longestScrollFrameMs <= ref.longestScrollFrameMs },
    );
  }
  return targets;
}

function readerMarkdown(results: Record<string, unknown>[], runs: number): string {
  const entries = results as unknown as Entry[];
  const hasReference = entries.some((e) => e.reference);
  return [
    `\`npm run bench:reader\`: one article per size with exactly that many highlights (bench/lib/generate.ts: overlapping, 20–400 code points, 6 analysts, 8 themes, 0.5 ratings per highlight), read in Chromium (Playwright, ${VIEWPORT.width}×${VIEWPORT.height}) by an analyst of the team, against the production server (\`scripts/server.ts\`); median of ${runs} runs after a warm-up (ten requests of the page, then one load of each page), Credence's and the reference's loads interleaved, 1.5 s apart. Paint: navigation start → the frame after every highlight is in the page (the article's text carries \`data-highlights-painted\`, in the server's HTML: the page paints the highlights on the server from their offsets and theme colours, and the browser loads them after that paint) and the parser has moved past the text. The page's HTML (first byte → complete, compressed size) and the first contentful paint show where that time goes. Scroll: top to bottom, a quarter of the viewport per frame (longest rAF delta). Save: mouse-up → popover painted, plus Enter → POST answered and the highlight painted as saved.${hasReference ? ' The reference is @recogito/text-annotator on a static page with the same text and highlights (no server; it paints only what is in view, so its paint is its best case).' : ''}`,
    '',
    table(
      ['Highlights', 'Paint', 'First contentful paint', 'HTML first byte → complete', 'HTML KB (gzip)', 'Longest scroll frame', 'p95 frame', 'Mouse-up → saved', 'DOM nodes', ...(hasReference ? ['Reference paint', 'Reference longest frame', 'Reference mouse-up → painted', 'Paint ratio', 'Frame ratio'] : [])],
      entries.map((e) => {
        const c = e.credence;
        const r = e.reference;
        return [
          e.highlights.toLocaleString('en'), ms(c.paintMs), ms(c.firstContentfulPaintMs), `${ms(c.htmlFirstByteMs)} → ${ms(c.htmlMs)}`, c.htmlKb ?? '–', ms(c.longestScrollFrameMs), ms(c.p95ScrollFrameMs), ms(c.mouseUpToSavedMs), c.domNodes ?? '–',
          ...(hasReference ? [ms(r?.paintMs), ms(r?.longestScrollFrameMs), ms(r?.mouseUpToPaintedMs), ratioText(c.paintMs, r?.paintMs), ratioText(c.longestScrollFrameMs, r?.longestScrollFrameMs)] : []),
        ];
      }),
    ),
    '',
    'The highlights GET on loopback (no browser, warm, median), default shape against the reader\'s view (`?view=reader`):',
    '',
    table(
      ['Highlights', 'Default: ms', 'Default: KB', 'Reader view: ms', 'Reader view: KB'],
      entries.map((e) => [e.highlights.toLocaleString('en'), ms(e.listing?.full?.medianMs), e.listing?.full ? Math.round(e.listing.full.bytes / 1024) : '–', ms(e.listing?.reader?.medianMs), e.listing?.reader ? Math.round(e.listing.reader.bytes / 1024) : '–']),
    ),
    '',
    'Causes and fixes: [011](decisions/011-reader-performance.md) (the page), [014](decisions/014-reader-paint.md) (the paint from offsets and colours), [015](decisions/015-scripts-after-paint.md) (the scripts after the first paint).',
  ].join('\n');
}

async function main() {
  process.env.CREDENCE_DIST_DIR = '.next-bench'; // tsconfig already lists it (as bench:reliability's)
  const found = findChromium();
  if ('error' in found) throw new Error(found.error);
  const database = await startEmbedded({ dataDir: path.join(ROOT, '.data', 'reader-bench-pg'), port: PG_PORT, fresh: true });
  let app: RunningApp | null = null;
  let browser: Browser | null = null;
  let reference: { url: string; close: () => void } | null = null;
  let failed = false;
  const client = new pg.Client({ connectionString: database.url });
  client.on('error', () => {}); // the database stops under it at the end
  try {
    process.env.DATABASE_URL = database.url;
    await migrate(database.url);
    // One team (bench/lib/generate.ts): one article per size with exactly that many highlights,
    // overlapping, 20–400 code points, by several analysts, with themes and some ratings.
    const team = await generate(database.url, { articles: SIZES.length, analysts: 6, highlights: SIZES.reduce((a, b) => a + b, 0), focus: SIZES, themes: 8, ratingsPerHighlight: 0.5, seed: 1 });
    await client.connect();
    app = await launchApp({ databaseUrl: database.url, port: APP_PORT, logFile: path.join(ROOT, '.data', 'reader-bench-app.log') });
    const cookies = await signInCookies(team.emails[1] ?? team.emails[0]!, team.password);
    browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox'] });
    const referenceState = { page: '', highlights: '[]' };
    if (!values['no-reference']) reference = await serveReference(await bundleReference(), referenceState);
    console.error(`App at ${BASE}; sizes ${SIZES.join(', ')}; ${RUNS} runs each.`);

    const results: Record<string, unknown>[] = [];
    for (const [index, size] of SIZES.entries()) {
      const article = await readArticle(client, team.focus[index]!.documentId);
      const count = team.focus[index]!.highlights;
      referenceState.page = referencePage(article);
      const credence: RunResult[] = [];
      const runs: RunResult[] = [];
      if (reference) referenceState.highlights = JSON.stringify(await referenceHighlights(client, article));
      // Warm-up (the server's JIT and caches: ten page requests over HTTP, then one load of each
      // page), then the two pages' loads interleaved, so that the machine's drift (two cores shared
      // by Chromium, the server and PostgreSQL) falls on both alike.
      const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      for (let i = 0; i < 10; i++) await timedGet(`${BASE}/documents/${article.id}`, cookieHeader);
      await runCredence(browser, cookies, article, count).catch(() => null);
      await removeCreated(client, article);
      if (reference) await runReference(browser, reference.url, count).catch(() => null);
      for (let run = 0; run < RUNS; run++) {
        credence.push(await runCredence(browser, cookies, article, count));
        await removeCreated(client, article);
        console.error(`  ${size} highlights, Credence run ${run + 1}: ${JSON.stringify(credence.at(-1))}`);
        if (reference) {
          runs.push(await runReference(browser, reference.url, count));
          console.error(`  ${size} highlights, reference run ${run + 1}: ${JSON.stringify(runs.at(-1))}`);
        }
      }
      const listing = await timeListing(cookieHeader, article.id, Math.max(RUNS, 5));
      console.error(`  ${size} highlights, GET: ${JSON.stringify(listing)}`);
      const entry: Record<string, unknown> = { highlights: count, articleCodePoints: article.codePoints.length, credence: summarize(credence), credenceRuns: credence, listing };
      if (reference) {
        const ref = summarize(runs);
        const c = entry.credence as ReturnType<typeof summarize>;
        const ratio = (a: number | null, b: number | null) => (a !== null && b ? Math.round((a / b) * 100) / 100 : null);
        entry.reference = ref;
        entry.referenceRuns = runs;
        entry.ratioCredenceToReference = {
          paint: ratio(c.paintMs, ref.paintMs),
          longestScrollFrame: ratio(c.longestScrollFrameMs, ref.longestScrollFrameMs),
          mouseUpToSavedVsMouseUpToPainted: ratio(c.mouseUpToSavedMs, ref.mouseUpToPaintedMs),
        };
      }
      results.push(entry);
    }
    const pkg = await import('../package.json');
    const output = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: +(os.totalmem() / 1e9).toFixed(1), node: process.version, chromium: browser.version() },
      versions: { next: pkg.dependencies.next, react: pkg.dependencies.react, reference: `@recogito/text-annotator ${pkg.devDependencies['@recogito/text-annotator']}` },
      settings: { runs: RUNS, viewport: VIEWPORT, generator: { analysts: 6, themes: 8, ratingsPerHighlight: 0.5, seed: 1 }, scrollStepPx: VIEWPORT.height / 4 },
      definitions: {
        paintMs: 'navigation start → next frame once every highlight is in the page (server-rendered HTML) and the parser has passed the text (reference: after setAnnotations, next frame; it paints only what is in view)',
        longestScrollFrameMs: 'longest rAF delta scrolling top to bottom, 1/4 viewport per frame',
        mouseUpToSavedMs: 'Credence: (mouse-up → popover painted) + (Enter → POST answered and highlight painted as saved); the time the analyst spends in the popover is left out',
        mouseUpToPaintedMs: 'reference only: mouse-up → highlight created in its store and painted (no server, no popover)',
      },
      results,
    };
    const text = JSON.stringify(output, null, 2);
    if (values.json) writeFileSync(values.json, `${text}\n`);
    console.log(text);
    if (!values['no-save']) {
      const machine = await describeMachine({ databaseUrl: database.url, chromium: found.path });
      saveResult({ bench: 'reader', title: 'Reader', machine, params: { sizes: SIZES, reference: !values['no-reference'], ...output.settings }, figures: results, targets: readerTargets(results), markdown: readerMarkdown(results, RUNS) });
    }
  } catch (error) {
    console.error(error);
    failed = true;
  } finally {
    await client.end().catch(() => {});
    reference?.close();
    await browser?.close();
    await app?.stop();
    await database.stop();
  }
  if (failed) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
