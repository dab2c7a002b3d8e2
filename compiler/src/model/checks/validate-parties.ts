import type { Diagnostic } from '../../diagnostics/index.ts';
import {
  beEstablishmentUnit, beVatEnterpriseMismatch, chVatUidMismatch, frVatSirenMismatch, invalidBeEnterprise, invalidBeVat,
  invalidChUid, invalidIban, invalidChVat, invalidFrVat, invalidSiren, invalidSiret, siretSirenMismatch,
} from '../../diagnostics/codes/identifiers.ts';
import type { DiagnosticCode } from '../../diagnostics/index.ts';
import type { InvalidIdentifierArgs } from '../../diagnostics/codes/identifiers.ts';
import type { BoundStatement } from '../bound.ts';
import { child, value } from '../query.ts';
import {
  beVatMatchesEnterprise, checkBeEnterprise, checkBeVat, checkChUid, checkChVat, checkFrVat, checkIban, checkSiren, checkSiret,
  chVatMatchesUid, frVatMatchesSiren, frVatOfSiren, sirenOfSiret, vatCountry, type IdResult,
} from '../validate/identifiers.ts';
import type { CheckContext, Validator } from './rule.ts';

// Brief §3.1: every identifier a party states is checked (format, check digits) and cross-checked
// against the party's other identifiers (SIRET ⊃ SIREN, VAT ↔ SIREN / BCE / UID). IBANs are checked
// wherever they are stated: ISO 13616 length and pattern of the country, mod 97, national key.

interface Stated {
  readonly text: string;
  readonly statement: BoundStatement;
}

function stated(p: BoundStatement, keyword: string): Stated | undefined {
  const s = child(p, keyword);
  const v = value(s, 'value');
  return s && v?.kind === 'string' ? { text: v.value, statement: s } : undefined;
}

function checkOne(s: Stated | undefined, check: (t: string) => IdResult, code: DiagnosticCode<InvalidIdentifierArgs>, report: (d: Diagnostic) => void): string | undefined {
  if (!s) return undefined;
  const r = check(s.text);
  const range = value(s.statement, 'value')?.range ?? s.statement.node.range;
  if (r.ok) return r.normalized;
  if (r.reason === 'establishment-unit') report(beEstablishmentUnit.create(s.statement.file, range, { value: s.text }));
  else report(code.create(s.statement.file, range, { value: s.text, reason: r.reason, expected: r.expected ?? '' }));
  return undefined;
}

function validateParty(p: BoundStatement, report: (d: Diagnostic) => void): void {
  const at = (s: Stated): { file: string; range: { start: number; end: number } } => ({ file: s.statement.file, range: value(s.statement, 'value')?.range ?? s.statement.node.range });
  const sirenS = stated(p, 'siren');
  const siretS = stated(p, 'siret');
  const vatS = stated(p, 'vat');
  const siren = checkOne(sirenS, checkSiren, invalidSiren, report);
  const siret = checkOne(siretS, checkSiret, invalidSiret, report);
  if (siren && siret && siretS && sirenOfSiret(siret) !== siren) {
    const w = at(siretS);
    report(siretSirenMismatch.create(w.file, w.range, { siret: siretS.text, siren }));
  }
  const partySiren = siren ?? (siret ? sirenOfSiret(siret) : undefined);
  const uid = checkOne(stated(p, 'uid'), checkChUid, invalidChUid, report);
  const bce = checkOne(stated(p, 'bce'), checkBeEnterprise, invalidBeEnterprise, report);
  if (!vatS) return;
  const w = at(vatS);
  const country = vatCountry(vatS.text);
  if (country === 'FR') {
    const ok = checkOne(vatS, checkFrVat, invalidFrVat, report);
    if (ok && partySiren && !frVatMatchesSiren(ok, partySiren)) report(frVatSirenMismatch.create(w.file, w.range, { vat: vatS.text, siren: partySiren, expected: frVatOfSiren(partySiren) }));
  } else if (country === 'CH') {
    const ok = checkOne(vatS, checkChVat, invalidChVat, report);
    if (ok && uid && !chVatMatchesUid(ok, uid)) report(chVatUidMismatch.create(w.file, w.range, { vat: vatS.text, uid, expected: `${uid} TVA` }));
  } else if (country === 'BE') {
    const ok = checkOne(vatS, checkBeVat, invalidBeVat, report);
    if (ok && bce && !beVatMatchesEnterprise(ok, bce)) report(beVatEnterpriseMismatch.create(w.file, w.range, { vat: vatS.text, bce, expected: `BE${bce}` }));
  }
}

/** Every `iban` the contract states, wherever the vocabulary puts it (today `payment { iban }`). */
function validateIbans(b: BoundStatement, report: (d: Diagnostic) => void): void {
  for (const c of b.children) {
    if (c.spec.keyword === 'iban') checkOne(stated(b, 'iban'), checkIban, invalidIban, report);
    else validateIbans(c, report);
  }
}

export const validateParties: Validator = (ctx: CheckContext, report) => {
  for (const p of ctx.parties) validateParty(p, report);
  validateIbans(ctx.contract, report);
};
