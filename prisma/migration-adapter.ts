// The driver adapter that Prisma's WebAssembly schema engine uses for `migrate`. Offline, the
// native schema engine cannot be downloaded, so migrations run through @prisma/adapter-pg,
// with work-arounds for four bugs of adapter-pg 6.19.3 and its wasm schema engine (see
// ../shared/STACK.md and docs/decisions/002-prisma-offline.md). Loaded only by the Prisma CLI.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
// pg's internal Result class records the column types of every result set.
import Result from 'pg/lib/result.js';

const CHAR_OID = 18; // Postgres internal "char" (pg_constraint.contype, pg_class.relkind, ...)
const NAME_OID = 19; // Postgres internal `name`
const TEXT_OID = 25;
// ColumnTypeEnum.Character of @prisma/driver-adapter-utils 6.19.3 (a dependency of adapter-pg,
// not of this project); the schema engine turns a string in such a column into a Rust `char`.
const CHARACTER_COLUMN_TYPE = 6;

type FieldDescription = { dataTypeID: number };
type ResultInstance = { rows: unknown[] };
type ResultPrototype = { addFields(this: ResultInstance, fields: FieldDescription[]): void };

/** Indexes of the "char" columns of a result set, keyed by the result's `rows` array. */
const charColumnsByRows = new WeakMap<unknown[], number[]>();

let isPatched = false;

/**
 * adapter-pg rejects catalog columns typed "char" and name ("Column type 'name' could not be
 * deserialized", prisma/orm#27403), so pg is told they are text. The "char" columns are remembered,
 * because the schema engine reads some of them as a Rust `char` and panics on a string: see
 * `reportCharColumnsAsCharacter`.
 */
function reportCatalogTypesAsText(): void {
  if (isPatched) return;
  isPatched = true;
  const proto = (Result as unknown as { prototype: ResultPrototype }).prototype;
  const addFields = proto.addFields;
  proto.addFields = function patchedAddFields(this: ResultInstance, fields: FieldDescription[]) {
    const charColumns: number[] = [];
    fields.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) charColumns.push(index);
      if (field.dataTypeID === CHAR_OID || field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    });
    if (charColumns.length > 0) charColumnsByRows.set(this.rows, charColumns);
    else charColumnsByRows.delete(this.rows);
    return addFields.call(this, fields);
  };
}

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;
type Queryable = Pick<Adapter, 'queryRaw'>;

/**
 * The schema engine reads `pg_constraint.contype` with `get_expect_char`, which panics
 * ("RuntimeError: unreachable" in the wasm engine) unless the value is a `char`, as the native
 * driver gives it: so as soon as the database has a CHECK or EXCLUDE constraint, `migrate dev`
 * crashed. Report the "char" columns as ColumnType Character, like the native engine does.
 */
function reportCharColumnsAsCharacter<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const charColumns = charColumnsByRows.get(result.rows);
    if (charColumns) {
      const columnTypes = [...result.columnTypes];
      for (const index of charColumns) columnTypes[index] = CHARACTER_COLUMN_TYPE as (typeof columnTypes)[number];
      return { ...result, columnTypes };
    }
    return result;
  };
  return queryable;
}

/**
 * adapter-pg's executeScript splits a migration on every `;` and sends the pieces one by one, so a
 * semicolon in a comment or a function body (a trigger) broke the migration (decision 002). The
 * native engine sends the whole script as one simple-protocol query, which PostgreSQL runs as one
 * implicit transaction: do the same. Errors go through the adapter's own conversion (onError).
 */
function withWholeScripts(adapter: Adapter): Adapter {
  const queryable = adapter as unknown as { client: { query: (text: string) => Promise<unknown> }; onError: (error: unknown) => never };
  adapter.executeScript = async (script: string) => {
    try {
      await queryable.client.query(script);
    } catch (error) {
      queryable.onError(error);
    }
  };
  return adapter;
}

/** The adapter, and every transaction it starts, with the "char" columns reported as Character. */
function withCharacterColumns(adapter: Adapter): Adapter {
  reportCharColumnsAsCharacter(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    reportCharColumnsAsCharacter(await startTransaction(isolationLevel));
  return adapter;
}

type ConnectionFields = {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  ssl?: pg.ClientConfig['ssl'];
};

/** Discrete fields, so that overriding `database` really selects another database. */
export function parseConnectionString(connectionString: string): ConnectionFields {
  const url = new URL(connectionString);
  const sslmode = url.searchParams.get('sslmode');
  return {
    host: decodeURIComponent(url.hostname) || 'localhost',
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres',
    ...(sslmode && sslmode !== 'disable' ? { ssl: { rejectUnauthorized: sslmode === 'verify-full' } } : {}),
  };
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly fields: ConnectionFields) {
    super({ ...fields, allowExitOnIdle: true });
  }

  override async connect() {
    return withWholeScripts(withCharacterColumns(await super.connect()));
  }

  // The stock version drops the shadow database while its own pool still holds connections.
  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadowFactory = new PrismaPg({ ...this.fields, database, allowExitOnIdle: true });
    const shadow = withWholeScripts(withCharacterColumns(await shadowFactory.connect()));
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}

export function createMigrationAdapter(connectionString: string): PrismaPg {
  reportCatalogTypesAsText();
  return new MigrationAdapterFactory(parseConnectionString(connectionString));
}
