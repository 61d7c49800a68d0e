// A memoised paragraph compares one string instead of walking its segments' arrays.
import type { Segment } from '@/lib/anchoring/segments';

/**
 * A cheap, stable string that changes exactly when `segments` do, for React.memo or useMemo
 * keys. Ids are JSON-quoted, so an id containing separators cannot make two lists collide.
 */
export function segmentsKey(segments: readonly Segment[]): string {
  let key = '';
  for (const segment of segments) key += `${segment.start}-${segment.end}${JSON.stringify(segment.ids)}`;
  return key;
}
