-- The dashboard's figures of an article kept by the database (docs/decisions/013-article-tallies.md).
-- Statement-level triggers on Annotation, AnnotationTag and PassageRating turn the rows a statement
-- changed into counted changes (ArticleTallyDelta, appended only, so writers never wait on each
-- other for a count). credence_fold_tallies(article) adds an article's pending changes into
-- ArticleTally and PassageTally; the dashboard calls it before reading. The delta functions take
-- the added and removed rows as arrays, so the triggers and the backfill below share them.

-- CreateTable
CREATE TABLE "ArticleTally" (
    "documentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "k1" TEXT NOT NULL DEFAULT '',
    "k2" TEXT NOT NULL DEFAULT '',
    "i1" INTEGER NOT NULL DEFAULT 0,
    "i2" INTEGER NOT NULL DEFAULT 0,
    "n" BIGINT NOT NULL,

    CONSTRAINT "ArticleTally_pkey" PRIMARY KEY ("documentId","kind","k1","k2","i1","i2")
);

-- CreateTable
CREATE TABLE "ArticleTallyDelta" (
    "id" BIGSERIAL NOT NULL,
    "documentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "k1" TEXT NOT NULL DEFAULT '',
    "k2" TEXT NOT NULL DEFAULT '',
    "i1" INTEGER NOT NULL DEFAULT 0,
    "i2" INTEGER NOT NULL DEFAULT 0,
    "n" BIGINT NOT NULL,

    CONSTRAINT "ArticleTallyDelta_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PassageTally" (
    "annotationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "c1" INTEGER NOT NULL,
    "c2" INTEGER NOT NULL,
    "c3" INTEGER NOT NULL,
    "c4" INTEGER NOT NULL,
    "c5" INTEGER NOT NULL,
    "c6" INTEGER NOT NULL,
    "raters" INTEGER NOT NULL,
    "spread" INTEGER NOT NULL,

    CONSTRAINT "PassageTally_pkey" PRIMARY KEY ("annotationId")
);

-- CreateIndex
CREATE INDEX "ArticleTally_documentId_kind_k1_n_i1_i2_idx" ON "ArticleTally"("documentId", "kind", "k1", "n" DESC, "i1", "i2");

-- CreateIndex
CREATE INDEX "ArticleTallyDelta_documentId_idx" ON "ArticleTallyDelta"("documentId");

-- CreateIndex
-- The passage id in byte order, as the dashboard sorts it (COLLATE "C"), so the index gives the order.
CREATE INDEX "PassageTally_documentId_spread_raters_start_annotationId_idx" ON "PassageTally"("documentId", "spread" DESC, "raters" DESC, "start", "annotationId" COLLATE "C");

-- CreateIndex
CREATE INDEX "Annotation_documentId_updatedAt_idx" ON "Annotation"("documentId", "updatedAt");

-- CreateIndex
CREATE INDEX "PassageRating_documentId_updatedAt_idx" ON "PassageRating"("documentId", "updatedAt");

-- AddForeignKey
ALTER TABLE "ArticleTally" ADD CONSTRAINT "ArticleTally_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleTallyDelta" ADD CONSTRAINT "ArticleTallyDelta_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PassageTally" ADD CONSTRAINT "PassageTally_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Counted changes from highlights added and removed: per author, per creation day, per band of
-- the density strip (of min(60, length) bands) the highlight overlaps.
CREATE FUNCTION credence_annotation_deltas(added "Annotation"[], removed "Annotation"[])
RETURNS TABLE ("documentId" TEXT, kind TEXT, k1 TEXT, k2 TEXT, i1 INTEGER, i2 INTEGER, n BIGINT)
LANGUAGE sql STABLE AS $$
  WITH changed AS (
    SELECT a."documentId", a."authorId", a.start, a."end", a."createdAt", 1 AS sign FROM unnest(added) a
    UNION ALL
    SELECT a."documentId", a."authorId", a.start, a."end", a."createdAt", -1 AS sign FROM unnest(removed) a
  ), located AS (
    -- Only articles that still exist (a deleted article's tallies go with it), with their band count.
    SELECT c.*, d.length, LEAST(60, d.length) AS bins FROM changed c JOIN "Document" d ON d.id = c."documentId"
  ), keyed AS (
    SELECT l."documentId", 'author' AS kind, l."authorId" AS k1, '' AS k2, 0 AS i1, 0 AS i2, l.sign FROM located l
    UNION ALL
    SELECT l."documentId", 'day', 'h', '', (l."createdAt"::date - DATE '1970-01-01'), 0, l.sign FROM located l
    UNION ALL
    -- Every band the span overlaps (its first and last band as the density strip computes them).
    SELECT l."documentId", 'band', '', '', band, 0, l.sign
    FROM located l
    CROSS JOIN LATERAL generate_series(
      LEAST(GREATEST(((l.start::bigint + 1) * l.bins - 1) / l.length, 0), l.bins - 1)::int,
      LEAST(GREATEST((l."end"::bigint * l.bins - 1) / l.length, 0), l.bins - 1)::int) AS band
    WHERE l.length > 0
  )
  SELECT k."documentId", k.kind, k.k1, k.k2, k.i1, k.i2, sum(k.sign)::bigint
  FROM keyed k GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(k.sign) <> 0
$$;

-- Counted changes from theme rows added and removed: per theme and author, per theme and exact
-- span, per theme and band overlapped, and per highlight (its number of theme rows: the fold turns a
-- highlight's count going from 0 or to 0 into the article's 'tagged' count, exactly, whatever
-- other transactions do meanwhile).
CREATE FUNCTION credence_annotation_tag_deltas(added "AnnotationTag"[], removed "AnnotationTag"[])
RETURNS TABLE ("documentId" TEXT, kind TEXT, k1 TEXT, k2 TEXT, i1 INTEGER, i2 INTEGER, n BIGINT)
LANGUAGE sql STABLE AS $$
  WITH changed AS (
    SELECT t."annotationId", t."tagId", t."documentId", t."authorId", t.start, t."end", 1 AS sign FROM unnest(added) t
    UNION ALL
    SELECT t."annotationId", t."tagId", t."documentId", t."authorId", t.start, t."end", -1 AS sign FROM unnest(removed) t
  ), located AS (
    SELECT c.*, d.length, LEAST(60, d.length) AS bins FROM changed c JOIN "Document" d ON d.id = c."documentId"
  ), keyed AS (
    SELECT l."documentId", 'theme' AS kind, l."tagId" AS k1, l."authorId" AS k2, 0 AS i1, 0 AS i2, l.sign FROM located l
    UNION ALL
    SELECT l."documentId", 'span', l."tagId", '', l.start, l."end", l.sign FROM located l
    UNION ALL
    -- Every band the span overlaps (its first and last band as the density strip computes them).
    SELECT l."documentId", 'band', l."tagId", '', band, 0, l.sign
    FROM located l
    CROSS JOIN LATERAL generate_series(
      LEAST(GREATEST(((l.start::bigint + 1) * l.bins - 1) / l.length, 0), l.bins - 1)::int,
      LEAST(GREATEST((l."end"::bigint * l.bins - 1) / l.length, 0), l.bins - 1)::int) AS band
    WHERE l.length > 0
    UNION ALL
    SELECT l."documentId", 'themes', l."annotationId", '', 0, 0, l.sign FROM located l
  )
  SELECT k."documentId", k.kind, k.k1, k.k2, k.i1, k.i2, sum(k.sign)::bigint
  FROM keyed k GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(k.sign) <> 0
$$;

-- Counted changes from passage ratings added and removed: per passage and grade (folded into
-- PassageTally), per analyst and grade, per day first given.
CREATE FUNCTION credence_passage_rating_deltas(added "PassageRating"[], removed "PassageRating"[])
RETURNS TABLE ("documentId" TEXT, kind TEXT, k1 TEXT, k2 TEXT, i1 INTEGER, i2 INTEGER, n BIGINT)
LANGUAGE sql STABLE AS $$
  WITH changed AS (
    SELECT r."annotationId", r."documentId", r."userId", r.credibility, r."createdAt", 1 AS sign FROM unnest(added) r
    UNION ALL
    SELECT r."annotationId", r."documentId", r."userId", r.credibility, r."createdAt", -1 AS sign FROM unnest(removed) r
  ), located AS (
    SELECT c.* FROM changed c WHERE EXISTS (SELECT 1 FROM "Document" d WHERE d.id = c."documentId")
  ), keyed AS (
    SELECT l."documentId", 'rating' AS kind, l."annotationId" AS k1, '' AS k2, l.credibility AS i1, 0 AS i2, l.sign FROM located l
    UNION ALL
    SELECT l."documentId", 'grade', l."userId", '', l.credibility, 0, l.sign FROM located l
    UNION ALL
    SELECT l."documentId", 'day', 'r', '', (l."createdAt"::date - DATE '1970-01-01'), 0, l.sign FROM located l
  )
  SELECT k."documentId", k.kind, k.k1, k.k2, k.i1, k.i2, sum(k.sign)::bigint
  FROM keyed k GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(k.sign) <> 0
$$;

-- The triggers: one function per table, for INSERT (new rows), UPDATE (both) and DELETE (old rows).
CREATE FUNCTION credence_annotation_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added "Annotation"[] := '{}';
  removed "Annotation"[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN added := ARRAY(SELECT r::"Annotation" FROM new_rows r); END IF;
  IF TG_OP <> 'INSERT' THEN removed := ARRAY(SELECT r::"Annotation" FROM old_rows r); END IF;
  IF cardinality(added) + cardinality(removed) > 0 THEN
    INSERT INTO "ArticleTallyDelta" ("documentId", kind, k1, k2, i1, i2, n)
    SELECT * FROM credence_annotation_deltas(added, removed);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION credence_annotation_tag_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added "AnnotationTag"[] := '{}';
  removed "AnnotationTag"[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN added := ARRAY(SELECT r::"AnnotationTag" FROM new_rows r); END IF;
  IF TG_OP <> 'INSERT' THEN removed := ARRAY(SELECT r::"AnnotationTag" FROM old_rows r); END IF;
  IF cardinality(added) + cardinality(removed) > 0 THEN
    INSERT INTO "ArticleTallyDelta" ("documentId", kind, k1, k2, i1, i2, n)
    SELECT * FROM credence_annotation_tag_deltas(added, removed);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION credence_passage_rating_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added "PassageRating"[] := '{}';
  removed "PassageRating"[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN added := ARRAY(SELECT r::"PassageRating" FROM new_rows r); END IF;
  IF TG_OP <> 'INSERT' THEN removed := ARRAY(SELECT r::"PassageRating" FROM old_rows r); END IF;
  IF cardinality(added) + cardinality(removed) > 0 THEN
    INSERT INTO "ArticleTallyDelta" ("documentId", kind, k1, k2, i1, i2, n)
    SELECT * FROM credence_passage_rating_deltas(added, removed);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER credence_tally_insert AFTER INSERT ON "Annotation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION credence_annotation_tally();
CREATE TRIGGER credence_tally_update AFTER UPDATE ON "Annotation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION credence_annotation_tally();
CREATE TRIGGER credence_tally_delete AFTER DELETE ON "Annotation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION credence_annotation_tally();

CREATE TRIGGER credence_tally_insert AFTER INSERT ON "AnnotationTag" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION credence_annotation_tag_tally();
CREATE TRIGGER credence_tally_update AFTER UPDATE ON "AnnotationTag" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION credence_annotation_tag_tally();
CREATE TRIGGER credence_tally_delete AFTER DELETE ON "AnnotationTag" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION credence_annotation_tag_tally();

CREATE TRIGGER credence_tally_insert AFTER INSERT ON "PassageRating" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION credence_passage_rating_tally();
CREATE TRIGGER credence_tally_update AFTER UPDATE ON "PassageRating" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION credence_passage_rating_tally();
CREATE TRIGGER credence_tally_delete AFTER DELETE ON "PassageRating" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION credence_passage_rating_tally();

-- A highlight's article, author and span never change once it exists (decision 012): its themes
-- and ratings copy them, and its tallies are counted under them.
CREATE FUNCTION credence_annotation_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."documentId", NEW."authorId", NEW.start, NEW."end") IS DISTINCT FROM (OLD."documentId", OLD."authorId", OLD.start, OLD."end") THEN
    RAISE EXCEPTION 'A highlight''s article, author and span cannot change (highlight %)', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER credence_annotation_fixed BEFORE UPDATE OF "documentId", "authorId", start, "end" ON "Annotation"
  FOR EACH ROW EXECUTE FUNCTION credence_annotation_fixed();

-- Adds an article's pending changes in: the plain counts into ArticleTally, each highlight whose
-- number of theme rows leaves or reaches 0 into the 'tagged' count, the per-passage grade changes
-- into PassageTally, and each changed passage's old and new grade counts into the article's
-- 'profile' rows. One fold of an article at a time (an advisory lock), so a highlight's or a
-- passage's counts are read and written by one fold, and a fold only sees committed changes.
-- A highlight's theme count that falls to 0 is removed; other rows at 0 stay (readers skip them).
CREATE FUNCTION credence_fold_tallies(doc TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- The article is held (not deleted under the fold, which then has nothing to do if it is gone).
  PERFORM 1 FROM "Document" d WHERE d.id = doc FOR KEY SHARE;
  IF NOT FOUND THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('credence_fold_tallies ' || doc, 0));
  PERFORM credence_fold_tallies_locked(doc);
END
$$;

-- The fold itself, for a caller that already holds the article's fold lock (or, as the backfill
-- below, every write to the three tables: an advisory lock per article would fill the lock table).
CREATE FUNCTION credence_fold_tallies_locked(doc TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH moved AS (
    DELETE FROM "ArticleTallyDelta" WHERE "documentId" = doc RETURNING kind, k1, k2, i1, i2, n
  ), summed AS (
    SELECT m.kind, m.k1, m.k2, m.i1, m.i2, sum(m.n)::bigint AS n FROM moved m GROUP BY 1, 2, 3, 4, 5 HAVING sum(m.n) <> 0
  ), plain AS (
    INSERT INTO "ArticleTally" AS t ("documentId", kind, k1, k2, i1, i2, n)
    SELECT doc, s.kind, s.k1, s.k2, s.i1, s.i2, s.n FROM summed s WHERE s.kind NOT IN ('rating', 'themes')
    ON CONFLICT ("documentId", kind, k1, k2, i1, i2) DO UPDATE SET n = t.n + EXCLUDED.n
  ), themes AS (
    -- The table as it was before this statement (every CTE reads the same snapshot).
    SELECT s.k1, COALESCE(t.n, 0) AS before, COALESCE(t.n, 0) + s.n AS after
    FROM summed s LEFT JOIN "ArticleTally" t ON (t."documentId", t.kind, t.k1, t.k2, t.i1, t.i2) = (doc, 'themes', s.k1, '', 0, 0)
    WHERE s.kind = 'themes'
  ), themes_kept AS (
    INSERT INTO "ArticleTally" AS t ("documentId", kind, k1, k2, i1, i2, n)
    SELECT doc, 'themes', h.k1, '', 0, 0, h.after FROM themes h WHERE h.after <> 0
    ON CONFLICT ("documentId", kind, k1, k2, i1, i2) DO UPDATE SET n = EXCLUDED.n
  ), themes_dropped AS (
    -- Highlights left without a theme (or deleted) keep no per-highlight row.
    DELETE FROM "ArticleTally" t USING themes h
    WHERE (t."documentId", t.kind, t.k1, t.k2, t.i1, t.i2) = (doc, 'themes', h.k1, '', 0, 0) AND h.after = 0
  ), tagged AS (
    INSERT INTO "ArticleTally" AS t ("documentId", kind, k1, k2, i1, i2, n)
    SELECT doc, 'tagged', '', '', 0, 0, sum((h.after > 0)::int - (h.before > 0)::int) FROM themes h
    HAVING sum((h.after > 0)::int - (h.before > 0)::int) <> 0
    ON CONFLICT ("documentId", kind, k1, k2, i1, i2) DO UPDATE SET n = t.n + EXCLUDED.n
  ), changes AS (
    SELECT s.k1 AS "annotationId",
           COALESCE(sum(s.n) FILTER (WHERE s.i1 = 1), 0) AS d1, COALESCE(sum(s.n) FILTER (WHERE s.i1 = 2), 0) AS d2,
           COALESCE(sum(s.n) FILTER (WHERE s.i1 = 3), 0) AS d3, COALESCE(sum(s.n) FILTER (WHERE s.i1 = 4), 0) AS d4,
           COALESCE(sum(s.n) FILTER (WHERE s.i1 = 5), 0) AS d5, COALESCE(sum(s.n) FILTER (WHERE s.i1 = 6), 0) AS d6
    FROM summed s WHERE s.kind = 'rating' GROUP BY s.k1
  ), passages AS (
    SELECT c."annotationId",
           COALESCE(p.c1, 0) AS o1, COALESCE(p.c2, 0) AS o2, COALESCE(p.c3, 0) AS o3,
           COALESCE(p.c4, 0) AS o4, COALESCE(p.c5, 0) AS o5, COALESCE(p.c6, 0) AS o6,
           (COALESCE(p.c1, 0) + c.d1)::int AS c1, (COALESCE(p.c2, 0) + c.d2)::int AS c2, (COALESCE(p.c3, 0) + c.d3)::int AS c3,
           (COALESCE(p.c4, 0) + c.d4)::int AS c4, (COALESCE(p.c5, 0) + c.d5)::int AS c5, (COALESCE(p.c6, 0) + c.d6)::int AS c6
    FROM changes c LEFT JOIN "PassageTally" p ON p."annotationId" = c."annotationId"
  ), kept AS (
    INSERT INTO "PassageTally" AS t ("annotationId", "documentId", start, c1, c2, c3, c4, c5, c6, raters, spread)
    SELECT p."annotationId", doc, COALESCE(a.start, 0), p.c1, p.c2, p.c3, p.c4, p.c5, p.c6,
           p.c1 + p.c2 + p.c3 + p.c4 + p.c5,
           CASE WHEN p.c5 > 0 THEN 5 WHEN p.c4 > 0 THEN 4 WHEN p.c3 > 0 THEN 3 WHEN p.c2 > 0 THEN 2 WHEN p.c1 > 0 THEN 1 ELSE 0 END
           - CASE WHEN p.c1 > 0 THEN 1 WHEN p.c2 > 0 THEN 2 WHEN p.c3 > 0 THEN 3 WHEN p.c4 > 0 THEN 4 WHEN p.c5 > 0 THEN 5 ELSE 0 END
    FROM passages p LEFT JOIN "Annotation" a ON a.id = p."annotationId"
    WHERE p.c1 + p.c2 + p.c3 + p.c4 + p.c5 + p.c6 > 0
    ON CONFLICT ("annotationId") DO UPDATE SET c1 = EXCLUDED.c1, c2 = EXCLUDED.c2, c3 = EXCLUDED.c3, c4 = EXCLUDED.c4,
      c5 = EXCLUDED.c5, c6 = EXCLUDED.c6, raters = EXCLUDED.raters, spread = EXCLUDED.spread
  ), dropped AS (
    DELETE FROM "PassageTally" t USING passages p
    WHERE t."annotationId" = p."annotationId" AND p.c1 + p.c2 + p.c3 + p.c4 + p.c5 + p.c6 = 0
  ), profiles AS (
    SELECT concat_ws(',', p.o1, p.o2, p.o3, p.o4, p.o5, p.o6) AS k1, -1 AS n FROM passages p WHERE p.o1 + p.o2 + p.o3 + p.o4 + p.o5 + p.o6 > 0
    UNION ALL
    SELECT concat_ws(',', p.c1, p.c2, p.c3, p.c4, p.c5, p.c6), 1 FROM passages p WHERE p.c1 + p.c2 + p.c3 + p.c4 + p.c5 + p.c6 > 0
  )
  INSERT INTO "ArticleTally" AS t ("documentId", kind, k1, k2, i1, i2, n)
  SELECT doc, 'profile', f.k1, '', 0, 0, sum(f.n) FROM profiles f GROUP BY f.k1 HAVING sum(f.n) <> 0
  ON CONFLICT ("documentId", kind, k1, k2, i1, i2) DO UPDATE SET n = t.n + EXCLUDED.n;
END
$$;

-- Existing rows: every article's highlights, themes and ratings counted as added, then folded.
INSERT INTO "ArticleTallyDelta" ("documentId", kind, k1, k2, i1, i2, n)
SELECT x.* FROM "Document" d
CROSS JOIN LATERAL credence_annotation_deltas(ARRAY(SELECT a FROM "Annotation" a WHERE a."documentId" = d.id), '{}') x;
INSERT INTO "ArticleTallyDelta" ("documentId", kind, k1, k2, i1, i2, n)
SELECT x.* FROM "Document" d
CROSS JOIN LATERAL credence_annotation_tag_deltas(ARRAY(SELECT t FROM "AnnotationTag" t WHERE t."documentId" = d.id), '{}') x;
INSERT INTO "ArticleTallyDelta" ("documentId", kind, k1, k2, i1, i2, n)
SELECT x.* FROM "Document" d
CROSS JOIN LATERAL credence_passage_rating_deltas(ARRAY(SELECT r FROM "PassageRating" r WHERE r."documentId" = d.id), '{}') x;
SELECT credence_fold_tallies_locked(d.id) FROM "Document" d;
