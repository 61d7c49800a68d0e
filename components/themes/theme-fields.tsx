'use client';

import { useId } from 'react';
import { TextField } from '@/components/ui/text-field';
import { SHORTCUT_DIGITS, type FieldErrors, type ThemeValues } from '@/components/themes/theme-values';

const CONTROL = 'block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-accent focus:ring-2 focus:ring-accent/30';

type Props = {
  values: ThemeValues;
  onChange: (values: ThemeValues) => void;
  errors: FieldErrors;
  /** Digits other live themes hold, with their names: offered, but not selectable. */
  used: Map<string, string>;
  disabled?: boolean;
  autoFocus?: boolean;
};

/** The name, colour, description and shortcut of a theme, shared by the create and edit forms. */
export function ThemeFields({ values, onChange, errors, used, disabled, autoFocus }: Props) {
  const id = useId();
  const set = (field: keyof ThemeValues) => (event: { currentTarget: { value: string } }) => onChange({ ...values, [field]: event.currentTarget.value });
  return (
    <fieldset disabled={disabled} className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-[minmax(0,1fr)_auto_auto]">
      <TextField label="Name" name="name" value={values.name} onChange={set('name')} error={errors.name} autoComplete="off" autoFocus={autoFocus} />
      <FieldShell id={`${id}-color`} label="Colour" error={errors.color}>
        <input
          id={`${id}-color`}
          type="color"
          name="color"
          value={values.color}
          onChange={set('color')}
          aria-invalid={errors.color ? true : undefined}
          aria-describedby={errors.color ? `${id}-color-error` : undefined}
          className="h-9 w-16 cursor-pointer rounded-md border border-slate-300 bg-white p-1"
        />
      </FieldShell>
      <FieldShell id={`${id}-shortcut`} label="Shortcut" error={errors.shortcut}>
        <select
          id={`${id}-shortcut`}
          name="shortcut"
          value={values.shortcut}
          onChange={set('shortcut')}
          aria-invalid={errors.shortcut ? true : undefined}
          aria-describedby={errors.shortcut ? `${id}-shortcut-error` : undefined}
          className={`${CONTROL} sm:w-56 ${errors.shortcut ? 'border-red-500' : 'border-slate-300'}`}
        >
          <option value="">None</option>
          {SHORTCUT_DIGITS.map((digit) => {
            const holder = used.get(digit);
            return (
              <option key={digit} value={digit} disabled={holder !== undefined}>
                {holder ? `${digit} (used by ${holder})` : digit}
              </option>
            );
          })}
        </select>
      </FieldShell>
      <div className="sm:col-span-3">
        <FieldShell id={`${id}-description`} label="Description" error={errors.description}>
          <textarea
            id={`${id}-description`}
            name="description"
            rows={2}
            value={values.description}
            onChange={set('description')}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={errors.description ? `${id}-description-error` : undefined}
            className={`${CONTROL} ${errors.description ? 'border-red-500' : 'border-slate-300'}`}
          />
        </FieldShell>
      </div>
    </fieldset>
  );
}

function FieldShell({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
