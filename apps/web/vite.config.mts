import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { cataloguePlugin } from './catalogue-plugin.mts';

// The web app builds to apps/web/dist, which the API serves at `/`. No @vitejs/plugin-react:
// Vite 8's built-in Oxc compiles TSX (see README, "The web app").
const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.SYNDESMOS_API_URL ?? 'http://127.0.0.1:3000';
const realtime = process.env.SYNDESMOS_REALTIME_URL ?? 'http://127.0.0.1:3001';

export default defineConfig({
  root,
  plugins: [cataloguePlugin(fileURLToPath(new URL('./src/i18n', import.meta.url)))],
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      // React Query marks its modules "use client" (for React Server Components): meaningless here.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/v1': { target: api, changeOrigin: false },
      '/health': { target: api },
      '/docs': { target: api },
      '/socket.io': { target: realtime, ws: true },
    },
  },
  test: {
    root,
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    // Files share a worker's happy-dom and modules: a fresh environment per file took 21 of
    // 47 s, the tests 2. The files leave nothing behind (each renders with its own i18next
    // instance and query client; src/test/setup.ts unmounts after each test); they pass in
    // any order:
    // `npx vitest run --config apps/web/vite.config.mts --sequence.shuffle --sequence.seed=N`.
    isolate: false,
    setupFiles: ['src/test/setup.ts'],
  },
});
