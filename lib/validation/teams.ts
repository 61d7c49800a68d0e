import { z } from 'zod';
import { emailSchema, newPasswordSchema, roleSchema } from '@/lib/validation/auth';
import { idField, text } from '@/lib/validation/common';

export const TEAM_NAME_MAX = 120;
export const INVITE_DAYS_DEFAULT = 7;
export const INVITE_DAYS_MAX = 30;
export const AUDIT_PAGE_SIZE = 50;

const role = z.enum(['OWNER', 'EDITOR', 'VIEWER'], { error: 'role is OWNER, EDITOR or VIEWER.' });

/** POST /api/teams */
export const createTeamSchema = z.object({
  name: text('name').trim().min(1, 'Name the team.').max(TEAM_NAME_MAX, `A team name has at most ${TEAM_NAME_MAX} characters.`),
});
export type CreateTeamInput = z.input<typeof createTeamSchema>;

/** PATCH /api/teams/:id/members/:userId */
export const changeRoleSchema = z.object({ role });
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;

/** POST /api/teams/:id/invites */
export const createInviteSchema = z.object({
  email: emailSchema,
  role,
  expiresInDays: z
    .number({ error: `expiresInDays is a whole number from 1 to ${INVITE_DAYS_MAX}.` })
    .int(`expiresInDays is a whole number from 1 to ${INVITE_DAYS_MAX}.`)
    .min(1, `expiresInDays is a whole number from 1 to ${INVITE_DAYS_MAX}.`)
    .max(INVITE_DAYS_MAX, `expiresInDays is a whole number from 1 to ${INVITE_DAYS_MAX}.`)
    .default(INVITE_DAYS_DEFAULT),
});
export type CreateInviteInput = z.input<typeof createInviteSchema>;

/** The secret of an invite link (what follows /invite/). */
export const inviteTokenField = text('token').min(1, 'token is required.').max(200, 'That invite link is not valid.');

/** GET /api/invites/lookup?token= */
export const inviteLookupSchema = z.object({ token: inviteTokenField });

/** POST /api/invites/accept: name and password only when the email has no account yet. */
export const acceptInviteSchema = z.object({
  token: inviteTokenField,
  name: text('name').trim().min(1, 'Enter your name.').max(120, 'A name has at most 120 characters.').optional(),
  password: newPasswordSchema.optional(),
});
export type AcceptInviteInput = z.input<typeof acceptInviteSchema>;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value; // 2026-02-30 is not a day
  }, 'That date does not exist.');

/** GET /api/teams/:id/audit */
export const auditQuerySchema = z
  .object({
    actor: idField('actor').optional(),
    action: text('action').max(100).optional(),
    entityType: text('entityType').max(100).optional(),
    from: day.optional(),
    to: day.optional(),
    page: z.coerce.number({ error: 'page is a whole number from 1.' }).int('page is a whole number from 1.').min(1, 'page is a whole number from 1.').max(100_000).default(1),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { message: 'The start date is after the end date.', path: ['from'] });
export type AuditQuery = z.output<typeof auditQuerySchema>;

export { roleSchema };
