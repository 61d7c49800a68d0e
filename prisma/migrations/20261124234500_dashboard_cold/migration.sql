-- Covering indexes for the dashboard's cold path (docs/decisions/010-dashboard-cold.md).
-- An article's highlights with every column the summary figures read, so they come from an
-- index-only scan instead of the wide heap rows (exact, prefix, suffix, note).
-- Plain key columns rather than INCLUDE, so that prisma/schema.prisma can state them.
CREATE INDEX "Annotation_document_cover_idx" ON "Annotation"("documentId", "id", "authorId", "start", "end", "createdAt", "updatedAt");

-- A passage's ratings with the columns the agreement, credibility and activity figures read.
CREATE INDEX "PassageRating_annotation_cover_idx" ON "PassageRating"("annotationId", "userId", "credibility", "createdAt", "updatedAt");
