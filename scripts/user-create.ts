// npm run user:create -- --email a@b.org --name "A B" --team "Desk" --role OWNER|EDITOR|VIEWER
// The password comes from CREDENCE_PASSWORD, or else a hidden prompt (or one piped line).
import { parseArgs } from 'node:util';
import { readSecret } from './lib/prompt';
import { runScript } from './lib/script';

const USAGE = 'Usage: npm run user:create -- --email EMAIL --name NAME --team TEAM --role OWNER|EDITOR|VIEWER';

runScript(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      team: { type: 'string' },
      role: { type: 'string' },
    },
  });
  const missing = (['email', 'name', 'team', 'role'] as const).filter((key) => !values[key]);
  if (missing.length) {
    console.error(`Missing ${missing.map((key) => `--${key}`).join(', ')}.\n${USAGE}`);
    return 2;
  }
  let password = process.env.CREDENCE_PASSWORD ?? '';
  if (!password) {
    password = await readSecret('Password (not shown): ');
    if (process.stdin.isTTY && (await readSecret('Repeat it: ')) !== password) {
      console.error('The two passwords differ; nothing was created.');
      return 2;
    }
  }
  const { createUser } = await import('@/lib/server/users/create-user');
  const created = await createUser({
    input: { email: values.email!, name: values.name!, team: values.team!, password, role: values.role as 'OWNER' },
  });
  console.log(`Created ${values.email!.toLowerCase()} as ${values.role} of "${created.teamName}"${created.isNewTeam ? ' (a new team)' : ' (an existing team)'}.`);
});
