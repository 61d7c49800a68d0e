// npm run db:seed [-- --force]: creates the demo desk (idempotent). See lib/server/seed/seed-demo.ts.
import { parseArgs } from 'node:util';
import { runScript } from './lib/script';

runScript(async (database) => {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
  const { seedDemo } = await import('@/lib/server/seed/seed-demo');
  const isProduction = process.env.NODE_ENV === 'production' && !database.isEmbedded;
  const report = await seedDemo({ force: values.force, isProduction });
  console.log(`Seed: ${report.created.length} created, ${report.skipped.length} already there.`);
  for (const line of report.created) console.log(`  + ${line}`);
});
