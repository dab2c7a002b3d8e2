import { partiesIdentification, partiesSignatories } from '../../diagnostics/codes/rules-parties-term.ts';
import type { BoundStatement } from '../bound.ts';
import { anchor, child, childEnum, childString, children, enumValue, value } from '../query.ts';
import type { Finding, Rule } from './rule.ts';

// brief §2.1 parties.identification / parties.signatories.

function partyName(p: BoundStatement): string {
  const id = value(p, 'id');
  return id?.kind === 'name' ? id.name.text : '';
}

/** The facts of `parties.identification` that party `p` lacks, by its country's profile. */
export function missingIdentification(p: BoundStatement, fallbackCountry: string | undefined): string[] {
  const missing: string[] = [];
  for (const k of ['name', 'legal_form', 'address']) if (childString(p, k) === undefined) missing.push(k);
  const country = childEnum(p, 'country', 'country') ?? fallbackCountry;
  if (childEnum(p, 'country', 'country') === undefined) missing.push('country');
  const vatRegistered = childEnum(p, 'vat_registered', 'value') !== 'no';
  switch (country) {
    case 'FR':
      if (!childString(p, 'siren') && !childString(p, 'siret')) missing.push('siren');
      if (!childString(p, 'rcs')) missing.push('rcs');
      if (!child(p, 'share_capital')) missing.push('share_capital');
      break;
    case 'CH':
      // Registered in the commercial register of a canton (CO 927): the contract names the canton.
      if (!childString(p, 'uid')) missing.push('uid');
      else if (!child(p, 'canton')) missing.push('canton');
      break;
    case 'BE':
      // A legal person's documents state its enterprise number, « RPM » and the court's seat (CSA 2:20).
      if (!childString(p, 'bce')) missing.push('bce');
      else if (!childString(p, 'rpm')) missing.push('rpm');
      break;
    default:
      break;
  }
  if (vatRegistered && !childString(p, 'vat')) missing.push('vat');
  return missing;
}

export const partiesIdentificationRule: Rule = {
  code: partiesIdentification,
  check(ctx, emit) {
    const c = ctx.contract;
    for (const role of ['provider', 'client'] as const) {
      if (!ctx.parties.some((p) => enumValue(p, 'role') === role)) {
        emit({ file: c.file, range: anchor(c), missing: [role], absent: true });
      }
    }
    for (const p of ctx.parties) {
      const missing = missingIdentification(p, ctx.law);
      if (missing.length > 0) emit({ file: p.file, range: anchor(p), subject: partyName(p), missing });
    }
  },
};

export const partiesSignatoriesRule: Rule = {
  code: partiesSignatories,
  check(ctx, emit) {
    for (const p of ctx.parties) {
      const signatories = children(p, 'signatory');
      if (signatories.length === 0) {
        emit({ file: p.file, range: anchor(p), subject: partyName(p), missing: ['signatory'], absent: true });
        continue;
      }
      for (const s of signatories) {
        const missing: string[] = [];
        if (!childString(s, 'capacity')) missing.push('capacity');
        const authority = child(s, 'authority');
        const basis = enumValue(authority, 'basis');
        if (basis !== undefined && basis !== 'statutory' && value(authority, 'reference') === undefined) missing.push('authority.reference');
        const f: Finding = { file: s.file, range: anchor(s), subject: partyName(p), missing };
        if (missing.length > 0) emit(f);
      }
    }
  },
};
