// Builds the bundles: the CLI (compiler/dist/infog.js), split in chunks so that `infog check` loads
// only the checker, while the PDF (pdfmake) and export backends load when `compile` asks for them.
// Bundles start faster than hundreds of modules, and they are what the published package runs.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Some dependencies (pdfmake, vscode-languageserver) are CommonJS: inside an ESM bundle their
// `require`s of Node built-ins need a real `require`.
const requireShim = "import { createRequire as __infogCreateRequire } from 'node:module'; const require = __infogCreateRequire(import.meta.url);";

// A clean output folder: chunk names change with their content, stale ones would pile up.
rmSync('compiler/dist', { recursive: true, force: true });

await build({
  entryPoints: { infog: 'compiler/src/cli/run.ts' },
  outdir: 'compiler/dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: 'linked',
  legalComments: 'none',
  // Smaller code parses faster: start-up is part of every `infog check`.
  minify: true,
  banner: { js: requireShim },
  // pdfkit (under pdfmake) reads its data files next to its own sources (`__dirname`), so it is
  // loaded from node_modules at run time rather than bundled; it is a dependency of the package.
  external: ['pdfmake', 'pdfmake/*'],
  logLevel: 'warning',
});

// The PDF typeface travels with the bundle (compiler/dist/fonts), so a packaged CLI (the VS Code
// extension's) needs no node_modules to compile a PDF.
import { createRequire } from 'node:module';
const fontPkg = createRequire(import.meta.url).resolve('@expo-google-fonts/source-serif-4/package.json');
mkdirSync('compiler/dist/fonts', { recursive: true });
for (const f of ['400Regular/SourceSerif4_400Regular.ttf', '600SemiBold/SourceSerif4_600SemiBold.ttf', '400Regular_Italic/SourceSerif4_400Regular_Italic.ttf', '600SemiBold_Italic/SourceSerif4_600SemiBold_Italic.ttf']) {
  cpSync(join(dirname(fontPkg), f), join('compiler/dist/fonts', f.split('/')[1]));
}
// The language server (language-server/dist/server.js) and the VS Code extension: its client
// (dist/extension.cjs, `vscode` provided by the editor), a copy of the server, the CLI its commands
// run, and the stdlib, so the .vsix works without the repository.

const root = join(import.meta.dirname, '..');
const at = (...p) => join(root, ...p);
const serverOptions = {
  entryPoints: [at('language-server/src/server.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: 'linked',
  legalComments: 'none',
  minify: true,
  banner: { js: requireShim },
  logLevel: 'warning',
};
await build({ ...serverOptions, outfile: at('language-server/dist/server.js') });
await build({ ...serverOptions, outfile: at('vscode-extension/dist/server.js'), sourcemap: false });
await build({
  entryPoints: [at('vscode-extension/src/extension.ts')],
  outfile: at('vscode-extension/dist/extension.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
rmSync(at('vscode-extension/dist/cli'), { recursive: true, force: true });
cpSync(at('compiler/dist'), at('vscode-extension/dist/cli'), { recursive: true, filter: (p) => !p.endsWith('.map') });
copyRuntimeDependency('pdfmake', at('compiler'), at('vscode-extension/dist/cli'));

/**
 * Copies a package and everything it depends on at run time into `dest/node_modules`, keeping npm's
 * layout (nested copies stay nested), so the CLI shipped in the .vsix can load the PDF renderer that
 * the bundle leaves external. Browser builds, maps and docs are left out.
 */
function copyRuntimeDependency(name, from, dest) {
  const require = createRequire(join(from, 'noop.js'));
  const seen = new Set();
  const walk = (pkg, parent) => {
    const req = createRequire(join(parent, 'noop.js'));
    let dir;
    try {
      dir = dirname(req.resolve(`${pkg}/package.json`));
    } catch {
      let d = dirname(req.resolve(pkg));
      while (!existsSync(join(d, 'package.json'))) d = dirname(d);
      dir = d;
    }
    if (seen.has(dir)) return;
    seen.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const rel = dir.slice(dir.indexOf('node_modules'));
    cpSync(dir, join(dest, rel), {
      recursive: true,
      filter: (p) => !/\.map$|[\\/](build|docs|examples|test|tests|\.github)([\\/]|$)/.test(p.slice(dir.length)),
    });
    for (const dep of Object.keys(manifest.dependencies ?? {})) walk(dep, dir);
  };
  void require;
  walk(name, from);
}
rmSync(at('vscode-extension/dist/stdlib'), { recursive: true, force: true });
mkdirSync(at('vscode-extension/dist/stdlib'), { recursive: true });
if (existsSync(at('stdlib'))) cpSync(at('stdlib'), at('vscode-extension/dist/stdlib'), { recursive: true });
