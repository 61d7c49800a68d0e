// The reader's compact representation of an article's highlights (GET
// /api/documents/:id/annotations?view=reader, docs/API.md) and its expansion back into the full
// annotation shape the reader's components use. What the server leaves out is derived here: the
// quote from the text and the offsets, names from `users`, the ratings' summary from the ratings
// the viewer may see (the server already applied the blind-first rule).
import { summarizeCredibility } from '@/lib/agreement/admiralty';
import type { OffsetIndex } from '@/lib/anchoring/offsets';
import type { AnnotationDto } from '@/lib/server/annotations/annotation-dto';
import type { PassageRatingDto, PassageRatingsDto } from '@/lib/server/ratings/passage-ratings';

/** A rating in the reader's view: [credibility, rationale, version, updatedAt (ms since 1970, UTC)]. */
export type ReaderRating = [credibility: number, rationale: string, version: number, updatedAt: number];
/** [the viewer's own rating or null, the others' the viewer may see as [userId, ...rating], how many are hidden]. */
export type ReaderRatings = [mine: ReaderRating | null, others: [userId: string, ...rating: ReaderRating][], hiddenCount: number];
/** One highlight: offsets in code points, times in ms since 1970 (UTC); updatedAt null when equal to createdAt, ratings null when nobody rated. */
export type ReaderAnnotation = [
  id: string,
  start: number,
  end: number,
  authorId: string,
  tagIds: string[],
  note: string,
  version: number,
  createdAt: number,
  updatedAt: number | null,
  ratings: ReaderRatings | null,
];
export type ReaderAnnotationsBody = { view: 'reader'; users: Record<string, string>; annotations: ReaderAnnotation[] };

const NO_RATINGS: PassageRatingsDto = Object.freeze({ mine: null, others: [], hiddenCount: 0, summary: null }) as PassageRatingsDto;

/** The full annotations (AnnotationDto) from the reader's view, for an article whose text is indexed by `offsets`, as `viewerId` sees them. */
export function expandReaderAnnotations(body: ReaderAnnotationsBody, options: { documentId: string; offsets: OffsetIndex; viewerId: string }): AnnotationDto[] {
  const { documentId, offsets, viewerId } = options;
  const users = new Map<string, { id: string; name: string }>();
  const user = (id: string) => {
    let found = users.get(id);
    if (!found) users.set(id, (found = { id, name: body.users[id] ?? '' }));
    return found;
  };
  const text = offsets.text;
  const iso = (ms: number) => new Date(ms).toISOString();
  return body.annotations.map(([id, start, end, authorId, tagIds, note, version, createdAt, updatedAt, ratings]) => ({
    id,
    documentId,
    start,
    end,
    exact: text.slice(offsets.toUtf16(start), offsets.toUtf16(end)),
    prefix: '',
    suffix: '',
    note,
    version,
    createdAt: iso(createdAt),
    updatedAt: iso(updatedAt ?? createdAt),
    author: user(authorId),
    tagIds,
    ratings: ratings ? expandRatings(ratings, user, viewerId) : NO_RATINGS,
  }));
}

function expandRatings([mine, others, hiddenCount]: ReaderRatings, user: (id: string) => { id: string; name: string }, viewerId: string): PassageRatingsDto {
  const rating = (userId: string, [credibility, rationale, version, updatedAt]: ReaderRating): PassageRatingDto => ({ user: user(userId), credibility, rationale, version, updatedAt: new Date(updatedAt).toISOString() });
  // Same rule as lib/server/ratings/passage-ratings.ts: a summary only when nothing is hidden.
  const own = mine ? rating(viewerId, mine) : null;
  const seen = others.map(([userId, ...rest]) => rating(userId, rest));
  const all = own ? [own, ...seen] : seen;
  return { mine: own, others: seen, hiddenCount, summary: hiddenCount === 0 && all.length ? summarizeCredibility(all.map((r) => r.credibility)) : null };
}
