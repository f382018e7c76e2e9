import react from '@vitejs/plugin-react';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const api = 'http://localhost:3000';

// Vendor code that every page needs goes in long-cached chunks; zod and recharts (with the d3
// modules it pulls in) get chunks of their own, downloaded only by the routes that use them.
const vendorChunks = [
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
    priority: 30,
  },
  { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 20 },
  // Shared schemas from @vigil/contracts bring zod; only forms that validate load it.
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 15 },
  {
    name: 'charts',
    test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|decimal\.js-light|es-toolkit|eventemitter3|immer|reselect|redux|@reduxjs|react-redux|use-sync-external-store|tiny-invariant|clsx)[\\/]/,
    priority: 10,
  },
];

/**
 * Writes `.br` and `.gz` beside every emitted script and stylesheet, so the API serves the
 * dashboard compressed (by the browser's Accept-Encoding) without compressing on each request.
 */
const precompress = (): Plugin => {
  let outDir = '';
  return {
    name: 'vigil-precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    writeBundle: async (_options, bundle) => {
      const files = Object.keys(bundle).filter((name) => /\.(js|css|svg)$/.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(outDir, name);
          const content = await readFile(path);
          await writeFile(
            `${path}.br`,
            await promisify(brotliCompress)(content, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
            }),
          );
          await writeFile(`${path}.gz`, await promisify(gzip)(content, { level: 9 }));
        }),
      );
    },
  };
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      '@vigil/contracts': fileURLToPath(
        new URL('../../libs/contracts/src/index.ts', import.meta.url),
      ),
      // Pure rules (alert-rule matching) run in the browser too, from source like contracts.
      '@vigil/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorChunks } },
      // The domain library is pure functions and data: a route that uses one of its words must
      // not load the rest of it for side effects it does not have.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]libs[\\/]domain[\\/]/.test(id) },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
      '/metrics': { target: api, changeOrigin: false },
    },
  },
  preview: { port: 4173 },
});
