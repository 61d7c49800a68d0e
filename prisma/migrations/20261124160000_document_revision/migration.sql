-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;
