import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';

const LONG = 'The two leaders met in the capital on Friday and discussed trade, energy and security at length.';
const LONG2 = 'Analysts said the meeting signalled a deeper alignment, although both sides were careful to avoid any firm commitments.';

describe('cleanText: normalisation and canonical format', () => {
  it('returns an empty result for empty input', () => {
    expect(cleanText('')).toEqual({
      canonical: '', title: null, author: null, publishedDate: null, outlet: null, dropped: [],
    });
  });

  it('returns an empty canonical for whitespace-only input', () => {
    const result = cleanText(' \n\t\r\n   \n\u00a0\n');
    expect(result.canonical).toBe('');
    expect(result.dropped).toEqual([]);
  });

  it('normalises CRLF and lone CR to LF', () => {
    expect(cleanText(`${LONG}\r\n\r\n${LONG2}\r`).canonical).toBe(`${LONG}\n\n${LONG2}`);
    expect(cleanText(`${LONG}\r${LONG2}`).canonical).toBe(`${LONG}\n\n${LONG2}`);
  });

  it('strips a BOM', () => {
    expect(cleanText(`\uFEFF${LONG}`).canonical).toBe(LONG);
  });

  it('puts exactly one blank line between paragraphs however many the raw had', () => {
    expect(cleanText(`${LONG}\n${LONG2}`).canonical).toBe(`${LONG}\n\n${LONG2}`);
    expect(cleanText(`\n\n${LONG}\n\n\n\n\n${LONG2}\n\n\n`).canonical).toBe(`${LONG}\n\n${LONG2}`);
  });

  it('trims whitespace at line ends and treats whitespace-only lines as blank', () => {
    expect(cleanText(`  ${LONG}  \t\n   \n\u00a0\n${LONG2}\u00a0 `).canonical).toBe(`${LONG}\n\n${LONG2}`);
  });

  it('treats lines holding only zero-width characters as blank', () => {
    expect(cleanText(`${LONG}\n\u200b\n${LONG2}`).canonical).toBe(`${LONG}\n\n${LONG2}`);
  });

  it('keeps consecutive list items together on single newlines', () => {
    const raw = `${LONG}\n- one\n- two\n\n- three\n${LONG2}\n• a\n* b\n1. c\n2) d`;
    expect(cleanText(raw).canonical).toBe(`${LONG}\n\n- one\n- two\n- three\n\n${LONG2}\n\n• a\n* b\n1. c\n2) d`);
  });

  it('does not read a year opening a sentence or bold markdown as a list item', () => {
    const raw = `${LONG}\n2023. It was a hard year for everyone involved.\n**Note** this is not a list.`;
    expect(cleanText(raw).canonical.split('\n\n')).toHaveLength(3);
  });

  it('leaves characters inside paragraphs exactly as they are', () => {
    const curly = 'He said “no” — twice… and left ‘quietly’. Ünïcödé, ﬁ ligature, e\u0301 combining.';
    const persian = 'روابط ایران و روسیه در سال‌های اخیر گسترش یافته است و تحلیلگران آن را مهم می‌دانند.';
    const cyrillic = 'Москва и Тегеран подписали договор о всеобъемлющем стратегическом партнёрстве.';
    const emoji = 'Reactions poured in 🇮🇷🇷🇺 👩🏽‍💻 𝒳 — and the thread went viral. 🎉';
    const rtlMarks = '\u200fنص مع علامة اتجاه\u200f وكلمات عربية أخرى في الجملة.';
    const raw = [curly, persian, cyrillic, emoji, rtlMarks].join('\n');
    expect(cleanText(raw).canonical).toBe([curly, persian, cyrillic, emoji, rtlMarks].join('\n\n'));
  });

  it('does not take a title from a short article whose first line is a sentence', () => {
    const result = cleanText('Short news item.\nIt has two sentences only.');
    expect(result.title).toBeNull();
    expect(result.canonical).toBe('Short news item.\n\nIt has two sentences only.');
    expect(result.dropped).toEqual([]);
  });

  it('does not invent a title when the first line is a long paragraph', () => {
    const result = cleanText(`${LONG2}\n${LONG}`);
    expect(result.title).toBeNull();
    expect(result.canonical).toBe(`${LONG2}\n\n${LONG}`);
  });

  it('is idempotent on text without a title', () => {
    const raws = [
      `${LONG}\r\n\r\n- a\r\n\r\n- b\r\n${LONG2}\nSource: Reuters`,
      `skip to content\n${LONG}\n${LONG2}\n${LONG}\n${LONG2}\nRelated articles\nSomething\nComments\nLeave a reply`,
      `By Jane Doe\n${LONG}\nAdvertisement\n${LONG2}\nSubscribe to our newsletter for more.\ncourtesy : bbc`,
      'Москва и Тегеран подписали договор.\n\n\n🎉 Праздник!',
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

describe('cleanText: size', () => {
  it('cleans 10k paragraphs with a footer', () => {
    const body = Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i} of the article says something.`);
    const result = cleanText([...body, 'Related articles', 'Link one', 'Source: Wire'].join('\n'));
    expect(result.canonical).toBe(body.join('\n\n'));
    expect(result.outlet).toBeNull();
    expect(result.dropped.map((d) => d.reason)).toEqual(['trailing-boilerplate', 'trailing-boilerplate', 'trailing-boilerplate']);
  });
});

describe('cleanText: page chrome', () => {
  it('drops whole-line chrome case-insensitively wherever it appears', () => {
    const raw = `Skip to main content\nMENU\n${LONG}\n- Advertisement -\n${LONG2}\nBack to top ↑\nbottom of page`;
    const result = cleanText(raw);
    expect(result.canonical).toBe(`${LONG}\n\n${LONG2}`);
    expect(result.dropped).toEqual([
      { text: 'Skip to main content', reason: 'page-chrome' },
      { text: 'MENU', reason: 'page-chrome' },
      { text: '- Advertisement -', reason: 'page-chrome' },
      { text: 'Back to top ↑', reason: 'page-chrome' },
      { text: 'bottom of page', reason: 'page-chrome' },
    ]);
  });

  it('keeps sentences that merely mention chrome words', () => {
    const raw = `${LONG}\nThe advertisement ran on every channel for a week.\nThe menu included lamb.`;
    expect(cleanText(raw).canonical.split('\n\n')).toHaveLength(3);
  });
});
