// The command-line contracts: npm run user:create, npm run import, and npm test's browser check.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/options';
import { db } from '@/lib/db';
import { createTestTeam, uniqueName } from '../support/factory';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function runScript(script: string, args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  const result = spawnSync(TSX, ['--conditions=react-server', path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
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

  it('refuses other file types, unknown teams and missing files with a message', () => {
    expect(runScript('import.ts', ['page.html']).stderr).toContain('Only .txt and .md files can be imported here');
    const unknownTeam = runScript('import.ts', [path.join(ROOT, 'seeds', '000_d961a957dc9dfc36.txt'), '--team', uniqueName('No such desk')]);
    expect(unknownTeam.code).toBe(2);
    expect(unknownTeam.stderr).toContain('No team named');
    const none = runScript('import.ts', []);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: npm run import');
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
