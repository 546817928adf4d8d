import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { buildContentSecurityPolicy } from './shared/security/csp';

/** The packaged window shows a file:// page, which has no headers: the policy goes in a <meta>. */
const cspMeta: Plugin = {
  name: 'exar-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      injectTo: 'head-prepend',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: buildContentSecurityPolicy({ forMeta: true }) },
    },
  ],
};

/** `@shared/…` is `shared/…` for every bundler and test runner (tsconfig.base.json says the same to TypeScript). */
export const aliases = { '@shared': resolve(__dirname, 'shared') };

/**
 * The renderer's build, used by electron-vite for the desktop app and on its own (`npm run
 * build:renderer`) for the web host, so both serve exactly the same bundle.
 */
export default defineConfig({
  root: resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react(), cspMeta],
  resolve: { alias: aliases },
  css: { postcss: __dirname },
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
  },
});
