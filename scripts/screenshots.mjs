// `npm run screenshots`: the pictures of docs/formats.md, taken in Debian's headless Chromium
// (/usr/bin/chromium, installed by .ci/run; CHROMIUM=<path> for another) with playwright-core:
// docs/img/playground.png, the playground page with the flagship example, and docs/img/preview.png,
// the HTML preview page of the flagship as `infog compile examples/cabinet-dupont.infog --html`
// writes it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const img = join(root, 'docs', 'img');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`error: ${executablePath} not found (apt-get install -y --no-install-recommends chromium)`);
  process.exit(1);
}
mkdirSync(img, { recursive: true });

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`failed: node ${args.join(' ')}`);
}

// The flagship's HTML page.
const out = mkdtempSync(join(tmpdir(), 'infog-shots-'));
run([join(root, 'compiler', 'bin', 'infog.js'), 'compile', 'examples/cabinet-dupont.infog', '--html', '-o', out]);
// The playground, built and served on loopback.
run([join(root, 'playground', 'build.mjs'), '--build-only']);
const dist = join(root, 'playground', 'dist');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').split('?')[0].slice(1);
  if (!/^[\w.-]+$/u.test(path) || !existsSync(join(dist, path))) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(join(dist, path)));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.selectOption('#examples', 'cabinet-dupont.infog');
  await page.frameLocator('#preview').locator('section').first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(img, 'playground.png') });

  const preview = await context.newPage();
  await preview.setViewportSize({ width: 1000, height: 1200 });
  await preview.goto(pathToFileURL(join(out, 'cabinet-dupont.html')).href);
  await preview.screenshot({ path: join(img, 'preview.png') });
  console.log('wrote docs/img/playground.png and docs/img/preview.png');
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
