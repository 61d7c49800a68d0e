// A complete little desk for API tests: one team with every role, an outsider, and an article
// whose text mixes scripts, emoji and combining marks.
import type { SessionUser } from '@/lib/auth/session';
import { codePointLength } from '@/lib/anchoring/code-points';
import { sha256Hex } from '@/lib/corpus/sha256';
import { db } from '@/lib/db';
import { createTestTeam, createTestUser } from './factory';

export const DESK_TEXT = [
  'Intro 👋🏽 paragraph about Moscow and Tehran.',
  'Привет, Москва! A second paragraph in two scripts.',
  'سلام تهران — a third paragraph with cafe\u0301 and a flag 🇮🇷 in it.',
].join('\n\n');

export type Desk = {
  teamId: string;
  documentId: string;
  owner: SessionUser;
  editor: SessionUser;
  editor2: SessionUser;
  viewer: SessionUser;
  outsider: SessionUser;
};

export async function createDesk(text = DESK_TEXT): Promise<Desk> {
  const team = await createTestTeam();
  const other = await createTestTeam();
  const [owner, editor, editor2, viewer, outsider] = await Promise.all([
    createTestUser({ teamId: team.id, role: 'OWNER', name: 'Owner' }),
    createTestUser({ teamId: team.id, role: 'EDITOR', name: 'Editor' }),
    createTestUser({ teamId: team.id, role: 'EDITOR', name: 'Editor Two' }),
    createTestUser({ teamId: team.id, role: 'VIEWER', name: 'Viewer' }),
    createTestUser({ teamId: other.id, role: 'OWNER', name: 'Outsider' }),
  ]);
  const document = await db.document.create({
    data: { teamId: team.id, title: 'Desk article', text, rawText: text, textSha256: sha256Hex(text), length: codePointLength(text) },
    select: { id: true },
  });
  return { teamId: team.id, documentId: document.id, owner, editor, editor2, viewer, outsider };
}

/** The code-point offset of `needle` in `text` (what the API takes), not the UTF-16 index. */
export function cpIndex(text: string, needle: string): number {
  const utf16 = text.indexOf(needle);
  if (utf16 < 0) throw new Error(`"${needle}" is not in the text`);
  return codePointLength(text.slice(0, utf16));
}

/** The code-point span [start, end) of `needle` in `text`. */
export function span(text: string, needle: string): { start: number; end: number } {
  const start = cpIndex(text, needle);
  return { start, end: start + codePointLength(needle) };
}
