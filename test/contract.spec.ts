import { Contract, ContractViolation, toJsonSchema, type Exchange } from './support/contract';

// The contract test's validator must really refuse what the document does not describe:
// fed answers a server could give, it passes the right ones and names what is wrong in the rest.

const contract = Contract.fromFile();

function answer(method: string, url: string, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const exchange: Exchange = {
    method,
    url,
    status,
    headers: new Headers({ 'content-type': 'application/json; charset=utf-8', ...headers }),
    text,
  };
  return () => contract.check(exchange);
}

const unauthenticated = { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in to continue.', requestId: 'r-1' };

/** An operation that documents 429 (a rate-limited one), found in the document itself. */
function rateLimited(): { method: string; path: string } {
  for (const [path, item] of Object.entries(contract.document.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (op.responses?.['429'] && !path.includes('{')) return { method: method.toUpperCase(), path };
    }
  }
  throw new Error('no operation documents 429');
}

describe('the contract validator', () => {
  it('accepts an answer the document describes', () => {
    expect(answer('GET', '/v1/me', 401, unauthenticated)).not.toThrow();
  });

  it('refuses a property the schema does not list (response objects are closed)', () => {
    expect(answer('GET', '/v1/me', 401, { ...unauthenticated, extra: 1 })).toThrow(
      /GET \/v1\/me answered 401: the body does not match[\s\S]*must NOT have additional properties: "extra"/,
    );
  });

  it('refuses a value of the wrong type or outside the enum, naming the operation and status', () => {
    expect(answer('GET', '/v1/me', 401, { ...unauthenticated, statusCode: '401', code: 'NOPE' })).toThrow(
      ContractViolation,
    );
    expect(answer('GET', '/v1/me', 401, { ...unauthenticated, statusCode: '401' })).toThrow(
      /\/statusCode must be integer/,
    );
  });

  it('refuses a status the operation does not document', () => {
    expect(answer('GET', '/v1/me', 418, unauthenticated)).toThrow(/status 418 is not documented/);
  });

  it('refuses an operation the document does not have on a documented path', () => {
    expect(answer('PUT', '/v1/me', 200, {})).toThrow(/no PUT operation on \/v1\/me/);
  });

  it('refuses a 429 without its documented Retry-After header', () => {
    const { method, path } = rateLimited();
    const body = { statusCode: 429, code: 'TOO_MANY_REQUESTS', message: 'Too many attempts.', requestId: 'r' };
    expect(answer(method, path, 429, body)).toThrow(/the documented header Retry-After is missing/);
    expect(answer(method, path, 429, body, { 'retry-after': '30' })).not.toThrow();
    expect(answer(method, path, 429, body, { 'retry-after': 'soon' })).toThrow(/header Retry-After/);
  });

  it('lets a framework refusal through on any operation, with the error body', () => {
    const body = { statusCode: 414, code: 'URI_TOO_LONG', message: 'Too long.', requestId: 'r' };
    expect(answer('GET', '/v1/me', 414, body)).not.toThrow();
    expect(answer('GET', '/v1/me', 414, { ...body, code: 'NOT_FOUND' })).toThrow(/status 414 is not documented/);
  });

  it('checks nothing outside the document', () => {
    expect(answer('GET', '/docs', 200, '<html></html>', { 'content-type': 'text/html' })).not.toThrow();
  });

  it('turns OpenAPI 3.0 nullable into JSON Schema and closes objects', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, enum: ['a'] })).toEqual({
      type: ['string', 'null'],
      enum: ['a', null],
    });
    expect(toJsonSchema({ type: 'object', properties: { a: { type: 'string' } } })).toEqual({
      type: 'object',
      properties: { a: { type: 'string' } },
      additionalProperties: false,
    });
    expect(toJsonSchema({ nullable: true, allOf: [{ $ref: '#/components/schemas/X' }] })).toEqual({
      anyOf: [{ type: 'null' }, { allOf: [{ $ref: 'openapi#/definitions/X' }] }],
    });
    expect(toJsonSchema({ type: 'object', additionalProperties: true })).toEqual({
      type: 'object',
      additionalProperties: true,
    });
  });
});
