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

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '网络连接失败，请检查网络后重试', {});
  }
  return replyOf<T>(response.status, await response.text());
}

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

/**
 * POSTs a multipart form (a file and its fields), reporting how much has been
 * sent (0 to 1) as it goes; fetch cannot report upload progress, so this uses XHR.
 */
export function upload<T>(path: string, form: FormData, onProgress?: (sent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('accept', 'application/json');
    if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      try {
        resolve(replyOf<T>(request.status, request.responseText));
      } catch (error) {
        reject(error);
      }
    };
    request.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', '网络连接失败，请检查网络后重试', {}));
    request.send(form);
  });
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
