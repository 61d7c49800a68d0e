// The browser side of the API's error shape: every failed call throws an ApiError whose message is
// safe to show a person.

/** A failed API call, with the server's code, message, field errors and (on 409) current state. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string[]> = {},
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type ErrorBody = { error?: { code?: string; message?: string; fields?: Record<string, string[]>; current?: unknown } };

export async function fetchJson<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await fetch(url, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Could not reach the server. Check your connection; nothing was saved.');
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as (T & ErrorBody) | null;
  if (!response.ok) {
    const error = body?.error;
    const fallback = response.status === 401 ? 'Your session has ended: sign in again.' : `The server answered ${response.status}.`;
    throw new ApiError(response.status, error?.code ?? 'UNKNOWN', error?.message ?? fallback, error?.fields, error?.current);
  }
  return body as T;
}
