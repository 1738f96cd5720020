import { ApiError, apiErrorFrom, NETWORK_ERROR } from './api-error';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as text/csv (imports). */
  csv?: string;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

type SessionEndedListener = () => void;
let onSessionEnded: SessionEndedListener = () => undefined;

/** Called when a signed-in call answers 401: the session cookie expired or was refused. */
export function whenSessionEnds(listener: SessionEndedListener): void {
  onSessionEnded = listener;
}

/** `/api/smes` + `{status: 'enrolled', q: ''}` → `/api/smes?status=enrolled` (empty values left out). */
export function withQuery(path: string, query: RequestOptions['query'] = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * One call to the API on this origin. The session travels in its HttpOnly cookie, so no token is
 * ever handled here. Resolves with the parsed body (undefined for 204); rejects with an ApiError.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.csv !== undefined) {
    headers['Content-Type'] = 'text/csv';
    body = options.csv;
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), { method: options.method ?? 'GET', headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, NETWORK_ERROR, 'The server cannot be reached');
  }
  if (response.status === 204) return undefined as T;
  const parsed: unknown = await response.json().catch(() => undefined);
  if (response.ok) return parsed as T;
  const error = apiErrorFrom(response.status, parsed);
  if (error.code === 'UNAUTHENTICATED') onSessionEnded();
  throw error;
}
