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

const networkError = () => new ApiError(0, 'NETWORK_ERROR', '网络连接失败，请检查网络后重试', {});

/** The parsed reply body, or the ApiError an error reply describes. */
function replyOf<T>(status: number, text: string): T {
  const data = text ? safeJson(text) : null;
  if (status < 200 || status >= 300) {
    const error = (data as { error?: { code: string; message: string; details: unknown } } | null)?.error;
    throw new ApiError(
      status,
      error?.code ?? 'HTTP_ERROR',
      error?.message ?? `请求失败（${status}）`,
      error?.details ?? {},
    );
  }
  return data as T;
}

/** Sends a request with the CSRF token on writes; an error reply becomes ApiError with the server's message. */
async function send(
  method: string,
  path: string,
  body?: { data: BodyInit; type: string },
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...extraHeaders, accept: 'application/json' };
  if (body) headers['content-type'] = body.type;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body?.data });
  } catch {
    throw networkError();
  }
  if (!response.ok) replyOf(response.status, await response.text());
  return response;
}

/** `headers`: extra request headers, e.g. an Idempotency-Key. */
export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<T> {
  const payload = body === undefined ? undefined : { data: JSON.stringify(body), type: 'application/json' };
  const response = await send(method, path, payload, headers);
  return replyOf<T>(response.status, await response.text());
}

/**
 * POSTs a file: a Blob as the raw body (its type, or `type`), or a multipart
 * form; reports how much has been sent (0 to 1) as it goes — fetch cannot, so this uses XHR.
 */
export function upload<T>(
  path: string,
  body: Blob | FormData,
  options: { type?: string; onProgress?: (sent: number) => void } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('accept', 'application/json');
    if (body instanceof Blob)
      request.setRequestHeader('content-type', options.type || body.type || 'application/octet-stream');
    if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      try {
        resolve(replyOf<T>(request.status, request.responseText));
      } catch (error) {
        reject(error);
      }
    };
    request.onerror = () => reject(networkError());
    request.send(body);
  });
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
/** A POST that a retry may repeat: the server answers a repeated Idempotency-Key with the first result. */
export const postOnce = <T>(path: string, body: unknown, idempotencyKey: string) =>
  api<T>('POST', path, body, { 'idempotency-key': idempotencyKey });
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);
