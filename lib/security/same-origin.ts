// Refuses state-changing API requests that a browser sent from another site (CSRF). A browser
// always sends Origin (or Sec-Fetch-Site) on POST/PUT/PATCH/DELETE, so:
// - Sec-Fetch-Site other than same-origin/none → refused;
// - an Origin that is not the app's own → refused;
// - neither header → not a browser (curl, a script with an API token): allowed, since CSRF needs
//   a browser to attach the victim's cookie.
// The app's own origin is the request's (Host) or NEXTAUTH_URL's, for apps behind a proxy.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isCrossSiteWrite(request: Request, options: { publicUrl?: string } = {}): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const allowed = new Set([new URL(request.url).origin]);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (host) allowed.add(`${request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '')}://${host}`);
  if (options.publicUrl) {
    try {
      allowed.add(new URL(options.publicUrl).origin);
    } catch {
      // a malformed NEXTAUTH_URL is reported at start-up, not here
    }
  }
  return !allowed.has(origin);
}
