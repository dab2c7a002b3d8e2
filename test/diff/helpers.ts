import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource, makeSource, type CheckResult } from '../../compiler/src/index.ts';
import { diffModels, type DiffDetail } from '../../compiler/src/backends/diff/index.ts';
import { MemoryHost, REPO } from '../helpers/host.ts';

// Shared by the diff tests: a contract's text checked in memory, and the flagship with edits.

export const FLAGSHIP = readFileSync(join(REPO, 'examples', 'cabinet-dupont.infog'), 'utf8');

export function checkText(text: string, path = 'contrat.infog', files: Record<string, string> = { [path]: text }): CheckResult {
  const host = new MemoryHost(files);
  return checkSource(makeSource(path, text), host);
}

export function diffTexts(a: string, b: string): DiffDetail {
  return diffModels(checkText(a).model, checkText(b).model);
}

/** Replaces exactly one occurrence of `from` (fails loudly when the fixture moved). */
export function edit(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new Error(`edit: "${from}" must occur exactly once`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/**
 * The flagship's first amendment, a year after signature: a site in Annecy with its workstations, a
 * faster P1 (restoration and on-site in 2 business hours), and the fee revised by the Syntec index
 * (+1.95 %, within the clause's 5 % cap); the amendment declared in the history.
 */
export function flagshipAmended(): string {
  let t = FLAGSHIP;
  t = edit(t, '    equipment desktops {', `    site annecy {
      label "Agence d'Annecy"
      address "3 avenue d'Albigny, 74000 Annecy"
      country FR
      region FR-74
    }
    equipment annecy_desktops {
      kind desktop
      count 4
      label "Dell OptiPlex 7020"
      os "Windows 11 Professionnel"
      at annecy
    }
    equipment desktops {`);
  t = edit(t, '      onsite   4 business_hours\n      restore  4 business_hours', '      onsite   2 business_hours\n      restore  2 business_hours');
  t = edit(t, 'fee 1450.00 EUR per month excl_vat', 'fee 1478.27 EUR per month excl_vat');
  t = edit(t, '      regions FR-69\n', '      regions FR-69, FR-74\n');
  // Two regions: the holidays of the client's head office apply to both sites.
  t = edit(t, '    calendar business\n    hosting provider\n', '    calendar business\n    multi_region head_office\n    hosting provider\n');
  t = edit(t, '    inventory_review 3 months\n', `    inventory_review 3 months
    amendment 1 {
      signature 2027-12-10
      effective 2028-01-01
      object "Agence d'Annecy, délais du P1 et révision Syntec" "Annecy branch, P1 times and Syntec revision"
    }
`);
  return t;
}
