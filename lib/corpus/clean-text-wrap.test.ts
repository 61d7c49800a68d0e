import { describe, expect, it } from 'vitest';
import { cleanText, formatForFileName } from './clean-text';

const P1 = 'The two leaders met in the capital on Friday and discussed trade, energy and security at length, according to officials who attended the talks and spoke to reporters afterwards.';
const P2 = 'Analysts said the meeting signalled a deeper alignment, although both sides were careful to avoid any firm commitments on defence or on the sanctions that weigh on both economies.';
const P3 = 'A further round of talks is planned for the spring, when the treaty is expected to be ratified by both parliaments.';

/** Hard-wraps a paragraph at `width` columns, the way a text editor or mail client does. */
function wrap(paragraph: string, width = 72): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

describe('cleanText: hard-wrapped plain text', () => {
  it('joins the wrapped lines of each blank-line-separated paragraph with single spaces', () => {
    const raw = `Leaders Meet in the Capital\n\n${[P1, P2, P3].map((p) => wrap(p)).join('\n\n')}\n`;
    expect(raw.split('\n').every((line) => line.length <= 72)).toBe(true);
    expect(wrap(P1).split('\n').length).toBeGreaterThan(2);
    const result = cleanText(raw);
    expect(result.title).toBe('Leaders Meet in the Capital');
    expect(result.canonical).toBe([P1, P2, P3].join('\n\n'));
    expect(cleanText(raw.replace(/\n/g, '\r\n')).canonical).toBe(result.canonical);
  });

  it('keeps list items one per line in a block mixing prose and list items, joining the prose lines', () => {
    const raw = `${wrap(P1)}\n\nThe treaty covers, among other\nthings, the following areas:\n- defence cooperation that spans\n  several areas of mutual interest\n- energy\n1. a numbered item\nOfficials did not say when the\ntreaty would take effect.`;
    expect(cleanText(raw).canonical).toBe([
      P1,
      'The treaty covers, among other things, the following areas:',
      '- defence cooperation that spans several areas of mutual interest\n- energy\n1. a numbered item',
      'Officials did not say when the treaty would take effect.',
    ].join('\n\n'));
  });

  it('keeps every line its own block when the text has no blank line at all', () => {
    const raw = `Leaders Meet in the Capital\n${P1}\nshort line\n- a\n- b\n${P2}`;
    expect(cleanText(raw).canonical).toBe([P1, 'short line', '- a\n- b', P2].join('\n\n'));
  });

  it('keeps a heading, a byline and a closing credit line apart from the paragraphs they touch', () => {
    const raw = `Leaders Meet\nBy Jane Doe, March 3, 2024\n\nOpening talks\n${wrap(P1)}\n\n${wrap(P2)}\nSource: Reuters\n`;
    const result = cleanText(raw);
    expect(result).toMatchObject({ title: 'Leaders Meet', author: 'Jane Doe', publishedDate: '2024-03-03', outlet: 'Reuters' });
    expect(result.canonical).toBe(`Opening talks\n\n${P1}\n\n${P2}`);
    expect(result.dropped.map((d) => d.reason)).toEqual(['title', 'dateline', 'credit-line']);
    // Kept apart even behind a question mark: the result is the one a text with one line per paragraph gives.
    expect(cleanText(`A New Axis?\nBy Jane Doe\n\n${wrap(P1)}`)).toEqual(cleanText(`A New Axis?\nBy Jane Doe\n${P1}`));
  });

  it('keeps a footer marker apart from the link titles under it, so the footer is still cut', () => {
    const raw = `${wrap(P1)}\n\n${wrap(P2)}\n\nRelated articles\nAnother story title here\nAnd one more story title`;
    const result = cleanText(raw);
    expect(result.canonical).toBe(`${P1}\n\n${P2}`);
    expect(result.dropped).toEqual([
      { text: 'Related articles', reason: 'trailing-boilerplate' },
      { text: 'Another story title here And one more story title', reason: 'trailing-boilerplate' },
    ]);
  });

  it('joins wrapped Persian, Cyrillic and emoji lines without touching their characters', () => {
    const persian = 'روابط ایران و روسیه در سال‌های اخیر گسترش یافته است و تحلیلگران آن را مهم می‌دانند.';
    const cyrillic = 'Москва и Тегеран подписали договор о всеобъемлющем стратегическом партнёрстве. 🇮🇷🇷🇺 👩🏽‍💻 𝒳';
    const raw = `${wrap(persian, 40)}\n\n${wrap(cyrillic, 40)}`;
    expect(raw.split('\n').length).toBeGreaterThan(4);
    expect(cleanText(raw).canonical).toBe(`${persian}\n\n${cyrillic}`);
  });

  it('is idempotent on wrapped text without a title', () => {
    const raws = [
      [P1, P2, P3].map((p) => wrap(p)).join('\n\n'),
      `${wrap(P1)}\n\nIntro line:\n- one\n- two\n  continued\n\n\n${wrap(P2, 50)}\nSource: Reuters`,
      `${P1}\n${P2}\n- a\n- b`,
    ];
    for (const raw of raws) {
      const first = cleanText(raw);
      expect(first.title).toBeNull();
      const second = cleanText(first.canonical);
      expect(second.canonical).toBe(first.canonical);
      expect(second.dropped).toEqual([]);
    }
  });
});

describe('formatForFileName', () => {
  it('reads .md and .markdown as Markdown, anything else as plain text', () => {
    expect(formatForFileName('article.md')).toBe('markdown');
    expect(formatForFileName('/tmp/Notes.MARKDOWN')).toBe('markdown');
    expect(formatForFileName('article.txt')).toBe('text');
    expect(formatForFileName('md')).toBe('text');
    expect(formatForFileName('article.md.txt')).toBe('text');
  });
});
