import {
  complianceNis2, complianceVigilance, confidentialityRule, contractAmendments, contractAssignment, contractDefinitions,
  contractDocuments, contractLanguage, contractNotices, contractObject, disputeAmicable, forceMajeureRule, insuranceRule,
  invoicingSchedule, lawJurisdiction, liabilityCap, liabilityRegime, nonSolicitationRule, partiesContacts, paymentTerms,
  priceAmount, priceExtras, priceHardship, priceRevision, subcontractingLaw1975, subcontractingRule, terminationEffects, withdrawalMicroClient,
} from '../../../diagnostics/codes/rules-commercial.ts';
import type { BoundStatement } from '../../bound.ts';
import { anchor, child, childEnum, children, enumValue, has, value } from '../../query.ts';
import { THRESHOLDS } from '../profiles/commercial.ts';
import { factsOf, type FactCheck } from '../facts.ts';
import type { CheckContext, Finding, Rule } from '../rule.ts';
import { childList, clientParty, descendants, durationOf, headcount, initialMonths, monthsOf, partyId, termOf, totalValue } from './util.ts';

// Checklist rules of the commercial topics (brief §2.1–§2.4, §2.8 compliance.vigilance). Each rule
// reads facts only: free text (`description`, `wording`) never satisfies it.

type Emit = (f: Finding) => void;

/**
 * Emits the facts block `b` lacks, naming those it has; or, when the block is not written, the block
 * itself as absent, on the contract keyword.
 */
function report(ctx: CheckContext, emit: Emit, b: BoundStatement | undefined, absent: string, checks: () => readonly FactCheck[]): void {
  if (!b) {
    emit({ file: ctx.contract.file, range: anchor(ctx.contract), missing: [absent], absent: true });
    return;
  }
  const { missing, present } = factsOf(checks());
  if (missing.length > 0) emit({ file: b.file, range: anchor(b), missing, present });
}

const block = (ctx: CheckContext, keyword: string): BoundStatement | undefined => child(ctx.contract, keyword);
const yes = (b: BoundStatement | undefined, keyword: string): boolean => childEnum(b, keyword, 'value') === 'yes';

export const partiesContactsRule: Rule = {
  code: partiesContacts,
  check(ctx, emit) {
    for (const p of ctx.parties) {
      const role = enumValue(p, 'role');
      const contacts = children(p, 'contact').map((c) => enumValue(c, 'role'));
      const { missing, present } = factsOf([
        ['contact.contract_manager', contacts.includes('contract_manager')],
        ['contact.technical_referent', contacts.includes('technical_referent'), role === 'client'],
        ['contacts.support_channels', (child(block(ctx, 'support'), 'channels')?.children.length ?? 0) > 0, role === 'provider'],
      ]);
      if (missing.length > 0) emit({ file: p.file, range: anchor(p), subject: partyId(p), missing, present, absent: contacts.length === 0 && present.length === 0 });
    }
  },
};

export const contractObjectRule: Rule = {
  code: contractObject,
  check(ctx, emit) {
    const o = block(ctx, 'object');
    report(ctx, emit, o, 'object', () => {
      const linked = childList(o, 'linked_to', 'parts');
      return [
        ['object.services', childList(o, 'services', 'kinds').length > 0],
        ['object.linked_to', linked.includes('scope') && linked.includes('sla')],
      ];
    });
  },
};

export const contractDocumentsRule: Rule = {
  code: contractDocuments,
  check(ctx, emit) {
    const d = block(ctx, 'documents');
    report(ctx, emit, d, 'documents', () => {
      const docs = childList(d, 'precedence', 'documents');
      return [
        ['documents.precedence', docs.length >= 2],
        ['documents.gtc_received', yes(d, 'gtc_received'), docs.includes('general_conditions')],
      ];
    });
  },
};

export const contractLanguageRule: Rule = {
  code: contractLanguage,
  check(ctx, emit) {
    const c = ctx.contract;
    const { missing, present } = factsOf([
      ['language', has(c, 'language')],
      ['translation_status', childEnum(c, 'translation_status', 'status') === 'convenience'],
    ]);
    const at = child(c, 'translation_status') ?? child(c, 'translations') ?? c;
    if (missing.length > 0) emit({ file: at.file, range: anchor(at), missing, present, absent: !has(c, 'language') });
  },
};

const REQUIRED_DEFINITIONS = ['incident', 'service_request', 'business_day', 'business_hour', 'service_window', 'gti', 'gtr', 'resolution', 'workaround', 'priority'];

export const contractDefinitionsRule: Rule = {
  code: contractDefinitions,
  check(ctx, emit) {
    const d = block(ctx, 'definitions');
    report(ctx, emit, d, 'definitions', () => {
      const defined = new Set([...childList(d, 'standard', 'terms'), ...children(d, 'define').map((x) => enumValue(x, 'term'))]);
      return REQUIRED_DEFINITIONS.map((t): FactCheck => [`definitions.${t}`, defined.has(t)]);
    });
  },
};

export const withdrawalMicroClientRule: Rule = {
  code: withdrawalMicroClient,
  // REQUIRED if law FR, client ≤ 5 employees and signed off-premises; while either fact is unknown
  // the rule asks for it.
  levelIn: (ctx) => {
    if (ctx.law !== 'FR') return undefined;
    const n = headcount(clientParty(ctx));
    if (n !== undefined && n > THRESHOLDS.withdrawalMaxHeadcount) return undefined;
    if (childEnum(block(ctx, 'withdrawal'), 'signed_off_premises', 'value') === 'no') return undefined;
    return 'required';
  },
  check(ctx, emit) {
    const client = clientParty(ctx);
    const w = block(ctx, 'withdrawal');
    const missing: string[] = [];
    if (headcount(client) === undefined) missing.push('client.headcount');
    if (!has(w, 'signed_off_premises')) missing.push('withdrawal.signed_off_premises');
    if (missing.length === 0) {
      const main = child(w, 'main_activity');
      if (enumValue(main, 'value') === 'yes') {
        if (value(main, 'justification') === undefined) missing.push('withdrawal.justification');
      } else {
        if (!yes(w, 'information')) missing.push('withdrawal.information');
        if (!yes(w, 'form')) missing.push('withdrawal.form');
      }
    }
    const at = w ?? (headcount(client) === undefined ? client : undefined) ?? ctx.contract;
    if (missing.length > 0) emit({ file: at.file, range: anchor(at), ...(at === client && client ? { subject: partyId(client) } : {}), missing });
  },
};

export const terminationEffectsRule: Rule = {
  code: terminationEffects,
  check(ctx, emit) {
    const e = block(ctx, 'termination_effects');
    report(ctx, emit, e, 'termination_effects', () => [
      ['termination_effects.survives', childList(e, 'survives', 'clauses').length > 0],
      ['termination_effects.reversibility', has(e, 'reversibility')],
      ['termination_effects.prepaid_fees', has(e, 'prepaid_fees')],
      ['termination_effects.unused_quota', has(e, 'unused_quota')],
    ]);
  },
};

export const priceAmountRule: Rule = {
  code: priceAmount,
  check(ctx, emit) {
    const p = block(ctx, 'price');
    report(ctx, emit, p, 'price', () => {
      const fee = child(p, 'fee');
      const vat = child(p, 'vat');
      return [
        ['price.fee', fee !== undefined || has(p, 'unit_price')],
        ['price.excl_vat', enumValue(fee, 'tax') === 'excl_vat', fee !== undefined],
        ['price.vat', value(vat, 'rate') !== undefined || (value(vat, 'regime') !== undefined && (enumValue(vat, 'regime') !== 'exempt' || value(vat, 'mention') !== undefined))],
        ['price.basis', has(p, 'basis')],
        ['price.covers', childList(p, 'covers', 'parts').length > 0],
      ];
    });
  },
};

export const priceExtrasRule: Rule = {
  code: priceExtras,
  check(ctx, emit) {
    const p = block(ctx, 'price');
    // The scope topic's `support { quota { overage } onsite { travel } }` states the same facts.
    const support = descendants(block(ctx, 'support'));
    const supportOverage = support.some((s) => s.spec.keyword === 'overage' || (s.spec.keyword === 'quota' && enumValue(s, 'model') === 'unlimited'));
    const supportTravel = support.some((s) => s.spec.keyword === 'travel');
    report(ctx, emit, p, 'price', () => [
      ['price.rate', has(p, 'rate')],
      ['price.travel', has(p, 'travel') || supportTravel],
      ['price.out_of_hours', has(p, 'out_of_hours')],
      ['price.hotline_overage', has(p, 'hotline_overage') || supportOverage],
    ]);
  },
};

export const invoicingScheduleRule: Rule = {
  code: invoicingSchedule,
  check(ctx, emit) {
    const i = block(ctx, 'invoicing');
    report(ctx, emit, i, 'invoicing', () => [
      ['invoicing.periodicity', value(i, 'periodicity') !== undefined],
      ['invoicing.timing', value(i, 'timing') !== undefined],
      ['invoicing.channel', has(i, 'channel')],
      ['invoicing.addressee', has(i, 'addressee')],
    ]);
  },
};

export const paymentTermsRule: Rule = {
  code: paymentTerms,
  check(ctx, emit) {
    const p = block(ctx, 'payment');
    report(ctx, emit, p, 'payment', () => [
      ['payment.term', has(p, 'term')],
      ['payment.means', has(p, 'means')],
      ['payment.late_interest', has(p, 'late_interest')],
      ['payment.recovery_fee', has(p, 'recovery_fee'), ctx.law === 'FR' || ctx.law === 'BE'],
      ['payment.suspension', has(p, 'suspension')],
    ]);
  },
};

export const priceRevisionRule: Rule = {
  code: priceRevision,
  // RECOMMENDED; REQUIRED if the initial term exceeds 12 months or renewal is tacit.
  levelIn: (ctx) => {
    const m = initialMonths(ctx);
    const tacit = childEnum(termOf(ctx), 'renewal', 'mode') === 'tacit';
    return tacit || (m !== undefined && m > 12 && has(termOf(ctx), 'initial')) ? 'required' : 'recommended';
  },
  check(ctx, emit) {
    const r = block(ctx, 'revision');
    report(ctx, emit, r, 'revision', () => [
      ['revision.index_name', has(r, 'index_name'), enumValue(r, 'index') === 'other'],
      // A pure consumer-price indexation (P1 = P0 × I1/I0) needs no fixed part.
      ['revision.fixed_part', has(r, 'fixed_part'), !CPI_INDEXES.includes(enumValue(r, 'index') ?? '')],
      ['revision.base_month', has(r, 'base_month')],
      ['revision.current_month', has(r, 'current_month')],
      ['revision.every', has(r, 'every')],
      ['revision.rounding', has(r, 'rounding')],
      ['revision.direction', has(r, 'direction')],
      ['revision.replacement', has(r, 'replacement')],
    ]);
  },
};

/** Consumer-price indexes, which may index a price in full without a fixed part. */
const CPI_INDEXES: readonly string[] = ['ch_cpi', 'be_health'];

export const priceHardshipRule: Rule = {
  code: priceHardship,
  check(ctx, emit) {
    const h = block(ctx, 'hardship');
    report(ctx, emit, h, 'hardship', () => [['hardship.renegotiation', has(h, 'renegotiation'), enumValue(h, 'stance') === 'adapted']]);
  },
};

export const liabilityRegimeRule: Rule = {
  code: liabilityRegime,
  check(ctx, emit) {
    const l = block(ctx, 'liability');
    report(ctx, emit, l, 'liability', () => [
      ['liability.obligation', has(l, 'obligation')],
      ['liability.excluded_causes', childList(l, 'excluded_causes', 'causes').length > 0],
    ]);
  },
};

export const liabilityCapRule: Rule = {
  code: liabilityCap,
  check(ctx, emit) {
    const l = block(ctx, 'liability');
    const cap = child(l, 'cap');
    report(ctx, emit, l, 'liability', () => [
      ['liability.cap', value(cap, 'amount') !== undefined || value(cap, 'months') !== undefined],
      ['liability.carve_outs', childList(l, 'carve_outs', 'cases').length > 0],
      ['liability.indirect_losses', has(l, 'indirect_losses')],
      ['liability.data_loss', has(l, 'data_loss')],
    ]);
  },
};

export const insuranceCheck: Rule = {
  code: insuranceRule,
  check(ctx, emit) {
    const i = block(ctx, 'insurance');
    const per = children(i, 'cover').map((c) => enumValue(c, 'per'));
    report(ctx, emit, i, 'insurance', () => [
      ['insurance.insurer', has(i, 'insurer')],
      ['insurance.policy', has(i, 'policy')],
      ['insurance.cover_claim', per.includes('claim')],
      ['insurance.cover_year', per.includes('year')],
      ['insurance.certificate', childEnum(i, 'certificate', 'when') === 'yearly'],
    ]);
  },
};

export const forceMajeureCheck: Rule = {
  code: forceMajeureRule,
  check(ctx, emit) {
    const f = block(ctx, 'force_majeure');
    const def = child(f, 'definition');
    report(ctx, emit, f, 'force_majeure', () => [
      ['force_majeure.definition', enumValue(def, 'source') === 'statutory' || (enumValue(def, 'source') === 'custom' && value(def, 'wording') !== undefined)],
      ['force_majeure.notify_within', has(f, 'notify_within')],
      ['force_majeure.sla_effect', has(f, 'sla_effect')],
      ['force_majeure.terminate_after', has(f, 'terminate_after')],
      ['force_majeure.cyberattack', has(f, 'cyberattack')],
      ['force_majeure.supplier_outage', has(f, 'supplier_outage')],
    ]);
  },
};

export const subcontractingCheck: Rule = {
  code: subcontractingRule,
  check(ctx, emit) {
    const s = block(ctx, 'subcontracting');
    report(ctx, emit, s, 'subcontracting', () => {
      if (enumValue(s, 'stance') === 'forbidden') return [];
      const flow = childList(s, 'flow_down', 'obligations');
      return [
        ['subcontracting.consent', has(s, 'consent')],
        ['subcontracting.provider_liable', yes(s, 'provider_liable')],
        ['subcontracting.flow_down', flow.includes('confidentiality') && flow.includes('personal_data')],
      ];
    });
  },
};

export const subcontractingLaw1975Rule: Rule = {
  code: subcontractingLaw1975,
  // French law only (loi n° 75-1334), and only when subcontracting is allowed.
  levelIn: (ctx) => (ctx.law === 'FR' && enumValue(block(ctx, 'subcontracting'), 'stance') === 'allowed' ? 'recommended' : undefined),
  check(ctx, emit) {
    const s = block(ctx, 'subcontracting');
    if (!s) return;
    const { missing, present } = factsOf([
      ['subcontracting.acceptance', childEnum(s, 'consent', 'mode') === 'prior_written'],
      ['subcontracting.payment_terms_approved', yes(s, 'payment_terms_approved')],
      ['subcontracting.payment_guarantee', has(s, 'payment_guarantee')],
    ]);
    if (missing.length > 0) emit({ file: s.file, range: anchor(s), missing, present });
  },
};

export const nonSolicitationCheck: Rule = {
  code: nonSolicitationRule,
  check(ctx, emit) {
    const n = block(ctx, 'non_solicitation');
    report(ctx, emit, n, 'non_solicitation', () => [
      ['non_solicitation.protects', has(n, 'protects')],
      ['non_solicitation.parties', has(n, 'parties')],
      ['non_solicitation.duration', has(n, 'duration')],
      ['non_solicitation.indemnity', has(n, 'indemnity')],
    ]);
  },
};

export const confidentialityCheck: Rule = {
  code: confidentialityRule,
  check(ctx, emit) {
    const c = block(ctx, 'confidentiality');
    const survives = child(c, 'survives');
    report(ctx, emit, c, 'confidentiality', () => [
      ['confidentiality.covers', childList(c, 'covers', 'categories').length > 0],
      ['confidentiality.use', has(c, 'use')],
      ['confidentiality.bound', childList(c, 'bound', 'who').length > 0],
      ['confidentiality.exceptions', childList(c, 'exceptions', 'cases').length > 0],
      ['confidentiality.survives', value(survives, 'duration') !== undefined || value(survives, 'indefinitely') !== undefined],
      ['confidentiality.at_end', has(c, 'at_end')],
    ]);
  },
};

export const lawJurisdictionRule: Rule = {
  code: lawJurisdiction,
  check(ctx, emit) {
    const j = block(ctx, 'jurisdiction');
    report(ctx, emit, j, 'jurisdiction', () => [['jurisdiction.seat', value(j, 'seat') !== undefined, enumValue(j, 'court') !== 'ordinary_rules']]);
  },
};

export const disputeAmicableRule: Rule = {
  code: disputeAmicable,
  check(ctx, emit) {
    const d = block(ctx, 'dispute');
    report(ctx, emit, d, 'dispute', () => [
      ['dispute.escalation', childList(d, 'escalation', 'steps').length > 0],
      ['dispute.before_court', has(d, 'before_court')],
    ]);
  },
};

export const contractAmendmentsRule: Rule = {
  code: contractAmendments,
  check(ctx, emit) {
    const a = block(ctx, 'amendments');
    report(ctx, emit, a, 'amendments', () => {
      const w = childList(a, 'written_for', 'subjects');
      return [
        ['amendments.written_for', w.includes('any') || (w.includes('scope') && w.includes('sla') && w.includes('price'))],
        ['amendments.inventory_update', has(a, 'inventory_update')],
      ];
    });
  },
};

export const contractNoticesRule: Rule = {
  code: contractNotices,
  check(ctx, emit) {
    const n = block(ctx, 'notices');
    if (!n) {
      emit({ file: ctx.contract.file, range: anchor(ctx.contract), missing: ['notices'], absent: true });
      return;
    }
    const addressed = new Set(children(n, 'to').map((t) => { const v = value(t, 'party'); return v?.kind === 'ref' ? v.name.text : ''; }));
    const unaddressed = ctx.parties.map(partyId).filter((id) => !addressed.has(id));
    const { missing, present } = factsOf([['notices.forms', has(n, 'forms')], ['notices.to', unaddressed.length === 0]]);
    if (missing.length > 0) emit({ file: n.file, range: anchor(n), subject: unaddressed.join(', '), missing, present });
  },
};

export const contractAssignmentRule: Rule = {
  code: contractAssignment,
  check(ctx, emit) {
    report(ctx, emit, block(ctx, 'assignment'), 'assignment', () => []);
  },
};

export const complianceNis2Rule: Rule = {
  code: complianceNis2,
  // OPTIONAL; RECOMMENDED once the client declares an essential or important status.
  levelIn: (ctx) => {
    const s = childEnum(block(ctx, 'nis2'), 'client_status', 'status');
    return s === 'essential' || s === 'important' ? 'recommended' : 'optional';
  },
  check(ctx, emit) {
    const n = block(ctx, 'nis2');
    report(ctx, emit, n, 'nis2', () => {
      if (childEnum(n, 'client_status', 'status') === 'not_in_scope') return [];
      return [
        ['nis2.incident_notice', has(n, 'incident_notice')],
        ['nis2.audit_cooperation', yes(n, 'audit_cooperation')],
        ['nis2.security_annex', yes(n, 'security_annex')],
      ];
    });
  },
};

export const complianceVigilanceRule: Rule = {
  code: complianceVigilance,
  // RECOMMENDED if law FR and the total value (fee × initial term) reaches 5 000 € HT.
  levelIn: (ctx) => {
    if (ctx.law !== 'FR') return undefined;
    const total = totalValue(ctx);
    return total !== undefined && total.currency === 'EUR' && total.cents >= THRESHOLDS.vigilanceThresholdCents ? 'recommended' : undefined;
  },
  check(ctx, emit) {
    const v = block(ctx, 'vigilance');
    const docs = childList(v, 'documents', 'documents');
    const every = durationOf(child(v, 'every'));
    report(ctx, emit, v, 'vigilance', () => [
      ['vigilance.documents', docs.includes('urssaf_certificate') && docs.includes('registration_proof')],
      ['vigilance.every', every !== undefined && monthsOf(every) <= THRESHOLDS.vigilanceMaxMonths],
    ]);
  },
};

export const commercialRuleList: readonly Rule[] = [
  partiesContactsRule, contractObjectRule, contractDocumentsRule, contractLanguageRule, contractDefinitionsRule,
  withdrawalMicroClientRule, terminationEffectsRule, priceAmountRule, priceExtrasRule, invoicingScheduleRule,
  paymentTermsRule, priceRevisionRule, priceHardshipRule, liabilityRegimeRule, liabilityCapRule, insuranceCheck,
  forceMajeureCheck, subcontractingCheck, subcontractingLaw1975Rule, nonSolicitationCheck, confidentialityCheck, lawJurisdictionRule,
  disputeAmicableRule, contractAmendmentsRule, contractNoticesRule, contractAssignmentRule, complianceNis2Rule,
  complianceVigilanceRule,
];
