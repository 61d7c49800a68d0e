// The audit log in words: "created a highlight", and each changed field as "title: A → B".

const ACTIONS: Record<string, string> = {
  'annotation.create': 'created a highlight',
  'annotation.update': 'edited a highlight',
  'annotation.delete': 'deleted a highlight',
  'tag.create': 'created a theme',
  'tag.update': 'changed a theme',
  'tag.merge': 'merged two themes',
  'document.create': 'added an article',
  'document.import': 'imported an article',
  'document.update': 'changed an article’s details',
  'document.delete': 'deleted an article',
  'team.create': 'created the team',
  'team.settings': 'changed the team’s settings',
  'member.role': 'changed a member’s role',
  'member.remove': 'removed a member',
  'member.leave': 'left the team',
  'invite.create': 'invited someone',
  'invite.revoke': 'revoked an invite',
  'invite.accept': 'accepted an invite',
  'user.create': 'created an account',
  'account.update': 'changed their name',
  'account.password': 'changed their password',
  'token.create': 'created an API token',
  'token.revoke': 'revoked an API token',
};

/** "created a highlight"; an action this list does not know is shown as it is stored. */
export function describeAction(action: string): string {
  return ACTIONS[action] ?? action;
}

/** One line per field of the change: "role: EDITOR → OWNER", "note: “…”" for a field only after. */
export function describeChange(before: unknown, after: unknown): string[] {
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return keys.map((key) => {
    const hasBefore = key in left;
    const hasAfter = key in right;
    if (hasBefore && hasAfter) return `${key}: ${show(left[key])} → ${show(right[key])}`;
    return `${key}: ${show(hasAfter ? right[key] : left[key])}${hasAfter ? '' : ' (before)'}`;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MAX_SHOWN = 120;

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return `“${value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
