import { api, unwrap } from '../../api/client';

/** The file name a Content-Disposition header gives (RFC 6266: filename* first, then filename). */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return safeName(decodeURIComponent(extended[1].trim()), fallback);
    } catch {
      // a malformed escape: try the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name ? safeName(name, fallback) : fallback;
}

/** Only the last path segment, never an empty or dot name. */
function safeName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base && base !== '.' && base !== '..' ? base : fallback;
}

/** Hands a Blob to the browser as a download (an object URL: nothing inline, so CSP allows it). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file; give it a moment before the URL is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** GET /v1/me/export, saved under the name the API gives. */
export async function downloadMyData(): Promise<string> {
  const result = await api.GET('/v1/me/export', { parseAs: 'blob' });
  const blob = unwrap(result) as unknown as Blob;
  const today = new Date().toISOString().slice(0, 10);
  const filename = filenameFromDisposition(
    result.response.headers.get('content-disposition'),
    `syndesmos-export-${today}.json`,
  );
  saveBlob(blob, filename);
  return filename;
}
