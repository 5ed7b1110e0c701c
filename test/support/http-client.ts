import { contract } from './contract';

export interface HttpResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
  /** Sent as-is instead of JSON-encoding the body. */
  raw?: string;
}

/**
 * A small fetch wrapper so tests read as requests and answers. Every answer is checked against
 * the checked-in openapi.json (test/support/contract.ts): one the document does not describe
 * throws a ContractViolation, so the test that made the request fails.
 */
export class HttpClient {
  /**
   * Set by TestEnv: confirms a new account's address the way following the mailed link would,
   * so tests about other things start from a verified user (tests of verification opt out).
   */
  verifyEmail?: (userId: string) => Promise<void>;

  constructor(readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    opts: RequestOptions = {},
  ): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let payload: string | undefined;
    if (opts.raw !== undefined) payload = opts.raw;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    const text = await res.text();
    contract().check({ method, url: path, status: res.status, headers: res.headers, text });
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  /** A GET whose answer may be a file: its bytes as they came (checked against the contract too). */
  async download(path: string, opts: RequestOptions = {}): Promise<HttpResult & { data: Buffer }> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const res = await fetch(`${this.baseUrl}${path}`, { headers });
    const data = Buffer.from(await res.arrayBuffer());
    const text = data.toString('utf8');
    contract().check({ method: 'GET', url: path, status: res.status, headers: res.headers, text });
    let body: unknown;
    if (/json/.test(res.headers.get('content-type') ?? '')) body = JSON.parse(text);
    return { status: res.status, body, headers: res.headers, data };
  }

  get<T = any>(path: string, opts?: RequestOptions) {
    return this.request<T>('GET', path, undefined, opts);
  }
  post<T = any>(path: string, body?: unknown, opts?: RequestOptions) {
    return this.request<T>('POST', path, body, opts);
  }
  patch<T = any>(path: string, body?: unknown, opts?: RequestOptions) {
    return this.request<T>('PATCH', path, body, opts);
  }
  put<T = any>(path: string, body?: unknown, opts?: RequestOptions) {
    return this.request<T>('PUT', path, body, opts);
  }
  delete<T = any>(path: string, opts?: RequestOptions) {
    return this.request<T>('DELETE', path, undefined, opts);
  }
}
