import type { Locale } from '../../diagnostics/index.ts';
import { checkFiles } from '../check-files.ts';
import { expandInputs } from '../files.ts';
import { Locator, summarise, type LocatedDiagnostic } from '../render/located.ts';
import { renderGithub, renderJson, renderSarif } from '../render/machine.ts';
import { COLOUR, PLAIN, renderText } from '../render/text.ts';

export type CheckFormat = 'text' | 'json' | 'sarif' | 'github';

export interface Output {
  readonly stdout: string;
  readonly exitCode: number;
}

export function runCheck(inputs: readonly string[], format: CheckFormat, locale: Locale, colour: boolean, version: string): Output {
  const files = expandInputs(inputs, locale === 'fr');
  const checked = checkFiles(files, locale === 'fr');
  const locator = new Locator();
  const located: LocatedDiagnostic[] = [];
  const seen = new Set<string>();
  for (const c of checked) {
    for (const d of c.result.diagnostics) {
      const display = c.display(d);
      // A module imported by several checked files reports its own problems once.
      const key = `${display}:${d.range.start}:${d.range.end}:${d.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      located.push(locator.locate(d, c.text(d), display, locale));
    }
  }
  const summary = summarise(files.length, located);
  const stdout = format === 'json' ? renderJson(located, summary)
    : format === 'sarif' ? renderSarif(located, locale, version)
    : format === 'github' ? renderGithub(located)
    : renderText(located, summary, locale, colour ? COLOUR : PLAIN);
  return { stdout, exitCode: summary.errors > 0 ? 1 : 0 };
}
