import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import rendererConfig, { aliases } from './vite.renderer.config.mts';

export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The core's own process (utilityProcess.fork of out/main/core-host.js, decision 0020).
          'core-host': resolve(__dirname, 'electron/core-host/index.ts'),
          // The worker thread that reads an uploaded Word template off the core's thread (decision 0024).
          'template-worker': resolve(__dirname, 'electron/core/documents/templates/worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require node_modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
