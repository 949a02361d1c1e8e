import { ApiError, currentCsrfToken } from './api';

/**
 * Sends a file as the raw request body with upload progress (fetch cannot
 * report it), answering like api(): the parsed reply, or an ApiError.
 */
export function uploadFile<T>(path: string, file: Blob, onProgress?: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    const token = currentCsrfToken();
    if (token) request.setRequestHeader('x-csrf-token', token);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', '网络连接失败，请检查网络后重试', {}));
    request.onload = () => {
      let data: { error?: { code: string; message: string; details: unknown } } | null = null;
      try {
        data = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        data = null;
      }
      if (request.status >= 200 && request.status < 300) return resolve(data as T);
      const error = data?.error;
      reject(
        new ApiError(
          request.status,
          error?.code ?? 'HTTP_ERROR',
          error?.message ?? `请求失败（${request.status}）`,
          error?.details ?? {},
        ),
      );
    };
    request.send(file);
  });
}
