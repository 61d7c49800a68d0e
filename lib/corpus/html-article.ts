// An HTML page reduced to its article's text with a real parser (linkedom) and Mozilla's Readability,
// never with regexes over markup. Scripts, styles, forms, navigation and page chrome go; headings,
// paragraphs and list items become plain-text blocks separated by blank lines, which cleanText then
// reads like any pasted article.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtmlMeta, type ArticleMeta } from './html-meta';

export type HtmlArticle = { text: string; meta: ArticleMeta };

// Never text of the article.
const NEVER_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, textarea, input, dialog, link, meta';
// Page chrome outside the article.
const PAGE_CHROME = 'nav, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [aria-hidden="true"], [hidden]';
// Class or id words of cookie banners, share bars, related links and the like.
const CHROME_WORDS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'subscribe', 'subscription', 'paywall', 'social', 'share', 'sharing',
  'related', 'recommended', 'promo', 'advert', 'advertisement', 'ad', 'ads', 'popup', 'modal', 'breadcrumb', 'breadcrumbs', 'comments',
]);
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);
// A line break inside a block; two in a row separate paragraphs (old sites write <br><br>).
const BREAK = '\uE000';

/** The article's text blocks and the page's metadata. An empty page gives empty text. */
export function htmlToArticle(html: string): HtmlArticle {
  const document = parseDocument(html);
  const meta = readHtmlMeta(document);
  removeAll(document, NEVER_TEXT);
  removeAll(document, PAGE_CHROME);
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (isChromeElement(element)) element.remove();
  }
  const fallback = blocksOf(document.body).join('\n\n');
  const article = new Readability<Node>(document.cloneNode(true) as Document, { charThreshold: 200, serializer: (node) => node }).parse();
  const text = article?.content ? blocksOf(article.content).join('\n\n') : '';
  // Readability keeps the longest cluster of prose; on a page that is only a few short paragraphs it
  // can find nothing (or far less than the page holds), and then the whole body, chrome removed, is the article.
  const isUsable = text.length > 0 && text.length >= fallback.length * 0.2;
  return {
    text: isUsable ? text : withoutChromeRegions(document),
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
  const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().split(/[\s_-]+/);
  return words.some((word) => CHROME_WORDS.has(word));
}

/** The body without its header, footer and asides: the fallback when Readability finds no article. */
function withoutChromeRegions(document: Document): string {
  removeAll(document, 'header, footer, aside');
  return blocksOf(document.body).join('\n\n');
}

/** Plain-text blocks of an element, in reading order. */
export function blocksOf(root: Node | null | undefined): string[] {
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
    const isBlock = BLOCK_TAGS.has(tag);
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
