import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkSource, type CheckResult, type Host } from '../../compiler/src/index.ts';
import { fontUrls, type FontStyle, type PdfFonts } from '../../compiler/src/backends/pdf/index.ts';
import { MemoryHost, REPO } from '../helpers/host.ts';

// Shared by the PDF tests: the examples that check without errors, the fonts' bytes, a host.

let fonts: PdfFonts | undefined;

export function loadFonts(): PdfFonts {
  if (!fonts) {
    const urls = fontUrls();
    const out = {} as Record<FontStyle, Uint8Array>;
    for (const style of Object.keys(urls) as FontStyle[]) out[style] = readFileSync(fileURLToPath(urls[style]));
    fonts = out;
  }
  return fonts;
}

export const EXAMPLES = join(REPO, 'examples');

/** `examples/*.infog`, read into a host whose project root is examples/. */
export function exampleHost(): MemoryHost {
  const files: Record<string, string> = {};
  const walk = (dir: string, prefix: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else if (e.name.endsWith('.infog')) files[`${prefix}${e.name}`] = readFileSync(join(dir, e.name), 'utf8');
    }
  };
  walk(EXAMPLES, '');
  return new MemoryHost(files);
}

export function checkExample(name: string, host: Host = exampleHost()): CheckResult {
  const bytes = host.readFile('project', name);
  return checkSource({ path: name, text: new TextDecoder().decode(bytes) }, host);
}

/** The top-level examples that check without errors (the others are still being written). */
export function cleanExamples(): string[] {
  const host = exampleHost();
  return readdirSync(EXAMPLES).filter((f) => f.endsWith('.infog')).sort()
    .filter((f) => !checkExample(f, host).diagnostics.some((d) => d.severity === 'error'));
}
