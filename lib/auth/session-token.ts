import 'server-only';
import { decode, type JWT, type JWTDecodeParams } from 'next-auth/jwt';

// Every request of a signed-in browser carries the same session cookie, and next-auth's decode
// derives the key from the secret (HKDF) and decrypts the token (AES-GCM) each time: about half a
// millisecond of CPU per API call, found profiling `npm run bench:api`. A decoded token is kept
// here, keyed by the token's whole text and the secret, until its own expiry; the expiry is
// checked again on every use, as jose does (15 s of tolerance). The session's validity against
// the database (a password change ends older sessions) is still checked on every request by the
// callers (requireRequestUser, getSessionUser): only the decryption is remembered.

const MAX_ENTRIES = 2000;
const CLOCK_TOLERANCE_SECONDS = 15;
const decoded = new Map<string, JWT>();

/** next-auth's decode, remembered per token (a drop-in for getToken's and authOptions' `decode`). */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token) return null;
  const key = `${params.salt ?? ''}\u0000${params.secret}\u0000${params.token}`;
  const known = decoded.get(key);
  if (known) {
    // A copy: a caller (next-auth's jwt callback) may change the token it is given.
    if (typeof known.exp === 'number' && known.exp + CLOCK_TOLERANCE_SECONDS > Date.now() / 1000) return { ...known };
    decoded.delete(key);
    return decode(params); // expired: jose's own answer (it throws)
  }
  const payload = await decode(params);
  if (payload) {
    decoded.set(key, payload);
    if (decoded.size > MAX_ENTRIES) decoded.delete(decoded.keys().next().value!);
  }
  return payload;
}
