'use client';

import { useId } from 'react';
import { useBlindSetting } from '@/components/sources/use-sources';

/** OWNER only: the team's blind-first rule, saved as soon as it is switched. */
export function BlindToggle({ teamId, isBlind }: { teamId: string; isBlind: boolean }) {
  const id = useId();
  const setting = useBlindSetting(teamId);
  const checked = setting.isPending ? setting.variables : isBlind;
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={setting.isPending}
          onChange={(event) => setting.mutate(event.currentTarget.checked)}
          aria-describedby={`${id}-hint`}
          className="mt-0.5 h-4 w-4 shrink-0 accent-accent"
        />
        <div className="min-w-0">
          <label htmlFor={id} className="text-sm font-medium">
            Blind first: hide others&apos; ratings until you rate
          </label>
          <p id={`${id}-hint`} className="text-xs text-slate-600">
            {setting.isPending ? 'Saving…' : 'Applies to the whole team, for outlets and passages. Only owners can change it.'}
          </p>
        </div>
      </div>
      {setting.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          The setting was not changed: {setting.error.message}
        </p>
      )}
    </div>
  );
}
