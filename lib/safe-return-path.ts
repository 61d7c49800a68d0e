/** Only same-site paths may be returned to after login (no open redirects). */
export function safeReturnPath(candidate: string | null | undefined, fallback = '/documents'): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
  if (candidate.startsWith('/login')) return fallback;
  return candidate;
}
