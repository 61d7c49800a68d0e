import 'server-only';
import type { Prisma } from '@prisma/client';

/** A theme as the API returns it, with how many highlights carry it. */
export type TagDto = {
  id: string;
  teamId: string;
  name: string;
  color: string;
  description: string;
  shortcut: string | null;
  archived: boolean;
  version: number;
  usage: number;
};

export const tagSelect = {
  id: true,
  teamId: true,
  name: true,
  color: true,
  description: true,
  shortcut: true,
  archivedAt: true,
  version: true,
  _count: { select: { annotations: true } },
} satisfies Prisma.TagSelect;

type TagRow = Prisma.TagGetPayload<{ select: typeof tagSelect }>;

export function toTagDto({ archivedAt, _count, ...rest }: TagRow): TagDto {
  return { ...rest, archived: archivedAt !== null, usage: _count.annotations };
}
