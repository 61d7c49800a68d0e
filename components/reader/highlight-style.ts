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

// Class names instead of inline styles: a run gets `hl hl-<look>`, one short attribute, and each
// look is one CSS rule (`.hl` in app/globals.css holds what every look shares). With tens of
// thousands of runs, React setting ten style properties on each was a large part of the first
// commit (docs/decisions/011-reader-performance.md). Thousands of runs share a few dozen looks.
// A look's class name is a hash of the look itself, so the server (which renders the reader into
// the page's HTML) and the browser name it alike; the rules of the looks in the first render go
// into the HTML with it (`highlightRules`), the browser adds later ones to a stylesheet.
const namesByLook = new Map<string, string>();
const rulesByName = new Map<string, string>();
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
let sheet: CSSStyleSheet | null = null;

function ruleOf(name: string, style: CSSProperties): string {
  return `.${name}{background-color:${style.backgroundColor};background-image:${style.backgroundImage}${style.outline ? `;outline:${style.outline}` : ''}}`;
}

/** A 53-bit hash of `text` in base 36 (cyrb53): a stable, short class name for a look. */
function hashName(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The class names of a run covered by `depth` highlights with these theme colours (see runStyle). */
export function runClassName(colors: string[], depth: number, isSelected: boolean, isPending: boolean): string {
  // The colours go into CSS text: anything but #rrggbb (which the API enforces) is dropped, so a
  // stored value can never close the rule and add another.
  colors = colors.filter((color) => HEX_COLOR.test(color));
  const capped = Math.min(depth, 5);
  const key = `${colors.join(',')}|${capped}|${isSelected ? 1 : 0}|${isPending ? 1 : 0}`;
  const known = namesByLook.get(key);
  if (known) return known;
  const className = `hl-${hashName(key)}`;
  const name = `hl ${className}`;
  const rule = ruleOf(className, runStyle(colors, capped, isSelected, isPending));
  namesByLook.set(key, name);
  rulesByName.set(name, rule);
  if (typeof document !== 'undefined') {
    if (!sheet) {
      const element = document.createElement('style');
      element.setAttribute('data-credence-highlights', '');
      document.head.appendChild(element);
      sheet = element.sheet;
    }
    sheet?.insertRule(rule, sheet.cssRules.length);
  }
  return name;
}

/** The CSS rules of these run class names (as runClassName gave them), once each, in first-seen order. */
export function highlightRules(names: Iterable<string>): string {
  const seen = new Set<string>();
  let css = '';
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    css += rulesByName.get(name) ?? '';
  }
  return css;
}

/** A selection being highlighted (the new-highlight popover is open). */
export const DRAFT_CLASS_NAME = 'hl-draft';
