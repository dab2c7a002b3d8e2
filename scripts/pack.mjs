// `npm pack` hooks of the published packages (@infog/compiler, @infog/language-server), run by npm in
// the package's folder: `prepack` builds the bundles (scripts/build.mjs) and copies the clause library
// and presets (the repository's stdlib/, with its CC BY 4.0 licence) into the package, where the CLI
// and the server find it beside their bundles (findStdlib); `postpack` removes that copy, so the
// clone keeps one stdlib. npm ignores `"files": ["../stdlib"]`: a package holds only its own folder.
//
//   node ../scripts/pack.mjs prepack | postpack
//   INFOG_PACK_SKIP_BUILD=1 — reuse the bundles already built (the packaging test, after the suite's build)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const step = process.argv[2];
const pkg = process.cwd();
const repo = join(import.meta.dirname, '..');
// What each package runs: without it the tarball would install and then fail.
const ENTRY = { '@infog/compiler': 'dist/infog.js', '@infog/language-server': 'dist/server.js' };
const name = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).name;

if (step === 'prepack') {
  if (!process.env['INFOG_PACK_SKIP_BUILD']) execFileSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: repo });
  if (!(name in ENTRY)) fail(`${name} is not a package this script packs`);
  if (!existsSync(join(pkg, ENTRY[name]))) fail(`${join(pkg, ENTRY[name])} is missing: build first (npm run build)`);
  if (!existsSync(join(pkg, 'LICENSE'))) fail(`${join(pkg, 'LICENSE')} is missing`);
  rmSync(join(pkg, 'stdlib'), { recursive: true, force: true });
  cpSync(join(repo, 'stdlib'), join(pkg, 'stdlib'), { recursive: true });
  if (!existsSync(join(pkg, 'stdlib', 'clauses', 'index.infog')) || !existsSync(join(pkg, 'stdlib', 'LICENSE'))) fail('the stdlib copy lacks clauses/index.infog or LICENSE');
} else if (step === 'postpack') {
  rmSync(join(pkg, 'stdlib'), { recursive: true, force: true });
} else {
  fail(`usage: node scripts/pack.mjs prepack|postpack (got ${step ?? 'nothing'})`);
}

function fail(message) {
  console.error(`pack: ${message}`);
  process.exit(1);
}
