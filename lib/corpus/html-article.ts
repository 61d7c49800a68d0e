// An HTML page reduced to its article's text with a real parser (linkedom) and Mozilla's Readability,
// never with regexes over markup. Scripts, styles, forms, navigation and page chrome go; headings,
// paragraphs and list items become plain-text blocks separated by blank lines, which cleanText then
// reads like any pasted article.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtmlMeta, type ArticleMeta } from './html-meta';

/**
 * `blocks` are the kept text's blocks (`text` is them joined by a blank line). `dropped` is what the
 * page showed as text but the HTML step left out (navigation, banners, header, footer, asides, a
 * byline Readability took away), each with `before`: the index of the kept block it came before in
 * reading order (`blocks.length` for the end). Scripts, styles, forms and hidden elements are not
 * text and are in neither.
 */
export type HtmlArticle = { text: string; meta: ArticleMeta; blocks: string[]; dropped: { before: number; text: string }[] };

// Never text of the article.
const NEVER_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, textarea, input, dialog, link, meta';
// Not shown on the page, so not offered as a dropped block either.
const HIDDEN = '[aria-hidden="true"], [hidden]';
// Page chrome outside the article.
const PAGE_CHROME = `nav, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], ${HIDDEN}`;
// Class or id words of cookie banners, share bars, related links and the like.
const CHROME_WORDS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'subscribe', 'subscription', 'paywall', 'social', 'share', 'sharing',
  'related', 'recommended', 'promo', 'advert', 'advertisement', 'ad', 'ads', 'popup', 'modal', 'breadcrumb', 'breadcrumbs', 'comments',
]);
// An element holding this much of the page's text, or this many paragraphs of prose, wraps the
// article whatever its class says ("layout with-ads", "post share-enabled").
const ARTICLE_SHARE = 0.4;
const ARTICLE_PARAGRAPHS = 3;
const PROSE_PARAGRAPH = 80;
const ARTICLE_ROOTS = 'article, main, [role="main"], [itemprop="articleBody"]';
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);
// A line break inside a block; two in a row separate paragraphs (old sites write <br><br>).
const BREAK = '\uE000';
// Set on page chrome in the copy that lists what the page showed, so the walk splits blocks there.
const CHROME_MARK = 'data-credence-chrome';

/** The article's text blocks, what was left out, and the page's metadata. An empty page gives empty text. */
export function htmlToArticle(html: string): HtmlArticle {
  const document = parseDocument(html);
  const meta = readHtmlMeta(document);
  removeAll(document, NEVER_TEXT);
  // Chrome is marked first and removed after the page's shown blocks are copied, so what goes can be
  // listed as dropped blocks in reading order.
  const landmarks = Array.from(document.querySelectorAll(PAGE_CHROME));
  for (const element of landmarks) element.setAttribute(CHROME_MARK, 'landmark');
  const outerLandmarks = landmarks.filter((element) => !element.parentElement?.closest(`[${CHROME_MARK}]`));
  const pageLength = textLength(document.body) - outerLandmarks.reduce((sum, element) => sum + textLength(element), 0);
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (element.closest(`[${CHROME_MARK}]`)) continue;
    if (isChromeElement(element) && !holdsArticle(element, pageLength)) element.setAttribute(CHROME_MARK, 'class');
  }
  const shown = document.cloneNode(true) as Document;
  removeAll(shown, HIDDEN);
  removeAll(document, `[${CHROME_MARK}]`);
  const fallback = blocksOf(document.body);
  const article = new Readability<Node>(document.cloneNode(true) as Document, { charThreshold: 200, serializer: (node) => node }).parse();
  const picked = article?.content ? blocksOf(article.content) : [];
  // Readability keeps the longest cluster of prose; on a page that is only a few short paragraphs it
  // can find nothing (or far less than the page holds), and then the whole body, chrome removed, is the article.
  const isUsable = picked.length > 0 && picked.join('\n\n').length >= fallback.join('\n\n').length * 0.2;
  let blocks = isUsable ? picked : withoutChromeRegions(document);
  // Never nothing from a page that has text: the body with only navigation and banners removed,
  // else everything it shows.
  if (!blocks.length) blocks = fallback.length ? fallback : bodyWithout(shown, `[${CHROME_MARK}="landmark"]`);
  if (!blocks.length) blocks = bodyWithout(shown, HIDDEN);
  return {
    text: blocks.join('\n\n'),
    blocks,
    dropped: leftOut(shownBlocks(shown.body), blocks),
    meta: { ...meta, author: meta.author ?? cleanByline(article?.byline), outlet: meta.outlet ?? (article?.siteName?.trim() || null) },
  };
}

function parseDocument(html: string): Document {
  // linkedom needs an <html> element to find <body>; a fragment is wrapped in one.
  const isFullPage = /<html[\s>]/i.test(html);
  const { document } = parseHTML(isFullPage ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  if (!document.documentElement || !document.body) {
    return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
  }
  return document as unknown as Document;
}

function removeAll(document: Document, selector: string): void {
  for (const element of Array.from(document.querySelectorAll(selector))) element.remove();
}

function isChromeElement(element: Element): boolean {
  const tag = element.localName;
  if (tag === 'html' || tag === 'body' || tag === 'article' || tag === 'main') return false;
  return chromeWords(element).some((word) => CHROME_WORDS.has(word));
}

function chromeWords(element: Element): string[] {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().split(/[\s_-]+/);
}

/** The body without its header, footer and asides: the fallback when Readability finds no article. */
function withoutChromeRegions(document: Document): string[] {
  removeAll(document, 'header, footer, aside');
  return blocksOf(document.body);
}

/** The blocks of a copy of the page's body without the elements matching `selector`. */
function bodyWithout(page: Document, selector: string): string[] {
  const copy = page.cloneNode(true) as Document;
  removeAll(copy, selector);
  return blocksOf(copy.body);
}

function textLength(node: Node | null | undefined): number {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** True for an element that wraps the article's prose, which a chrome word in its class must not remove. */
function holdsArticle(element: Element, pageLength: number): boolean {
  if (element.querySelector(ARTICLE_ROOTS)) return true;
  if (pageLength > 0 && textLength(element) >= pageLength * ARTICLE_SHARE) return true;
  const paragraphs = Array.from(element.querySelectorAll('p')).filter((p) => textLength(p) >= PROSE_PARAGRAPH);
  return paragraphs.length >= ARTICLE_PARAGRAPHS && !chromeWords(element).includes('comments');
}

/** The page's blocks, where every marked element (and its end) also ends a block, so chrome inside a paragraph is a block of its own. */
function shownBlocks(body: Node | null | undefined): string[] {
  return blocksOf(body, (element) => element.hasAttribute(CHROME_MARK));
}

/**
 * The page's blocks that are not in the kept text, each with the kept block it came before. The
 * kept blocks are found in the page's blocks in order (the first equal one from where the last was
 * found); a page block inside or around a kept block that was not found (Readability reworded it)
 * is not listed, so no text is offered twice.
 */
function leftOut(page: string[], kept: string[]): { before: number; text: string }[] {
  const matchOf: number[] = [];
  let from = 0;
  for (const block of kept) {
    const at = page.indexOf(block, from);
    matchOf.push(at);
    if (at !== -1) from = at + 1;
  }
  const isKept = new Set(matchOf.filter((at) => at !== -1));
  const unmatched = kept.filter((_, i) => matchOf[i] === -1).map(squash);
  const dropped: { before: number; text: string }[] = [];
  let next = 0;
  page.forEach((text, at) => {
    while (next < kept.length && (matchOf[next] === -1 ? false : matchOf[next]! < at)) next += 1;
    // Unmatched kept blocks are placed with the first later block that was found.
    while (next < kept.length && matchOf[next] === -1 && nextMatch(matchOf, next) < at) next += 1;
    if (isKept.has(at)) return;
    const flat = squash(text);
    if (unmatched.some((block) => block.includes(flat) || flat.includes(block))) return;
    dropped.push({ before: next, text });
  });
  return dropped;
}

function nextMatch(matchOf: number[], from: number): number {
  for (let i = from; i < matchOf.length; i += 1) if (matchOf[i] !== -1) return matchOf[i]!;
  return Number.POSITIVE_INFINITY;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain-text blocks of an element, in reading order. */
export function blocksOf(root: Node | null | undefined, isBoundary: (element: Element) => boolean = () => false): string[] {
  const blocks: string[] = [];
  let inline = '';
  const flush = (): void => {
    for (const paragraph of inline.split(new RegExp(`\\s*${BREAK}\\s*(?:${BREAK}\\s*)+`))) {
      const text = paragraph.replaceAll(BREAK, ' ').replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
    }
    inline = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName;
    if (tag === 'br') {
      inline += BREAK;
      return;
    }
    if (tag === 'li') {
      flush();
      const marker = element.parentElement?.localName === 'ol' ? `${listPosition(element)}. ` : '- ';
      const own = inlineText(element);
      if (own) blocks.push(`${marker}${own}`);
      for (const nested of Array.from(element.children)) if (nested.localName === 'ul' || nested.localName === 'ol') visit(nested);
      return;
    }
    if (tag === 'pre') {
      flush();
      const text = (element.textContent ?? '').replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').trim();
      if (text) blocks.push(text);
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag) || isBoundary(element);
    if (isBlock) flush();
    for (const child of Array.from(element.childNodes)) visit(child);
    if (isBlock) flush();
  };
  if (root) visit(root);
  flush();
  return blocks;
}

/** A list item's own text (nested lists apart), on one line. */
function inlineText(item: Element): string {
  const copy = item.cloneNode(true) as Element;
  for (const nested of Array.from(copy.querySelectorAll('ul, ol'))) nested.remove();
  for (const br of Array.from(copy.querySelectorAll('br'))) br.replaceWith(' ');
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function listPosition(item: Element): number {
  const start = Number(item.parentElement?.getAttribute('start') ?? 1) || 1;
  let position = 0;
  for (let sibling = item.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.localName === 'li') position += 1;
  }
  return start + position;
}

function cleanByline(byline: string | null | undefined): string | null {
  const text = byline?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  return text && text.length <= 200 ? text : null;
}
