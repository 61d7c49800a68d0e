// The command-line contracts: npm run user:create, npm run import, npm run export, and npm test's
// browser check.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/options';
import { db } from '@/lib/db';
import { createDesk } from '../support/desk';
import { createTestTeam, uniqueName } from '../support/factory';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function runScript(script: string, args: string[], options: { env?: Record<string, string>; input?: string; stdoutFd?: number } = {}) {
  const result = spawnSync(TSX, ['--conditions=react-server', path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    ...(options.stdoutFd === undefined ? {} : { stdio: ['pipe', options.stdoutFd, 'pipe'] }),
    env: { ...process.env, CREDENCE_PASSWORD: '', ...options.env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run user:create', () => {
  it('creates an account with the password from CREDENCE_PASSWORD, never printing it', async () => {
    const email = `${uniqueName('cli')}@test.example.org`;
    const team = uniqueName('CLI desk');
    const password = 'cli-password-from-env';
    const result = runScript('user-create.ts', ['--email', email, '--name', 'Cli User', '--team', team, '--role', 'VIEWER'], {
      env: { CREDENCE_PASSWORD: password },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Created ${email} as VIEWER of "${team}" (a new team).`);
    expect(result.stdout + result.stderr).not.toContain(password);
    const user = await verifyCredentials({ email, password });
    const membership = await db.membership.findFirstOrThrow({ where: { userId: user!.id }, select: { role: true, team: { select: { name: true } } } });
    expect(membership).toEqual({ role: 'VIEWER', team: { name: team } });
  });

  it('reads the password from a piped line when no variable is set', async () => {
    const email = `${uniqueName('cli')}@test.example.org`;
    const result = runScript('user-create.ts', ['--email', email, '--name', 'Piped', '--team', uniqueName('Desk'), '--role', 'EDITOR'], {
      input: 'piped-password-123\n',
    });
    expect(result.code).toBe(0);
    expect(await verifyCredentials({ email, password: 'piped-password-123' })).not.toBeNull();
  });

  it('explains missing flags and invalid values without a stack trace', () => {
    const missing = runScript('user-create.ts', ['--email', 'x@example.org']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Missing --name, --team, --role.');
    expect(missing.stderr).toContain('Usage: npm run user:create');

    const invalid = runScript('user-create.ts', ['--email', 'bad', '--name', 'N', '--team', 'T', '--role', 'ADMIN'], { env: { CREDENCE_PASSWORD: 'long enough pw' } });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('--email: Enter an email address such as name@example.org.');
    expect(invalid.stderr).toMatch(/--role: /);
    expect(invalid.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run import', () => {
  it('imports a file once, then reports it as already there', async () => {
    const team = await createTestTeam(uniqueName('Import desk'));
    const dir = mkdtempSync(path.join(tmpdir(), 'credence-import-'));
    const file = path.join(dir, 'article.txt');
    writeFileSync(file, `An Imported Headline\n\nA paragraph that only this test writes: ${uniqueName('marker')}.\n\nSource: CLI Outlet\n`);
    const first = runScript('import.ts', [file, '--team', team.name, '--date', '2025-01-02']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('imported as "An Imported Headline"');
    const second = runScript('import.ts', [file, '--team', team.name]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already there');
    const documents = await db.document.findMany({ where: { teamId: team.id }, select: { title: true, publishedAt: true, source: { select: { name: true } } } });
    expect(documents).toEqual([{ title: 'An Imported Headline', publishedAt: new Date('2025-01-02T00:00:00Z'), source: { name: 'CLI Outlet' } }]);
  });

  it('reads a .md file as Markdown: headings and markup become plain text', async () => {
    const team = await createTestTeam(uniqueName('Markdown desk'));
    const dir = mkdtempSync(path.join(tmpdir(), 'credence-import-'));
    const file = path.join(dir, 'note.md');
    const marker = uniqueName('m');
    writeFileSync(file, `# A Markdown Headline\n\nThe **first** paragraph, with [a link](https://example.org) ${marker},\nwrapped onto a second line.\n\n## A section\n\n- one\n- two\n`);
    const result = runScript('import.ts', [file, '--team', team.name]);
    expect(result.stderr).toBe('');
    const document = await db.document.findFirstOrThrow({ where: { teamId: team.id }, select: { title: true, text: true } });
    expect(document.title).toBe('A Markdown Headline');
    expect(document.text).toBe(`The first paragraph, with a link ${marker}, wrapped onto a second line.\n\nA section\n\n- one\n- two`);
  });

  it('reads an .html page as the upload page does: the article, its metadata, without the page around it', async () => {
    const team = await createTestTeam(uniqueName('HTML desk'));
    const dir = mkdtempSync(path.join(tmpdir(), 'credence-import-'));
    const file = path.join(dir, 'page.html');
    const marker = uniqueName('h');
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>Site | A Page Headline</title><meta property="og:title" content="A Page Headline"><meta property="og:site_name" content="HTML Outlet"><meta property="article:published_time" content="2025-03-04T10:00:00Z"></head>
       <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>A Page Headline</h1>
       <p>The first paragraph of the page, ${marker}, long enough to be the article's own text and not a menu.</p>
       <p>A second paragraph, with <b>bold</b> words and a <a href="https://example.org">link</a>, that the reader will annotate.</p></article></main>
       <footer>Copyright HTML Outlet. All rights reserved.</footer></body></html>`,
    );
    const result = runScript('import.ts', [file, '--team', team.name]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('imported as "A Page Headline"');
    const document = await db.document.findFirstOrThrow({ where: { teamId: team.id }, select: { title: true, text: true, publishedAt: true, source: { select: { name: true } } } });
    expect(document).toEqual({
      title: 'A Page Headline',
      text: `The first paragraph of the page, ${marker}, long enough to be the article's own text and not a menu.\n\nA second paragraph, with bold words and a link, that the reader will annotate.`,
      publishedAt: new Date('2025-03-04T00:00:00Z'),
      source: { name: 'HTML Outlet' },
    });
  });

  it('refuses other file types, unknown teams and missing files with a message', () => {
    expect(runScript('import.ts', ['paper.pdf']).stderr).toContain('Only .txt, .md, .markdown, .html, .htm, .xhtml files can be imported: paper.pdf');
    const missing = runScript('import.ts', ['no-such-file.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('no-such-file.txt: no-such-file.txt does not exist.\n');
    const unknownTeam = runScript('import.ts', [path.join(ROOT, 'seeds', '000_d961a957dc9dfc36.txt'), '--team', uniqueName('No such desk')]);
    expect(unknownTeam.code).toBe(2);
    expect(unknownTeam.stderr).toContain('No team named');
    const none = runScript('import.ts', []);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: npm run import');
  });
});

describe('npm run export', () => {
  async function exportDesk() {
    const desk = await createDesk();
    const team = await db.team.findUniqueOrThrow({ where: { id: desk.teamId } });
    const annotation = await db.annotation.create({
      data: { teamId: desk.teamId, documentId: desk.documentId, authorId: desk.editor.id, start: 0, end: 5, exact: 'Intro', prefix: '', suffix: ' 👋🏽 paragraph', note: '=SUM(1)\nline "two"' },
    });
    await db.passageRating.create({ data: { annotationId: annotation.id, documentId: desk.documentId, userId: desk.editor2.id, credibility: 3 } });
    return { desk, team, annotation };
  }

  it('writes the team\'s excerpts to stdout as CSV or JSON-LD, and nothing else', async () => {
    const { team, annotation } = await exportDesk();
    const csv = runScript('export.ts', ['--team', team.slug, '--format', 'csv']);
    expect(csv.stderr).toBe('');
    expect(csv.code).toBe(0);
    const rows = parse(csv.stdout, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    // An operator's script sees every rating (no blind rule).
    expect(rows).toEqual([expect.objectContaining({ excerpt_id: annotation.id, note: "'=SUM(1)\nline \"two\"", consensus_credibility: '3', suffix: ' 👋🏽 paragraph' })]);

    const raw = runScript('export.ts', ['--team', team.name, '--keep-formulas', '--bom', '--theme-columns']);
    expect(raw.stdout.startsWith('\uFEFFexcerpt_id,')).toBe(true);
    expect((parse(raw.stdout, { bom: true, columns: true }) as Record<string, string>[])[0]!.note).toBe(annotation.note);

    const jsonld = runScript('export.ts', ['--team', team.id, '--format', 'jsonld']);
    expect(jsonld.code).toBe(0);
    const collection = JSON.parse(jsonld.stdout);
    expect(collection.total).toBe(1);
    expect(collection.first.items[0].target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 0, end: 5 });
  });

  it('applies a member\'s view with --as: the blind rule hides ratings they have not earned', async () => {
    const { desk, team } = await exportDesk();
    const asViewer = runScript('export.ts', ['--team', team.slug, '--as', desk.viewer.email]);
    expect(asViewer.code).toBe(0);
    expect((parse(asViewer.stdout, { columns: true }) as Record<string, string>[])[0]).toMatchObject({ consensus_credibility: '', credibility_ratings: '0' });
    const asOutsider = runScript('export.ts', ['--team', team.slug, '--as', desk.outsider.email]);
    expect(asOutsider.code).toBe(1);
    expect(asOutsider.stdout).toBe('');
    expect(asOutsider.stderr).toContain('That team was not found.');
  });

  it('removes npm\'s banner from a file it is redirected to', async () => {
    const { team } = await exportDesk();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'credence-export-')), 'out.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, `\n> credence@0.1.0 export\n> tsx --conditions=react-server scripts/export.ts --team ${team.slug}\n\n`);
    const result = runScript('export.ts', ['--team', team.slug], { stdoutFd: fd });
    closeSync(fd);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8').startsWith('excerpt_id,article_id,')).toBe(true);
  });

  it('explains bad flags and filters by their flag names, with exit code 2', async () => {
    const { team } = await exportDesk();
    const noTeam = runScript('export.ts', []);
    expect(noTeam.code).toBe(2);
    expect(noTeam.stderr).toContain('Missing --team.');
    expect(runScript('export.ts', ['--team', team.slug, '--format', 'xml']).stderr).toContain('--format is csv or jsonld');
    const badFilter = runScript('export.ts', ['--team', team.slug, '--tag', 'No such theme', '--min-credibility', '9']);
    expect(badFilter.code).toBe(2);
    expect(badFilter.stderr).toContain('--min-credibility: minCredibility is a whole number from 1');
    const unknownTag = runScript('export.ts', ['--team', team.slug, '--tag', 'No such theme']);
    expect(unknownTag.stderr).toContain('--tag: No theme "No such theme" in this team.');
    expect(unknownTag.stdout).toBe('');
  });
});

describe('npm test without a browser', () => {
  it('says in one line how to get Chromium', () => {
    const result = runScript('test.ts', [], { env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/CHROMIUM_PATH is set to \/nonexistent\/chromium, which does not exist\. .*apt-get install chromium/);
  });
});
