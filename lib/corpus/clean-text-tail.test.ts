import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';

const LONG = 'The two leaders met in the capital on Friday and discussed trade, energy and security at length, according to officials.';
const LONG2 = 'Analysts said the meeting signalled a deeper alignment, although both sides were careful to avoid any firm commitments on defence.';
const BODY = [LONG, LONG2, LONG, LONG2].join('\n');

describe('cleanText: trailing boilerplate', () => {
  it('drops everything from a footer section marker to the end', () => {
    const raw = `${BODY}\nYou might also like\nAnother story\nDetails\nFollow us on X\n- twitter\n- facebook`;
    const result = cleanText(raw);
    expect(result.canonical).toBe([LONG, LONG2, LONG, LONG2].join('\n\n'));
    expect(result.dropped.map((d) => d.text)).toEqual([
      'You might also like', 'Another story', 'Details', 'Follow us on X', '- twitter\n- facebook',
    ]);
    expect(result.dropped.every((d) => d.reason === 'trailing-boilerplate')).toBe(true);
  });

  it('matches markers with punctuation and counts', () => {
    for (const marker of ['Detail Author:', 'COMMENTS (3)', 'Related Articles', 'More from Al Arabiya', 'Share this:']) {
      expect(cleanText(`${BODY}\n${marker}\nA link title`).canonical).toBe([LONG, LONG2, LONG, LONG2].join('\n\n'));
    }
  });

  it('cuts a footer in the last part of the text even when its teasers are full sentences', () => {
    const teaser = 'Iran and Russia sign a broad treaty covering defence, energy and trade, officials in Moscow said.';
    const result = cleanText(`${BODY}\nRead more\n${teaser}`);
    expect(result.canonical).toBe([LONG, LONG2, LONG, LONG2].join('\n\n'));
    expect(result.dropped.map((d) => d.text)).toEqual(['Read more', teaser]);
  });

  it('cuts a short article whose footer is longer than the article', () => {
    const teaser = 'A teaser line for another article on this website';
    const raw = `${LONG}\nRelated\n${Array.from({ length: 10 }, () => teaser).join('\n')}`;
    expect(cleanText(raw).canonical).toBe(LONG);
  });

  it('keeps an in-article heading that reads like a marker when prose follows in the first half', () => {
    const raw = `${LONG}\nComments\n${LONG2}\n${LONG}\n${LONG2}\n${LONG}`;
    expect(cleanText(raw).dropped).toEqual([]);
  });

  it('keeps a marker phrase used inside a sentence', () => {
    const raw = `${BODY}\nRead more about the treaty in the official text, which was published in full on Saturday.`;
    expect(cleanText(raw).dropped).toEqual([]);
  });

  it('drops a closing call to comment or subscribe', () => {
    const cta = 'What are your thoughts? Share your perspectives in the comments below.';
    const result = cleanText(`${BODY}\n${cta}`);
    expect(result.canonical.endsWith(LONG2)).toBe(true);
    expect(result.dropped).toEqual([{ text: cta, reason: 'trailing-boilerplate' }]);
    expect(cleanText(`${BODY}\nSubscribe to our newsletter!`).dropped).toHaveLength(1);
  });

  it('keeps a call-to-action phrase that is not the final paragraph', () => {
    expect(cleanText(`Leave a comment in the comments below.\n${BODY}`).dropped).toEqual([]);
  });
});

describe('cleanText: credit lines', () => {
  it.each([
    ['Source » ejpress', 'ejpress'],
    ['Source: Reuters.', 'Reuters'],
    ['courtesy : alarabiya', 'alarabiya'],
    ['Courtesy of The Associated Press', 'The Associated Press'],
  ])('reads %j as outlet %j', (line, outlet) => {
    const result = cleanText(`${BODY}\n\n${line}`);
    expect(result.outlet).toBe(outlet);
    expect(result.canonical.endsWith(LONG2)).toBe(true);
    expect(result.dropped).toEqual([{ text: line, reason: 'credit-line' }]);
  });

  it('reads a credit line above a footer and a call to comment above a credit line', () => {
    const result = cleanText(`${BODY}\nJoin the conversation in the comments below.\nSource: BBC\nRelated articles\nA link`);
    expect(result.outlet).toBe('BBC');
    expect(result.canonical).toBe([LONG, LONG2, LONG, LONG2].join('\n\n'));
    expect(result.dropped.map((d) => d.reason)).toEqual([
      'trailing-boilerplate', 'credit-line', 'trailing-boilerplate', 'trailing-boilerplate',
    ]);
  });

  it('does not read a credit from a sentence or from the middle of the article', () => {
    expect(cleanText(`${BODY}\nSource: officials who spoke on condition of anonymity said the talks would resume next week.`).outlet).toBeNull();
    expect(cleanText(`Source: Reuters\n${BODY}`).outlet).toBeNull();
  });

  it('drops a short "Read more: …" / "See also: …" link line anywhere, and keeps prose that starts alike', () => {
    const links = ['Read more: Related story', 'Read also » Iran’s drones in Ukraine', 'See also: Sanctions explained', 'READ MORE - Why the deal matters?', 'Also read: Talks in Baku'];
    for (const link of links) {
      const result = cleanText([LONG, link, LONG2].join('\n\n'));
      expect(result.canonical).toBe([LONG, LONG2].join('\n\n'));
      expect(result.dropped).toEqual([{ text: link, reason: 'page-chrome' }]);
    }
    const prose = [
      'See also: the report published by the ministry last year.',
      'Read more: the agency said talks would resume. Officials agreed.',
      `Read more: ${'a very long title that keeps going '.repeat(3)}`,
      'Read more about the talks in our earlier coverage',
      '- Read more: a list item',
    ];
    for (const line of prose) expect(cleanText([LONG, line, LONG2].join('\n\n')).canonical).toContain(line.trim());
  });
});
