import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve(root, '../../dist/web/staff'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // What a page needs before it can show anything comes in one chunk: on a slow phone network
    // every further round of requests costs its latency again. Screens opened later (React.lazy)
    // come in chunks of their own.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] } } },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
