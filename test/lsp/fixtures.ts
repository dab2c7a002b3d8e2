import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../compiler/src/index.ts';
import { REPO } from '../helpers/host.ts';

// Texts the LSP tests open: the flagship example (parties, term, service hours, SLA priorities…).

export const FLAGSHIP = readFileSync(join(REPO, 'examples', 'cabinet-dupont.infog'), 'utf8');
/** The flagship's service calendar and SLA (from `hours business` to the end of the `sla` block). */
export const SLA_PART = FLAGSHIP.slice(FLAGSHIP.indexOf('  hours business {'), FLAGSHIP.indexOf('\n  }\n', FLAGSHIP.indexOf('  sla {')) + 5);
/** A contract with service hours and priorities: the flagship itself. */
export const WITH_SLA = FLAGSHIP;

/** A throwaway project folder (with an `infog.json` marker) under test/.tmp. */
export function tempProject(name: string, files: Record<string, string>): { dir: string; remove: () => void } {
  const dir = join(REPO, 'test', '.tmp', `lsp-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'infog.json'), '{}\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The flagship without one of the contract's top-level statements (e.g. `insurance`, a RECOMMENDED topic). */
export function withoutStatement(keyword: string, text: string = FLAGSHIP): string {
  const contract = parse({ path: 'x.infog', text }).file.items.find((i) => i.kind === 'statement');
  const s = contract?.kind === 'statement' ? contract.block?.statements.find((x) => x.keyword.text === keyword) : undefined;
  if (!s) throw new Error(`no ${keyword} in the flagship`);
  const lineStart = text.lastIndexOf('\n', s.range.start) + 1;
  return text.slice(0, lineStart) + text.slice(s.range.end + 1);
}

/** Insurance is a RECOMMENDED topic: without it the flagship has one warning (IG3023, rule `insurance`). */
export const NO_INSURANCE = withoutStatement('insurance');
