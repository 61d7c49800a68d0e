import { describe, expect, it } from 'vitest';
import { blocksOf, htmlToArticle } from './html-article';
import { toDate, toLanguage } from './html-meta';

const PROSE = 'Officials in both capitals described the agreement as a turning point for regional security cooperation.';

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Russia and Iran sign a pact | The Desk Times</title>
  <meta property="og:title" content="Russia and Iran sign a pact">
  <meta property="og:site_name" content="The Desk Times">
  <meta property="og:url" content="https://desk.example.org/world/pact?utm=x">
  <link rel="canonical" href="https://desk.example.org/world/pact">
  <meta name="author" content="By Leila Farahani">
  <meta property="article:published_time" content="2025-01-17T09:30:00+03:30">
  <style>body { font-family: serif } .x::before { content: "STYLE TEXT" }</style>
  <script>window.tracking = "SCRIPT TEXT";</script>
</head>
<body>
  <div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies or manage your settings.</p><button>Accept</button></div>
  <header class="site-header"><a href="/">The Desk Times</a><nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
  <main>
    <article>
      <h1>Russia and Iran sign a pact</h1>
      <p class="byline">By Leila Farahani</p>
      <p>MOSCOW — ${PROSE} The text runs on for a while so that it reads as the body of the article &amp; not as a teaser.</p>
      <h2>What the treaty says</h2>
      <p>The twenty-year treaty covers trade,<br>energy and defence. It stops short of a mutual defence clause, which analysts had expected &mdash; or at least discussed at length.</p>
      <ul><li>Trade in national currencies</li><li>Joint <em>military</em> exercises</li></ul>
      <p>Some readers will paste &lt;script&gt;alert(1)&lt;/script&gt; into comments; here it is just text in a paragraph of the article.</p>
      <script>alert(1)</script>
      <p>${PROSE} ${PROSE}</p>
      <div class="share-bar"><a href="#">Share on X</a><a href="#">Share on Facebook</a></div>
    </article>
    <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Iran's drones in Ukraine</a></li><li><a href="/b">Sanctions explained</a></li></ul></aside>
  </main>
  <footer><p>© 2025 The Desk Times. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>`;

describe('htmlToArticle', () => {
  const { text, meta } = htmlToArticle(NEWS_PAGE);
  const blocks = text.split('\n\n');

  it('reads the page’s metadata from its head', () => {
    expect(meta).toEqual({
      title: 'Russia and Iran sign a pact',
      author: 'Leila Farahani',
      publishedDate: '2025-01-17',
      outlet: 'The Desk Times',
      url: 'https://desk.example.org/world/pact',
      language: 'en-GB',
    });
  });

  it('keeps the article’s paragraphs, headings and list items as blocks', () => {
    expect(blocks).toContain('What the treaty says');
    expect(blocks.some((block) => block.startsWith('MOSCOW — Officials in both capitals'))).toBe(true);
    expect(blocks).toContain('- Trade in national currencies');
    expect(blocks).toContain('- Joint military exercises');
  });

  it('decodes entities and turns a single <br> into a space', () => {
    expect(text).toContain('the body of the article & not as a teaser.');
    expect(text).toContain('covers trade, energy and defence.');
    expect(text).toContain('expected — or at least');
  });

  it('removes scripts, styles, navigation, the cookie banner, share bars, related links and the footer', () => {
    for (const chrome of ['SCRIPT TEXT', 'STYLE TEXT', 'cookies', 'Politics', 'Share on', 'Sanctions explained', 'All rights reserved', 'Privacy', 'alert(1)\n']) {
      expect(text).not.toContain(chrome);
    }
    expect(blocks.filter((block) => block === 'alert(1)')).toEqual([]);
  });

  it('keeps an escaped <script> in the prose as the text it is', () => {
    expect(text).toContain('Some readers will paste <script>alert(1)</script> into comments');
  });

  it('never leaves markup or blank-line runs in the text', () => {
    expect(text).not.toMatch(/<\/?(p|div|a|li|span)\b/);
    expect(text).not.toMatch(/\n{3,}/);
    expect(text).toBe(text.trim());
  });
});

describe('htmlToArticle on other pages', () => {
  it('reads right-to-left text and the page language', () => {
    const page = `<html lang="FA" dir="rtl"><head><meta property="og:site_name" content="خبرگزاری"></head><body><article>
      <h1>سفر وزیر خارجه به مسکو</h1>
      <p>وزیر امور خارجه ایران امروز برای گفت‌وگو درباره همکاری‌های راهبردی به مسکو سفر کرد و با همتای روس خود دیدار کرد.</p>
      <p>این سفر در ادامه رایزنی‌های دو کشور درباره توافق همکاری جامع انجام می‌شود و چند سند همکاری امضا خواهد شد.</p>
    </article></body></html>`;
    const { text, meta } = htmlToArticle(page);
    expect(meta.language).toBe('fa');
    expect(meta.outlet).toBe('خبرگزاری');
    expect(text).toContain('وزیر امور خارجه ایران امروز');
    expect(text).toContain('گفت‌وگو'); // the zero-width non-joiner survives
  });

  it('falls back to the body when Readability finds no article (a short page)', () => {
    const { text } = htmlToArticle('<html><body><nav>Menu items</nav><p>Short note.</p><p>Second short note.</p><footer>Footer</footer></body></html>');
    expect(text).toBe('Short note.\n\nSecond short note.');
  });

  it('reads a fragment without <html> and <br><br> as a paragraph break', () => {
    expect(htmlToArticle('First line<br><br>Second paragraph<br>same paragraph').text).toBe('First line\n\nSecond paragraph same paragraph');
  });

  it('gives empty text for an empty page or one of only scripts', () => {
    expect(htmlToArticle('').text).toBe('');
    expect(htmlToArticle('<html><head><script>var a = 1;</script></head><body><script>alert(1)</script></body></html>').text).toBe('');
  });

  it('reads JSON-LD for the date, author and publisher when meta tags are missing', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'LD headline', datePublished: '2024-11-02', author: [{ '@type': 'Person', name: 'A. One' }, { name: 'B. Two' }], publisher: { name: 'LD News' }, inLanguage: 'ru' }] };
    const { meta } = htmlToArticle(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script><script type="application/ld+json">{broken</script></head><body><p>Body.</p></body></html>`);
    expect(meta).toMatchObject({ title: 'LD headline', publishedDate: '2024-11-02', author: 'A. One, B. Two', outlet: 'LD News', language: 'ru' });
  });

  it('leaves out a relative canonical URL and an unreadable date', () => {
    const { meta } = htmlToArticle('<html><head><link rel="canonical" href="/a/b"><meta property="article:published_time" content="yesterday"></head><body><p>x</p></body></html>');
    expect(meta.url).toBeNull();
    expect(meta.publishedDate).toBeNull();
  });

  it('numbers ordered list items from their start', () => {
    expect(htmlToArticle('<ol start="3"><li>three</li><li>four <br>more</li></ol>').text).toBe('3. three\n\n4. four more');
  });
});

describe('htmlToArticle: wrappers named like chrome', () => {
  const body = `<p>${PROSE} One.</p><p>${PROSE} Two.</p><p>${PROSE} Three.</p>`;

  it('keeps an article inside a layout wrapper whose class says "with-ads"', () => {
    const { text } = htmlToArticle(`<div id="page" class="layout with-ads"><div class="story-body">${body}</div></div>`);
    expect(text.split('\n\n')).toEqual([`${PROSE} One.`, `${PROSE} Two.`, `${PROSE} Three.`]);
  });

  it('keeps a post whose class says "share-enabled", and still removes the share bar inside it', () => {
    const page = `<html><body><div class="post share-enabled"><h1>Headline</h1>${body}<div class="share-bar"><a>Share on X</a></div></div></body></html>`;
    const { text } = htmlToArticle(page);
    expect(text).toContain(`${PROSE} Three.`);
    expect(text).not.toContain('Share on X');
  });

  it('keeps a short article wrapped in a chrome-named element (a large share of the page’s text)', () => {
    expect(htmlToArticle('<div class="modal-content"><p>A short note of the page.</p></div><nav>Home</nav>').text).toBe('A short note of the page.');
  });

  it('never returns nothing from a page that has text', () => {
    expect(htmlToArticle('<html><body><nav><p>Only text, in a nav.</p></nav></body></html>').text).toBe('Only text, in a nav.');
  });

  it('still removes a comments section of several paragraphs', () => {
    const comments = `<section id="comments"><p>${PROSE} First comment.</p><p>${PROSE} Second comment.</p><p>${PROSE} Third comment.</p></section>`;
    const { text } = htmlToArticle(`<html><body><article>${body}${body}</article>${comments}</body></html>`);
    expect(text).not.toContain('comment.');
  });
});

describe('htmlToArticle: what the HTML step left out', () => {
  const { blocks, dropped, text } = htmlToArticle(NEWS_PAGE);

  it('lists the kept blocks, which make the text', () => {
    expect(blocks.join('\n\n')).toBe(text);
  });

  it('lists the page chrome it removed, in reading order, placed before the kept block it preceded', () => {
    const texts = dropped.map((drop) => drop.text);
    expect(texts.slice(0, 3)).toEqual(['We use cookies to improve your experience. Accept all cookies or manage your settings.', 'The Desk Times', '- World']);
    expect(texts).toContain('By Leila Farahani');
    expect(texts).toContain('Share on XShare on Facebook');
    expect(texts.slice(-2)).toEqual(['© 2025 The Desk Times. All rights reserved.', 'Privacy']);
    expect(dropped[0]!.before).toBe(0);
    expect(dropped.at(-1)!.before).toBe(blocks.length);
    const related = dropped.find((drop) => drop.text === '- Sanctions explained')!;
    expect(related.before).toBe(blocks.length);
  });

  it('never lists scripts, styles, forms or hidden elements', () => {
    const all = dropped.map((drop) => drop.text).join('\n');
    expect(all).not.toMatch(/SCRIPT TEXT|STYLE TEXT|Accept$/m);
    expect(htmlToArticle(`<body><div hidden>Secret menu</div><p>${PROSE}</p></body>`).dropped).toEqual([]);
  });

  it('lists nothing twice: a block in the text is not also left out', () => {
    for (const drop of dropped) expect(blocks).not.toContain(drop.text);
  });
});

describe('blocksOf', () => {
  it('gives no blocks for nothing', () => {
    expect(blocksOf(null)).toEqual([]);
  });
});

describe('toDate and toLanguage', () => {
  it('reads ISO timestamps and printed dates, refuses the rest', () => {
    expect(toDate('2024-02-29T23:59:59-05:00')).toBe('2024-02-29');
    expect(toDate('2023-02-29')).toBeNull();
    expect(toDate('March 3, 2024')).toBe('2024-03-03');
    expect(toDate('3 days ago')).toBeNull();
    expect(toDate(null)).toBeNull();
  });

  it('normalises language codes and refuses junk', () => {
    expect(toLanguage('EN')).toBe('en');
    expect(toLanguage('en_US')).toBe('en-US');
    expect(toLanguage('fa-IR')).toBe('fa-IR');
    expect(toLanguage('english')).toBeNull();
    expect(toLanguage('')).toBeNull();
  });
});
