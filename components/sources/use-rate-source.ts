'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { sourceKey, type SourceDetail } from '@/components/sources/use-sources';
import type { Reliability } from '@/lib/agreement/admiralty';
import { ApiError, fetchJson } from '@/lib/client/fetch-json';
import type { SourceRatingsDto } from '@/lib/server/ratings/source-ratings';

/** A grade and rationale to save. */
export type RatingChoice = { reliability: Reliability; rationale: string };
/** The caller's rating as stored now, when a save was refused because it changed elsewhere. */
export type StoredRating = RatingChoice & { version: number };
/** A refused save: what this person tried, and what is stored instead. */
export type RatingConflict = { attempt: RatingChoice; current: StoredRating };

/**
 * Saves the caller's rating of an outlet. Saves run one at a time and only the latest choice waits
 * (arrowing through the radios must not race), each guarded by the version last seen.
 */
export function useRateSource(sourceId: string) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Reliability | null>(null);
  const [conflict, setConflict] = useState<RatingConflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isSending = useRef(false);
  const queued = useRef<{ choice: RatingChoice; version?: number } | null>(null);

  const mutation = useMutation({
    mutationFn: (input: RatingChoice & { version?: number }) =>
      fetchJson<{ ratings: SourceRatingsDto }>(`/api/sources/${encodeURIComponent(sourceId)}/rating`, { method: 'PUT', json: input }),
    onSuccess: ({ ratings }) => {
      queryClient.setQueryData<SourceDetail>(sourceKey(sourceId), (detail) => detail && { ...detail, ratings });
      // The history, the Sources page and article summaries (the outlet's consensus) all changed.
      void queryClient.invalidateQueries({ queryKey: sourceKey(sourceId) });
      void queryClient.invalidateQueries({ queryKey: ['sources'] });
      void queryClient.invalidateQueries({ queryKey: ['document-agreement'] });
    },
  });

  const knownVersion = () => queryClient.getQueryData<SourceDetail>(sourceKey(sourceId))?.ratings.mine?.version;

  function send(choice: RatingChoice, version: number | undefined) {
    isSending.current = true;
    mutation.mutate(
      { ...choice, version },
      {
        onError: (failure) => {
          queued.current = null;
          if (failure instanceof ApiError && failure.status === 409 && failure.current) setConflict({ attempt: choice, current: failure.current as StoredRating });
          else setError(`Your rating was not saved: ${failure.message}`);
        },
        onSettled: () => {
          isSending.current = false;
          const next = queued.current;
          queued.current = null;
          if (next) send(next.choice, next.version ?? knownVersion());
          else setChosen(null);
        },
      },
    );
  }

  /** Saves `choice`; `version` overrides the last one seen (to overwrite after a conflict). */
  function save(choice: RatingChoice, version?: number) {
    setChosen(choice.reliability);
    setConflict(null);
    setError(null);
    if (isSending.current) queued.current = { choice, version };
    else send(choice, version ?? knownVersion());
  }

  function dismissConflict() {
    setConflict(null);
  }

  return { save, chosen, isSaving: chosen !== null, conflict, dismissConflict, error };
}
