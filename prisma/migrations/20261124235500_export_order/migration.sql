-- The export reads one team's excerpts in article then text order: an index in exactly that
-- order (team first) lets it stream them without sorting and without reading other teams' rows.
CREATE INDEX "Annotation_teamId_documentId_start_end_id_idx" ON "Annotation"("teamId", "documentId", "start", "end", "id");
