import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

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

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
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
