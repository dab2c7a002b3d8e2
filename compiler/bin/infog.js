#!/usr/bin/env node
// The `infog` command. Runs the esbuild bundle (fast start-up); from a clone without a build, falls
// back to the TypeScript sources, which Node >= 22.18 runs directly.
import { existsSync } from 'node:fs';
import module from 'node:module';

// V8's on-disk code cache (Node >= 22.1) saves recompiling the bundle at every start.
module.enableCompileCache?.();

const bundle = new URL('../dist/infog.js', import.meta.url);
await import(existsSync(bundle) ? bundle.href : new URL('../src/cli/run.ts', import.meta.url).href);
