import 'server-only';

/**
 * The blind-first rule: a member sees others' ratings of an item only once they have rated it
 * themselves, unless the team turned blind rating off.
 */
export function canSeeOthers(options: { isBlind: boolean; hasRated: boolean }): boolean {
  return !options.isBlind || options.hasRated;
}

/** A member's view of one item's ratings: their own, the others' (or how many are hidden). */
export type BlindSplit<R> = { mine: R | null; others: R[]; hiddenCount: number };

/** The ratings the viewer sees of an item: their own first, then the others' that are visible. */
export function seenRatings<R>(split: { mine: R | null; others: R[] }): R[] {
  return split.mine ? [split.mine, ...split.others] : split.others;
}

export function splitForViewer<R extends { user: { id: string } }>(ratings: R[], options: { userId: string; isBlind: boolean }): BlindSplit<R> {
  const mine = ratings.find((rating) => rating.user.id === options.userId) ?? null;
  const others = ratings.filter((rating) => rating.user.id !== options.userId);
  return canSeeOthers({ isBlind: options.isBlind, hasRated: mine !== null })
    ? { mine, others, hiddenCount: 0 }
    : { mine, others: [], hiddenCount: others.length };
}
