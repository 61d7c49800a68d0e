-- Copies of the highlight's article (and for themes its author and span) on AnnotationTag and
-- PassageRating, so the dashboard reads one article's themes and ratings without joining every
-- highlight. See docs/decisions/012-dashboard-article-copies.md. Existing rows are filled from
-- their highlight before the columns become NOT NULL. No semicolons in comments (decision 002).

-- DropForeignKey
ALTER TABLE "AnnotationTag" DROP CONSTRAINT "AnnotationTag_annotationId_fkey";

-- DropForeignKey
ALTER TABLE "PassageRating" DROP CONSTRAINT "PassageRating_annotationId_fkey";

-- AlterTable
ALTER TABLE "AnnotationTag" ADD COLUMN     "authorId" TEXT,
ADD COLUMN     "documentId" TEXT,
ADD COLUMN     "end" INTEGER,
ADD COLUMN     "start" INTEGER;

UPDATE "AnnotationTag" t SET "documentId" = a."documentId", "authorId" = a."authorId", "start" = a."start", "end" = a."end"
  FROM "Annotation" a WHERE a."id" = t."annotationId";

ALTER TABLE "AnnotationTag" ALTER COLUMN "authorId" SET NOT NULL,
ALTER COLUMN "documentId" SET NOT NULL,
ALTER COLUMN "end" SET NOT NULL,
ALTER COLUMN "start" SET NOT NULL;

-- AlterTable
ALTER TABLE "PassageRating" ADD COLUMN     "documentId" TEXT;

UPDATE "PassageRating" r SET "documentId" = a."documentId" FROM "Annotation" a WHERE a."id" = r."annotationId";

ALTER TABLE "PassageRating" ALTER COLUMN "documentId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Annotation_id_documentId_key" ON "Annotation"("id", "documentId");

-- CreateIndex
CREATE INDEX "AnnotationTag_documentId_tagId_start_end_authorId_annotatio_idx" ON "AnnotationTag"("documentId", "tagId", "start", "end", "authorId", "annotationId");

-- CreateIndex
CREATE INDEX "PassageRating_documentId_annotationId_userId_credibility_cr_idx" ON "PassageRating"("documentId", "annotationId", "userId", "credibility", "createdAt", "updatedAt");

-- CreateIndex
CREATE INDEX "PassageRating_documentId_userId_annotationId_idx" ON "PassageRating"("documentId", "userId", "annotationId");

-- AddForeignKey
ALTER TABLE "AnnotationTag" ADD CONSTRAINT "AnnotationTag_annotationId_documentId_fkey" FOREIGN KEY ("annotationId", "documentId") REFERENCES "Annotation"("id", "documentId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PassageRating" ADD CONSTRAINT "PassageRating_annotationId_documentId_fkey" FOREIGN KEY ("annotationId", "documentId") REFERENCES "Annotation"("id", "documentId") ON DELETE CASCADE ON UPDATE CASCADE;
