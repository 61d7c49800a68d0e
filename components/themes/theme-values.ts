import type { z } from 'zod';
import type { Theme } from '@/components/themes/use-tags';
import { createTagSchema, updateTagSchema, type CreateTagInput, type UpdateTagInput } from '@/lib/validation/tags';

/** What the theme form holds: strings only, with '' for "no shortcut". */
export type ThemeValues = { name: string; color: string; description: string; shortcut: string };
export type FieldErrors = Record<string, string>;
type Checked<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

export const SHORTCUT_DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export const blankValues = (): ThemeValues => ({ name: '', color: '#1f5f8b', description: '', shortcut: '' });

export function valuesOf(theme: Theme): ThemeValues {
  return { name: theme.name, color: theme.color, description: theme.description, shortcut: theme.shortcut ?? '' };
}

function firstErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? '_')] ??= issue.message;
  return errors;
}

/** Checks a new theme with the API's own schema before sending it. */
export function checkCreate(teamId: string, values: ThemeValues): Checked<CreateTagInput> {
  const input = { teamId, ...values, shortcut: values.shortcut || null };
  const parsed = createTagSchema.safeParse(input);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, errors: firstErrors(parsed.error) };
}

/**
 * Checks an edit, keeping only the fields that differ from the theme as it was opened, so that
 * overwriting a teammate's change replaces only what this person changed. `null`: nothing changed.
 */
export function checkUpdate(base: Theme, values: ThemeValues, version: number): Checked<UpdateTagInput> | null {
  const original = valuesOf(base);
  const changed: Record<string, string | null> = {};
  if (values.name.trim() !== original.name) changed.name = values.name;
  if (values.color.toLowerCase() !== original.color.toLowerCase()) changed.color = values.color;
  if (values.description.trim() !== original.description) changed.description = values.description;
  if (values.shortcut !== original.shortcut) changed.shortcut = values.shortcut || null;
  if (Object.keys(changed).length === 0) return null;
  const parsed = updateTagSchema.safeParse({ ...changed, version });
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, errors: firstErrors(parsed.error) };
}

/** Digits taken by live themes other than `exceptId`, with the name of the theme holding each. */
export function usedShortcuts(themes: Theme[], exceptId?: string): Map<string, string> {
  const used = new Map<string, string>();
  for (const theme of themes) if (theme.shortcut && !theme.archived && theme.id !== exceptId) used.set(theme.shortcut, theme.name);
  return used;
}
