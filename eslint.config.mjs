// Lint: typescript-eslint's recommended rules, plus the import directions of ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noAppImports = {
  group: ['**/apps/**', '../../apps/*'],
  message: 'A lib never imports an app (ARCHITECTURE.md).',
};
const meiliOnlyInSearch = {
  group: ['meilisearch'],
  message: 'Only libs/search talks to Meilisearch.',
};
const socketsOnlyInRealtime = {
  group: ['socket.io', '@nestjs/websockets', '@nestjs/platform-socket.io', '@socket.io/*'],
  message: 'Only apps/realtime holds sockets.',
};
const typeormOnlyInData = {
  group: ['typeorm'],
  message: 'Only repositories, entities and libs/database import TypeORM.',
};
// Services pass transactions along as the opaque Tx of libs/database; only repositories open it.
const transactionsStayOpaque = {
  name: '@syndesmos/database',
  importNames: ['asTx', 'unwrapTx', 'managerOf', 'inTransaction', 'DataSource', 'EntityManager'],
  message: 'Services see a transaction as the opaque Tx; only repositories unwrap it (ARCHITECTURE.md).',
};

export default tseslint.config(
  {
    ignores: [
      'eslint.config.mjs',
      'test/support/summary-reporter.js',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
      'jest.config.js',
      // Generated from openapi.json by `npm run openapi:types`, never edited by hand.
      'apps/web/src/api/schema.d.ts',
      'apps/web/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        __dirname: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (CONVENTIONS.md).' },
      ],
    },
  },
  {
    // Tests read loosely typed JSON answers.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Jest and Playwright load their config, global setup, teardown and reporters through the default export.
    files: [
      'test/support/global-*.ts',
      'playwright.config.ts',
      'test/browser/support/global-setup.ts',
      'test/browser/support/summary-reporter.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/search/**', 'libs/database/**', 'libs/**/*.repository.ts', 'libs/**/*.entity.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [transactionsStayOpaque],
          patterns: [noAppImports, meiliOnlyInSearch, socketsOnlyInRealtime, typeormOnlyInData],
        },
      ],
    },
  },
  {
    files: ['libs/search/**/*.ts', 'libs/database/**/*.ts', 'libs/**/*.repository.ts', 'libs/**/*.entity.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noAppImports, socketsOnlyInRealtime] }],
    },
  },
  {
    files: ['apps/api/**/*.ts', 'apps/worker/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [transactionsStayOpaque],
          patterns: [
            meiliOnlyInSearch,
            socketsOnlyInRealtime,
            typeormOnlyInData,
            { group: ['../../*/src/**', '**/apps/*/src/**'], message: 'No app imports another app.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/realtime/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [transactionsStayOpaque], patterns: [meiliOnlyInSearch, typeormOnlyInData] },
      ],
    },
  },
  {
    // The browser app: DOM globals; it knows the server only through the generated client.
    files: ['apps/web/**/*.{ts,tsx,mts}'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        location: 'readonly',
        history: 'readonly',
        localStorage: 'readonly',
        Storage: 'readonly',
        Request: 'readonly',
        Response: 'readonly',
        Headers: 'readonly',
        HTMLElement: 'readonly',
        HTMLInputElement: 'readonly',
        HTMLHeadingElement: 'readonly',
        KeyboardEvent: 'readonly',
        MouseEvent: 'readonly',
        Event: 'readonly',
        AbortController: 'readonly',
        Blob: 'readonly',
        requestAnimationFrame: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        Intl: 'readonly',
      },
    },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@syndesmos/*', '**/libs/**'], message: 'apps/web imports no lib (ARCHITECTURE.md).' },
            {
              group: ['**/apps/api/**', '**/apps/worker/**', '**/apps/realtime/**'],
              message: 'No app imports another app.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (CONVENTIONS.md).' },
        {
          selector: "CallExpression[callee.property.name='toUpperCase']",
          message: 'Greek capitals drop their accents: use CSS text-transform with lang, or toLocaleUpperCase(lang).',
        },
      ],
    },
  },
  {
    // Vite loads its config through the default export; a catalogue part is a default export.
    files: ['apps/web/vite.config.mts', 'apps/web/src/i18n/catalogue-modules.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
