import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer's build, used by electron-vite for the desktop app and on its own (`npm run
 * build:renderer`) for the web host, so both serve exactly the same bundle.
 */
export default defineConfig({
  root: __dirname,
  base: './',
  plugins: [react()],
  css: { postcss: resolve(__dirname, '..') },
  build: {
    outDir: resolve(__dirname, '../out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: resolve(__dirname, 'index.html') },
  },
});
