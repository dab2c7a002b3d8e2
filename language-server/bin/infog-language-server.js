#!/usr/bin/env -S node --max-semi-space-size=32
// `infog-language-server --stdio` (or `--node-ipc`): runs the esbuild bundle, or the TypeScript
// sources from a clone without a build (Node >= 22.18 strips the types). The larger young generation
// (--max-semi-space-size) cuts garbage-collection pauses on large contracts: see docs/performance.md.
import { existsSync } from 'node:fs';
import module from 'node:module';

module.enableCompileCache?.();
const bundle = new URL('../dist/server.js', import.meta.url);
if (!existsSync(bundle)) {
  // The sources import @infog/compiler's sources through the `infog-source` export condition
  // (compiler/package.json), as the build and the type checker do.
  module.registerHooks?.({ resolve: (specifier, context, next) => next(specifier, { ...context, conditions: [...context.conditions, 'infog-source'] }) });
}
await import(existsSync(bundle) ? bundle.href : new URL('../src/server.ts', import.meta.url).href);
