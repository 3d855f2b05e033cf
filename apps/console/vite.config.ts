import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repository = fileURLToPath(new URL('../..', import.meta.url));
// The node the dev server sends API calls to (npm run console:dev).
const node = process.env.LANDSEA_NODE_URL ?? 'http://127.0.0.1:3000';
// Every path the console's pages do not own is the node's API (see libs/platform's console-site.ts).
const apiPaths = ['/identity', '/oauth', '/declarations', '/bills/', '/exchange', '/health', '/.well-known', '/docs'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: { '@landsea/uscc': `${repository}libs/reference/src/uscc.ts` },
  },
  build: {
    outDir: `${repository}dist/console`,
    emptyOutDir: true,
    // The node's Content-Security-Policy allows no inline script, so nothing may be inlined as one.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    // What each route loads, for the bench (npm run bench -- console).
    manifest: true,
  },
  server: {
    proxy: Object.fromEntries(
      apiPaths.map((path) => [
        path,
        // /bills/verify is also a page: a browser's navigation to it stays with Vite.
        { target: node, bypass: (request) => (request.headers['sec-fetch-mode'] === 'navigate' ? '/index.html' : undefined) },
      ]),
    ),
  },
});
