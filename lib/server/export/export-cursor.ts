import 'server-only';
import type pg from 'pg';
import { AppError } from '@/lib/errors';
import type { ExportRow } from '@/lib/export/export-types';
import { exportPool } from '@/lib/server/export/export-pool';
import { builderQuery, createRowBuilder, type ExportNames, type ExportSqlRow, type ExportStatement } from '@/lib/server/export/export-rows';

/** Rows per FETCH: big enough to keep round trips cheap, small enough to keep memory flat. */
export const EXPORT_BATCH_SIZE = 2000;

/** Batches from an open cursor. `return()` closes it, even before the first batch. */
type Batches<T> = AsyncIterableIterator<T> & { return(): Promise<IteratorResult<T>> };

/** Batches of rows from an open cursor. `return()` closes it, even before the first batch. */
type RowBatches = Batches<ExportRow[]>;

/** A batch of rows as the SQL returns them, with what their ids name (see ExportNames). */
export type ExportSqlBatch = { rows: readonly ExportSqlRow[]; names: ExportNames };

/** Batches of SQL rows from an open cursor, for a writer that reads the arrays directly (CSV). */
type SqlBatches = Batches<ExportSqlBatch>;

type Fetched = { rows: ExportSqlRow[] } | { error: unknown };

/**
 * Opens a server-side cursor over `statement` in a read-only REPEATABLE READ transaction (one
 * snapshot for the whole download) and returns its rows batch by batch. Opening happens before
 * the caller sends any byte, so a database that is down still gets a proper 503. The connection
 * goes back to the pool after the last batch, on an error, or on `return()` (a cancelled
 * download), whichever comes first.
 *
 * One FETCH is always read ahead: while the caller encodes and sends a batch, Postgres already
 * computes the next one, so the database and the server work at the same time instead of in
 * turns (on two cores this halves an export). At most two batches are held.
 */
export async function openExportCursor(statement: ExportStatement, options: { batchSize?: number } = {}): Promise<RowBatches> {
  return openCursor(statement, options, (rows, builder) => builder.build(rows));
}

/**
 * The same cursor, its rows left as SQL arrays: the CSV writer reads them with the look-ups'
 * names and builds no ExportRow (an object of 23 keys per row was much of the garbage of an export).
 */
export async function openExportSqlCursor(statement: ExportStatement, options: { batchSize?: number } = {}): Promise<SqlBatches> {
  return openCursor(statement, options, (rows, builder) => ({ rows, names: builder.names }));
}

async function openCursor<T>(
  statement: ExportStatement,
  options: { batchSize?: number },
  convert: (rows: ExportSqlRow[], builder: ReturnType<typeof createRowBuilder>) => T,
): Promise<Batches<T>> {
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const client = await exportPool()
    .connect()
    .catch((error: unknown) => {
      // Every connection is streaming another export: say so rather than "database unreachable".
      if (error instanceof Error && /timeout exceeded when trying to connect/i.test(error.message)) {
        throw new AppError('UNAVAILABLE', 'Too many exports are running right now. Try again in a few seconds.');
      }
      throw error;
    });
  let released = false;
  const release = async (failure: unknown) => {
    if (released) return;
    released = true;
    await finish(client, failure);
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${statement.text}`, statement.values);
  } catch (error) {
    await release(error);
    throw error;
  }
  const builder = createRowBuilder(builderQuery(client), statement);
  // A settled promise either way, so a read-ahead nobody waits for (a cancelled download) never
  // becomes an unhandled rejection; pg runs the client's queries in order, so a ROLLBACK queued
  // meanwhile simply waits for it. Rows as arrays: no object with 15 keys per row to build.
  const fetchBatch = (): Promise<Fetched> =>
    client.query<ExportSqlRow>({ text: `FETCH ${batchSize} FROM export_rows`, rowMode: 'array' }).then(
      ({ rows }) => ({ rows }),
      (error: unknown) => ({ error }),
    );
  let ahead: Promise<Fetched> | null = fetchBatch();
  const done = (): IteratorResult<T> => ({ done: true, value: undefined });
  const batches: Batches<T> = {
    async next() {
      if (released || !ahead) return done();
      const fetched = await ahead;
      ahead = null;
      try {
        if ('error' in fetched) throw fetched.error;
        const { rows } = fetched;
        const isLast = rows.length < batchSize; // a short batch: nothing more to read
        // The look-ups (articles, analysts, themes not seen yet) go first, in the transaction:
        // queued behind the next FETCH they would wait for it, and the overlap would be lost.
        await builder.learn(rows);
        if (!isLast) ahead = fetchBatch();
        else await release(null);
        return rows.length ? { done: false, value: convert(rows, builder) } : done();
      } catch (error) {
        await release(error);
        throw error;
      }
    },
    async return() {
      await release(null);
      return done();
    },
    [Symbol.asyncIterator]() {
      return batches;
    },
  };
  return batches;
}

/** Ends the transaction and returns the connection; a connection in an unknown state is dropped. */
async function finish(client: pg.PoolClient, failure: unknown): Promise<void> {
  if (failure) {
    client.release(failure instanceof Error ? failure : true);
    return;
  }
  try {
    await client.query('ROLLBACK'); // read-only: nothing to commit, and it closes the cursor
    client.release();
  } catch (error) {
    client.release(error instanceof Error ? error : true);
  }
}

/** Runs `statement` once on the export pool (counts). */
export async function queryExport<R extends pg.QueryResultRow>(statement: { text: string; values: unknown[] }): Promise<R[]> {
  const { rows } = await exportPool().query<R>(statement.text, statement.values);
  return rows;
}

/** The first rows of an export (the preview): the same rows, built the same way, as the cursor's. */
export async function queryExportRows(statement: ExportStatement): Promise<ExportRow[]> {
  const { rows } = await exportPool().query<ExportSqlRow>({ text: statement.text, values: statement.values, rowMode: 'array' });
  const builder = createRowBuilder(builderQuery(exportPool()), statement);
  await builder.learn(rows);
  return builder.build(rows);
}
