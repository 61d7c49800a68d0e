import { defineConfig } from 'prisma/config';
import { createMigrationAdapter } from './prisma/migration-adapter';

// Prisma 6.19 offline: the JavaScript schema engine with a pg driver adapter (see STACK.md).
// `prisma generate` needs no database, so a missing DATABASE_URL only matters for `migrate`.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: run migrations through `npm run db:migrate`, which starts the embedded database.');
    return createMigrationAdapter(url);
  },
});
