'use client';

import { formatDateTime } from '@/components/sources/source-format';
import { useIsClient } from '@/components/ui/use-is-client';

/**
 * A moment in the reader's own time zone. The server does not know it, so the first render (and
 * hydration) uses UTC, then the browser switches to local time.
 */
export function LocalTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso, useIsClient())}</time>;
}
