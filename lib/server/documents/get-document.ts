import 'server-only';
import type { Role } from '@prisma/client';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { isRecordId } from '@/lib/validation/common';
import { canReadTeam } from '@/lib/permissions';
import { getTeamAccess } from '@/lib/server/teams/get-team-access';

/** An article with its canonical text, as the reader shows it. */
export type DocumentDetail = {
  id: string;
  teamId: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: Date | null;
  url: string | null;
  language: string;
  text: string;
  length: number;
  textSha256: string;
  createdAt: Date;
  role: Role;
};

/** The article, checked against the team that owns the stored record; another team's is "not found". */
export async function getDocument(options: { user: SessionUser; documentId: string }): Promise<DocumentDetail> {
  if (!isRecordId(options.documentId)) throw notFound('That article');
  const document = await db.document.findUnique({
    where: { id: options.documentId },
    select: {
      id: true, teamId: true, title: true, author: true, publishedAt: true, url: true, language: true,
      text: true, length: true, textSha256: true, createdAt: true, source: { select: { name: true } },
    },
  });
  if (!document) throw notFound('That article');
  const access = await getTeamAccess({ user: options.user, teamId: document.teamId });
  if (!canReadTeam(access)) throw notFound('That article');
  const { source, ...rest } = document;
  return { ...rest, outlet: source?.name ?? null, role: access.role };
}
