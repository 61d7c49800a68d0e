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

// Thousands of runs share a few dozen looks: one style object per look, not one per run.
const styles = new Map<string, CSSProperties>();
const MAX_CACHED_STYLES = 4096;

/** runStyle, memoised (alpha stops deepening at depth 5, so deeper runs share a style). */
export function cachedRunStyle(colors: string[], depth: number, isSelected: boolean, isPending: boolean): CSSProperties {
  const key = `${colors.join(',')}|${Math.min(depth, 5)}|${isSelected ? 1 : 0}|${isPending ? 1 : 0}`;
  let style = styles.get(key);
  if (!style) {
    if (styles.size >= MAX_CACHED_STYLES) styles.clear();
    style = runStyle(colors, Math.min(depth, 5), isSelected, isPending);
    styles.set(key, style);
  }
  return style;
}
