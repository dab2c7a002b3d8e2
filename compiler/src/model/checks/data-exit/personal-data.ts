import { dataChNlpd, dataGdprDpa, dataSubprocessors, dataTransfers } from '../../../diagnostics/codes/rules-data-exit.ts';
import type { Range } from '../../../text/index.ts';
import type { BoundStatement } from '../../bound.ts';
import { anchor, child, children, enumValue, has, value } from '../../query.ts';
import type { CheckContext, Rule } from '../rule.ts';
import { exitBlock, factsWhere, gdprApplies, items, listed, personalData, processesPersonalData, stated } from './common.ts';
import { insideZone } from './tables.ts';

// brief §2.7 data.gdpr-dpa, data.subprocessors, data.transfers, data.ch-nlpd.
//
// A processor duty counts only when its "how" is stated as facts (EDPB Guidelines 07/2020 § 111 ff.:
// the agreement must not merely restate art. 28): instructions need their channel, assistance with
// rights requests its deadline, audits their notice and frequency, and so on. See
// schema/blocks/data-exit/personal-data.ts for the vocabulary.

const ART_32_36 = ['security', 'breach', 'dpia', 'prior_consultation'];

function gdprLevel(ctx: CheckContext): 'required' | undefined {
  return processesPersonalData(ctx) && gdprApplies(ctx) ? 'required' : undefined;
}

function at(ctx: CheckContext, b: BoundStatement | undefined): { file: string; range: Range } {
  const s = b ?? ctx.contract;
  return { file: s.file, range: anchor(s) };
}

export const dataGdprDpaRule: Rule = {
  code: dataGdprDpa,
  levelIn: gdprLevel,
  check(ctx, emit) {
    const pd = personalData(ctx);
    const controller = child(pd, 'controller');
    const sub = child(pd, 'subprocessors');
    const dataReturn = child(exitBlock(ctx), 'data_return');
    const audits = child(pd, 'audits');
    const covers = items(child(child(pd, 'assist_compliance'), 'covers'));
    const facts = factsWhere([
      [listed(pd, 'subject_matter'), 'personal_data.subject_matter'],
      [stated(pd, 'duration', 'until') || stated(pd, 'duration', 'period'), 'personal_data.duration'],
      [listed(pd, 'nature'), 'personal_data.nature'],
      [listed(pd, 'purposes'), 'personal_data.purposes'],
      [listed(pd, 'data_types'), 'personal_data.data_types'],
      [listed(pd, 'data_subjects'), 'personal_data.data_subjects'],
      [listed(controller, 'obligations') && listed(controller, 'rights'), 'personal_data.controller'],
      [listed(child(pd, 'instructions'), 'channel'), 'personal_data.instructions'],
      // Art. 28(3)(a): processing the law requires, and informing the controller of it first.
      [stated(child(pd, 'instructions'), 'legal_requirement', 'value'), 'personal_data.instructions.legal_requirement'],
      [listed(child(pd, 'staff_confidentiality'), 'means'), 'personal_data.staff_confidentiality'],
      [listed(child(pd, 'security'), 'measures'), 'personal_data.security'],
      [stated(sub, 'authorisation', 'value') && has(sub, 'flow_down') && has(sub, 'liability'), 'personal_data.subprocessors'],
      [stated(child(pd, 'assist_rights'), 'within', 'duration'), 'personal_data.assist_rights'],
      [ART_32_36.every((c) => covers.includes(c)), 'personal_data.assist_compliance'],
      [stated(dataReturn, 'choice', 'value') && stated(dataReturn, 'within', 'duration'), 'personal_data.end_of_processing'],
      [stated(audits, 'notice', 'duration') && stated(audits, 'frequency', 'value'), 'personal_data.audits'],
      // Art. 28(3)(h): audits "conducted by the controller or another auditor mandated by the controller".
      [listed(audits, 'by'), 'personal_data.audits.by'],
      [stated(child(pd, 'infringing_instruction'), 'notify', 'duration'), 'personal_data.infringing_instruction'],
      [listed(pd, 'form'), 'personal_data.form'],
      [stated(child(pd, 'breach_notification'), 'within', 'duration'), 'personal_data.breach_notification'],
    ]);
    if (facts.missing.length > 0) emit({ ...at(ctx, pd), missing: facts.missing, present: facts.present, absent: pd === undefined });
  },
};

export const dataSubprocessorsRule: Rule = {
  code: dataSubprocessors,
  levelIn: gdprLevel,
  check(ctx, emit) {
    const pd = personalData(ctx);
    const sub = child(pd, 'subprocessors');
    const list = children(sub, 'subprocessor');
    const general = enumValue(child(sub, 'authorisation'), 'value') === 'general';
    const facts = factsWhere([
      [stated(sub, 'authorisation', 'value'), 'personal_data.subprocessors.authorisation'],
      [list.length > 0 || has(sub, 'none'), 'personal_data.subprocessors.list'],
      // Under a specific authorisation each sub-processor is approved beforehand: the approval itself
      // is the notice and the objection, so these two facts are asked for a general authorisation only.
      [stated(sub, 'notice', 'duration'), 'personal_data.subprocessors.notice', general],
      [stated(child(sub, 'objection'), 'within', 'duration'), 'personal_data.subprocessors.objection', general],
    ]);
    if (facts.missing.length > 0) emit({ ...at(ctx, sub ?? pd), missing: facts.missing, present: facts.present, absent: sub === undefined });
    for (const s of list) {
      const m = factsWhere([[listed(s, 'country'), 'subprocessor.country'], [listed(s, 'service'), 'subprocessor.service']]);
      const name = value(s, 'id');
      if (m.missing.length > 0) emit({ ...at(ctx, s), subject: name?.kind === 'name' ? name.name.text : '', missing: m.missing, present: m.present });
    }
  },
};

interface Destination {
  readonly country: string;
  readonly where: BoundStatement;
}

/** Every country where the provider or a sub-processor processes the data, with where it is stated. */
function destinations(pd: BoundStatement | undefined): readonly Destination[] {
  const out: Destination[] = [];
  const add = (b: BoundStatement | undefined): void => {
    if (!b) return;
    for (const c of items(b)) if (!out.some((d) => d.country === c)) out.push({ country: c, where: b });
  };
  add(child(pd, 'location'));
  for (const s of children(child(pd, 'subprocessors'), 'subprocessor')) add(child(s, 'country'));
  return out;
}

function regimes(ctx: CheckContext): readonly ('gdpr' | 'nlpd')[] {
  if (!processesPersonalData(ctx)) return [];
  return [...(gdprApplies(ctx) ? ['gdpr' as const] : []), ...(ctx.law === 'CH' ? ['nlpd' as const] : [])];
}

function outside(ctx: CheckContext): readonly Destination[] {
  const rs = regimes(ctx);
  return destinations(personalData(ctx)).filter((d) => rs.some((r) => !insideZone(d.country, r)));
}

export const dataTransfersRule: Rule = {
  code: dataTransfers,
  levelIn: (ctx) => (outside(ctx).length > 0 ? 'required' : undefined),
  check(ctx, emit) {
    const pd = personalData(ctx);
    const transfers = children(pd, 'transfer');
    for (const d of outside(ctx)) {
      const t = transfers.find((x) => enumValue(x, 'country') === d.country);
      if (t && stated(t, 'mechanism', 'value')) continue;
      emit({ ...at(ctx, t ?? d.where), subject: d.country, missing: ['personal_data.transfer'], absent: true });
    }
  },
};

export const dataChNlpdRule: Rule = {
  code: dataChNlpd,
  levelIn: (ctx) => (ctx.law === 'CH' && processesPersonalData(ctx) ? 'required' : undefined),
  check(ctx, emit) {
    const pd = personalData(ctx);
    const facts = factsWhere([
      [listed(pd, 'purposes'), 'personal_data.purposes'],
      [listed(child(pd, 'instructions'), 'channel'), 'personal_data.instructions'],
      [listed(child(pd, 'security'), 'measures'), 'personal_data.security'],
      [stated(child(pd, 'subprocessors'), 'authorisation', 'value'), 'personal_data.subprocessors.authorisation'],
      [listed(pd, 'location'), 'personal_data.location'],
      [stated(child(pd, 'breach_notification'), 'within', 'duration'), 'personal_data.breach_notification'],
    ]);
    if (facts.missing.length > 0) emit({ ...at(ctx, pd), missing: facts.missing, present: facts.present, absent: pd === undefined });
  },
};
