import { defineConfig } from 'vitest/config';
import { aliases } from './vite.renderer.config.mts';

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/architecture/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
