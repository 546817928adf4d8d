// Lint: TypeScript rules for every layer, React hooks rules for the renderer, and the layer
// boundaries of ARCHITECTURE.md (also checked by tests/architecture/imports.test.ts).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { areaDirection } from './eslint-rules/area-direction.mjs';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'stream', 'zlib'];

/** What shared/ may not import, for all of it and again for shared/rules (a later block replaces the rule's options). */
const SHARED_PATHS = ['electron', 'better-sqlite3', ...NODE_BUILTINS].map((name) => ({ name, message: 'shared/ runs in the browser too.' }));
const SHARED_PATTERNS = [
  { group: ['node:*'], message: 'shared/ runs in the browser too: no Node built-ins.' },
  { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing of the app.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'tests/artifacts/**', 'electron/core/db/migrations/**', 'data/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, exar: { rules: { 'area-direction': areaDirection } } },
    rules: {
      'exar/area-direction': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', ...NODE_BUILTINS].map((name) => ({ name, message: 'The renderer talks to the core only through the api client.' })),
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a browser: no Node built-ins.' },
            { group: ['**/electron/**'], message: 'The renderer may import shared/ only, never electron/ code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'electron/core runs in plain Node: never import electron.' }] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: SHARED_PATHS,
          patterns: [
            ...SHARED_PATTERNS,
          ],
        },
      ],
    },
  },
  {
    // The pure rules sit below the contract: what both need lives in shared/domain (decision 0018's boundaries).
    files: ['shared/rules/**/*.ts'],
    ignores: ['shared/rules/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: SHARED_PATHS,
          patterns: [
            ...SHARED_PATTERNS,
            { group: ['../api', '../api/*', '**/shared/api/**', '@shared/api/*'], message: 'shared/rules never imports the contract: move what both need to shared/domain.' },
          ],
        },
      ],
    },
  },
);
