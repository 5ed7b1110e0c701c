import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

// The lint rules that keep the layers apart, run on snippets through ESLint's own API (in a
// child process: ESLint loads eslint.config.mjs as an ES module, which Jest's sandbox cannot).

interface Case {
  file: string;
  code: string;
}

function lint(cases: Case[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    Promise.all(cases.map((c) => eslint.lintText(c.code, { filePath: c.file }))).then((results) =>
      process.stdout.write(JSON.stringify(results.map(([r]) => r.messages.map((m) => m.ruleId + ': ' + m.message)))),
    );`;
  const out = execFileSync(process.execPath, ['-e', script, JSON.stringify(cases)], {
    cwd: resolve(__dirname, '..'),
    encoding: 'utf8',
  });
  return JSON.parse(out) as string[][];
}

describe('services stop seeing TypeORM', () => {
  const service = 'libs/organisations/src/example.service.ts';
  const repository = 'libs/organisations/src/example.repository.ts';
  const app = 'apps/api/src/example/example.controller.ts';
  const uses = (names: string, from: string) =>
    `import { ${names} } from '${from}';\nexport const used = [${names}];\n`;

  let results: string[][];
  beforeAll(() => {
    results = lint([
      { file: service, code: uses('DataSource', 'typeorm') },
      { file: service, code: uses('unwrapTx', '@syndesmos/database') },
      { file: service, code: uses('managerOf', '@syndesmos/database') },
      { file: service, code: `import type { Tx } from '@syndesmos/database';\nexport type T = Tx;\n` },
      {
        file: repository,
        code: uses('DataSource', 'typeorm') + uses('unwrapTx', '@syndesmos/database').replace('used', 'u'),
      },
      { file: app, code: uses('asTx', '@syndesmos/database') },
    ]);
  }, 60_000);

  it('refuses typeorm in a service', () => {
    expect(results[0].join('\n')).toMatch(/no-restricted-imports: .*TypeORM/);
  });

  it('refuses unwrapping a transaction handle outside repositories', () => {
    expect(results[1].join('\n')).toMatch(/no-restricted-imports: .*opaque/);
    expect(results[2].join('\n')).toMatch(/no-restricted-imports: .*opaque/);
    expect(results[5].join('\n')).toMatch(/no-restricted-imports: .*opaque/);
  });

  it('lets services pass the opaque handle and repositories use TypeORM', () => {
    expect(results[3]).toEqual([]);
    expect(results[4]).toEqual([]);
  });
});
