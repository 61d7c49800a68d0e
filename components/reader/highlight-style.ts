// How a run of text covered by highlights looks: a tint that deepens with the number of
// highlights, and a stripe under it with one band per theme, so several themes stay readable.
import type { CSSProperties } from 'react';

export const UNTAGGED_COLOR = '#d4a72c';

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function tint(hex: string, alpha: number): string {
  const [r, g, b] = hexToRgb(hex);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Style of a run covered by `depth` highlights whose themes have these colours (deduplicated). */
export function runStyle(colors: string[], depth: number, isSelected: boolean, isPending: boolean): CSSProperties {
  const base = colors[0] ?? UNTAGGED_COLOR;
  const alpha = Math.min(0.16 + 0.1 * (depth - 1), 0.5);
  const bands = colors.length > 0 ? colors : [UNTAGGED_COLOR];
  const step = 100 / bands.length;
  const stripe = bands.map((color, index) => `${color} ${index * step}% ${(index + 1) * step}%`).join(', ');
  return {
    backgroundColor: tint(base, isPending ? alpha / 2 : alpha),
    backgroundImage: `linear-gradient(90deg, ${stripe})`,
    backgroundSize: '100% 2px',
    backgroundPosition: 'bottom',
    backgroundRepeat: 'no-repeat',
    outline: isSelected ? `2px solid ${tint(base, 0.9)}` : undefined,
    borderRadius: 2,
    cursor: 'pointer',
    // Each wrapped line of a long highlight gets the whole stripe, not a slice of it.
    boxDecorationBreak: 'clone',
    WebkitBoxDecorationBreak: 'clone',
  };
}

// Class names instead of inline styles: a run gets `hl hl-N`, one short attribute, and each look is
// one CSS rule in a stylesheet of the page (`.hl` in app/globals.css holds what every look shares).
// With tens of thousands of runs, React setting ten style properties on each was a large part of
// the first commit (docs/decisions/011-reader-performance.md). Thousands of runs share a few dozen
// looks: one rule per look.
const classes = new Map<string, string>();
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
let sheet: CSSStyleSheet | null = null;

function ruleOf(name: string, style: CSSProperties): string {
  return `.${name}{background-color:${style.backgroundColor};background-image:${style.backgroundImage}${style.outline ? `;outline:${style.outline}` : ''}}`;
}

/** The class names of a run covered by `depth` highlights with these theme colours (see runStyle). */
export function runClassName(colors: string[], depth: number, isSelected: boolean, isPending: boolean): string {
  // The colours go into CSS text: anything but #rrggbb (which the API enforces) is dropped, so a
  // stored value can never close the rule and add another.
  colors = colors.filter((color) => HEX_COLOR.test(color));
  const capped = Math.min(depth, 5);
  const key = `${colors.join(',')}|${capped}|${isSelected ? 1 : 0}|${isPending ? 1 : 0}`;
  let name = classes.get(key);
  if (name) return name;
  const className = `hl-${classes.size}`;
  name = `hl ${className}`;
  if (typeof document !== 'undefined') {
    if (!sheet) {
      const element = document.createElement('style');
      element.setAttribute('data-credence-highlights', '');
      document.head.appendChild(element);
      sheet = element.sheet;
    }
    sheet?.insertRule(ruleOf(className, runStyle(colors, capped, isSelected, isPending)), sheet.cssRules.length);
  }
  classes.set(key, name);
  return name;
}

/** A selection being highlighted (the new-highlight popover is open). */
export const DRAFT_CLASS_NAME = 'hl-draft';
