// Builds the bundles: the CLI (compiler/dist/infog.js). One file starts faster than hundreds of
// modules, and it is what the published package runs.
import { build } from 'esbuild';

await build({
  entryPoints: ['compiler/src/cli/run.ts'],
  outfile: 'compiler/dist/infog.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: 'linked',
  legalComments: 'none',
  // Smaller code parses faster: start-up is part of every `infog check`.
  minify: true,
  logLevel: 'warning',
});
