import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { CONTRACT_PENDING } from './support/contract-pending';
import { OPENAPI_PATH, type OpenApiDocument } from './support/contract';

// The client the web app and integrators generate from openapi.json must see every body:
// openapi-typescript (the generator `npm run openapi:types` runs) turns the document into
// types, they must compile, and no request or response body, nor anything inside one, may be
// `unknown`, `never` or `Record<string, never>` (what an undocumented or mistyped schema gives).

const ROOT = resolve(__dirname, '..');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface Probe {
  name: string;
  what: string;
  type: string;
  pending: boolean;
}

function probes(document: OpenApiDocument): Probe[] {
  const out: Probe[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method] as any;
      if (!op) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const base = `paths[${JSON.stringify(path)}][${JSON.stringify(method)}]`;
      for (const media of Object.keys(op.requestBody?.content ?? {})) {
        if (!media.endsWith('json')) continue;
        out.push({
          name: `P${out.length}`,
          what: `${key} request body`,
          type: `NonNullable<${base}['requestBody']>['content'][${JSON.stringify(media)}]`,
          pending: false,
        });
      }
      for (const [status, response] of Object.entries<any>(op.responses ?? {})) {
        for (const media of Object.keys(response.content ?? {})) {
          if (!media.endsWith('json')) continue;
          out.push({
            name: `P${out.length}`,
            what: `${key} ${status} body`,
            type: `${base}['responses'][${JSON.stringify(status)}]['content'][${JSON.stringify(media)}]`,
            pending: CONTRACT_PENDING.includes(key) && status.startsWith('2'),
          });
        }
      }
    }
  }
  return out;
}

/** Where inside a type an empty or blind type sits, if anywhere. */
function blindSpots(checker: ts.TypeChecker, type: ts.Type, where: string, seen: Set<ts.Type>): string[] {
  if (type.flags & ts.TypeFlags.Unknown || type.flags & ts.TypeFlags.Any) return [`${where}: unknown`];
  if (type.flags & ts.TypeFlags.Never) return [`${where}: never`];
  if (type.isUnion() || type.isIntersection()) {
    return type.types.flatMap((t) => blindSpots(checker, t, where, seen));
  }
  if (!(type.flags & ts.TypeFlags.Object)) return [];
  const properties = checker.getPropertiesOfType(type);
  const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
  if (properties.length === 0 && index && index.type.flags & ts.TypeFlags.Never) {
    return [`${where}: Record<string, never>`];
  }
  if (properties.length === 0 && !index && checker.getSignaturesOfType(type, ts.SignatureKind.Call).length === 0) {
    return [`${where}: {}`];
  }
  // Each object type is walked once per body (schemas may refer to themselves).
  if (seen.has(type)) return [];
  seen.add(type);
  if (checker.isArrayType(type)) {
    const [element] = checker.getTypeArguments(type as ts.TypeReference);
    return element ? blindSpots(checker, element, `${where}[]`, seen) : [];
  }
  return properties.flatMap((p) => {
    const declaration = p.valueDeclaration ?? p.declarations?.[0];
    if (!declaration) return [];
    const propType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(p, declaration));
    return blindSpots(checker, propType, `${where}.${p.name}`, seen);
  });
}

describe('the types generated from openapi.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'syndesmos-openapi-types-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compile, and no body holds unknown, never or Record<string, never>', () => {
    const schemaFile = join(dir, 'schema.d.ts');
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), OPENAPI_PATH, '-o', schemaFile],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
    const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as OpenApiDocument;
    const list = probes(document);
    const probeFile = join(dir, 'probe.ts');
    writeFileSync(
      probeFile,
      `import type { paths } from './schema';\n${list.map((p) => `export type ${p.name} = ${p.type};`).join('\n')}\n`,
    );
    const program = ts.createProgram([schemaFile, probeFile], {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);

    const checker = program.getTypeChecker();
    const source = program.getSourceFile(probeFile)!;
    const aliases = new Map<string, ts.TypeAliasDeclaration>();
    source.forEachChild((node) => {
      if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node);
    });
    const problems = list
      .filter((p) => !p.pending)
      .flatMap((p) => blindSpots(checker, checker.getTypeAtLocation(aliases.get(p.name)!), p.what, new Set()));
    expect(problems).toEqual([]);
  });
});
