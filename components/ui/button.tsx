'use client';

import type { ButtonHTMLAttributes } from 'react';
import { useIsClient } from '@/components/ui/use-is-client';

type Variant = 'primary' | 'secondary' | 'ghost';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-accent text-white hover:bg-accent-strong disabled:bg-slate-400',
  secondary: 'border border-slate-300 bg-white text-ink hover:bg-slate-50 disabled:text-slate-400',
  ghost: 'text-slate-700 hover:bg-slate-100 disabled:text-slate-400',
};

/**
 * A button. A submit button stays disabled until the page's scripts run (they start after the
 * first paint: docs/decisions/015-scripts-after-paint.md): the forms submit through their
 * handlers, and the browser's own submission would put the fields, a password too, in the URL.
 */
export function Button({ variant = 'primary', className = '', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  const isClient = useIsClient();
  return (
    <button
      {...props}
      disabled={props.disabled || (props.type === 'submit' && !isClient)}
      className={`inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed ${VARIANTS[variant]} ${className}`}
    />
  );
}
