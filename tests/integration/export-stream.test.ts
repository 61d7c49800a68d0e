// The export streams from a database cursor: rows arrive batch by batch while the cursor is still
// open, and a download stopped half-way gives its connection back.
import { beforeAll, describe, expect, it } from 'vitest';
import * as csvRoute from '@/app/api/export.csv/route';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { openExportCursor } from '@/lib/server/export/export-cursor';
import { exportPool } from '@/lib/server/export/export-pool';
import { exportRowsSql } from '@/lib/server/export/export-sql';
import { resolveExport, type ResolvedExport } from '@/lib/server/export/resolve-export';
import { exportQuerySchema } from '@/lib/validation/export';
import { createDesk, DESK_TEXT, type Desk } from '../support/desk';
import { sessionCookie } from '../support/http';

let desk: Desk;
let resolved: ResolvedExport;
const EXCERPTS = 7;

/** Connections of the export pool that are checked out right now. */
const inUse = () => exportPool().totalCount - exportPool().idleCount;

beforeAll(async () => {
  desk = await createDesk();
  await db.annotation.createMany({
    data: Array.from({ length: EXCERPTS }, (_, i) => ({
      teamId: desk.teamId,
      documentId: desk.documentId,
      authorId: desk.editor.id,
      start: i,
      end: i + 3,
      exact: [...DESK_TEXT].slice(i, i + 3).join(''),
      prefix: '',
      suffix: '',
    })),
  });
  resolved = await resolveExport({ user: null, query: parseInput(exportQuerySchema, { teamId: desk.teamId }) });
});

describe('openExportCursor', () => {
  it('returns the rows batch by batch from an open cursor, in text order, then gives the connection back', async () => {
    const before = inUse();
    const batches = await openExportCursor(exportRowsSql(resolved), { batchSize: 3 });
    const sizes: number[] = [];
    const starts: number[] = [];
    const held: number[] = [];
    for await (const rows of batches) {
      held.push(inUse() - before);
      sizes.push(rows.length);
      starts.push(...rows.map((row) => row.start));
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(held).toEqual([1, 1, 0]); // the cursor holds its connection until the last, short batch
    expect(starts).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(inUse()).toBe(before);
  });

  it('closes the cursor and releases the connection when the reader stops early, however often', async () => {
    const before = inUse();
    const poolSize = Number(process.env.EXPORT_POOL_SIZE ?? 4);
    for (let i = 0; i < poolSize + 2; i++) {
      const batches = await openExportCursor(exportRowsSql(resolved), { batchSize: 2 });
      const first = await batches.next();
      expect(first.done).toBe(false);
      expect(first.value).toHaveLength(2);
      await batches.return(undefined);
      expect(inUse()).toBe(before);
    }
  });
});

describe('GET /api/export.csv streaming', () => {
  it('sends the header before reading every row, and a cancelled download frees its connection', async () => {
    const before = inUse();
    const url = `http://localhost/api/export.csv?teamId=${desk.teamId}`;
    const response = await csvRoute.GET(new Request(url, { headers: { cookie: await sessionCookie(desk.editor) } }), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toMatch(/^excerpt_id,article_id,/);
    expect(inUse()).toBe(before + 1); // the cursor is open: rows are still to come
    await reader.cancel();
    await expect.poll(inUse).toBe(before);
  });
});
