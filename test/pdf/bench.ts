// `pdfVsPdfmake` for the bench (test/bench/run.ts): the time to build the flagship's PDF from its
// checked model — loading the clause library, the document definition, rendering — over the time
// pdfmake alone takes to render the same definition. The library is cached per Host (one CLI run
// loads it once), so each build gets a host of its own, as each `infog compile` does: the figure is
// what a user waits for. Medians after warm-up, in one process. Run alone: node test/pdf/bench.ts
import type { Host } from '../../compiler/src/index.ts';
import { buildDocument } from '../../compiler/src/backends/document/index.ts';
import { buildPdf, renderPdf, toDefinition } from '../../compiler/src/backends/pdf/index.ts';
import { checkExample, exampleHost, loadFonts } from './helpers.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

export async function pdfVsPdfmake(runs = 9): Promise<{ ratio: number; buildMs: number; pdfmakeMs: number }> {
  const host = exampleHost();
  const result = checkExample('cabinet-dupont.infog', host);
  const fonts = loadFonts();
  /** A new host over the same files: the clause library is read, parsed and bound again. */
  const fresh = (): Host => ({ readFile: (root, path) => host.readFile(root, path), today: () => host.today() });
  const options = (): { lang: 'fr'; draft: false; host: Host; fonts: typeof fonts } => ({ lang: 'fr', draft: false, host: fresh(), fonts });
  const definition = toDefinition(buildDocument(result.model, options()).document!);
  for (let i = 0; i < 3; i++) await buildPdf(result.model, options());
  // Alternate the two, so garbage collection and machine noise fall on both alike.
  const alone: number[] = [];
  const build: number[] = [];
  for (let i = 0; i < runs; i++) {
    alone.push(await timed(() => renderPdf(definition, fonts)));
    build.push(await timed(() => buildPdf(result.model, options())));
  }
  const pdfmakeMs = median(alone);
  const buildMs = median(build);
  return { ratio: Number((buildMs / pdfmakeMs).toFixed(2)), buildMs, pdfmakeMs };
}

if (import.meta.main) {
  const r = await pdfVsPdfmake();
  process.stdout.write(`pdfVsPdfmake ${r.ratio} (build ${r.buildMs.toFixed(1)} ms, pdfmake alone ${r.pdfmakeMs.toFixed(1)} ms)\n`);
}
