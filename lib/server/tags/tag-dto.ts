import 'server-only';

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
} as const;

type TagRow = {
  id: string;
  teamId: string;
  name: string;
  color: string;
  description: string;
  shortcut: string | null;
  archivedAt: Date | null;
  version: number;
  _count: { annotations: number };
};

export function toTagDto({ archivedAt, _count, ...rest }: TagRow): TagDto {
  return { ...rest, archived: archivedAt !== null, usage: _count.annotations };
}
