import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks';
import { cleanText, type CleanResult } from './clean-text';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

function readSeed(prefix: string): string {
  const file = readdirSync(SEEDS_DIR).find((name) => name.startsWith(`${prefix}_`) && name.endsWith('.txt'));
  if (!file) throw new Error(`seed ${prefix} not found in ${SEEDS_DIR}`);
  return readFileSync(`${SEEDS_DIR}${file}`, 'utf8');
}

function cleanSeed(prefix: string): CleanResult {
  return cleanText(readSeed(prefix));
}

function paragraphs(result: CleanResult): string[] {
  return result.canonical.split('\n\n');
}

describe('cleanText on the seed articles', () => {
  it('000: takes the title and keeps list items grouped', () => {
    const result = cleanSeed('000');
    expect(result).toMatchObject({
      title: 'Unpacking the Russia-Iran Alliance: Its Impact on the Resistance Front',
      author: null, publishedDate: null, outlet: null,
    });
    expect(result.dropped).toEqual([{ text: result.title, reason: 'title' }]);
    expect(result.canonical.startsWith('The recent comprehensive strategic partnership agreement')).toBe(true);
    expect(paragraphs(result)).toContain(
      '- Strengthening security cooperation\n- Combating terrorism\n- Addressing common challenges and threats',
    );
    expect(paragraphs(result)).toContain(
      '- Tightening export restrictions\n- Imposing sanctions\n- Conducting cyber operations\n- Executing covert operations as necessary',
    );
    expect(result.canonical).toContain('aimed at:\n\n- Preventing nuclear weapon acquisition\n- Undermining');
  });

  it('001: keeps the duplicated title once and drops the empty TOC and the whole footer', () => {
    const result = cleanSeed('001');
    const title = 'The Evolving Russia-Iran Alliance: A New Geopolitical Axis?';
    expect(result).toMatchObject({ title, author: null, publishedDate: null, outlet: null });
    expect(result.canonical).not.toContain(title);
    expect(result.dropped.slice(0, 3)).toEqual([
      { text: title, reason: 'title' },
      { text: title, reason: 'duplicate-title' },
      { text: 'Table of Contents', reason: 'empty-toc' },
    ]);
    expect(result.canonical.startsWith('In an increasingly multipolar world')).toBe(true);
    expect(result.canonical).toContain('\n\nThe Genesis of a Deepening Partnership\n\nThe relationship between Iran and Russia');
    for (const gone of ['Table of Contents', 'Article Recommendations', 'Details', 'ytorp@yahoo.com', '210.308.2733',
      'Socials', 'twitter', 'You might also like', 'comments below']) {
      expect(result.canonical).not.toContain(gone);
    }
    const last = paragraphs(result).at(-1) ?? '';
    expect(last.startsWith('The Russia Iran alliance represents a significant development')).toBe(true);
    const tail = result.dropped.slice(3);
    expect(tail.every((drop) => drop.reason === 'trailing-boilerplate')).toBe(true);
    expect(tail[0]?.text.startsWith('What are your thoughts on the long-term implications')).toBe(true);
    expect(tail[1]?.text).toBe('Article Recommendations');
    expect(tail.at(-1)?.text).toBe('You might also like');
  });

  it('002: has no title and reads the outlet from the credit line', () => {
    const result = cleanSeed('002');
    expect(result).toMatchObject({ title: null, author: null, publishedDate: null, outlet: 'ejpress' });
    expect(result.dropped).toEqual([{ text: 'Source » ejpress', reason: 'credit-line' }]);
    expect(result.canonical.startsWith('Few alliances are scrutinized as closely')).toBe(true);
    expect(result.canonical.endsWith('making it a pivotal aspect of the evolving geopolitical landscape.')).toBe(true);
  });

  it('003: drops page chrome, takes the title and reads the dateline date', () => {
    const result = cleanSeed('003');
    expect(result).toMatchObject({
      title: 'The Iran-Russia Alliance: Challenges and Implications',
      author: null, publishedDate: '2023-10-28', outlet: null,
    });
    expect(result.dropped).toEqual([
      { text: 'top of page', reason: 'page-chrome' },
      { text: 'The Iran-Russia Alliance: Challenges and Implications', reason: 'title' },
      { text: 'bottom of page', reason: 'page-chrome' },
    ]);
    expect(result.canonical.startsWith('Los Angeles, October 28, 2023 - The recent conflict')).toBe(true);
    expect(result.canonical.endsWith('its outlook on the West remains antagonistic.')).toBe(true);
  });

  it('004: reads author and date from the top line, outlet from the credit, keeps in-text headings', () => {
    const result = cleanSeed('004');
    expect(result).toMatchObject({
      title: null, author: 'Vanessa Ghanem', publishedDate: '2024-01-01', outlet: 'alarabiya',
    });
    expect(result.dropped).toEqual([
      { text: 'date 2024-01-01 Vanessa Ghanem', reason: 'dateline' },
      { text: 'courtesy : alarabiya', reason: 'credit-line' },
    ]);
    expect(result.canonical.startsWith('Last Friday’s meeting')).toBe(true);
    for (const heading of ['Moscow-Tehran relations: A cause for US concern?', 'Iran-Israel hostility: A tool for Russia?',
      'How far will Russia go to support Iran?']) {
      expect(paragraphs(result)).toContain(heading);
    }
    expect(result.canonical.endsWith('across the region.”')).toBe(true);
  });

  it.each(['000', '001', '002', '003', '004'])('%s: canonical is well formed, stable and splits back exactly', (prefix) => {
    const { canonical } = cleanSeed(prefix);
    expect(canonical).not.toMatch(/\n{3,}|\r|[ \t]\n|^\s|\s$/);
    expect(cleanText(canonical).canonical).toBe(canonical);
    const blocks = splitBlocks(canonical);
    expect(blocks.map((block) => block.text).join('\n\n')).toBe(canonical);
  });

  it.each(['000', '001', '002', '003', '004'])('%s: every raw line is either kept or reported as dropped', (prefix) => {
    const result = cleanSeed(prefix);
    const kept = result.canonical.split('\n').filter((line) => line !== '');
    const dropped = result.dropped.flatMap((drop) => drop.text.split('\n'));
    const rawLines = readSeed(prefix).split('\n').map((line) => line.trim()).filter((line) => line !== '');
    expect([...kept, ...dropped].sort()).toEqual([...rawLines].sort());
  });
});
