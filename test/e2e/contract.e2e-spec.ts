import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { serialiseDocument } from '../../scripts/export-openapi';
import { contract, OPENAPI_PATH } from '../support/contract';
import { useApi } from '../support/test-env';

/** The first place two JSON values differ, as a path, for a message a person can act on. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = firstDifference((a as any)[key], (b as any)[key], `${path}.${key}`);
      if (found) return found;
    }
    return `${path} (key order)`;
  }
  return `${path}: file has ${JSON.stringify(b)?.slice(0, 200)}, the API ${JSON.stringify(a)?.slice(0, 200)}`;
}

/** Sends bytes no HTTP client library would send, and reads the raw answer. */
function rawRequest(port: number, head: string): Promise<{ status: number; headers: Headers; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [top, ...rest] = data.split('\r\n\r\n');
      const [statusLine, ...headerLines] = top.split('\r\n');
      const headers = new Headers(
        headerLines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, text: rest.join('\r\n\r\n') });
    });
  });
}

describe('the contract: openapi.json', () => {
  const ctx = useApi();

  it('is exactly what the running API serves at /docs-json (else run `npm run openapi`)', async () => {
    const served = (await ctx.api.get('/docs-json')).body;
    const file = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8'));
    // The server entry is this deployment's PUBLIC_API_URL; the file holds the development one.
    expect(served.servers).toEqual([{ url: ctx.env.config.publicApiUrl, description: 'This deployment' }]);
    const comparable = { ...served, servers: file.servers };
    if (serialiseDocument(comparable) !== serialiseDocument(file)) {
      throw new Error(
        `openapi.json differs from the API's document at ${firstDifference(comparable, file)}.\n` +
          'Run `npm run openapi` and commit openapi.json.',
      );
    }
  });

  it('keeps /docs working', async () => {
    const res = await ctx.api.get('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
  });
});

/** The one error body, exactly: its status, code and message, and the request id of the header. */
function expectRefusal(
  res: { status: number; body: any; headers: Headers },
  status: number,
  code: string,
  message: unknown,
) {
  expect(res.status).toBe(status);
  expect(res.body).toEqual({ statusCode: status, code, message, requestId: res.headers.get('x-request-id') });
}

describe('framework-level refusals use the one error body, with a code and the request id', () => {
  const ctx = useApi();
  const port = () => Number(new URL(ctx.api.baseUrl).port);

  it('answers a path parameter over the router limit with 414 URI_TOO_LONG', async () => {
    const res = await ctx.api.get(`/v1/public/organisations/${'a'.repeat(150)}`, {
      headers: { 'accept-language': 'el', 'x-request-id': 'too-long-1' },
    });
    expectRefusal(res, 414, 'URI_TOO_LONG', 'Ένα μέρος της διεύθυνσης του αιτήματος είναι πολύ μεγάλο.');
    expect(res.body.requestId).toBe('too-long-1');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers a raw, non-encoded query string with 400 MALFORMED_REQUEST', async () => {
    const res = await rawRequest(
      port(),
      'GET /v1/public/organisations?q=green skills HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: el\r\n\r\n',
    );
    contract().check({ method: 'GET', url: '/v1/public/organisations', ...res });
    expectRefusal(
      { ...res, body: JSON.parse(res.text) },
      400,
      'MALFORMED_REQUEST',
      expect.stringContaining('κωδικοποιημένη'),
    );
  });

  it('answers a broken percent-encoding in the path with 400 MALFORMED_REQUEST', async () => {
    const res = await ctx.api.get('/v1/public/organisations/%E0%A4%A');
    expectRefusal(res, 400, 'MALFORMED_REQUEST', expect.stringContaining('encoded'));
  });

  it('answers malformed JSON with 400 MALFORMED_JSON and the request id', async () => {
    const res = await ctx.api.post('/v1/auth/login', undefined, { raw: '{"email": ' });
    expectRefusal(res, 400, 'MALFORMED_JSON', 'The request body is not valid JSON.');
  });

  it('answers a body that is not JSON with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const type of ['text/plain', 'application/xml']) {
      const res = await ctx.api.post('/v1/auth/login', undefined, {
        raw: '<email>a@example.org</email>',
        headers: { 'content-type': type },
      });
      expectRefusal(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be sent as application/json.');
    }
  });

  it('answers a method a known path does not have with 404 NOT_FOUND (Fastify has no 405)', async () => {
    expectRefusal(await ctx.api.delete('/v1/auth/login'), 404, 'NOT_FOUND', 'Not found.');
  });

  it('names the path parameter that is not a UUID in details', async () => {
    const res = await ctx.api.get('/v1/public/organisations/not-a-uuid');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'id', problem: 'isUuid', message: 'id must be a UUID' }],
    });
  });
});
