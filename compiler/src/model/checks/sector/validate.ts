import type { Diagnostic } from '../../../diagnostics/index.ts';
import {
  doraLocationMissing, foreignIdentifier, hdsCertificateDates, hdsHosterNotHosting, hdsOutsideEea, profileOutsideLaw, securityAnnexMissing,
} from '../../../diagnostics/codes/validate-sector.ts';
import type { BoundStatement } from '../../bound.ts';
import { child, children, enumValue, value } from '../../query.ts';
import type { TypedValue } from '../../typed-value.ts';
import { items } from '../data-exit/common.ts';
import { EEA } from '../data-exit/tables.ts';
import type { CheckContext, Validator } from '../rule.ts';
import { profileApplies, profileById, statementsAt } from './profiles.ts';
import { HOLDING_SERVICES } from './tables.ts';

// Validity checks of personal data, security and sector profiles (IG4190–IG4196).

type Report = (d: Diagnostic) => void;

/** The national identification number of each law's country (data-type values of personal_data). */
const NATIONAL_ID: Readonly<Record<string, string>> = { FR: 'nir', BE: 'niss', CH: 'avs' };

function listValues(b: BoundStatement | undefined, slot = 'items'): readonly TypedValue[] {
  const v = value(b, slot);
  return v?.kind === 'list' ? v.items : v ? [v] : [];
}

/** NIR, NISS and AVS numbers belong to France, Belgium and Switzerland: each law names its own. */
function validateIdentifiers(ctx: CheckContext, report: Report): void {
  const expected = ctx.law ? NATIONAL_ID[ctx.law] : undefined;
  if (!expected) return;
  const types = child(child(ctx.contract, 'personal_data'), 'data_types');
  for (const v of listValues(types)) {
    if (v.kind !== 'enum' || !Object.values(NATIONAL_ID).includes(v.value) || v.value === expected) continue;
    report(foreignIdentifier.create(types?.file ?? ctx.contract.file, v.range, { found: v.value, law: ctx.law ?? '', expected }, {
      fixes: [{ title: { fr: `Remplacer par « ${expected} »`, en: `Replace with "${expected}"` }, edits: [{ file: types?.file ?? ctx.contract.file, range: v.range, newText: expected }], preferred: true }],
    }));
  }
}

/** `nis2 { security_annex yes }` needs the annex, i.e. a `security` block. */
function validateSecurityAnnex(ctx: CheckContext, report: Report): void {
  const flag = child(child(ctx.contract, 'nis2'), 'security_annex');
  if (enumValue(flag, 'value') !== 'yes' || child(ctx.contract, 'security')) return;
  const v = value(flag, 'value');
  if (flag && v) report(securityAnnexMissing.create(flag.file, v.range, {}));
}

function validateHealthHosting(ctx: CheckContext, report: Report): void {
  const hh = child(child(ctx.contract, 'sector'), 'health_hosting');
  if (!hh) return;
  if (ctx.law === 'CH' || ctx.law === 'BE') report(profileOutsideLaw.create(hh.file, hh.node.keyword.range, { block: 'health_hosting', law: ctx.law }));
  const location = child(hh, 'location');
  for (const c of listValues(location)) {
    if (c.kind === 'enum' && !EEA.has(c.value)) report(hdsOutsideEea.create(location?.file ?? hh.file, c.range, { country: c.value }));
  }
  const cert = child(hh, 'certificate');
  const issued = value(child(cert, 'issued'), 'date');
  const renewal = value(child(cert, 'renewal'), 'date');
  const term = child(ctx.contract, 'term');
  const start = value(child(term, 'service_start'), 'date') ?? value(child(term, 'effective'), 'date');
  if (renewal?.kind === 'date') {
    const iss = issued?.kind === 'date' ? issued.text : '';
    const st = start?.kind === 'date' ? start.text : '';
    if ((iss !== '' && renewal.text <= iss) || (st !== '' && renewal.text < st)) {
      report(hdsCertificateDates.create(cert?.file ?? hh.file, renewal.range, { issued: iss, renewal: renewal.text, start: st }));
    }
  }
  for (const h of children(hh, 'hoster')) {
    const ref = value(h, 'subprocessor');
    if (ref?.kind !== 'ref') continue;
    const decl = ctx.symbols.lookup('subprocessor', ref.name.text);
    if (!decl) continue; // an unknown name is reported by the resolver
    const services = items(child(decl.statement, 'service'));
    if (!services.some((s) => HOLDING_SERVICES.includes(s))) report(hdsHosterNotHosting.create(h.file, ref.range, { hoster: ref.name.text }));
  }
}

/** Under DORA, every country where the data are processed is among the declared locations. */
function validateDoraLocations(ctx: CheckContext, report: Report): void {
  const dora = child(child(ctx.contract, 'sector'), 'dora');
  if (!dora) return;
  if (ctx.law === 'CH') report(profileOutsideLaw.create(dora.file, dora.node.keyword.range, { block: 'dora', law: 'CH' }, { severity: 'warning' }));
  const locations = child(dora, 'locations');
  if (!locations || !profileApplies(ctx, profileById('dora'))) return;
  const declared = new Set(items(locations));
  const seen = new Set<string>();
  const pd = child(ctx.contract, 'personal_data');
  const where = [...items(child(pd, 'location')), ...statementsAt(ctx.contract, 'personal_data.subprocessors.subprocessor.country').flatMap((c) => items(c))];
  for (const country of where) {
    if (declared.has(country) || seen.has(country)) continue;
    seen.add(country);
    report(doraLocationMissing.create(locations.file, locations.node.keyword.range, { country }));
  }
}

export const validateSector: Validator = (ctx, report) => {
  validateIdentifiers(ctx, report);
  validateSecurityAnnex(ctx, report);
  validateHealthHosting(ctx, report);
  validateDoraLocations(ctx, report);
};
