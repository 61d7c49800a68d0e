// npm run import -- FILE... [--team NAME] [--title T] [--source OUTLET] [--date YYYY-MM-DD]
//   [--author A] [--url U] [--language en]
// Cleans each .txt/.md/.html file the way the seed corpus (and the upload page, for HTML) is cleaned
// and adds it to the team.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runScript } from './lib/script';

const USAGE = 'Usage: npm run import -- FILE(.txt|.md|.html)... [--team NAME] [--title T] [--source OUTLET] [--date YYYY-MM-DD] [--author A] [--url U] [--language CODE]';
const DEFAULT_TEAM = 'Russia-Iran desk';

runScript(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      team: { type: 'string', default: DEFAULT_TEAM },
      title: { type: 'string' },
      source: { type: 'string' },
      date: { type: 'string' },
      author: { type: 'string' },
      url: { type: 'string' },
      language: { type: 'string' },
    },
  });
  if (positionals.length === 0) {
    console.error(`Name at least one file.\n${USAGE}`);
    return 2;
  }
  const { decodeUpload, uploadFormatForName, UPLOAD_EXTENSIONS } = await import('@/lib/corpus/decode-upload');
  const wrongType = positionals.filter((file) => !uploadFormatForName(file));
  if (wrongType.length) {
    console.error(`Only ${UPLOAD_EXTENSIONS.join(', ')} files can be imported: ${wrongType.join(', ')}`);
    return 2;
  }
  if (values.title && positionals.length > 1) {
    console.error('--title applies to one file; import files one at a time to give each a title.');
    return 2;
  }
  const { db } = await import('@/lib/db');
  const { findTeamByName } = await import('@/lib/server/teams/ensure-team');
  const { importDocument } = await import('@/lib/server/documents/import-document');
  const team = await findTeamByName(db, values.team);
  if (!team) {
    console.error(`No team named "${values.team}". Create it with npm run user:create, or pass --team.`);
    return 2;
  }
  let failures = 0;
  for (const file of positionals) {
    const decoded = await readFile(path.resolve(file)).then(
      (bytes) => decodeUpload(bytes, path.basename(file)),
      (error: NodeJS.ErrnoException) => ({ ok: false as const, message: error.code === 'ENOENT' ? `${file} does not exist.` : error.message }),
    );
    if (!decoded.ok) {
      failures++;
      console.error(`${file}: ${decoded.message}`);
      continue;
    }
    const result = await importDocument({
      teamId: team.id,
      raw: decoded.text,
      format: decoded.format,
      meta: { title: values.title, source: values.source, publishedDate: values.date, author: values.author, url: values.url, language: values.language },
    }).catch((error: unknown) => {
      failures++;
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
    if (result) console.log(`${file}: ${result.status === 'created' ? 'imported' : 'already there'} as "${result.title}" (${result.documentId})`);
  }
  return failures ? 1 : 0;
});
