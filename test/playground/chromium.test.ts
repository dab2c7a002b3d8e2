import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../playground/src/core.ts';
import { REPO } from '../helpers/host.ts';
import { requireOracle } from '../helpers/oracle.ts';

// The playground page itself, in Debian's Chromium (headless, driven by playwright-core): the page is
// built (playground/build.mjs --build-only) and served from 127.0.0.1 by this test; it loads the
// flagship example, an error typed in the editor shows its diagnostic (line, column, code and the
// French message, compared with what the playground's core gives in Node), the fix brings the preview
// back with the changed text, « Télécharger le PDF » downloads a real PDF, and « SLA JSON » the SLA
// document, its source hash from Web Crypto; Ctrl+Space lists the compiler's completions and Enter
// inserts one. Chromium is installed by
// .ci/run; without it the test is skipped loudly, and fails with CI=true.

const CHROMIUM = '/usr/bin/chromium';
const available = requireOracle('Chromium (/usr/bin/chromium)', existsSync(CHROMIUM), 'apt-get install -y --no-install-recommends chromium');
const DIST = join(REPO, 'playground', 'dist');
const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

function stdlib(): Record<string, string> {
  const base = join(REPO, 'stdlib');
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.infog')) out[relative(base, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(base);
  return out;
}

describe.runIf(available)('the playground in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let url = '';

  beforeAll(async () => {
    const r = spawnSync(process.execPath, [join(REPO, 'playground', 'build.mjs'), '--build-only'], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`playground build failed: ${r.stderr}`);
    server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').split('?')[0]!.slice(1);
      if (!/^[\w.-]+$/u.test(path) || !existsSync(join(DIST, path))) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(join(DIST, path)));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  it('loads an example, shows an error’s diagnostic, previews the fix and downloads the PDF and the SLA JSON, completes on Ctrl+Space', async () => {
    const text = readFileSync(join(REPO, 'examples', 'cabinet-dupont.infog'), 'utf8');
    const broken = text.replace(/reference\s+"/u, 'referenec "');
    const fixed = text.replace(/reference\s+"/u, '$&PG-');
    const expected = analyse(broken, stdlib(), 'fr').diagnostics.find((d) => d.severity === 'error');
    expect(expected).toBeDefined();

    const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    await page.selectOption('#examples', 'cabinet-dupont.infog');
    expect(await page.inputValue('#source')).toBe(text);
    const preview = page.frameLocator('#preview');
    await expect.poll(() => preview.locator('body').innerText(), { timeout: 20_000 }).toContain('Dupont');
    const before = await preview.locator('body').innerText();
    expect(await page.locator('#diagnostics li.error').count()).toBe(0);

    // An error: its diagnostic, with the position, the code and the message in French.
    await page.fill('#source', broken);
    const first = page.locator('#diagnostics li.error').first();
    await first.waitFor({ timeout: 20_000 });
    expect(await first.textContent()).toBe(`${expected!.line}:${expected!.column} ${expected!.code} ${expected!.message}`);
    expect(expected!.code).toMatch(/^IG\d{4}$/u);
    expect(await page.locator('body.has-errors').count()).toBe(1);

    // The fix: no error, and the preview shows the changed reference.
    await page.fill('#source', fixed);
    await expect.poll(() => page.locator('#diagnostics li.error').count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => preview.locator('body').innerText(), { timeout: 20_000 }).toContain('PG-');
    expect(before).not.toContain('PG-');
    expect(await page.locator('body.has-errors').count()).toBe(0);

    // The PDF, rendered in the page with the embedded fonts.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('#download-pdf')]);
    expect(download.suggestedFilename()).toBe('contract.pdf');
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);

    // The SLA JSON, its source hash from Web Crypto.
    const [sla] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('#download-sla')]);
    expect(sla.suggestedFilename()).toBe('contract.sla.json');
    const json = JSON.parse(readFileSync(await sla.path(), 'utf8')) as { contract: { reference: string; source: { sha256: string } } };
    expect(json.contract.reference).toMatch(/^PG-/u);
    expect(json.contract.source.sha256).toBe(createHash('sha256').update(fixed).digest('hex'));

    // Completion on Ctrl+Space (compiler/src/ide): after `law F`, the laws; Enter inserts the first.
    const gap = text.replace('law FR', 'law F');
    const at = text.indexOf('law FR') + 5;
    await page.fill('#source', gap);
    await page.locator('#source').evaluate((el, n) => (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(n, n), at);
    await page.keyboard.press('Control+Space');
    const items = page.locator('#completions li');
    await items.first().waitFor({ timeout: 10_000 });
    expect(await items.allTextContents()).toContain('FR — droit français');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#source')).toBe(text);
    expect(await page.locator('#completions').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
