import 'server-only';
import { paintBlocks, sortAnalysts } from '@/components/reader/paint';
import { highlightRules } from '@/components/reader/highlight-style';
import { createOffsetIndex } from '@/lib/anchoring/offsets';
import type { SessionUser } from '@/lib/auth/session';
import { splitBlocks } from '@/lib/corpus/blocks';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';

/**
 * The reader's text as the page first paints it, every highlight in place, before the browser has
 * any highlight data: one inner HTML per block (splitBlocks' order), the CSS rules of the looks it
 * uses, and what the toolbar shows. The browser then loads the highlights (GET …/annotations?view=
 * reader) and paints from them (components/reader/paint.ts), which gives the same HTML for the
 * same highlights.
 */
export type ReaderPaint = {
  /** How many highlights the paint shows (all of the article's: the reader opens unfiltered). */
  count: number;
  blocks: string[];
  rules: string;
  analysts: { id: string; name: string }[];
  /** Highlights per theme id (those with any), and how many have no theme. */
  tagCounts: [tagId: string, count: number][];
  untagged: number;
};

/** Offsets in code points; per theme, the offsets of its highlights; the authors as [id, name]. */
type PaintData = {
  highlights: { starts: number[] | null; ends: number[] | null };
  themes: { tagId: string; starts: number[]; ends: number[] }[] | null;
  tagged: number;
  authors: [string, string][] | null;
  /** The team's themes as [id, colour], in the order listTags gives them (shortcut, then name). */
  tags: [string, string][] | null;
};

/**
 * Paints the article `documentId` with its highlights for `user`, who must be on the article's
 * team (else 404, as the article's own read), in the colours of the team's themes. One statement
 * reads the access, the text, the themes' colours and the highlights, so the page runs it beside
 * its read of the article rather than after it. What a highlight looks like does not depend on who
 * reads it (the blind-first rule hides ratings, not highlights), and a run's look only on how many
 * highlights cover it and which colours they have: so this reads offsets only, per article and per
 * theme (the theme rows carry their highlight's offsets), as one JSON text: at 10,000 highlights
 * ~15 ms of SQL and no object per highlight (the reader's full view, with ids, notes and ratings,
 * takes ~90 ms).
 */
export async function paintReader(options: { user: SessionUser; documentId: string }): Promise<ReaderPaint> {
  const { documentId } = options;
  const [row] = await db.$queryRaw<{ text: string; data: string }[]>`
    SELECT d.text, json_build_object(
      -- Two aggregates over the same rows see them in the same order: starts[i] and ends[i] pair up.
      'highlights', (SELECT json_build_object('starts', array_agg(start), 'ends', array_agg("end"))
                       FROM "Annotation" WHERE "documentId" = ${documentId}),
      'themes', (SELECT json_agg(json_build_object('tagId', "tagId", 'starts', starts, 'ends', ends))
                   FROM (SELECT "tagId", array_agg(start) AS starts, array_agg("end") AS ends
                           FROM "AnnotationTag" WHERE "documentId" = ${documentId} GROUP BY "tagId") t),
      -- Highlights with any theme (a hash aggregate: cheaper than count(DISTINCT …), which sorts).
      'tagged', (SELECT count(*) FROM (SELECT "annotationId" FROM "AnnotationTag" WHERE "documentId" = ${documentId} GROUP BY 1) x),
      'authors', (SELECT json_agg(json_build_array(id, name)) FROM "User"
                   WHERE id IN (SELECT "authorId" FROM "Annotation" WHERE "documentId" = ${documentId})),
      'tags', (SELECT json_agg(json_build_array(id, color) ORDER BY shortcut ASC NULLS LAST, name ASC)
                 FROM "Tag" WHERE "teamId" = d."teamId")
    )::text AS data
      FROM "Document" d
      JOIN "Membership" m ON m."teamId" = d."teamId" AND m."userId" = ${options.user.id}
     WHERE d.id = ${documentId}`;
  if (!row) throw notFound('That article');
  const data = JSON.parse(row.data) as PaintData;

  const text = row.text;
  const tags = (data.tags ?? []).map(([id, color]) => ({ id, color }));
  const offsets = createOffsetIndex(text);
  const starts = data.highlights.starts ?? [];
  const ends = data.highlights.ends ?? [];
  const spans = starts.map((start, i) => ({ start: offsets.toUtf16(start), end: offsets.toUtf16(ends[i]!) }));
  // Each colour once, in the team's order of themes (two themes may share a colour).
  const themeColors = [...new Set(tags.map((tag) => tag.color))];
  const colorOfTag = new Map(tags.map((tag) => [tag.id, themeColors.indexOf(tag.color)]));
  const colored: { start: number; end: number; color: number }[] = [];
  for (const theme of data.themes ?? []) {
    const color = colorOfTag.get(theme.tagId);
    if (color === undefined) continue;
    theme.starts.forEach((start, i) => colored.push({ start: offsets.toUtf16(start), end: offsets.toUtf16(theme.ends[i]!), color }));
  }
  const names = new Set<string>();
  const blocks = paintBlocks(text, splitBlocks(text), spans, colored, themeColors, names);
  return {
    count: spans.length,
    blocks,
    rules: highlightRules(names),
    analysts: sortAnalysts((data.authors ?? []).map(([id, name]) => ({ id, name }))),
    tagCounts: (data.themes ?? []).map((theme) => [theme.tagId, theme.starts.length]),
    untagged: spans.length - data.tagged,
  };
}
