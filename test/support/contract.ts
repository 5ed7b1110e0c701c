import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { CONTRACT_PENDING } from './contract-pending';

// The contract test: every answer the end-to-end suite receives through HttpClient is checked
// against the checked-in openapi.json (its path template and method, its status, its
// documented headers, and its body against the schema, with every object closed to unknown
// properties). A validator that is maintained elsewhere (Ajv 8 with ajv-formats) does the JSON
// Schema work; this file only turns OpenAPI 3.0 into the JSON Schema Ajv reads.

export const OPENAPI_PATH = resolve(__dirname, '..', '..', 'openapi.json');

type Schema = Record<string, any>;

interface MediaTypeObject {
  schema?: Schema;
}

interface ResponseObject {
  description?: string;
  headers?: Record<string, { required?: boolean; schema?: Schema }>;
  content?: Record<string, MediaTypeObject>;
}

interface OperationObject {
  operationId?: string;
  responses?: Record<string, ResponseObject>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
  [key: string]: unknown;
}

/** One request and its answer, as HttpClient saw them. */
export interface Exchange {
  method: string;
  /** As sent: the path, with its query string if any. */
  url: string;
  status: number;
  headers: Headers;
  /** The raw body. */
  text: string;
}

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

/**
 * Refusals that happen before any operation is reached (see the document's description): any
 * operation may answer them, always with the plain error body.
 */
const FRAMEWORK_REFUSALS: Record<number, readonly string[]> = {
  400: ['MALFORMED_REQUEST', 'MALFORMED_JSON'],
  404: ['NOT_FOUND'],
  413: ['PAYLOAD_TOO_LARGE'],
  414: ['URI_TOO_LONG'],
  415: ['UNSUPPORTED_MEDIA_TYPE'],
};

const ROOT = 'openapi';
const ERROR_BODY = 'ErrorBodyDto';

interface Route {
  template: string;
  pattern: RegExp;
  literals: number;
}

/** Turns an OpenAPI 3.0 schema into draft-07 JSON Schema, closing objects to unknown keys. */
export function toJsonSchema(schema: Schema): Schema {
  if (schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    switch (key) {
      case '$ref':
        out.$ref = String(value).replace('#/components/schemas/', `${ROOT}#/definitions/`);
        break;
      case 'properties':
        out.properties = Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, toJsonSchema(v)]));
        break;
      case 'items':
      case 'not':
        out[key] = toJsonSchema(value);
        break;
      case 'additionalProperties':
        out[key] = typeof value === 'object' ? toJsonSchema(value) : value;
        break;
      case 'allOf':
      case 'oneOf':
      case 'anyOf':
        out[key] = (value as Schema[]).map(toJsonSchema);
        break;
      // OpenAPI annotations that are no JSON Schema keywords.
      case 'nullable':
      case 'example':
      case 'xml':
      case 'externalDocs':
      case 'discriminator':
      case 'deprecated':
        break;
      default:
        out[key] = value;
    }
  }
  const composed = out.allOf || out.oneOf || out.anyOf;
  if ((out.type === 'object' || out.properties) && out.additionalProperties === undefined && !composed) {
    out.additionalProperties = false;
  }
  if (schema.nullable === true) return nullable(out);
  return out;
}

function nullable(schema: Schema): Schema {
  // Nest writes a nullable reference as { nullable, type: object, allOf: [$ref] }: widening the
  // type would still leave the allOf refusing null, so the whole schema becomes one alternative.
  const composed = schema.allOf || schema.oneOf || schema.anyOf;
  if (typeof schema.type === 'string' && !composed) {
    const type = [schema.type, 'null'];
    const values = schema.enum as unknown[] | undefined;
    const withEnum = Array.isArray(values) && !values.includes(null) ? { enum: [...values, null] } : {};
    return { ...schema, type, ...withEnum };
  }
  return { anyOf: [{ type: 'null' }, schema] };
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => {
      const where = e.instancePath || '(body)';
      const extra =
        e.keyword === 'additionalProperties'
          ? `: "${(e.params as { additionalProperty: string }).additionalProperty}"`
          : e.keyword === 'enum'
            ? `: ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`
            : '';
      return `  ${where} ${e.message}${extra}`;
    })
    .join('\n');
}

function snippet(text: string): string {
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** Checks answers against one OpenAPI document. */
export class Contract {
  private readonly ajv: Ajv;
  private readonly routes: Route[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(
    readonly document: OpenApiDocument,
    private readonly pending: ReadonlySet<string> = new Set(CONTRACT_PENDING),
  ) {
    this.ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
    addFormats(this.ajv);
    const definitions = Object.fromEntries(
      Object.entries(document.components?.schemas ?? {}).map(([name, s]) => [name, toJsonSchema(s)]),
    );
    this.ajv.addSchema({ $id: ROOT, definitions });
    this.routes = Object.keys(document.paths)
      .map((template) => {
        const segments = template.split('/');
        const source = segments
          .map((s) => (/^\{[^}]+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join('/');
        return {
          template,
          pattern: new RegExp(`^${source}$`),
          literals: segments.filter((s) => s && !s.startsWith('{')).length,
        };
      })
      // A literal segment wins over a parameter (`/channels/direct` before `/channels/{id}`).
      .sort((a, b) => b.literals - a.literals);
  }

  static fromFile(file = OPENAPI_PATH): Contract {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run openapi\``);
    return new Contract(JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument);
  }

  /** The documented template a request path falls under, if any. */
  templateFor(path: string): string | undefined {
    return this.routes.find((r) => r.pattern.test(path))?.template;
  }

  /** Throws a ContractViolation when the answer is not one the document describes. */
  check(exchange: Exchange): void {
    const method = exchange.method.toLowerCase();
    if (method === 'head' || method === 'options') return;
    const path = exchange.url.split(/[?#]/)[0];
    const template = this.templateFor(path);
    const operation = template ? this.document.paths[template][method] : undefined;
    const key = `${exchange.method.toUpperCase()} ${template ?? path}`;
    const fail: (problem: string) => never = (problem) => {
      throw new ContractViolation(
        `Contract violation: ${key} answered ${exchange.status}: ${problem}\n` +
          `  body: ${snippet(exchange.text)}\n` +
          '  (openapi.json is the contract: fix the answer or the documentation, then `npm run openapi`)',
      );
    };
    const code = this.errorCode(exchange);
    const refusal = FRAMEWORK_REFUSALS[exchange.status]?.includes(code ?? '') === true;
    // An operation that was reached answers its own 404s: those must be documented.
    const refusedBeforeOperation = refusal && exchange.status !== 404;

    if (!operation) {
      // Outside the document (/docs, static files) nothing is checked; an unknown route or
      // method is refused with the one error body.
      if (exchange.status === 404 && refusal) return this.checkBody(`error ${key}`, this.errorBody(), exchange, fail);
      if (template) fail(`the document has no ${exchange.method.toUpperCase()} operation on ${template}`);
      if (path.startsWith('/v1/')) fail('no documented path matches it');
      return;
    }

    const status = String(exchange.status);
    const response =
      operation.responses?.[status] ?? operation.responses?.[`${status[0]}XX`] ?? operation.responses?.default;
    if (!response || (refusedBeforeOperation && !this.listsCode(response, code))) {
      if (refusedBeforeOperation) return this.checkBody(`error ${key}`, this.errorBody(), exchange, fail);
      const documented = Object.keys(operation.responses ?? {}).join(', ');
      fail(`status ${status} is not documented for this operation (documented: ${documented})`);
      return;
    }

    for (const [name, header] of Object.entries(response.headers ?? {})) {
      if (header.required === false) continue;
      const value = exchange.headers.get(name);
      if (value === null) fail(`the documented header ${name} is missing`);
      else if (header.schema) this.checkHeader(name, value, header.schema, key, fail);
    }

    if (this.pending.has(key) && exchange.status < 300) return;
    const content = response.content;
    if (!content || Object.keys(content).length === 0) {
      if (exchange.text.length > 0) fail('the document describes no body for this answer, but one came');
      return;
    }
    const mediaType = (exchange.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    const media = content[mediaType] ?? content['*/*'];
    if (!media) fail(`content type "${mediaType}" is not documented (documented: ${Object.keys(content).join(', ')})`);
    if (!/[/+]json$/.test(mediaType) || !media.schema) return;
    this.checkBody(`${key} ${status} ${mediaType}`, media.schema, exchange, fail);
  }

  private errorCode(exchange: Exchange): string | undefined {
    try {
      const body = JSON.parse(exchange.text) as { code?: unknown };
      return typeof body?.code === 'string' ? body.code : undefined;
    } catch {
      return undefined;
    }
  }

  /** Whether an error answer narrows `code` to a list that holds this one (or does not narrow it). */
  private listsCode(response: ResponseObject, code: string | undefined): boolean {
    const schema = response.content?.['application/json']?.schema;
    const listed: unknown = schema?.properties?.code?.enum;
    return !Array.isArray(listed) || listed.includes(code);
  }

  private errorBody(): Schema {
    return { $ref: `#/components/schemas/${ERROR_BODY}` };
  }

  private checkHeader(name: string, value: string, schema: Schema, key: string, fail: (p: string) => never): void {
    const validate = this.compile(`${key} header ${name}`, schema);
    const numeric = schema.type === 'integer' || schema.type === 'number';
    const parsed = numeric && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    if (!validate(parsed)) fail(`the header ${name}: "${value}" does not match\n${describeErrors(validate.errors)}`);
  }

  private checkBody(cacheKey: string, schema: Schema, exchange: Exchange, fail: (p: string) => never): void {
    let body: unknown;
    try {
      body = JSON.parse(exchange.text);
    } catch {
      fail('the body is not JSON, but the document describes a JSON body');
    }
    const validate = this.compile(cacheKey, schema);
    if (!validate(body)) fail(`the body does not match the document:\n${describeErrors(validate.errors)}`);
  }

  private compile(cacheKey: string, schema: Schema): ValidateFunction {
    let validate = this.validators.get(cacheKey);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema));
      this.validators.set(cacheKey, validate);
    }
    return validate;
  }
}

let shared: Contract | undefined;

/** The contract of the checked-in openapi.json, loaded once per test file. */
export function contract(): Contract {
  shared ??= Contract.fromFile();
  return shared;
}
