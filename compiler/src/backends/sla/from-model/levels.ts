// `priorities`, `clock`, `availability`, `penalties`, `escalation`, from the `sla` block.
import { slaTextUntranslated } from '../../../diagnostics/codes/sla-emit.ts';
import type { SlaFacts } from '../../../model/checks/sla.ts';
import { METRIC_ORDER } from '../../../model/checks/sla.ts';
import { anchor, child, children, enumValue, value } from '../../../model/query.ts';
import type {
  SlaAvailability, SlaEscalation, SlaMetric, SlaPause, SlaPenalty, SlaPenaltyCap, SlaPriority, SlaTargets,
} from '../schema.ts';
import { enumList, listItems, missing, str, unsupported, type EmitContext } from './context.ts';
import { money } from './helpdesk.ts';

/**
 * Priorities in rank order. Labels and criteria need French and English; a missing English text is an
 * error (IG5051), never the French text copied, consistent with rule sla.priorities (IG3054), which
 * already makes it an error in the checker. `resolve best_effort` states no time, so no resolve target.
 */
export function readPriorities(ctx: EmitContext, facts: SlaFacts): SlaPriority[] | undefined {
  if (facts.priorities.length === 0) return missing(ctx, 'sla { priority … }', facts.sla);
  const out: SlaPriority[] = [];
  let ok = true;
  for (const p of facts.priorities) {
    const texts = { label: p.label, criteria: p.criteria };
    for (const [field, t] of Object.entries(texts)) {
      if (t.fr === undefined) {
        ok = false;
        missing(ctx, field === 'label' ? `priority ${p.id} "<label>"` : `priority ${p.id} { criteria }`, p.statement);
      } else if (t.en === undefined) {
        ok = false;
        ctx.diagnostics.push(slaTextUntranslated.create(p.statement.file, anchor(p.statement), { priority: p.id, field }));
      }
    }
    const targets: SlaTargets = {};
    for (const m of METRIC_ORDER) {
      const t = p.targets[m];
      if (t) targets[m] = { minutes: t.minutes, calendar: t.calendar };
    }
    out.push({
      id: p.id,
      rank: p.rank,
      label: { fr: p.label.fr ?? '', en: p.label.en ?? '' },
      criteria: { fr: p.criteria.fr ?? '', en: p.criteria.en ?? '' },
      targets,
    });
  }
  return ok ? out : undefined;
}

/** The calendars the targets count in, to know whether `24x7` is needed. */
export function targetCalendars(facts: SlaFacts): Set<string> {
  const used = new Set<string>();
  for (const p of facts.priorities) for (const m of METRIC_ORDER) {
    const t = p.targets[m];
    if (t) used.add(t.calendar);
  }
  return used;
}

export function readPauses(facts: SlaFacts): SlaPause[] {
  return enumList(child(child(facts.sla, 'clock'), 'pauses'), 'states') as SlaPause[];
}

export function readAvailability(ctx: EmitContext, facts: SlaFacts): SlaAvailability[] | undefined {
  const out: SlaAvailability[] = [];
  let ok = true;
  for (const a of children(facts.sla, 'availability')) {
    const service = str(a, 'service');
    const objective = value(a, 'objective');
    const window = enumValue(child(a, 'window'), 'period') as SlaAvailability['window'] | undefined;
    if (service === undefined || objective?.kind !== 'percent') {
      ok = false;
      missing(ctx, 'availability "<service>" <objective>%', a);
      continue;
    }
    if (window === undefined) {
      ok = false;
      missing(ctx, `availability "${service}" { window }`, a);
      continue;
    }
    out.push({ service, objective: objective.value, window, excludes: enumList(child(a, 'excludes'), 'items') });
  }
  return ok ? out : undefined;
}

export function readPenalties(ctx: EmitContext, facts: SlaFacts): SlaPenalty[] | undefined {
  const stated = children(facts.sla, 'penalty');
  if (stated.length === 0) return [];
  const regime = child(facts.sla, 'penalties');
  const capStmt = child(regime, 'cap');
  const capPercent = value(capStmt, 'percent');
  const capPeriod = enumValue(capStmt, 'period');
  if (!capStmt || capPercent?.kind !== 'percent' || (capPeriod !== 'month' && capPeriod !== 'year')) {
    return missing(ctx, 'penalties { cap <n>% per month | year }', regime ?? stated[0]);
  }
  const cap: SlaPenaltyCap = capPeriod === 'month'
    ? { percentOfMonthlyFee: capPercent.value, period: 'month' }
    : { percentOfMonthlyFee: capPercent.value, period: 'year' };
  const out: SlaPenalty[] = [];
  let ok = true;
  for (const p of stated) {
    const metric = enumValue(p, 'metric') as SlaMetric | undefined;
    const prio = value(p, 'priority');
    const per = enumValue(p, 'per') as SlaPenalty['rate']['per'] | undefined;
    const percent = value(p, 'percent');
    if (metric === undefined || prio?.kind !== 'ref' || per === undefined) {
      ok = false;
      missing(ctx, 'penalty <metric> <priority> … per <unit>', p);
      continue;
    }
    if (percent?.kind === 'percent') {
      out.push({ metric, priority: prio.name.text, rate: { percentOf: 'monthly_fee', value: percent.value, per }, cap });
      continue;
    }
    const amount = value(p, 'amount') === undefined ? missing(ctx, `penalty ${metric} ${prio.name.text} <rate>`, p) : money(ctx, p, 'amount', `penalty ${metric} ${prio.name.text}`);
    if (!amount) {
      ok = false;
      continue;
    }
    out.push({ metric, priority: prio.name.text, rate: { amount: amount.amount, currency: amount.currency, per }, cap });
  }
  return ok ? out : undefined;
}

/**
 * Escalations in source order. `for P1, P2` becomes `priorities` in rank order, without duplicates;
 * without `for` the key is absent (every priority with a target for the metric).
 */
export function readEscalation(ctx: EmitContext, facts: SlaFacts): SlaEscalation[] | undefined {
  const out: SlaEscalation[] = [];
  let ok = true;
  const rank = new Map(facts.priorities.map((p) => [p.id, p.rank]));
  for (const e of children(facts.sla, 'escalation')) {
    const metric = enumValue(e, 'metric') as SlaMetric | undefined;
    const at = value(e, 'at');
    const contact = str(e, 'contact');
    if (metric === undefined || at?.kind !== 'percent' || contact === undefined) {
      ok = false;
      missing(ctx, 'escalation <metric> at <n>% to "<contact>"', e);
      continue;
    }
    if (!Number.isInteger(at.value)) {
      ok = false;
      unsupported(ctx, e, 'at', `escalation ${metric}`, at.text, 'a whole percentage');
      continue;
    }
    const listed = [...new Set(listItems(value(e, 'priority')).flatMap((v) => (v.kind === 'ref' ? [v.name.text] : [])))];
    const priorities = listed.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    out.push({ metric, atPercent: at.value, contact, ...(priorities.length > 0 ? { priorities } : {}) });
  }
  return ok ? out : undefined;
}
