import { describe, expect, it } from 'vitest';
import { highlightRules, runClassName, tint, UNTAGGED_COLOR } from '@/components/reader/highlight-style';

describe('runClassName', () => {
  it('names a look by the look itself, so the server and the browser name it alike', () => {
    const name = runClassName(['#1f77b4', '#ff7f0e'], 2, false, false);
    expect(name).toMatch(/^hl hl-[0-9a-z]+$/);
    expect(runClassName(['#1f77b4', '#ff7f0e'], 2, false, false)).toBe(name);
    expect(runClassName(['#1f77b4', '#ff7f0e'], 3, false, false)).not.toBe(name);
    expect(runClassName(['#1f77b4', '#ff7f0e'], 2, true, false)).not.toBe(name);
    expect(runClassName(['#ff7f0e', '#1f77b4'], 2, false, false)).not.toBe(name); // band order is part of the look
    expect(runClassName(['#1f77b4', '#ff7f0e'], 9, false, false)).toBe(runClassName(['#1f77b4', '#ff7f0e'], 5, false, false)); // depth capped at 5
  });

  it('gives the rules of the names it gave, once each, and never writes a colour that is not #rrggbb', () => {
    const blue = runClassName(['#1f77b4'], 1, false, false);
    const hostile = runClassName(['red}body{display:none'], 1, false, false);
    const css = highlightRules([blue, hostile, blue]);
    expect(css).toContain(`.${blue.split(' ')[1]}{background-color:${tint('#1f77b4', 0.16)}`);
    expect(css).toContain(`.${hostile.split(' ')[1]}{background-color:${tint(UNTAGGED_COLOR, 0.16)}`);
    expect(css).not.toContain('display:none');
    expect(css.split(`.${blue.split(' ')[1]}{`)).toHaveLength(2);
    expect(highlightRules(['hl not-a-look'])).toBe('');
  });
});
