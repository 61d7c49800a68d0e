import pg from 'pg';
import fs from 'fs';
const c = new pg.Client({ connectionString: process.env.DATABASE_URL }); await c.connect();
console.log((await c.query(`SELECT logs FROM _prisma_migrations WHERE migration_name like '%library%'`)).rows[0]?.logs?.slice(0, 1500));
await c.end();
