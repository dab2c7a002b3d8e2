// `npm run playground`: builds playground/dist (git-ignored) — the stdlib and the examples as data, the
// page and its bundle (esbuild, for browsers) — then serves it on http://localhost:8080 unless
// `--build-only`.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative } from 'node:path';

const here = import.meta.dirname;
const root = join(here, '..');
const dist = join(here, 'dist');
mkdirSync(dist, { recursive: true });

function infogFiles(dir, base = dir, out = {}) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) infogFiles(full, base, out);
    else if (name.endsWith('.infog')) out[relative(base, full).split('\\').join('/')] = readFileSync(full, 'utf8');
  }
  return out;
}
const examples = Object.fromEntries(readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.infog')).map((f) => [f, readFileSync(join(root, 'examples', f), 'utf8')]));
writeFileSync(join(dist, 'data.json'), JSON.stringify({ stdlib: infogFiles(join(root, 'stdlib')), examples }));
await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, legalComments: 'none',
  outfile: join(dist, 'app.js'), logLevel: 'warning',
  // The PDF fonts as bytes; pdfmake resolves to its browser build (its package's `browser` field).
  loader: { '.ttf': 'binary' },
  // The SLA builder imports node:crypto for the source's SHA-256; the page passes it from Web Crypto
  // (core.ts slaOf), so the import resolves to a stub that throws if ever called.
  plugins: [{
    name: 'no-node-crypto',
    setup(b) {
      b.onResolve({ filter: /^node:crypto$/ }, () => ({ path: 'node:crypto', namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
        contents: "export function createHash() { throw new Error('node:crypto is not in the browser: pass SlaSource.sha256'); }",
        loader: 'js',
      }));
    },
  }],
});
copyFileSync(join(here, 'index.html'), join(dist, 'index.html'));
console.log(`playground built in ${relative(process.cwd(), dist) || dist}`);

if (!process.argv.includes('--build-only')) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
  const port = Number(process.env.PORT ?? 8080);
  createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').split('?')[0].slice(1);
    if (!/^[\w.-]+$/u.test(path)) { res.writeHead(404).end(); return; }
    try {
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(join(dist, path)));
    } catch {
      res.writeHead(404).end();
    }
  }).listen(port, '127.0.0.1', () => console.log(`http://localhost:${port}/`));
}
