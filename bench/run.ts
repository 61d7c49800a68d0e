// `npm run bench`: the whole performance suite, one benchmark after another (each starts its own
// scratch PostgreSQL and, where it needs one, the production app), then the targets table.
// Every benchmark writes bench/results/<name>-<date>.json and rebuilds docs/BENCHMARKS.md.
// Usage: npm run bench [-- --quick] [-- --only api,dashboard]
//   --quick   small sizes and one run each, nothing saved: checks the suite works in a few minutes
//             (the figures it prints are not comparable with the targets).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCHES } from './lib/results';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const QUICK: Record<string, string[]> = {
  generate: ['--highlights', '20000', '--articles', '20', '--focus', '5000,1000'],
  api: ['--runs', '1', '--seconds', '3', '--highlights', '20000', '--focus', '10000,5000'],
  dashboard: ['--runs', '1', '--highlights', '20000', '--articles', '20'],
  export: ['--runs', '1', '--excerpts', '20000'],
  reader: ['--runs', '1', '--sizes', '1000'],
};
const wanted = values.only ? values.only.split(',') : [...BENCHES];
const unknown = wanted.filter((name) => !(BENCHES as readonly string[]).includes(name));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}: choose from ${BENCHES.join(', ')}.`);
  process.exit(2);
}

const ROOT = path.resolve(__dirname, '..');
const failed: string[] = [];
for (const name of wanted) {
  const args = ['--conditions=react-server', path.join('bench', `${name}.ts`), ...(values.quick ? [...QUICK[name]!, '--no-save'] : [])];
  console.log(`\n=== bench:${name} ${args.slice(2).join(' ')}`);
  const started = Date.now();
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), args, { cwd: ROOT, stdio: 'inherit' });
  console.log(`=== bench:${name} ${result.status === 0 ? 'done' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (result.status !== 0) failed.push(name);
}
console.log(`\nResults: docs/BENCHMARKS.md${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
process.exit(failed.length ? 1 : 0);
