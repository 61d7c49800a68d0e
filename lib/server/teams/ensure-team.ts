import 'server-only';
import type { Tx } from '@/lib/db';

/** A URL-safe, readable slug: "Russia-Iran desk" → "russia-iran-desk". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'team';
}

/** The team with this slug, created when missing. */
export async function ensureTeam(tx: Tx, options: { name: string }): Promise<{ team: { id: string; name: string }; isNew: boolean }> {
  const slug = slugify(options.name);
  const existing = await tx.team.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (existing) return { team: existing, isNew: false };
  const team = await tx.team.create({ data: { name: options.name, slug }, select: { id: true, name: true } });
  return { team, isNew: true };
}
