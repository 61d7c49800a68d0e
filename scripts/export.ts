// npm run export -- --team TEAM [--format csv|jsonld] [filters] [--out FILE] > file
// Writes the team's excerpts to stdout (or --out) as CSV or W3C Web Annotation JSON-LD, with the
// same filters and columns as GET /api/export.csv. Only the export goes to stdout; messages go to
// stderr. As an operator's tool it sees every rating, unless --as EMAIL exports what that member
// may see (blind rule included).
import { closeSync, createWriteStream, fstatSync, ftruncateSync, openSync, readSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { runScript } from './lib/script';

const USAGE = `Usage: npm run export -- --team TEAM [--format csv|jsonld] [--out FILE]
  [--document ID]... [--tag THEME]... [--tag-mode any|all] [--analyst EMAIL]...
  [--min-credibility 1-6] [--max-credibility 1-6] [--reliability A-F]...
  [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--published-from YYYY-MM-DD] [--published-to YYYY-MM-DD]
  [--bom] [--theme-columns] [--keep-formulas] [--as EMAIL]
TEAM is the team's name, slug or id. Without --out the export goes to stdout.`;

/** The query field each flag fills, to name flags (not fields) in error messages. */
const FLAG_OF: Record<string, string> = {
  documentId: 'document',
  tag: 'tag',
  tagMode: 'tag-mode',
  analyst: 'analyst',
  minCredibility: 'min-credibility',
  maxCredibility: 'max-credibility',
  reliability: 'reliability',
  from: 'from',
  to: 'to',
  publishedFrom: 'published-from',
  publishedTo: 'published-to',
  teamId: 'team',
};

// Only the export may reach stdout: anything the script or its libraries log goes to stderr.
console.log = console.error;
console.info = console.error;
// A reader that stops early (`| head`) is not an error: stop reading rows and end cleanly.
const readerGone = new AbortController();
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  readerGone.abort();
});

runScript(async () => {
  const { values } = parseArgs({
    options: {
      team: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      document: { type: 'string', multiple: true },
      tag: { type: 'string', multiple: true },
      'tag-mode': { type: 'string' },
      analyst: { type: 'string', multiple: true },
      'min-credibility': { type: 'string' },
      'max-credibility': { type: 'string' },
      reliability: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      'published-from': { type: 'string' },
      'published-to': { type: 'string' },
      bom: { type: 'boolean', default: false },
      'theme-columns': { type: 'boolean', default: false },
      'keep-formulas': { type: 'boolean', default: false },
      as: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  if (!values.team) {
    console.error(`Missing --team.\n${USAGE}`);
    return 2;
  }
  if (values.format !== 'csv' && values.format !== 'jsonld') {
    console.error(`--format is csv or jsonld (got "${values.format}").\n${USAGE}`);
    return 2;
  }
  const format = values.format;
  const { db } = await import('@/lib/db');
  const { AppError, parseInput } = await import('@/lib/errors');
  const { exportQuerySchema } = await import('@/lib/validation/export');
  const { exportExcerpts } = await import('@/lib/server/export/export-excerpts');
  const { closeExportPool } = await import('@/lib/server/export/export-pool');

  const team = await db.team.findFirst({
    where: { OR: [{ id: values.team }, { slug: values.team }, { name: { equals: values.team.trim(), mode: 'insensitive' } }] },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
  });
  if (!team) {
    console.error(`No team "${values.team}" (give its name, slug or id).`);
    return 2;
  }
  let user = null;
  if (values.as) {
    user = await db.user.findUnique({ where: { email: values.as.trim().toLowerCase() }, select: { id: true, email: true, name: true } });
    if (!user) {
      console.error(`--as: no user with the email ${values.as}.`);
      return 2;
    }
  }
  const params = {
    teamId: team.id,
    documentId: values.document,
    tag: values.tag,
    tagMode: values['tag-mode'],
    analyst: values.analyst,
    minCredibility: values['min-credibility'],
    maxCredibility: values['max-credibility'],
    reliability: values.reliability,
    from: values.from,
    to: values.to,
    publishedFrom: values['published-from'],
    publishedTo: values['published-to'],
    bom: values.bom ? '1' : '0',
    themeColumns: values['theme-columns'] ? '1' : '0',
    spreadsheetSafe: values['keep-formulas'] ? '0' : '1',
  };
  const baseUrl = (process.env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  const search = new URLSearchParams();
  const csvOnly = new Set(['bom', 'themeColumns', 'spreadsheetSafe']);
  for (const [key, value] of Object.entries(params)) {
    if (format === 'jsonld' && csvOnly.has(key)) continue;
    for (const item of [value ?? []].flat()) search.append(key, item);
  }
  try {
    const query = parseInput(exportQuerySchema, params);
    const download = await exportExcerpts({ user, query, format, baseUrl, collectionId: `${baseUrl}/api/export.${format}?${search}` });
    const output = values.out ? createWriteStream(values.out) : stdoutForData();
    for await (const chunk of download.chunks) {
      if (readerGone.signal.aborted) break;
      if (!output.write(chunk)) await once(output, 'drain', { signal: readerGone.signal }).catch(() => undefined);
    }
    if (readerGone.signal.aborted) return 0;
    if (output === process.stdout) await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    else {
      output.end();
      await once(output, 'finish');
    }
    if (values.out) console.error(`Wrote ${values.out}`);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.options.fields) {
      const lines = Object.entries(error.options.fields).map(([field, messages]) => `  --${FLAG_OF[field] ?? field}: ${messages.join(' ')}`);
      console.error([`Error: ${error.message}`, ...lines].join('\n'));
      return 2;
    }
    throw error;
  } finally {
    await closeExportPool();
  }
});

const NPM_BANNER = /^\n> [^\n]+ export\n> [^\n]+\n\n?$/;

/**
 * stdout for the export. `npm run export -- ... > file` has npm print its "> credence export"
 * banner into the file before this script starts; when stdout is a regular file holding exactly
 * that banner, the file is emptied and written from its start. (Pipes cannot be rewound: use
 * `npm run --silent export` there, or --out.)
 */
function stdoutForData(): Writable {
  try {
    const stat = fstatSync(1);
    if (stat.isFile() && stat.size > 0 && stat.size < 4096) {
      const buffer = Buffer.alloc(stat.size);
      const fd = openSync(`/proc/self/fd/1`, 'r');
      try {
        readSync(fd, buffer, 0, stat.size, 0);
      } finally {
        closeSync(fd);
      }
      if (NPM_BANNER.test(buffer.toString('utf8'))) {
        ftruncateSync(1, 0);
        return createWriteStream('', { fd: 1, start: 0, autoClose: false });
      }
    }
  } catch {
    // Not a file we can inspect (a pipe, a terminal): write as it comes.
  }
  return process.stdout;
}
