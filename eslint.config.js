// Lint rules, including the architecture's import boundaries (ARCHITECTURE.md). The import-graph
// test (test/architecture) checks stage order precisely; these rules give the same feedback in the editor.
import tseslint from 'typescript-eslint';

const STAGES = ['text', 'diagnostics', 'syntax', 'ast', 'schema', 'model', 'calendar', 'backends', 'ide', 'format', 'cli'];
// Stages a folder must not import: everything after it in the flow (calendar is used by model).
const LATER = {
  text: STAGES.slice(1),
  diagnostics: STAGES.slice(2),
  syntax: ['ast', 'schema', 'model', 'calendar', 'backends', 'ide', 'format', 'cli'],
  ast: ['schema', 'model', 'calendar', 'backends', 'ide', 'format', 'cli'],
  schema: ['model', 'calendar', 'backends', 'ide', 'format', 'cli'],
  calendar: ['syntax', 'ast', 'schema', 'model', 'backends', 'ide', 'format', 'cli'],
  model: ['backends', 'ide', 'format', 'cli'],
  backends: ['ide', 'format', 'cli'],
  ide: ['cli'],
  format: ['ide', 'cli', 'model', 'backends'],
};

const IO_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'net', 'node:net',
  'http', 'node:http', 'https', 'node:https', 'http2', 'node:http2', 'dgram', 'node:dgram', 'tls', 'node:tls', 'dns', 'node:dns'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.toolchain/**', '.tsbuild/**', 'out/**', 'coverage/**', 'docs/grammar/**', '**/*.tmp.ts', '**/*.tmp.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  ...Object.entries(LATER).map(([stage, later]) => ({
    files: [`compiler/src/${stage}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        paths: stage === 'cli' ? [] : IO_MODULES.map((name) => ({ name, message: 'The core does no I/O: go through the Host (compiler/src/host.ts).' })),
        patterns: later.map((l) => ({ group: [`../${l}/*`, `../../${l}/*`, `../../../${l}/*`], message: `Stage "${stage}" must not import the later stage "${l}" (ARCHITECTURE.md).` })),
      }],
    },
  })),
  {
    files: ['language-server/src/**/*.ts', 'vscode-extension/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/compiler/src/**', '@infog/compiler/src/*'], message: 'Adapters use the public API of @infog/compiler only.' }] }],
    },
  },
);
