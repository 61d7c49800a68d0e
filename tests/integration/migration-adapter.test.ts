// prisma/migration-adapter.ts runs each migration script as one simple-protocol query (decision
// 002): semicolons in comments and function bodies are the script's business, and a failing
// script applies nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { createMigrationAdapter } from '../../prisma/migration-adapter';
import { db } from '@/lib/db';

const suffix = `${Date.now()}_${Math.random().toString(36).slice(2, 7)}`;

afterAll(async () => {
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS migration_probe_${suffix}()`);
});

describe('the migration adapter', () => {
  it('runs a script with semicolons in comments and a PL/pgSQL body as written', async () => {
    const adapter = await createMigrationAdapter(process.env.DATABASE_URL!).connect();
    try {
      await adapter.executeScript(`-- a comment; with semicolons;
        CREATE FUNCTION migration_probe_${suffix}() RETURNS integer LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM 1;
          RETURN 42;
        END
        $$;
        SELECT 1;`);
    } finally {
      await adapter.dispose();
    }
    const [row] = await db.$queryRawUnsafe<{ value: number }[]>(`SELECT migration_probe_${suffix}() AS value`);
    expect(row!.value).toBe(42);
  });

  it('applies nothing of a script that fails part-way', async () => {
    const adapter = await createMigrationAdapter(process.env.DATABASE_URL!).connect();
    try {
      await expect(adapter.executeScript(`CREATE TABLE migration_probe_${suffix} (id int); SELECT 1 / 0;`)).rejects.toThrow();
    } finally {
      await adapter.dispose();
    }
    const [row] = await db.$queryRawUnsafe<{ found: string | null }[]>(`SELECT to_regclass('migration_probe_${suffix}')::text AS found`);
    expect(row!.found).toBeNull();
  });
});
