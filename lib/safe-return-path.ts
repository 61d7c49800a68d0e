const BASE = 'http://return.invalid';

/**
 * Only same-site paths may be returned to after login (no open redirects). Browsers drop tabs and
 * newlines from URLs ("/\t/evil.example" becomes "//evil.example"), so any control character or
 * backslash is refused outright, and what remains must resolve to this origin.
 */
export function safeReturnPath(candidate: string | null | undefined, fallback = '/documents'): string {
  if (!candidate || !candidate.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(candidate)) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith('//') || url.pathname.startsWith('/login')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
