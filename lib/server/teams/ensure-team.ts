import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Tx } from '@/lib/db';
import { slugify } from '@/lib/slug';

/** A URL-safe, readable slug: "Russia-Iran desk" → "russia-iran-desk" (non-Latin names → "team"). */
export function teamSlug(name: string): string {
  return slugify(name, { fallback: 'team', maxLength: 60 });
}

/** The team with exactly this name (ignoring case), or null. Names, not slugs, identify teams to people. */
export function findTeamByName(tx: Pick<Tx, 'team'>, name: string) {
  return tx.team.findFirst({ where: { name: { equals: name.trim(), mode: 'insensitive' } }, select: { id: true, name: true }, orderBy: { createdAt: 'asc' } });
}

/** A slug no other team has: the readable one, or it with a short random suffix. */
export async function uniqueSlug(tx: Tx, name: string): Promise<string> {
  const base = teamSlug(name);
  if (!(await tx.team.findUnique({ where: { slug: base }, select: { id: true } }))) return base;
  return `${base}-${randomBytes(3).toString('hex')}`;
}

/** The team with this name, created when no team has it. */
export async function ensureTeam(tx: Tx, options: { name: string }): Promise<{ team: { id: string; name: string }; isNew: boolean }> {
  const existing = await findTeamByName(tx, options.name);
  if (existing) return { team: existing, isNew: false };
  const team = await tx.team.create({ data: { name: options.name.trim(), slug: await uniqueSlug(tx, options.name) }, select: { id: true, name: true } });
  return { team, isNew: true };
}
