'use client';

import { useId } from 'react';
import { META_LABELS, type MetaValues } from '@/components/library/meta-values';

type Props = {
  values: MetaValues;
  errors: Partial<Record<keyof MetaValues, string>>;
  sources: string[];
  disabled?: boolean;
  /** On the import page an empty title means "the first sentence"; an existing article keeps one. */
  isTitleRequired?: boolean;
  onChange: (values: MetaValues) => void;
};

const INPUT = 'block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-accent focus:ring-2 focus:ring-accent/30 disabled:bg-slate-50';

/** Title, outlet (an existing one or a new name), author, date, URL and language, each labelled. */
export function MetaFields({ values, errors, sources, disabled, isTitleRequired = false, onChange }: Props) {
  const id = useId();
  const isNewOutlet = values.source.trim() !== '' && !sources.some((name) => name.toLowerCase() === values.source.trim().toLowerCase());
  const field = (key: keyof MetaValues, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <div className={key === 'title' || key === 'url' ? 'sm:col-span-2' : ''}>
      <label htmlFor={`${id}-${key}`} className="mb-1 block text-sm font-medium text-slate-700">
        {META_LABELS[key]}
      </label>
      <input
        id={`${id}-${key}`}
        name={key}
        value={values[key]}
        disabled={disabled}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${id}-${key}-error` : hint ? `${id}-${key}-hint` : undefined}
        onChange={(event) => onChange({ ...values, [key]: event.currentTarget.value })}
        className={`${INPUT} ${errors[key] ? 'border-red-500' : 'border-slate-300'}`}
        {...props}
      />
      {errors[key] ? (
        <p id={`${id}-${key}-error`} className="mt-1 text-sm text-red-700">
          {errors[key]}
        </p>
      ) : hint ? (
        <p id={`${id}-${key}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {field('title', { required: isTitleRequired, maxLength: 300 }, isTitleRequired ? undefined : 'Left empty, the article’s first sentence is its title.')}
      {field('source', { list: `${id}-sources`, maxLength: 120, autoComplete: 'off' }, isNewOutlet ? `“${values.source.trim()}” is a new outlet: it will be created.` : 'Pick an outlet of the team or type a new name.')}
      <datalist id={`${id}-sources`}>
        {sources.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {field('author', { maxLength: 200 })}
      {field('publishedDate', { type: 'date' })}
      {field('url', { type: 'url', placeholder: 'https://…', maxLength: 2000 })}
      {field('language', { maxLength: 20, placeholder: 'en' }, 'A code such as en, fa or ru.')}
    </div>
  );
}
