// Stable serialisation of SLA JSON v1 (spec sla-v1.md: "Key order is stable and the output is
// byte-identical for the same input"). Every object is rebuilt here in the spec's key order, so the
// output does not depend on how the caller happened to build its objects; arrays keep their order
// (the producer sorts them: priorities by rank, holidays by date) and calendars keep the contract's
// declaration order. No timestamps, 2-space indent, final newline.
import { SLA_METRICS, slaDocumentSchema } from './schema.ts';
import type {
  SlaAvailability,
  SlaCalendar,
  SlaChannel,
  SlaContract,
  SlaDocument,
  SlaEscalation,
  SlaIdentifier,
  SlaParty,
  SlaPenalty,
  SlaPriority,
  SlaQuota,
  SlaTargets,
  SlaText,
} from './schema.ts';

const text = (t: SlaText): SlaText => ({ fr: t.fr, en: t.en });

const party = (p: SlaParty): SlaParty => ({
  id: p.id,
  name: p.name,
  // The cast only restores the scheme/value correlation TypeScript loses when rebuilding the pair.
  identifiers: p.identifiers.map((i) => ({ scheme: i.scheme, value: i.value }) as SlaIdentifier),
});

const contract = (c: SlaContract): SlaContract => ({
  reference: c.reference,
  title: c.title,
  law: c.law,
  language: c.language,
  provider: party(c.provider),
  client: party(c.client),
  effective: c.effective,
  initialTermEnd: c.initialTermEnd,
  source: { file: c.source.file, sha256: c.source.sha256 },
  ...(c.amendment ? { amendment: { number: c.amendment.number, effective: c.amendment.effective } } : {}),
});

const calendar = (c: SlaCalendar): SlaCalendar => ({
  timezone: c.timezone,
  week: {
    mon: c.week.mon, tue: c.week.tue, wed: c.week.wed, thu: c.week.thu,
    fri: c.week.fri, sat: c.week.sat, sun: c.week.sun,
  },
  holidays: c.holidays.map((h) => ({ date: h.date, name: text(h.name) })),
  holidayRules: c.holidayRules,
});

function channel(c: SlaChannel): SlaChannel {
  switch (c.kind) {
    case 'phone': return { kind: 'phone', address: c.address };
    case 'sms': return { kind: 'sms', address: c.address };
    case 'email': return { kind: 'email', address: c.address };
    case 'portal': return { kind: 'portal', url: c.url };
    case 'chat': return { kind: 'chat', url: c.url };
  }
}

/** Metrics in the spec's order; absent ones stay absent ("only the metrics the contract states"). */
function targets(t: SlaTargets): SlaTargets {
  const out: SlaTargets = {};
  for (const m of SLA_METRICS) {
    const target = t[m];
    if (target) out[m] = { minutes: target.minutes, calendar: target.calendar };
  }
  return out;
}

const priority = (p: SlaPriority): SlaPriority => ({
  id: p.id,
  rank: p.rank,
  label: text(p.label),
  criteria: text(p.criteria),
  targets: targets(p.targets),
});

function quota(q: SlaQuota): SlaQuota {
  const rollover = (r: 'none' | 'next_period' | { capped: number }) => (typeof r === 'string' ? r : { capped: r.capped });
  switch (q.model) {
    case 'tickets':
      return {
        model: q.model, count: q.count, period: q.period, rollover: rollover(q.rollover),
        overage: { amount: q.overage.amount, currency: q.overage.currency, per: q.overage.per },
      };
    case 'hours':
      return {
        model: q.model, minutes: q.minutes, step: q.step, period: q.period, rollover: rollover(q.rollover),
        overage: { amount: q.overage.amount, currency: q.overage.currency, per: q.overage.per },
      };
    case 'unlimited':
      return { model: q.model, fairUse: q.fairUse === null ? null : text(q.fairUse) };
  }
}

const availability = (a: SlaAvailability): SlaAvailability => ({
  service: a.service,
  objective: a.objective,
  window: a.window,
  excludes: a.excludes,
});

const penalty = (p: SlaPenalty): SlaPenalty => ({
  metric: p.metric,
  priority: p.priority,
  rate:
    'percentOf' in p.rate
      ? { percentOf: p.rate.percentOf, value: p.rate.value, per: p.rate.per }
      : { amount: p.rate.amount, currency: p.rate.currency, per: p.rate.per },
  cap:
    p.cap.period === 'month'
      ? { percentOfMonthlyFee: p.cap.percentOfMonthlyFee, period: 'month' }
      : { percentOfMonthlyFee: p.cap.percentOfMonthlyFee, period: 'year' },
});

const escalation = (e: SlaEscalation): SlaEscalation => ({
  metric: e.metric, atPercent: e.atPercent, contact: e.contact,
  ...(e.priorities === undefined ? {} : { priorities: [...e.priorities] }),
});

/** The document with every object's keys in the spec's order. */
export function canonicalSla(doc: SlaDocument): SlaDocument {
  return {
    format: doc.format,
    version: doc.version,
    contract: contract(doc.contract),
    calendars: Object.fromEntries(Object.entries(doc.calendars).map(([name, c]) => [name, calendar(c)])),
    channels: doc.channels.map(channel),
    priorities: doc.priorities.map(priority),
    clock: { pauses: doc.clock.pauses },
    quota: quota(doc.quota),
    availability: doc.availability.map(availability),
    penalties: doc.penalties.map(penalty),
    escalation: doc.escalation.map(escalation),
  };
}

/** The `<name>.sla.json` text. The caller validates first (`slaDocumentSchema`); this only orders. */
export function serializeSla(doc: SlaDocument): string {
  return `${JSON.stringify(canonicalSla(doc), null, 2)}\n`;
}

export type ParseSlaResult =
  | { readonly ok: true; readonly document: SlaDocument }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Reads an `.sla.json` text (e.g. for `infog sla due`); never throws. Errors are `path: message`. */
export function parseSla(json: string): ParseSlaResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [`(root): not JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const r = slaDocumentSchema.safeParse(value);
  if (r.success) return { ok: true, document: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.length === 0 ? '(root)' : i.path.join('.')}: ${i.message}`) };
}
