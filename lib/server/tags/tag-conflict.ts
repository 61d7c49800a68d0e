import 'server-only';
import { Prisma } from '@prisma/client';
import { AppError } from '@/lib/errors';

/** Turns a unique-index violation on a theme into a 409 that names the field. */
export function tagConflict(error: unknown): unknown {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return error;
  const target = JSON.stringify(error.meta ?? {});
  if (target.includes('shortcut')) {
    return new AppError('CONFLICT', 'Another theme already uses that shortcut.', { fields: { shortcut: ['Another theme already uses that shortcut; pick another digit or none.'] } });
  }
  return new AppError('CONFLICT', 'A theme with that name already exists.', { fields: { name: ['A theme with that name already exists in this team (names ignore case).'] } });
}
