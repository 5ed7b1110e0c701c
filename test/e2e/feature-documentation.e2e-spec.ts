import { useApi } from '../support/test-env';

// The OpenAPI document of the account, organisation, moderation, search, taxonomy and health
// operations: complete enough that a client generated from it is typed all the way down.
// (The contract test holds every real answer to these schemas; this file checks the schemas
// themselves say what the answers are.)

type Schema = Record<string, any>;
interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: Schema[];
  requestBody?: { content: Record<string, { schema: Schema; examples?: unknown; example?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }>; headers?: Record<string, unknown> }>;
}

const TAGS = ['auth', 'me', 'notifications', 'organisations', 'public', 'moderation', 'taxonomies', 'health'];
const INTEGERS = new Set([
  'count',
  'unread',
  'marked',
  'page',
  'pageSize',
  'totalHits',
  'totalPages',
  'processingTimeMs',
  'expiresIn',
  'latencyMs',
  'pastProjects',
  'foundingYear',
  'submissions',
  'revisions',
  'reports',
  'pending',
  'decisionsLast90Days',
]);

describe('the documented answers of accounts, organisations, moderation, search and taxonomies', () => {
  const ctx = useApi();
  let doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  const operations: [string, Operation][] = [];

  beforeAll(async () => {
    const res = await ctx.api.get('/docs-json');
    expect(res.status).toBe(200);
    doc = res.body;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const ours = op.tags?.some((t) => TAGS.includes(t)) || path.startsWith('/v1/search/organisations');
        if (ours) operations.push([`${method.toUpperCase()} ${path}`, op]);
      }
    }
  });

  const resolve = (s: Schema): Schema =>
    s.$ref ? doc.components.schemas[String(s.$ref).replace('#/components/schemas/', '')] : s;

  /** Every (schema name or path, property name, property schema) reachable from `root`. */
  function properties(root: Schema, where: string, seen = new Set<string>()): [string, string, Schema][] {
    const found: [string, string, Schema][] = [];
    const visit = (s: Schema | undefined, at: string) => {
      if (!s || typeof s !== 'object') return;
      if (s.$ref) {
        const name = String(s.$ref).replace('#/components/schemas/', '');
        if (seen.has(name)) return;
        seen.add(name);
        visit(doc.components.schemas[name], name);
        return;
      }
      for (const part of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) visit(part, at);
      if (s.items) visit(s.items, at);
      if (typeof s.additionalProperties === 'object') visit(s.additionalProperties, at);
      for (const [name, prop] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
        found.push([at, name, prop]);
        visit(prop, at);
      }
    };
    visit(root, where);
    return found;
  }

  const responseSchemas = (op: Operation) =>
    Object.entries(op.responses)
      .filter(([status]) => status.startsWith('2'))
      .flatMap(([, r]) => Object.values(r.content ?? {}).map((c) => c.schema));

  it('covers every operation of these features', () => {
    expect(operations.length).toBeGreaterThanOrEqual(50);
  });

  it('gives every operation a summary, a description of who may call it, and a documented success answer', () => {
    const gaps = operations.flatMap(([key, op]) => {
      const problems: string[] = [];
      if (!op.summary) problems.push('no summary');
      if (!op.description || op.description.length < 20) problems.push('no description');
      const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      if (success.length === 0) problems.push('no 2xx answer');
      for (const [status, r] of success) {
        if (status !== '204' && !Object.values(r.content ?? {}).some((c) => c.schema)) {
          problems.push(`${status} has no schema`);
        }
      }
      return problems.map((p) => `${key}: ${p}`);
    });
    expect(gaps).toEqual([]);
  });

  it('types every answer all the way down: no untyped object, times as ISO 8601, ids as UUIDs, counts as integers', () => {
    const gaps = operations.flatMap(([key, op]) =>
      responseSchemas(op).flatMap((schema) =>
        properties(schema, key).flatMap(([at, name, raw]) => {
          const prop = raw.allOf && !raw.type ? raw : resolve(raw);
          const problems: string[] = [];
          const typed = prop.properties || prop.additionalProperties || prop.allOf || prop.$ref || prop.enum;
          if (prop.type === 'object' && !typed) problems.push('is an untyped object');
          if (!prop.type && !prop.anyOf && !prop.oneOf && !prop.allOf && !raw.$ref) problems.push('has no type');
          if (/(At|Since)$/.test(name) && prop.format !== 'date-time') problems.push('is a time without date-time');
          if ((name === 'id' || /Id$/.test(name)) && prop.format !== 'uuid' && !prop.pattern) {
            problems.push('is an id without uuid');
          }
          if (name === 'email' && prop.format !== 'email') problems.push('is an e-mail without format');
          if (INTEGERS.has(name) && prop.type !== 'integer') problems.push('is a count that is not an integer');
          return problems.map((p) => `${at}.${name} ${p}`);
        }),
      ),
    );
    expect([...new Set(gaps)]).toEqual([]);
  });

  it('documents the lists that grow as pages of { items, nextCursor }', () => {
    const paged = [
      'GET /v1/organisations',
      'GET /v1/public/organisations',
      'GET /v1/organisations/mine',
      'GET /v1/organisations/{id}/members',
      'GET /v1/organisations/{id}/invitations',
      'GET /v1/organisations/{id}/decisions',
      'GET /v1/moderation/queue',
      'GET /v1/moderation/audit',
      'GET /v1/me/notifications',
    ];
    const shapes = paged.map((key) => {
      const op = operations.find(([k]) => k === key)?.[1];
      const schema = resolve(op!.responses['200'].content!['application/json'].schema);
      return {
        key,
        items: schema.properties?.items?.type,
        nextCursor: schema.properties?.nextCursor,
        required: [...(schema.required ?? [])].filter((r: string) => r !== 'unread').sort(),
        params: (op!.parameters ?? []).filter((p) => ['cursor', 'limit'].includes(p.name)).map((p) => p.name),
      };
    });
    expect(shapes).toEqual(
      paged.map((key) => ({
        key,
        items: 'array',
        nextCursor: expect.objectContaining({ type: 'string', nullable: true }),
        required: ['items', 'nextCursor'],
        params: ['cursor', 'limit'],
      })),
    );
  });

  it('documents the limits the server enforces on every request string, number and array', () => {
    const gaps = operations.flatMap(([key, op]) => {
      const problems: string[] = [];
      const check = (where: string, s: Schema) => {
        const p = resolve(s);
        if (p.type === 'string' && p.maxLength === undefined && !p.enum && !p.pattern && !raw(s).enum) {
          problems.push(`${where} is a string without a limit`);
        }
        if (p.type === 'array' && p.maxItems === undefined) problems.push(`${where} is an array without maxItems`);
        if (p.type === 'integer' && (p.minimum === undefined || p.maximum === undefined)) {
          problems.push(`${where} is an integer without bounds`);
        }
      };
      const raw = (s: Schema) => (s.allOf?.[0] ? resolve(s.allOf[0]) : s);
      for (const param of op.parameters ?? []) {
        if (param.in === 'path') {
          if (param.schema?.format !== 'uuid') problems.push(`${key} {${param.name}} is an id without uuid`);
          continue;
        }
        // `facets` is a comma-separated list whose every value is checked against the facet names.
        if (param.name === 'facets') continue;
        check(`${key} ?${param.name}`, param.schema);
      }
      const body = op.requestBody?.content['application/json']?.schema;
      if (body) for (const [at, name, prop] of properties(body, key)) check(`${at}.${name}`, prop);
      return problems;
    });
    expect([...new Set(gaps)]).toEqual([]);
  });

  it('says how long to wait wherever a rate limit answers 429', () => {
    const limited = operations.filter(([, op]) => op.responses['429']);
    expect(limited.map(([key]) => key).sort()).toEqual(
      ['POST /v1/auth/login', 'POST /v1/auth/register', 'POST /v1/me/email'].sort(),
    );
    for (const [, op] of limited) expect(op.responses['429'].headers).toHaveProperty('Retry-After');
  });

  it('gives an example for every request body', () => {
    const missing = operations
      .filter(([, op]) => op.requestBody)
      .filter(([, op]) => {
        const media = op.requestBody!.content['application/json'];
        if (media.examples || media.example) return false;
        // A body whose schema gives an example for each property is exemplified by its properties.
        return properties(media.schema, '').some(([, , p]) => p.example === undefined && !p.$ref && !p.enum);
      })
      .map(([key]) => key);
    expect(missing).toEqual([]);
  });
});
