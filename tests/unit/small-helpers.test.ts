import { describe, expect, it } from 'vitest';
import { codePointLength } from '@/lib/anchoring/code-points';
import { fieldErrors, parseInput } from '@/lib/errors';
import { safeReturnPath } from '@/lib/safe-return-path';
import { workingTitle } from '@/lib/server/documents/working-title';
import { teamSlug } from '@/lib/server/teams/ensure-team';
import { z } from 'zod';

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['👋🏽', 2], // emoji + skin-tone modifier: two astral code points
    ['e\u0301', 2], // combining accent is its own code point
    ['سلام', 4],
    ['Привет', 6],
    ['\ud83d', 1], // a lone surrogate counts once
    ['a\ud83d', 2],
  ])('%j has %i code points', (text, expected) => {
    expect(codePointLength(text)).toBe(expected);
    expect(codePointLength(text)).toBe(Array.from(text).length);
  });
});

describe('safeReturnPath', () => {
  it.each([
    [undefined, '/documents'],
    ['/documents/abc?x=1', '/documents/abc?x=1'],
    ['https://evil.example', '/documents'],
    ['//evil.example/path', '/documents'],
    ['/\\evil.example', '/documents'],
    ['/login?callbackUrl=/x', '/documents'],
    ['javascript:alert(1)', '/documents'],
    ['/\t/evil.example/x', '/documents'],
    ['/\n/evil.example', '/documents'],
    ['/%09/evil.example', '/%09/evil.example'], // still encoded: a path on this site, not a redirect
    ['/documents/%2F%2Fevil', '/documents/%2F%2Fevil'],
    ['/./\/evil.example', '/documents'],
  ])('%s → %s', (candidate, expected) => {
    expect(safeReturnPath(candidate)).toBe(expected);
  });
});

describe('workingTitle', () => {
  it('takes the first sentence', () => {
    expect(workingTitle('Short lede here. Then more.\n\nNext paragraph.')).toBe('Short lede here.');
  });
  it('shortens a long first sentence at a word boundary with an ellipsis', () => {
    const title = workingTitle(`${'word '.repeat(40)}end.`);
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title.endsWith('word…')).toBe(true);
  });
  it('names an empty text', () => {
    expect(workingTitle('')).toBe('Untitled article');
  });
});

describe('teamSlug', () => {
  it.each([
    ['Russia-Iran desk', 'russia-iran-desk'],
    ['  Café  Crème!! ', 'cafe-creme'],
    ['Отдел', 'team'],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('%s → %s', (name, expected) => {
    expect(teamSlug(name)).toBe(expected);
  });
});

describe('parseInput', () => {
  const schema = z.object({ name: z.string().min(1, 'Enter a name.'), tags: z.array(z.string()).max(1, 'One tag at most.') });
  it('returns parsed data', () => {
    expect(parseInput(schema, { name: 'x', tags: [] })).toEqual({ name: 'x', tags: [] });
  });
  it('throws a 422 with field errors keyed by path', () => {
    expect(() => parseInput(schema, { name: '', tags: ['a', 'b'] })).toThrow(expect.objectContaining({ status: 422 }));
    const result = schema.safeParse({ name: '', tags: ['a', 'b'] });
    expect(result.success || fieldErrors(result.error)).toEqual({ name: ['Enter a name.'], tags: ['One tag at most.'] });
  });
});
