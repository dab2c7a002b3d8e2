// The SLA JSON v1 backend (shared/spec/sla-v1.md): a checked contract → the `<name>.sla.json` document.
//
// Consumes a Model without errors (the caller checks first) and the source bytes; produces a document
// that passes `slaDocumentSchema`, or diagnostics (IG5050–IG5055, ../../diagnostics/codes/sla-emit.ts)
// and no document. Pure and deterministic: no clock, no I/O, never throws; the same input gives the same
// document and, through `serializeSla`, the same bytes.
//
// Decisions where the spec leaves room:
// - Durations are minutes of open time of a named calendar, exactly as the checker read them
//   (model/checks/sla/read.ts): business days × the calendar's day length; when a calendar's days differ
//   in length the checker reports IG5009 and the backend never runs.
// - A target in elapsed units without `calendar X` counts in `24x7` (00:00-24:00 every day, no
//   holidays, in the SLA calendar's zone). That calendar is added exactly when some target uses it; no
//   contract calendar can take its name (a name never starts with a digit).
// - Calendars: every `hours` of the contract, in declaration order; overnight ranges are already split
//   on consecutive days by the calendar stage; holidays cover 1 January of the effective year to
//   31 December of the year the initial term plus one renewal period ends (five years for an
//   indefinite term); `holidays none` gives an empty list and no rules.
// - Priority labels and criteria: FR and EN are both required (IG5051), never copied, like rule
//   sla.priorities (IG3054). Texts written once in the contract's language (explicit holiday labels,
//   `fair_use`) use that text for both languages.
// - Identifiers: as stated (no SIREN derived from a SIRET), compact normalised form, schema order.
// - Money: two-decimal strings through model/validate/money.ts, never a float.
// - An escalation `for P1, P2` carries `priorities` in rank order (an optional field added within v1).
import { createHash } from 'node:crypto';
import '../../diagnostics/codes/sla-emit.ts';
import { slaDocumentInvalid } from '../../diagnostics/codes/sla-emit.ts';
import type { Diagnostic } from '../../diagnostics/index.ts';
import { ELAPSED_CALENDAR, readSla } from '../../model/checks/sla.ts';
import type { Model } from '../../model/index.ts';
import { readCalendars } from './from-model/calendars.ts';
import { rangeAtStart, type EmitContext } from './from-model/context.ts';
import { readContract, readLaw, readTerm } from './from-model/contract.ts';
import { readChannels, readQuota } from './from-model/helpdesk.ts';
import { readAvailability, readEscalation, readPauses, readPenalties, readPriorities, targetCalendars } from './from-model/levels.ts';
import { slaDocumentSchema, type SlaDocument } from './schema.ts';
import { canonicalSla } from './serialize.ts';
import { slaSourceMap, type SlaSourceMap } from './from-model/sources.ts';

export { locateInSource, type SlaSourceMap, type SourcePlace } from './from-model/sources.ts';

export interface SlaSource {
  /** Path of the contract relative to the project root, `/`-separated (the model's entry path). */
  readonly path: string;
  readonly bytes: Uint8Array;
  /** Lower-case hex SHA-256 of `bytes` when the caller has it (the playground, with Web Crypto); else computed here. */
  readonly sha256?: string;
}

export interface SlaBuildResult {
  readonly document: SlaDocument | undefined;
  readonly diagnostics: Diagnostic[];
  /** JSON Pointer of a fact of the document → the contract statement stating it (from-model/sources.ts). */
  readonly sources: SlaSourceMap;
}

const NO_SOURCES: SlaSourceMap = new Map();

/** Lower-case hex SHA-256 of the source bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Builds the SLA JSON document of a checked contract. Never throws. */
export function buildSlaDocument(model: Model, source: SlaSource): SlaBuildResult {
  const file = source.path;
  try {
    return build(model, source);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { document: undefined, diagnostics: [slaDocumentInvalid.create(file, rangeAtStart(), { detail: detail.slice(0, 200) })], sources: NO_SOURCES };
  }
}

function build(model: Model, source: SlaSource): SlaBuildResult {
  const contract = model.contract;
  const diagnostics: Diagnostic[] = [];
  if (!contract) return { document: undefined, diagnostics: [slaDocumentInvalid.create(source.path, rangeAtStart(), { detail: 'no contract' })], sources: NO_SOURCES };
  const ctx: EmitContext = { file: source.path, contract, diagnostics };
  const facts = readSla(contract);
  // Target conversion problems (IG5009 ambiguous business day…) are checker errors; a caller that
  // skipped the check still gets them rather than a document missing those targets.
  const conversion = facts.problems.filter((d) => d.severity === 'error');
  if (conversion.length > 0) return { document: undefined, diagnostics: [...conversion], sources: NO_SOURCES };

  const law = readLaw(ctx, model.law);
  const term = readTerm(ctx);
  const head = readContract(ctx, law, term, { file: source.path.split('\\').join('/'), sha256: source.sha256 ?? sha256Hex(source.bytes) });
  const calendars = readCalendars(ctx, facts, term, law, targetCalendars(facts).has(ELAPSED_CALENDAR));
  const channels = readChannels(ctx);
  const priorities = readPriorities(ctx, facts);
  const quota = readQuota(ctx);
  const availability = readAvailability(ctx, facts);
  const penalties = readPenalties(ctx, facts);
  const escalation = readEscalation(ctx, facts);
  if (!head || !calendars || !channels || !priorities || !quota || !availability || !penalties || !escalation) {
    return { document: undefined, diagnostics, sources: NO_SOURCES };
  }
  const document: SlaDocument = canonicalSla({
    format: 'infog-sla',
    version: 1,
    contract: head,
    calendars,
    channels,
    priorities,
    clock: { pauses: readPauses(facts) },
    quota,
    availability,
    penalties,
    escalation,
  });
  const checked = slaDocumentSchema.safeParse(document);
  if (!checked.success) {
    const detail = checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    diagnostics.push(slaDocumentInvalid.create(source.path, rangeAtStart(), { detail }));
    return { document: undefined, diagnostics, sources: NO_SOURCES };
  }
  return { document, diagnostics, sources: slaSourceMap(contract, facts) };
}
