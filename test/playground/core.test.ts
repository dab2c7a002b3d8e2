import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { analyse, markdownOf, previewHtml, slaOf, wordOf } from '../../playground/src/core.ts';
import { REPO } from '../helpers/host.ts';
import { EXAMPLE_NAMES } from '../document/helpers.ts';

// The playground's core, as the page runs it in the browser but here in Node (no DOM): the compiler
// with a browser Host whose stdlib is bundled data; an example checks clean and renders; an error
// shows as a diagnostic and no page; the fix brings the page back with the change. And the build:
// `npm run playground` bundles the page for browsers without any Node module. (The page itself in a
// browser: chromium.test.ts.)

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

describe('playground core', () => {
  const lib = stdlib();
  const text = readFileSync(join(REPO, 'examples', EXAMPLE_NAMES[0] as string), 'utf8');

  it('checks an example with the bundled stdlib, shows an error, and the fixed text’s page', async () => {
    const clean = analyse(text, lib, 'fr');
    expect(clean.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(clean.document).toBeDefined();
    const page = previewHtml(clean.document!);
    expect(page).toContain('<section id=');
    const broken = analyse(text.replace(/reference\s+"/u, 'referenec "'), lib, 'en');
    const errors = broken.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.line).toBeGreaterThan(0);
    expect(errors[0]?.message).not.toBe(errors[0]?.code);
    expect(broken.document).toBeUndefined();
    const changed = analyse(text.replace(/reference\s+"/u, '$&PG-'), lib, 'fr');
    expect(changed.document).toBeDefined();
    expect(previewHtml(changed.document!)).toContain('PG-');
    expect(page).not.toContain('PG-');
    expect(markdownOf(changed.document!)).toContain('PG-');
    expect(Buffer.from(await wordOf(changed.document!)).subarray(0, 2).toString()).toBe('PK');
    // The SLA JSON with the source hash from Web Crypto: the committed golden's, but for the file name
    // and the hash of the changed text.
    const sla = JSON.parse((await slaOf(analyse(text, lib, 'fr').model!, text))!) as { contract: { source: { file: string; sha256: string } } };
    const golden = JSON.parse(readFileSync(join(REPO, 'examples', (EXAMPLE_NAMES[0] as string).replace(/\.infog$/u, '.sla.json')), 'utf8')) as typeof sla;
    expect(sla.contract.source.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect({ ...sla, contract: { ...sla.contract, source: golden.contract.source } }).toEqual(golden);
  }, 60_000);

  it('builds a browser bundle with no Node module', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'playground', 'build.mjs'), '--build-only'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const app = readFileSync(join(REPO, 'playground', 'dist', 'app.js'), 'utf8');
    expect(app).not.toMatch(/from\s*["']node:|require\(["']node:/u);
    expect(readFileSync(join(REPO, 'playground', 'dist', 'index.html'), 'utf8')).toContain('src="app.js"');
  }, 150_000);
});
