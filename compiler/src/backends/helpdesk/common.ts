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
import type { DiagnosticCode, MessageArgs } from '../../diagnostics/index.ts';
import * as codes from '../../diagnostics/codes/helpdesk.ts';
import { humanDuration } from '../../diagnostics/durations.ts';
import { WEEKDAYS } from '../../calendar/index.ts';
import type { Range } from '../../text/index.ts';
import type { SlaCalendar, SlaDocument, SlaMetric, SlaPriority, SlaTarget } from '../sla/schema.ts';

export interface ExportFile {
  readonly name: string;
  readonly content: string;
}

/**
 * One fact of the SLA document a tool cannot hold. `args` are the code's arguments with one-item lists
 * (losses.ts merges them), `at` the JSON Pointer of the fact in the document (`/priorities/0/targets/ack`),
 * which the caller maps back to the contract statement that states it.
 */
export interface Loss {
  readonly code: DiagnosticCode<MessageArgs>;
  readonly args: MessageArgs;
  readonly at: string;
}

/** Where a fact of the SLA document is stated: a file of the contract and a range in it. */
export interface Place {
  readonly file: string;
  readonly range: Range;
}

/** Maps a JSON Pointer of the SLA document to the place that states it. */
export type Locate = (pointer: string) => Place;

/** Collects the losses of one export and the notes the export file repeats. */
export class ExportContext {
  readonly doc: SlaDocument;
  readonly tool: string;
  readonly losses: Loss[] = [];
  /** Short notes (English) for the export's comment fields, one per loss. */
  readonly notes: string[] = [];

  constructor(doc: SlaDocument, tool: string) {
    this.doc = doc;
    this.tool = tool;
  }

  /** Reports one lost fact (at a JSON Pointer of the document) with its note for the export file. */
  report<A extends MessageArgs & { tools: readonly string[] }>(code: DiagnosticCode<A>, args: Omit<A, 'tools'>, at: string, note: string): void {
    this.losses.push({ code: code as unknown as DiagnosticCode<MessageArgs>, args: { tools: [this.tool], ...args }, at });
    this.notes.push(note);
  }

  get file(): string {
    return this.doc.contract.source.file;
  }
}

/** A JSON Pointer (RFC 6901) from its segments. */
export function pointer(...segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Minutes of each open day when every open day has the same length, else undefined. */
function dayLength(cal: SlaCalendar): number | undefined {
  const lengths = new Set(WEEKDAYS.map((d) => cal.week[d].reduce((n, [s, e]) => n + clock(e) - clock(s), 0)).filter((n) => n > 0));
  return lengths.size === 1 ? [...lengths][0] : undefined;
}
const clock = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * A target's duration for a message (diagnostics/codes/helpdesk.ts `renderDuration`): in business days
 * when it is a whole number of the calendar's open days, else business hours or minutes; on a calendar
 * open around the clock, plain days, hours or minutes. « 5 jours ouvrés », never "3000 min".
 */
export function durationArg(doc: SlaDocument, t: Pick<SlaTarget, 'minutes' | 'calendar'>): string {
  const cal = doc.calendars[t.calendar];
  const m = t.minutes;
  if (cal && isAroundTheClock(cal)) return m % 1440 === 0 ? `${m / 1440} day` : m % 60 === 0 ? `${m / 60} hour` : `${m} minute`;
  const day = cal ? dayLength(cal) : undefined;
  if (day !== undefined && m % day === 0) return `${m / day} business_day`;
  return m % 60 === 0 ? `${m / 60} business_hour` : `${m} business_minute`;
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

/** Maps every priority's targets onto the tool's metrics, reporting each loss. */
export function planPriorities(ctx: ExportContext, options: PlanOptions): PriorityPlan[] {
  const { doc, tool } = ctx;
  const max = options.maxPriorities ?? Number.POSITIVE_INFINITY;
  doc.priorities.forEach((p, i) => {
    if (i >= max) ctx.report(codes.prioritiesOverflow, { max, priorities: [p.id] }, pointer('priorities', i), `Priority ${p.id} not exported: ${tool} has ${max} priorities.`);
  });
  return doc.priorities.slice(0, max).map((p, index) => {
    const t = p.targets;
    const lost = (metric: SlaMetric, kept: SlaMetric | undefined): void => {
      const target = t[metric];
      if (!target) return;
      const at = pointer('priorities', index, 'targets', metric);
      const duration = durationArg(doc, target);
      if (metric === 'update') {
        ctx.report(codes.updateLost, { priorities: [p.id], durations: [duration] }, at, `${p.id}: update target (${humanDuration(duration, 'en', true)}) not exported.`);
      } else {
        ctx.report(codes.metricLost, { priorities: [p.id], metrics: [metric], durations: [duration], kept: [kept ?? ''] }, at, `${p.id}: ${metric} target (${humanDuration(duration, 'en', true)}) not exported.`);
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
            codes.calendarMismatch,
            { priorities: [p.id], metrics: [metric], calendars: [target.calendar], used: [calendar] },
            pointer('priorities', index, 'targets', metric),
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

/** The quota as the export files' notes say it (English, like every note). */
export function describeQuota(doc: SlaDocument): string {
  const q = doc.quota;
  switch (q.model) {
    case 'tickets': return `${q.count} tickets per ${q.period}`;
    case 'hours': return `${q.minutes / 60} h per ${q.period}`;
    case 'unlimited': return 'unlimited, fair use';
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
  const { doc } = ctx;
  const q = doc.quota;
  if (q.model !== 'unlimited' || q.fairUse !== null) {
    const args = q.model === 'tickets' ? { model: 'tickets', amount: q.count, period: q.period }
      : q.model === 'hours' ? { model: 'hours', amount: q.minutes / 60, period: q.period }
        : { model: 'unlimited', amount: 0, period: '' };
    ctx.report(codes.quotaLost, args, pointer('quota'), `Helpdesk quota (${describeQuota(doc)}) not exported.`);
  }
  doc.penalties.forEach((pen, i) => {
    ctx.report(codes.penaltiesLost, { metrics: [pen.metric], priorities: [pen.priority] }, pointer('penalties', i), `Penalty on ${pen.metric} of ${pen.priority} not exported.`);
  });
  if (!options.availability) {
    doc.availability.forEach((a, i) => {
      ctx.report(codes.availabilityLost, { services: [a.service], objectives: [String(a.objective)] }, pointer('availability', i), `Availability objective "${a.service}" ${a.objective} % not exported (see the OpenSLO export).`);
    });
  }
  doc.escalation.forEach((e, i) => {
    const scope = e.priorities ?? [];
    ctx.report(
      codes.escalationLost,
      { metrics: [e.metric], percents: [String(e.atPercent)], scopes: [scope.join(',')] },
      pointer('escalation', i),
      `Escalation ${e.metric} at ${e.atPercent} %${scope.length > 0 ? ` for ${scope.join(', ')}` : ''} to "${e.contact}" not exported: configure it in the tool.`,
    );
  });
  if (!options.pauses && doc.clock.pauses.length > 0) {
    ctx.report(codes.pausesNotExported, { pauses: doc.clock.pauses }, pointer('clock', 'pauses'), `Clock pauses (${doc.clock.pauses.join(', ')}) to map to the tool's statuses.`);
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
