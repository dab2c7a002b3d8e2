import { ipDeliverables, ipPreexisting, ipThirdPartyLicences } from '../../../diagnostics/codes/rules-data-exit.ts';
import { anchor, child, enumValue, has } from '../../query.ts';
import type { CheckContext, Rule } from '../rule.ts';
import { factsWhere, items, stated, type Check } from './common.ts';

// brief §2.7 ip.deliverables, ip.preexisting, ip.third-party-licences.

function ipBlock(ctx: CheckContext): ReturnType<typeof child> {
  return child(ctx.contract, 'ip');
}

/** The provider produces software, scripts or documents: declared deliverables, or an evolutive service (scope). */
function producesDeliverables(ctx: CheckContext): boolean {
  const ip = ipBlock(ctx);
  const kinds = items(child(ip, 'deliverables'));
  if (kinds.some((k) => k !== 'none')) return true;
  if (kinds.includes('none')) return false;
  return has(ip, 'regime') || has(child(ctx.contract, 'services'), 'evolutive');
}

export const ipDeliverablesRule: Rule = {
  code: ipDeliverables,
  levelIn: (ctx) => (producesDeliverables(ctx) ? 'required' : undefined),
  check(ctx, emit) {
    const ip = ipBlock(ctx);
    const regime = enumValue(child(ip, 'regime'), 'value');
    const a = child(ip, 'assignment');
    const l = child(ip, 'licence');
    const duration = (b: typeof a): boolean => stated(b, 'duration', 'until') || stated(b, 'duration', 'period');
    const assignment: Check[] = regime !== 'assignment' ? [] : [
      [items(child(a, 'rights')).length > 0, 'ip.assignment.rights'],
      // CPI L131-3 (FR): the field of exploitation is delimited by extent, destination, place and duration.
      // Elsewhere (CH: no form; BE: restrictive interpretation) the rights and their destination suffice.
      [items(child(a, 'extent')).length > 0, 'ip.assignment.extent', ctx.law === 'FR'],
      [items(child(a, 'destination')).length > 0, 'ip.assignment.destination'],
      [stated(a, 'territory', 'value'), 'ip.assignment.territory', ctx.law === 'FR'],
      [duration(a), 'ip.assignment.duration', ctx.law === 'FR'],
      [stated(a, 'price', 'mode') || stated(a, 'price', 'amount'), 'ip.assignment.price', ctx.law === 'FR'],
    ];
    const licence: Check[] = regime !== 'licence' && regime !== 'provider_ownership_licence' ? [] : [
      [stated(l, 'exclusive', 'value'), 'ip.licence.exclusive'],
      [duration(l), 'ip.licence.duration'],
      [stated(l, 'territory', 'value'), 'ip.licence.territory'],
      [stated(l, 'transferable', 'value'), 'ip.licence.transferable'],
    ];
    const facts = factsWhere([
      [items(child(ip, 'deliverables')).length > 0, 'ip.deliverables'],
      [regime !== undefined, 'ip.regime'],
      ...assignment,
      ...licence,
      [stated(ip, 'know_how', 'value'), 'ip.know_how'],
    ]);
    const where = (regime === 'assignment' ? a : regime === undefined ? undefined : l) ?? ip ?? ctx.contract;
    if (facts.missing.length > 0) emit({ file: where.file, range: anchor(where), missing: facts.missing, present: facts.present, absent: ip === undefined });
  },
};

export const ipPreexistingRule: Rule = {
  code: ipPreexisting,
  check(ctx, emit) {
    const ip = ipBlock(ctx);
    const p = child(ip, 'preexisting');
    const facts = factsWhere([
      [stated(p, 'owner', 'value'), 'ip.preexisting.owner'],
      [stated(p, 'licence', 'value'), 'ip.preexisting.licence'],
      [stated(p, 'after_exit', 'value'), 'ip.preexisting.after_exit'],
    ]);
    const where = p ?? ip ?? ctx.contract;
    if (facts.missing.length > 0) emit({ file: where.file, range: anchor(where), missing: facts.missing, present: facts.present, absent: p === undefined });
  },
};

export const ipThirdPartyLicencesRule: Rule = {
  code: ipThirdPartyLicences,
  check(ctx, emit) {
    const ip = ipBlock(ctx);
    const t = child(ip, 'third_party_licences');
    const facts = factsWhere([
      [stated(t, 'holder', 'value'), 'ip.third_party_licences.holder'],
      [stated(t, 'payer', 'value'), 'ip.third_party_licences.payer'],
      [stated(t, 'administrator', 'value'), 'ip.third_party_licences.administrator'],
    ]);
    const where = t ?? ip ?? ctx.contract;
    if (facts.missing.length > 0) emit({ file: where.file, range: anchor(where), missing: facts.missing, present: facts.present, absent: t === undefined });
  },
};
