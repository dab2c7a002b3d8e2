// Builds the bundles: the CLI (compiler/dist/infog.js), split in chunks so that `infog check` loads
// only the checker, while the PDF (pdfmake) and export backends load when `compile` asks for them;
// the library entry points of the package (compiler/dist/lib: the API, the Node host, the Prettier
// plugin); the language server; the VS Code extension. Every dependency is bundled (Prettier excepted,
// which the plugin's user brings), so the packed packages and the .vsix have no run-time dependency
// to download. Bundles start faster than hundreds of modules, and they are what the packages run.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

const root = join(import.meta.dirname, '..');
const at = (...p) => join(root, ...p);

// Some dependencies (pdfmake, vscode-languageserver) are CommonJS: inside an ESM bundle their
// `require`s of Node built-ins need a real `require`, and their `__dirname` the bundle's folder
// (pdfmake's virtual file system strips it from names; pdfkit would read its AFM metrics beside it,
// which never happens: pdfmake gives pdfkit no standard font).
const requireShim = "import { createRequire as __infogCreateRequire } from 'node:module'; const require = __infogCreateRequire(import.meta.url);";
const esm = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  legalComments: 'none',
  // Smaller code parses faster: start-up is part of every `infog check`.
  minify: true,
  banner: { js: requireShim },
  define: { __dirname: 'import.meta.dirname' },
  // The workspace's own packages are read from their TypeScript sources (package.json `exports`).
  conditions: ['infog-source'],
  metafile: true,
  logLevel: 'warning',
};

// Clean output folders: chunk names change with their content, stale ones would pile up. Copies of
// the stdlib left in a package folder by an interrupted `npm pack` (scripts/pack.mjs) go too.
for (const d of ['compiler/dist', 'language-server/dist', 'vscode-extension/dist', 'compiler/stdlib', 'language-server/stdlib']) rmSync(at(d), { recursive: true, force: true });

const bundled = new Map();
const note = (result, scope) => {
  for (const input of Object.keys(result.metafile.inputs)) {
    const abs = join(root, input);
    const i = abs.lastIndexOf(`${sep}node_modules${sep}`);
    if (i < 0) continue;
    let dir = dirname(abs);
    while (!existsSync(join(dir, 'package.json')) || !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name) dir = dirname(dir);
    (bundled.get(scope) ?? bundled.set(scope, new Set()).get(scope)).add(dir);
  }
};

// ---- the CLI ----
note(await build({
  ...esm,
  entryPoints: { infog: at('compiler/src/cli/run.ts') },
  outdir: at('compiler/dist'),
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
}), 'compiler');

// The PDF typeface travels with the bundle (compiler/dist/fonts) with its licence (SIL OFL 1.1).
const fontPkg = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/source-serif-4/package.json'));
mkdirSync(at('compiler/dist/fonts'), { recursive: true });
for (const f of ['400Regular/SourceSerif4_400Regular.ttf', '600SemiBold/SourceSerif4_600SemiBold.ttf', '400Regular_Italic/SourceSerif4_400Regular_Italic.ttf', '600SemiBold_Italic/SourceSerif4_600SemiBold_Italic.ttf']) {
  cpSync(join(fontPkg, f), at('compiler/dist/fonts', f.split('/')[1]));
}
cpSync(join(fontPkg, 'LICENSE_FONT'), at('compiler/dist/fonts/OFL.txt'));

// ---- the package's library entry points: `@infog/compiler`, `/node`, `/prettier` ----
note(await build({
  ...esm,
  entryPoints: {
    index: at('compiler/src/index.ts'),
    node: at('compiler/src/cli/node-host.ts'),
    prettier: at('compiler/src/format/prettier-plugin.ts'),
    // The emitted-codes recorder (INFOG_RECORD_CODES), which the language server imports.
    'record-codes': at('compiler/src/cli/record-codes.ts'),
  },
  outdir: at('compiler/dist/lib'),
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  // The plugin runs inside the user's Prettier: it must use that copy's document builders.
  external: ['prettier'],
}), 'compiler');

// ---- the language server, and the CLI its commands run ----
const serverOptions = { ...esm, entryPoints: [at('language-server/src/server.ts')] };
note(await build({ ...serverOptions, outfile: at('language-server/dist/server.js'), sourcemap: 'linked' }), 'language-server');
copyCli(at('language-server/dist/cli'));

// ---- the VS Code extension: its client (`vscode` is provided by the editor), the server, the CLI;
// the stdlib goes in too, so the .vsix works without the repository ----
note(await build({ ...serverOptions, outfile: at('vscode-extension/dist/server.js') }), 'vscode-extension');
note(await build({
  ...esm,
  entryPoints: [at('vscode-extension/src/extension.ts')],
  outfile: at('vscode-extension/dist/extension.cjs'),
  format: 'cjs',
  banner: {},
  define: {},
  external: ['vscode'],
}), 'vscode-extension');
copyCli(at('vscode-extension/dist/cli'));
mkdirSync(at('vscode-extension/dist/stdlib'), { recursive: true });
cpSync(at('stdlib'), at('vscode-extension/dist/stdlib'), { recursive: true });

// ---- the licences of what the bundles contain ----
const compilerDeps = bundled.get('compiler') ?? new Set();
writeNotices(at('compiler/dist/THIRD-PARTY-NOTICES.txt'), compilerDeps, 'fonts');
writeNotices(at('language-server/dist/THIRD-PARTY-NOTICES.txt'), new Set([...(bundled.get('language-server') ?? []), ...compilerDeps]), 'cli/fonts');
writeNotices(at('vscode-extension/dist/THIRD-PARTY-NOTICES.txt'), new Set([...(bundled.get('vscode-extension') ?? []), ...compilerDeps]), 'cli/fonts');

/** The CLI bundle without its source maps, where a server or the extension runs it. */
function copyCli(dest) {
  cpSync(at('compiler/dist'), dest, { recursive: true, filter: (p) => !p.endsWith('.map') && !p.startsWith(at('compiler/dist/lib')) });
}

/**
 * One file naming each bundled package with its licence text, as their licences (MIT, ISC, BSD,
 * Apache-2.0, BlueOak) ask of a redistribution. The list comes from esbuild's metafile: exactly what
 * was bundled. A package that ships no licence file is named with its declared licence and repository.
 */
function writeNotices(file, dirs, fontsDir) {
  const rule = '-'.repeat(78);
  const entries = [...dirs].map((dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
    const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : `${manifest.license ?? 'Licence not stated'} (the package ships no licence file${repository ? `; see ${repository}` : ''}).`;
    return { head: `${manifest.name} ${manifest.version} (${manifest.license ?? 'see text'})`, text };
  }).sort((a, b) => (a.head < b.head ? -1 : a.head > b.head ? 1 : 0));
  writeFileSync(file, [
    'Third-party software compiled into the JavaScript bundles of this folder, with their licences.',
    `The Source Serif 4 faces in ${fontsDir}/ are under the SIL Open Font License 1.1 (${fontsDir}/OFL.txt).`,
    ...entries.flatMap((e) => [rule, e.head, rule, e.text]),
  ].join('\n\n') + '\n');
}
