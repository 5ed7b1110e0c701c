import * as http from 'node:http';
import * as https from 'node:https';
import type { SearchParams, SearchResponse } from 'meilisearch';
import type { SearchConnection } from './meili-client';

// The hot path: searches over plain keep-alive HTTP. The meilisearch client goes through
// `fetch`, whose web streams, abort signals and header objects cost the API about 0.8 ms of CPU
// per search (profiled under test/bench); everything else (tasks, settings, documents) keeps
// using the client.

/** Meilisearch answered with an error (`code` is Meilisearch's, e.g. `index_not_found`). */
export class SearchApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SearchApiError';
  }
}

/** Meilisearch could not be reached, or did not answer in time. */
export class SearchConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchConnectionError';
  }
}

export class MeiliSearcher {
  private readonly target: { protocol: string; hostname: string; port: string; basePath: string };
  private readonly agent: http.Agent;
  private readonly transport: typeof http | typeof https;
  private readonly authorization: string;

  constructor(
    conn: SearchConnection,
    private readonly timeoutMs = 5000,
  ) {
    const base = new URL(conn.url.endsWith('/') ? conn.url : `${conn.url}/`);
    // Parsed once: the search path is the only part that changes per request.
    this.target = {
      protocol: base.protocol,
      hostname: base.hostname.replace(/^\[(.*)\]$/, '$1'), // an IPv6 literal without its brackets
      port: base.port,
      basePath: base.pathname,
    };
    const secure = base.protocol === 'https:';
    this.transport = secure ? https : http;
    // Sockets stay open between searches; 64 covers the API's concurrency with room to spare.
    this.agent = new this.transport.Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 16 });
    this.authorization = `Bearer ${conn.masterKey}`;
  }

  /** POST /indexes/:uid/search. Throws SearchApiError or SearchConnectionError. */
  search<T>(indexUid: string, q: string, params: SearchParams): Promise<SearchResponse<T>> {
    const body = JSON.stringify({ q, ...params });
    return new Promise((resolve, reject) => {
      const req = this.transport.request(
        {
          protocol: this.target.protocol,
          hostname: this.target.hostname,
          port: this.target.port,
          path: `${this.target.basePath}indexes/${encodeURIComponent(indexUid)}/search`,
          method: 'POST',
          agent: this.agent,
          headers: {
            authorization: this.authorization,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            // Uncompressed: see meili-client.ts for the 40 ms a compressed answer costs.
            'accept-encoding': 'identity',
          },
          timeout: this.timeoutMs,
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('error', (err) => reject(new SearchConnectionError(err.message)));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            let parsed: unknown;
            try {
              parsed = JSON.parse(text);
            } catch {
              reject(new SearchConnectionError(`Meilisearch answered ${status} with a body that is not JSON`));
              return;
            }
            if (status >= 200 && status < 300) {
              resolve(parsed as SearchResponse<T>);
              return;
            }
            const error = parsed as { code?: string; message?: string };
            reject(new SearchApiError(status, error.code ?? 'unknown', error.message ?? `status ${status}`));
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
      req.on('error', (err) => reject(new SearchConnectionError(`Meilisearch: ${err.message}`)));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }

  /** Nest calls this when the application closes. */
  onApplicationShutdown(): void {
    this.close();
  }
}
