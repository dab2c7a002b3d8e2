// SLA JSON version 1 (docs/sla-v1.md): the single source of truth of the format. The JSON
// Schema published with the package is generated from this file (json-schema.ts); a test fails when
// the committed copy is stale. Keys are declared in the spec's order, which serialize.ts follows.
//
// Decisions where the spec leaves room (each repeated where it applies):
// - Objects are closed (`strictObject`, JSON Schema `additionalProperties: false`). The schema states
//   exactly what this compiler emits, so a misspelt key fails our own tests. "Additions are optional
//   fields": a later 1.x adds optional keys, and consumers must ignore keys they do not know rather
//   than validate newer documents against an older schema.
// - Every top-level section is always present. What the checklist requires of every contract
//   (brief §2.5 `service.hotline`: channels and quota model; §2.6 `sla.service-hours`,
//   `sla.priorities`, `sla.clock-rules`) is a required object or a non-empty array; what a contract
//   may omit (`sla.availability` OPTIONAL, `sla.penalties` and `sla.escalation` RECOMMENDED and
//   waivable) is an array that may be empty, never an absent key, so consumers have one shape.
// - Channels carry their address or url, as the spec's example shows: the contract must state them.
// - Checks JSON Schema cannot state (start < end, sorted windows, ranks 1..n, references to
//   calendars and priorities, identifier checksums) are zod refinements; json-schema.ts lists them in
//   the published schema's `$comment`.
import { z } from 'zod';
import {
  checkBeEnterprise,
  checkBeVat,
  checkChUid,
  checkChVat,
  checkFrVat,
  checkSiren,
  checkSiret,
} from '../../model/validate/identifiers.ts';
import type { IdResult } from '../../model/validate/identifiers.ts';
import { FIRST_RANGES, MARK_RANGES, PART_RANGES } from './name-classes.generated.ts';
import { classFromRanges } from './portable-regex.ts';

/**
 * Metadata of the published JSON Schema: `id` makes a named `$defs` entry, `description` documents a
 * field. A private registry, so nothing leaks into zod's global one.
 */
export const slaRegistry = z.registry<{ id?: string; description?: string; uniqueItems?: true }>();
function def<T extends z.ZodType>(schema: T, id: string, description: string): T {
  slaRegistry.add(schema, { id, description });
  return schema;
}
function doc<T extends z.ZodType>(schema: T, description: string): T {
  slaRegistry.add(schema, { description });
  return schema;
}

// ---- Atoms --------------------------------------------------------------------------------------

/**
 * A name as the `.infog` lexer reads it (syntax/tokens.ts), or a stdlib name such as `24x7`: a letter,
 * digit or `_`, then letters, marks, digits or `_`, `-` joining segments. Never all ASCII digits:
 * JavaScript orders integer-like keys first, which would break the stable key order. That is
 * `^(?![0-9]+$)[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*(?:-[\p{L}\p{M}\p{N}_]+)*$`, written without `\p{…}`
 * and lookahead so the published JSON Schema is portable (portable-regex.ts): the classes are literal
 * ranges (name-classes.generated.ts), and "not all digits" becomes "a non-digit first, or digits then a
 * mark or a `-` segment". test/sla/portable-patterns.test.ts proves the two forms equal.
 */
const FIRST = classFromRanges(FIRST_RANGES);
const PART = classFromRanges(PART_RANGES);
const NAME = new RegExp(`^(?:[0-9]*[${FIRST}]|[0-9]+(?:[${classFromRanges(MARK_RANGES)}]|-[${PART}]))(?:-?[${PART}])*$`, 'u');
export const slaNameSchema = def(z.string().regex(NAME), 'Name', 'A name from the contract (party, calendar, priority).');

const nonEmpty = z.string().min(1);

/** A text in both languages of the product (FR authoritative, EN translation). */
export const slaTextSchema = def(z.strictObject({ fr: nonEmpty, en: nonEmpty }), 'Text', 'A text in French (authoritative) and English.');

/** `YYYY-MM-DD`, a real calendar date (JSON Schema `format: date`). */
export const slaDateSchema = def(z.iso.date(), 'Date', 'A calendar date YYYY-MM-DD.');

const START = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/u;
const END = /^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/u;

/** `[start, end]` in local wall-clock time; `end` may be `24:00`; `start < end` (spec "Rules"). */
export const slaWindowSchema = def(
  z
    .tuple([z.string().regex(START), z.string().regex(END)])
    .refine(([start, end]) => !START.test(start) || !END.test(end) || start < end, { message: 'a window ends after it starts (write 22:00-06:00 as two windows on consecutive days)' }),
  'Window',
  '[start, end] in local wall-clock time HH:MM, start < end, end may be 24:00.',
);

/** Windows of one day, sorted and not overlapping; touching windows (12:00 then 12:00) are allowed. */
export const slaDaySchema = def(
  z.array(slaWindowSchema).superRefine((windows, ctx) => {
    for (let i = 1; i < windows.length; i++) {
      const prev = windows[i - 1];
      const cur = windows[i];
      if (prev && cur && cur[0] < prev[1]) {
        ctx.addIssue({ code: 'custom', path: [i], message: `window ${cur[0]}-${cur[1]} starts before the previous one ends (${prev[1]}); windows are sorted and do not overlap` });
      }
    }
  }),
  'Day',
  'The open windows of one weekday, sorted and not overlapping; [] = closed all day.',
);

/** Amounts are decimal strings with two decimals, never floats (spec "Rules"), and > 0 (brief §3.3). */
const MONEY = /^(?:[1-9][0-9]*\.[0-9]{2}|0\.(?:0[1-9]|[1-9][0-9]))$/u;
export const slaAmountSchema = def(z.string().regex(MONEY), 'Amount', 'A positive amount as a decimal string with exactly two decimals, e.g. "45.00".');
export const slaCurrencySchema = z.enum(['EUR', 'CHF']);

/** A percentage in (0, 100]. */
const percent = z.number().gt(0).lte(100);

/** An array of distinct strings, stated in JSON Schema too (`uniqueItems`). */
function stringSet<T extends z.ZodType<string>>(item: T, what: string) {
  const schema = z.array(item).superRefine(unique((s: string) => s, what));
  slaRegistry.add(schema, { uniqueItems: true });
  return schema;
}

function unique<T>(key: (item: T) => string, what: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message: `duplicate ${what} ${k}` });
      seen.add(k);
    });
  };
}

// ---- Contract -----------------------------------------------------------------------------------

// Values are the compact (normalised) forms of model/validate/identifiers.ts: digits only for SIREN,
// SIRET and BCE; `FR` + key + SIREN; `CHE` + 9 digits; the Swiss VAT suffix glued on (CHE…MWST).
const IDENTIFIER_SCHEMES = {
  'FR:SIREN': { pattern: /^[0-9]{9}$/u, check: checkSiren },
  'FR:SIRET': { pattern: /^[0-9]{14}$/u, check: checkSiret },
  'FR:VAT': { pattern: /^FR[0-9A-HJ-NP-Z]{2}[0-9]{9}$/u, check: checkFrVat },
  'CH:UID': { pattern: /^CHE[0-9]{9}$/u, check: checkChUid },
  'CH:VAT': { pattern: /^CHE[0-9]{9}(?:TVA|MWST|IVA|TPV)$/u, check: checkChVat },
  'BE:BCE': { pattern: /^[01][0-9]{9}$/u, check: checkBeEnterprise },
  'BE:VAT': { pattern: /^BE[01][0-9]{9}$/u, check: checkBeVat },
} as const satisfies Record<string, { pattern: RegExp; check: (s: string) => IdResult }>;
type Scheme = keyof typeof IDENTIFIER_SCHEMES;

const identifierBranch = <S extends Scheme>(scheme: S) =>
  z.strictObject({ scheme: z.literal(scheme), value: z.string().regex(IDENTIFIER_SCHEMES[scheme].pattern) });

/** `{ scheme, value }`; the checksum of `value` is verified (a zod refinement). */
export const slaIdentifierSchema = def(
  z.discriminatedUnion('scheme', [
    identifierBranch('FR:SIREN'),
    identifierBranch('FR:SIRET'),
    identifierBranch('FR:VAT'),
    identifierBranch('CH:UID'),
    identifierBranch('CH:VAT'),
    identifierBranch('BE:BCE'),
    identifierBranch('BE:VAT'),
  ]).superRefine((id, ctx) => {
    const r = IDENTIFIER_SCHEMES[id.scheme].check(id.value);
    if (!r.ok || r.normalized !== id.value) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${id.scheme} ${id.value} is not a valid identifier in compact form` });
    }
  }),
  'Identifier',
  'A registered identifier of a party in compact form (no separators); its check digits are valid.',
);

export const slaPartySchema = def(
  z.strictObject({
    id: slaNameSchema,
    name: doc(z.string().min(1), 'Registered company name.'),
    identifiers: z.array(slaIdentifierSchema).superRefine(unique((i) => i.scheme, 'identifier scheme')),
  }),
  'Party',
  'The provider or the client.',
);

/**
 * Relative to the project root, `/`-separated, never absolute (`/x`, `\\x`, `C:x`) nor climbing out
 * with a `..` segment; no `\\` or NUL. Segments are spelt out instead of lookaheads (portable-regex.ts):
 * the first is not empty, does not start with a drive letter and colon, and is not `..`; the others may
 * be empty and are not `..`. Line breaks are allowed (a file name may hold one), so this pattern gets
 * no "no newline" sibling in the JSON Schema (MULTILINE_PATTERNS).
 */
const SEG = String.raw`[^/\\\x00]`;
/** After a segment's leading `.`: nothing, a character other than `.`, or `.` and at least one more. */
const AFTER_DOT = String.raw`(?:[^./\\\x00]${SEG}*|\.${SEG}+)?`;
const RELATIVE_PATH = new RegExp(String.raw`^(?:[^./\\\x00A-Za-z]${SEG}*|[A-Za-z](?:[^:/\\\x00]${SEG}*)?|\.${AFTER_DOT})(?:/(?:[^./\\\x00]${SEG}*|\.${AFTER_DOT})?)*$`, 'u');
/** Pattern sources that may match a line break (see RELATIVE_PATH). */
export const MULTILINE_PATTERNS: ReadonlySet<string> = new Set([RELATIVE_PATH.source]);

export const slaContractSchema = z.strictObject({
  reference: nonEmpty,
  title: nonEmpty,
  law: z.enum(['FR', 'CH', 'BE']),
  /** The authoritative language; the product writes French and English (diagnostics `Locale`). */
  language: z.enum(['fr', 'en']),
  provider: slaPartySchema,
  client: slaPartySchema,
  effective: slaDateSchema,
  /** `null` for an indefinite term. */
  initialTermEnd: doc(slaDateSchema.nullable(), 'Last day of the initial term; null for an indefinite term.'),
  source: doc(
    z.strictObject({ file: z.string().regex(RELATIVE_PATH), sha256: z.string().regex(/^[0-9a-f]{64}$/u) }),
    'The contract source: path relative to the project root and SHA-256 of its bytes.',
  ),
  /**
   * The version of the contract this document describes: its latest amendment and the day it takes
   * effect, so a helpdesk applies the new targets on that day. Absent for the contract as signed.
   * Optional: added within version 1 (spec "Revisions", 1.2).
   */
  amendment: doc(
    z.strictObject({ number: z.int().min(1), effective: slaDateSchema }).optional(),
    'The latest amendment this version includes: its number and the day it takes effect; absent for the contract as signed.',
  ),
});

// ---- Calendars ----------------------------------------------------------------------------------

export const slaWeekSchema = z.strictObject({
  mon: slaDaySchema, tue: slaDaySchema, wed: slaDaySchema, thu: slaDaySchema,
  fri: slaDaySchema, sat: slaDaySchema, sun: slaDaySchema,
});

export const slaHolidaySchema = z.strictObject({ date: slaDateSchema, name: slaTextSchema });

/** A holiday set: `FR`, `FR-57`, `BE`, `CH-GE`… (ISO 3166-1 / 3166-2 codes, brief §4). */
const HOLIDAY_RULE = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/u;

export const slaCalendarSchema = def(z.strictObject({
  /** IANA name. Checked by shape only: whether a zone exists depends on the host's tz database. */
  timezone: z.string().regex(/^(?:UTC|[A-Z][A-Za-z_-]+(?:\/[A-Za-z0-9_+-]+)+)$/u),
  week: slaWeekSchema,
  /** Whole local dates on which the calendar is closed; ascending, no duplicates (stable output). */
  holidays: z.array(slaHolidaySchema).superRefine((hs, ctx) => {
    hs.forEach((h, i) => {
      const prev = hs[i - 1];
      if (prev && prev.date >= h.date) ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `holidays are in ascending date order without duplicates (${h.date} after ${prev.date})` });
    });
  }),
  /** The sets the dates were computed from; `[]` for an explicit list. */
  holidayRules: stringSet(z.string().regex(HOLIDAY_RULE), 'holiday rule'),
}), 'Calendar', 'Service hours: time zone, weekly windows and holidays (whole local dates, closed).');

// ---- Helpdesk -----------------------------------------------------------------------------------

const PHONE = /^\+?[0-9(][0-9 ().-]{1,30}[0-9]$/u;
const https = z.url({ protocol: /^https?$/u });

/** Kinds of the spec plus `sms` and `chat`, the other channels the glossary names (brief §1, [S003]). */
export const slaChannelSchema = def(z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('phone'), address: z.string().regex(PHONE) }),
  z.strictObject({ kind: z.literal('sms'), address: z.string().regex(PHONE) }),
  z.strictObject({ kind: z.literal('email'), address: z.email() }),
  z.strictObject({ kind: z.literal('portal'), url: https }),
  z.strictObject({ kind: z.literal('chat'), url: https }),
]), 'Channel', 'A way to open a ticket: phone, sms, email (address) or portal, chat (url).');

/** The six metrics of design/language.md "Names used everywhere", in the spec's order. */
export const slaMetricSchema = def(
  z.enum(['ack', 'response', 'onsite', 'restore', 'resolve', 'update']),
  'Metric',
  'ack = acknowledgement, response = GTI / time to own, onsite = technician on site, restore = GTR, resolve = resolution, update = keep the client informed every N.',
);
export const SLA_METRICS = slaMetricSchema.options;

export const slaTargetSchema = def(
  z.strictObject({ minutes: z.int().positive(), calendar: slaNameSchema }),
  'Target',
  'Due at the earliest instant when the open time of the calendar since the ticket was opened equals minutes (spec sla-v1, Due dates).',
);

/** Only the metrics the contract states; keys exactly the six metric names. */
export const slaTargetsSchema = z.strictObject({
  ack: slaTargetSchema.optional(),
  response: slaTargetSchema.optional(),
  onsite: slaTargetSchema.optional(),
  restore: slaTargetSchema.optional(),
  resolve: slaTargetSchema.optional(),
  update: slaTargetSchema.optional(),
});

export const slaPrioritySchema = def(z.strictObject({
  id: slaNameSchema,
  /** 1 = most urgent; 1..n without gaps, in array order (a document-level refinement). */
  rank: z.int().positive(),
  label: slaTextSchema,
  criteria: slaTextSchema,
  targets: slaTargetsSchema,
}), 'Priority', 'A priority level; rank 1 is the most urgent; targets only for the metrics the contract states.');

/** States that stop the clock (brief `sla.clock-rules`): a closed list, so integrations can map them. */
export const slaPauseSchema = z.enum(['waiting_client', 'waiting_third_party', 'planned_maintenance']);
export const slaClockSchema = z.strictObject({ pauses: stringSet(slaPauseSchema, 'pause') });

const period = z.enum(['month', 'quarter', 'year', 'contract']);
/** Unused quota: lost, carried to the next period, or carried up to a cap (same unit as the quota). */
const rollover = z.union([z.literal('none'), z.literal('next_period'), z.strictObject({ capped: z.int().positive() })]);
const overage = <P extends string>(per: P) =>
  z.strictObject({ amount: slaAmountSchema, currency: slaCurrencySchema, per: z.literal(per) });

/** Quota models of brief §3.4; the overage price is required unless unlimited. */
export const slaQuotaSchema = def(z.discriminatedUnion('model', [
  z.strictObject({ model: z.literal('tickets'), count: z.int().positive(), period, rollover, overage: overage('ticket') }),
  // An hours bank is kept in minutes, like every duration of the format, so 7.5 h stays an integer;
  // `step` is the decrement granularity (≥ 1 min, e.g. 15).
  z.strictObject({ model: z.literal('hours'), minutes: z.int().positive(), step: z.int().positive(), period, rollover, overage: overage('hour') }),
  z.strictObject({ model: z.literal('unlimited'), fairUse: slaTextSchema.nullable() }),
]), 'Quota', 'The helpdesk quota: a ticket pack, an hours bank (in minutes) or unlimited.');

export const slaAvailabilitySchema = z.strictObject({
  service: nonEmpty,
  objective: percent,
  window: z.enum(['calendar_month', 'calendar_quarter', 'calendar_year']),
  /** Exclusions as the contract names them (`planned_maintenance`…): informative, hence open. */
  excludes: stringSet(z.string().regex(/^[a-z][a-z0-9_]*$/u), 'exclusion'),
});

const penaltyPer = z.enum(['hour_late', 'day_late', 'breach']);
/** A percentage of the monthly fee or a fixed amount, per hour/day late or per breach (brief `sla.penalties`). */
export const slaPenaltyRateSchema = z.union([
  z.strictObject({ percentOf: z.literal('monthly_fee'), value: percent, per: penaltyPer }),
  z.strictObject({ amount: slaAmountSchema, currency: slaCurrencySchema, per: penaltyPer }),
]);
/** Cap ≤ 100 % of the monthly fee per month (brief §3.4); a yearly cap ≤ twelve monthly fees. */
export const slaPenaltyCapSchema = z.union([
  z.strictObject({ percentOfMonthlyFee: percent, period: z.literal('month') }),
  z.strictObject({ percentOfMonthlyFee: z.number().gt(0).lte(1200), period: z.literal('year') }),
]);
export const slaPenaltySchema = z.strictObject({
  metric: slaMetricSchema,
  priority: slaNameSchema,
  rate: slaPenaltyRateSchema,
  cap: slaPenaltyCapSchema,
});

export const slaEscalationSchema = z.strictObject({
  metric: slaMetricSchema,
  /** Share of the target elapsed when the contact is alerted (e.g. 80 % of the GTR). */
  atPercent: z.int().gt(0).lte(100),
  contact: nonEmpty,
  /**
   * The priorities it is limited to (`for P1, P2` in the contract), in rank order; absent = every
   * priority with a target for the metric. Optional: added within version 1 (spec "Revisions").
   */
  priorities: doc(
    stringSet(slaNameSchema, 'priority').min(1).optional(),
    'The priorities the escalation is limited to, in rank order; absent = every priority that has a target for the metric.',
  ),
});

// ---- Document -----------------------------------------------------------------------------------

export const slaDocumentSchema = z
  .strictObject({
    format: z.literal('infog-sla'),
    version: z.literal(1),
    contract: slaContractSchema,
    calendars: z.record(slaNameSchema, slaCalendarSchema),
    channels: z.array(slaChannelSchema).min(1),
    priorities: z.array(slaPrioritySchema).min(1),
    clock: slaClockSchema,
    quota: slaQuotaSchema,
    availability: z.array(slaAvailabilitySchema),
    penalties: z.array(slaPenaltySchema),
    escalation: z.array(slaEscalationSchema),
  })
  .superRefine((doc, ctx) => {
    const { contract, calendars, priorities } = doc;
    if (contract.initialTermEnd !== null && contract.initialTermEnd < contract.effective) {
      ctx.addIssue({ code: 'custom', path: ['contract', 'initialTermEnd'], message: 'the initial term ends before the effective date' });
    }
    const ids = new Set<string>();
    priorities.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['priorities', i, 'id'], message: `duplicate priority id ${p.id}` });
      ids.add(p.id);
      if (p.rank !== i + 1) ctx.addIssue({ code: 'custom', path: ['priorities', i, 'rank'], message: `ranks are 1..n without gaps in array order: expected ${i + 1}, found ${p.rank}` });
      for (const metric of SLA_METRICS) {
        const t = p.targets[metric];
        if (t && !Object.hasOwn(calendars, t.calendar)) {
          ctx.addIssue({ code: 'custom', path: ['priorities', i, 'targets', metric, 'calendar'], message: `unknown calendar ${t.calendar}` });
        }
      }
    });
    doc.penalties.forEach((pen, i) => {
      const p = priorities.find((x) => x.id === pen.priority);
      if (!p) ctx.addIssue({ code: 'custom', path: ['penalties', i, 'priority'], message: `unknown priority ${pen.priority}` });
      else if (!p.targets[pen.metric]) ctx.addIssue({ code: 'custom', path: ['penalties', i, 'metric'], message: `priority ${p.id} has no ${pen.metric} target` });
    });
    doc.escalation.forEach((e, i) => {
      if (e.priorities === undefined) {
        if (!priorities.some((p) => p.targets[e.metric])) ctx.addIssue({ code: 'custom', path: ['escalation', i, 'metric'], message: `no priority has a target for ${e.metric}` });
        return;
      }
      e.priorities.forEach((id, j) => {
        const p = priorities.find((x) => x.id === id);
        if (!p) ctx.addIssue({ code: 'custom', path: ['escalation', i, 'priorities', j], message: `unknown priority ${id}` });
        else if (!p.targets[e.metric]) ctx.addIssue({ code: 'custom', path: ['escalation', i, 'priorities', j], message: `priority ${id} has no ${e.metric} target` });
      });
      const ranks = e.priorities.map((id) => priorities.findIndex((x) => x.id === id));
      if (ranks.some((r, j) => j > 0 && r < (ranks[j - 1] ?? -1))) ctx.addIssue({ code: 'custom', path: ['escalation', i, 'priorities'], message: 'the priorities of an escalation are in rank order' });
    });
  });

export type SlaDocument = z.infer<typeof slaDocumentSchema>;
export type SlaContract = z.infer<typeof slaContractSchema>;
export type SlaParty = z.infer<typeof slaPartySchema>;
export type SlaIdentifier = z.infer<typeof slaIdentifierSchema>;
export type SlaIdentifierScheme = SlaIdentifier['scheme'];
export type SlaText = z.infer<typeof slaTextSchema>;
export type SlaCalendar = z.infer<typeof slaCalendarSchema>;
export type SlaWeek = z.infer<typeof slaWeekSchema>;
export type SlaWindow = z.infer<typeof slaWindowSchema>;
export type SlaHoliday = z.infer<typeof slaHolidaySchema>;
export type SlaChannel = z.infer<typeof slaChannelSchema>;
export type SlaMetric = z.infer<typeof slaMetricSchema>;
export type SlaTarget = z.infer<typeof slaTargetSchema>;
export type SlaTargets = z.infer<typeof slaTargetsSchema>;
export type SlaPriority = z.infer<typeof slaPrioritySchema>;
export type SlaPause = z.infer<typeof slaPauseSchema>;
export type SlaClock = z.infer<typeof slaClockSchema>;
export type SlaQuota = z.infer<typeof slaQuotaSchema>;
export type SlaAvailability = z.infer<typeof slaAvailabilitySchema>;
export type SlaPenaltyRate = z.infer<typeof slaPenaltyRateSchema>;
export type SlaPenaltyCap = z.infer<typeof slaPenaltyCapSchema>;
export type SlaPenalty = z.infer<typeof slaPenaltySchema>;
export type SlaEscalation = z.infer<typeof slaEscalationSchema>;
