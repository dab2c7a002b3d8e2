// What every helpdesk exporter shares: the result type, the diagnostics context, and the mapping of
// the SLA JSON's six metrics onto the two or three a helpdesk tool knows (docs/helpdesk.md).
//
// Mapping decisions, the same for every tool:
// - first response ← `response` (GTI), else `ack`; with both, `ack` is lost (IG7007);
// - resolution ← `restore` (GTR), else `resolve`; with both, `resolve` is lost (IG7007);
// - update ← `update` where the tool has one, else lost (IG7003); `onsite` is always lost (IG7007);
// - one calendar per priority: the one most of its kept targets use (ties: resolution, first response,
//   update); a target on another calendar is counted on it (IG7008), unless the tool can count that
//   target in wall-clock time and its calendar is open around the clock (RT `RealMinutes`).
import type { Diagnostic } from '../../diagnostics/index.ts';
import * as codes from '../../diagnostics/codes/helpdesk.ts';
import { WEEKDAYS } from '../../calendar/index.ts';
import type { SlaCalendar, SlaDocument, SlaMetric, SlaPriority } from '../sla/schema.ts';

export interface ExportFile {
  readonly name: string;
  readonly content: string;
}

export interface ExportResult {
  readonly files: ExportFile[];
  readonly diagnostics: Diagnostic[];
}

/** Collects the diagnostics of one export; every one is about the document, not a source range. */
export class ExportContext {
  readonly doc: SlaDocument;
  readonly tool: string;
  readonly diagnostics: Diagnostic[] = [];
  /** Short notes (English) for the export's comment fields, one per loss. */
  readonly notes: string[] = [];

  constructor(doc: SlaDocument, tool: string) {
    this.doc = doc;
    this.tool = tool;
  }

  report(diagnostic: Diagnostic, note: string): void {
    this.diagnostics.push(diagnostic);
    this.notes.push(note);
  }

  get file(): string {
    return this.doc.contract.source.file;
  }
}

export const NO_RANGE = { start: 0, end: 0 } as const;

export interface Chosen {
  readonly metric: SlaMetric;
  readonly minutes: number;
  /** The calendar the contract states for this target. */
  readonly calendar: string;
  /** True when the tool counts it in wall-clock time (its calendar is open around the clock). */
  readonly real: boolean;
}

export interface PriorityPlan {
  readonly priority: SlaPriority;
  /** The tool's calendar for this priority. */
  readonly calendar: string;
  readonly firstResponse?: Chosen;
  readonly resolution?: Chosen;
  readonly update?: Chosen;
}

export interface PlanOptions {
  /** The tool has a time-between-updates metric. */
  readonly update: boolean;
  /** The tool can count one target in wall-clock time inside an SLA that uses business hours. */
  readonly realTime?: boolean;
  /** How many priorities the tool has (undefined = as many as needed). */
  readonly maxPriorities?: number;
}

/** True when the calendar is open every minute of every day and has no holiday. */
export function isAroundTheClock(cal: SlaCalendar): boolean {
  return cal.holidays.length === 0 && WEEKDAYS.every((d) => {
    const w = cal.week[d];
    return w.length === 1 && w[0]?.[0] === '00:00' && w[0][1] === '24:00';
  });
}

const describeKept = (kept: SlaMetric | undefined): string => (kept ? `the tool keeps "${kept}"` : 'no slot for it');

/** Maps every priority's targets onto the tool's metrics, reporting each loss. */
export function planPriorities(ctx: ExportContext, options: PlanOptions): PriorityPlan[] {
  const { doc, tool } = ctx;
  const max = options.maxPriorities ?? Number.POSITIVE_INFINITY;
  const overflow = doc.priorities.slice(max).map((p) => p.id);
  if (overflow.length > 0) {
    ctx.report(codes.prioritiesOverflow.create(ctx.file, NO_RANGE, { tool, max, priorities: overflow }), `Priorities ${overflow.join(', ')} not exported: ${tool} has ${max} priorities.`);
  }
  return doc.priorities.slice(0, max).map((p) => {
    const t = p.targets;
    const lost = (metric: SlaMetric, kept: SlaMetric | undefined): void => {
      const target = t[metric];
      if (!target) return;
      if (metric === 'update') {
        ctx.report(codes.updateLost.create(ctx.file, NO_RANGE, { tool, priority: p.id, minutes: target.minutes }), `${p.id}: update target (${target.minutes} min) not exported.`);
      } else {
        const keptText = describeKept(kept);
        ctx.report(codes.metricLost.create(ctx.file, NO_RANGE, { tool, priority: p.id, metric, minutes: target.minutes, kept: keptText }), `${p.id}: ${metric} target (${target.minutes} min) not exported.`);
      }
    };
    const firstMetric: SlaMetric | undefined = t.response ? 'response' : t.ack ? 'ack' : undefined;
    if (t.response && t.ack) lost('ack', 'response');
    const resolutionMetric: SlaMetric | undefined = t.restore ? 'restore' : t.resolve ? 'resolve' : undefined;
    if (t.restore && t.resolve) lost('resolve', 'restore');
    lost('onsite', undefined);
    const updateMetric: SlaMetric | undefined = options.update && t.update ? 'update' : undefined;
    if (!options.update) lost('update', undefined);

    const kept = [resolutionMetric, firstMetric, updateMetric].flatMap((m) => (m ? [m] : []));
    const counts = new Map<string, number>();
    for (const m of kept) {
      const c = t[m]?.calendar ?? '';
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    // The most used calendar; `kept` is in tie-break order and Map keeps first insertion first.
    let calendar = Object.keys(doc.calendars)[0] ?? '';
    let best = 0;
    for (const [c, n] of counts) if (n > best) { calendar = c; best = n; }

    const choose = (metric: SlaMetric | undefined): Chosen | undefined => {
      if (!metric) return undefined;
      const target = t[metric];
      if (!target) return undefined;
      let real = false;
      if (target.calendar !== calendar) {
        const cal = doc.calendars[target.calendar];
        if (options.realTime && cal && isAroundTheClock(cal)) real = true;
        else {
          ctx.report(
            codes.calendarMismatch.create(ctx.file, NO_RANGE, { tool, priority: p.id, metric, calendar: target.calendar, used: calendar }),
            `${p.id}: ${metric} target stated on calendar "${target.calendar}", counted on "${calendar}".`,
          );
        }
      }
      return { metric, minutes: target.minutes, calendar: target.calendar, real };
    };
    const firstResponse = choose(firstMetric);
    const resolution = choose(resolutionMetric);
    const update = choose(updateMetric);
    return {
      priority: p,
      calendar,
      ...(firstResponse ? { firstResponse } : {}),
      ...(resolution ? { resolution } : {}),
      ...(update ? { update } : {}),
    };
  });
}

/** The calendars the plans use, in the document's declaration order. */
export function usedCalendars(doc: SlaDocument, plans: readonly PriorityPlan[]): string[] {
  const used = new Set(plans.map((p) => p.calendar));
  return Object.keys(doc.calendars).filter((c) => used.has(c));
}

export function describeQuota(doc: SlaDocument): string {
  const q = doc.quota;
  switch (q.model) {
    case 'tickets': return `${q.count} tickets / ${q.period}`;
    case 'hours': return `${q.minutes / 60} h / ${q.period}`;
    case 'unlimited': return 'unlimited';
  }
}

export interface LossOptions {
  /** The format carries availability objectives (OpenSLO). */
  readonly availability?: boolean;
  /** The export carries the clock pauses. */
  readonly pauses?: boolean;
}

/** The document-level losses every helpdesk export shares: quota, penalties, availability, escalation, pauses. */
export function reportDocumentLosses(ctx: ExportContext, options: LossOptions = {}): void {
  const { doc, tool } = ctx;
  if (doc.quota.model !== 'unlimited' || doc.quota.fairUse !== null) {
    const quota = describeQuota(doc);
    ctx.report(codes.quotaLost.create(ctx.file, NO_RANGE, { tool, quota }), `Helpdesk quota (${quota}) not exported.`);
  }
  if (doc.penalties.length > 0) {
    ctx.report(codes.penaltiesLost.create(ctx.file, NO_RANGE, { tool, count: doc.penalties.length }), `${doc.penalties.length} penalty clause(s) not exported.`);
  }
  if (!options.availability && doc.availability.length > 0) {
    ctx.report(codes.availabilityLost.create(ctx.file, NO_RANGE, { tool, count: doc.availability.length }), `${doc.availability.length} availability objective(s) not exported (see the OpenSLO export).`);
  }
  if (doc.escalation.length > 0) {
    ctx.report(codes.escalationLost.create(ctx.file, NO_RANGE, { tool, count: doc.escalation.length }), `${doc.escalation.length} escalation(s) not exported: configure them in the tool.`);
  }
  if (!options.pauses && doc.clock.pauses.length > 0) {
    ctx.report(codes.pausesNotExported.create(ctx.file, NO_RANGE, { tool, pauses: doc.clock.pauses }), `Clock pauses (${doc.clock.pauses.join(', ')}) to map to the tool's statuses.`);
  }
}

/** `NS-2027-014 business`: names the export creates start with the contract reference. */
export function objectName(doc: SlaDocument, ...parts: string[]): string {
  return [doc.contract.reference, ...parts].join(' ');
}

/** A priority's display name: `P1 Blocking` / `P1 Bloquant` in the contract's language. */
export function priorityName(doc: SlaDocument, p: SlaPriority): string {
  return `${p.id} ${p.label[doc.contract.language]}`;
}

/** Stable JSON: 2-space indent and a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The header every export carries: what it is, where it comes from, what it lost. */
export function headerLines(ctx: ExportContext): string[] {
  const c = ctx.doc.contract;
  return [
    `Generated by infog from ${c.source.file} (sha256 ${c.source.sha256}); do not edit.`,
    `Contract ${c.reference}: ${c.title} (${c.provider.name} / ${c.client.name}).`,
    ...(ctx.notes.length > 0 ? ['Not exported:', ...ctx.notes.map((n) => `- ${n}`)] : []),
  ];
}

/** The reference to an object another request of the same import creates. */
export function ref(id: string): string {
  return `$ref:${id}`;
}

/** The envelope fields of a JSON import plan (envelope.ts). */
export function planHeader(ctx: ExportContext): { format: 'infog-helpdesk-import'; tool: string; contract: string; source: string; notes: string[] } {
  const c = ctx.doc.contract;
  return { format: 'infog-helpdesk-import', tool: ctx.tool, contract: c.reference, source: `${c.source.file} sha256:${c.source.sha256}`, notes: ctx.notes };
}
