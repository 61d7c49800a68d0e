// Benchmark results: each run writes bench/results/<bench>-<date>.json (machine, parameters,
// figures, targets) and docs/BENCHMARKS.md is rebuilt from the newest result of every bench,
// between two markers, so the hand-written findings around them stay.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Machine } from './machine';

const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
const REPORT = path.join(ROOT, 'docs', 'BENCHMARKS.md');
const START = '<!-- results: start (written by bench/lib/results.ts from bench/results/; do not edit by hand) -->';
const END = '<!-- results: end -->';

/** The order of the sections in the report. */
export const BENCHES = ['generate', 'api', 'dashboard', 'export', 'reader'] as const;
export type BenchName = (typeof BENCHES)[number];

export type Target = { name: string; target: string; value: string; met: boolean };

export type BenchResult = {
  bench: BenchName;
  title: string;
  machine: Machine;
  params: Record<string, unknown>;
  figures: unknown;
  targets: Target[];
  /** The section's body in Markdown: tables of the figures, plans, notes on method. */
  markdown: string;
};

/** saveResult, or (a `--no-save` run) the result's markdown printed instead. */
export function publishResult(result: BenchResult, options: { save: boolean }): void {
  if (options.save) saveResult(result);
  else console.log(result.markdown);
}

export function saveResult(result: BenchResult): string {
  const file = path.join(RESULTS, `${result.bench}-${result.machine.date.slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  renderReport();
  console.error(`Wrote ${path.relative(ROOT, file)} and docs/BENCHMARKS.md`);
  return file;
}

function newestResults(): BenchResult[] {
  const newest = new Map<string, BenchResult>();
  for (const name of readdirSync(RESULTS).filter((file) => file.endsWith('.json'))) {
    const result = JSON.parse(readFileSync(path.join(RESULTS, name), 'utf8')) as Partial<BenchResult>;
    if (!result.bench || !(BENCHES as readonly string[]).includes(result.bench) || !result.machine) continue;
    const held = newest.get(result.bench);
    if (!held || held.machine.date < result.machine.date) newest.set(result.bench, result as BenchResult);
  }
  return BENCHES.flatMap((bench) => newest.get(bench) ?? []);
}

function machineLine(machine: Machine): string {
  const versions = Object.entries(machine.versions)
    .filter(([, version]) => version !== 'not installed')
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return `_${machine.date.slice(0, 16).replace('T', ' ')} UTC, commit ${machine.commit ?? '?'}; ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GiB, load average at start ${machine.loadAverage.join(' / ')}; ${versions}._`;
}

export function renderReport(): void {
  const results = newestResults();
  const targets = results.flatMap((result) => result.targets.map((target) => ({ ...target, bench: result.title })));
  const body = [
    START,
    '',
    '## Targets',
    '',
    '| Benchmark | Target | Measured | Met |',
    '|---|---|---|---|',
    ...targets.map((t) => `| ${t.bench} | ${t.target} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`),
    '',
    ...results.flatMap((result) => [`## ${result.title}`, '', machineLine(result.machine), '', result.markdown.trim(), '']),
    END,
  ].join('\n');
  const current = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  if (from < 0 || to < 0) throw new Error(`${REPORT} has lost its result markers; put back the two marker lines`);
  writeFileSync(REPORT, current.slice(0, from) + body + current.slice(to + END.length));
}

/** A Markdown table from rows of cells. */
export function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}
