import type { Locale } from '../../diagnostics/index.ts';
import { checkBatch, MIN_FILES_PER_WORKER } from '../batch.ts';
import { expandInputs } from '../files.ts';
import { sameDiagnosticKey, summarise, type LocatedDiagnostic } from '../render/located.ts';
import { renderGithub, renderGitlab, renderJson, renderSarif } from '../render/machine.ts';
import { COLOUR, PLAIN, renderText } from '../render/text.ts';

export type CheckFormat = 'text' | 'json' | 'sarif' | 'github' | 'gitlab';

export interface CheckOptions {
  readonly format: CheckFormat;
  readonly locale: Locale;
  readonly colour: boolean;
  readonly version: string;
  readonly jobs: number;
  readonly progress: ((done: number, total: number) => void) | undefined;
}

export interface Output {
  readonly stdout: string;
  readonly exitCode: number;
  /** "40 files in 1.2 s (33 files/s, 2 workers)" for several files, on stderr; empty for one. */
  readonly throughput: string;
}

export async function runCheck(inputs: readonly string[], o: CheckOptions): Promise<Output> {
  const files = expandInputs(inputs, o.locale === 'fr');
  const t0 = performance.now();
  const results = await checkBatch(files, { jobs: o.jobs, locale: o.locale, progress: o.progress });
  const seconds = (performance.now() - t0) / 1000;
  const located: LocatedDiagnostic[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    for (const d of r.located) {
      // A module imported by several checked files reports its own problems once. Only the same
      // diagnostic is dropped: two findings of one code at one place (the missing provider and the
      // missing client, two unclosed blocks) differ by their arguments and are both shown, as the
      // language server shows them.
      const key = sameDiagnosticKey(d);
      if (seen.has(key)) continue;
      seen.add(key);
      located.push(d);
    }
  }
  const summary = summarise(files.length, located);
  const stdout = o.format === 'json' ? renderJson(located, summary)
    : o.format === 'sarif' ? renderSarif(located, o.locale, o.version)
    : o.format === 'github' ? renderGithub(located)
    : o.format === 'gitlab' ? renderGitlab(located)
    : renderText(located, summary, o.locale, o.colour ? COLOUR : PLAIN);
  const workers = Math.max(1, Math.min(o.jobs, Math.floor(files.length / MIN_FILES_PER_WORKER)));
  const rate = (files.length / Math.max(seconds, 1e-3)).toFixed(0);
  const throughput = files.length < 2 ? '' : o.locale === 'fr'
    ? `${files.length} fichiers en ${seconds.toFixed(2)} s (${rate} fichiers/s, ${workers} ${workers > 1 ? 'processus légers' : 'processus léger'})\n`
    : `${files.length} files in ${seconds.toFixed(2)} s (${rate} files/s, ${workers} worker${workers > 1 ? 's' : ''})\n`;
  return { stdout, exitCode: summary.errors > 0 ? 1 : 0, throughput };
}
