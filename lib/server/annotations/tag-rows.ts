import 'server-only';

/** What an AnnotationTag row copies from its highlight (docs/decisions/012): never changes once the highlight exists. */
export type TaggedHighlight = { id: string; documentId: string; authorId: string; start: number; end: number };

/** The AnnotationTag rows that put these themes on a highlight. */
export function tagRows(highlight: TaggedHighlight, tagIds: readonly string[]) {
  return tagIds.map((tagId) => ({ annotationId: highlight.id, tagId, documentId: highlight.documentId, authorId: highlight.authorId, start: highlight.start, end: highlight.end }));
}
