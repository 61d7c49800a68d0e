// Runs after `npm install`/`npm ci`: generates the Prisma client (npm 11 blocks @prisma/client's own
// postinstall). `prisma generate` needs no database, but Prisma's config loader wants DATABASE_URL
// to be set, or the CLI tries to download a query engine (see docs/decisions/002-prisma-offline.md).
import { spawnSync } from 'node:child_process';

const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'postgresql://localhost:5432/credence' };
const result = spawnSync('prisma', ['generate'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
