/**
 * The web apps' one way to call /api: JSON in and out, the session cookie, the
 * CSRF token echoed on writes, and errors turned into ApiError with the
 * server's Chinese message and the fields at fault.
 */
export interface FieldProblem {
  field: string;
  label: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }

  /** Field problems of a validation error, for showing next to form items. */
  get fieldProblems(): FieldProblem[] {
    return Array.isArray(this.details) ? (this.details as FieldProblem[]) : [];
  }
}

let csrfToken: string | null = null;

/** Called with the token from /api/auth/me or a sign-in reply. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** Sends a request with the CSRF token on writes; an error reply becomes ApiError with the server's message. */
async function send(
  method: string,
  path: string,
  body?: { data: BodyInit; type: string },
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body) headers['content-type'] = body.type;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body?.data });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '网络连接失败，请检查网络后重试', {});
  }
  if (!response.ok) {
    const text = await response.text();
    const error = (safeJson(text) as { error?: { code: string; message: string; details: unknown } } | null)
      ?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'HTTP_ERROR',
      error?.message ?? `请求失败（${response.status}）`,
      error?.details ?? {},
    );
  }
  return response;
}

async function json<T>(response: Response): Promise<T> {
  const text = await response.text();
  return (text ? safeJson(text) : null) as T;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const payload = body === undefined ? undefined : { data: JSON.stringify(body), type: 'application/json' };
  return json<T>(await send(method, path, payload));
}

/** POSTs a file's bytes as they are (e.g. an .xlsx workbook). */
export async function upload<T>(path: string, file: Blob, type: string): Promise<T> {
  return json<T>(await send('POST', path, { data: file, type }));
}

/** GETs a file, e.g. an export to save. */
export async function download(path: string): Promise<Blob> {
  return (await send('GET', path)).blob();
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);
