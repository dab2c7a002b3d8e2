// `infog sla due <contract.infog|file.sla.json> --priority <id> --metric <metric> --opened <instant> [--json]`
// (spec/cli.md): the due instant of one target, computed exactly as spec sla-v1 "Due dates" defines,
// from the SLA JSON document — read from the file, or built from the contract as `compile --sla` would.
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { buildSlaDocument } from '../../backends/sla/from-model.ts';
import { calendarFromSla } from '../../backends/sla/calendar.ts';
import { SLA_METRICS, type SlaDocument, type SlaMetric } from '../../backends/sla/schema.ts';
import { parseSla } from '../../backends/sla/serialize.ts';
import { dueInstant, parseInstant, toLocalIso } from '../../calendar/index.ts';
import type { Diagnostic, Locale } from '../../diagnostics/index.ts';
import { checkFiles } from '../check-files.ts';
import { UsageError } from '../files.ts';
import { findProjectRoot } from '../node-host.ts';
import { Locator, summarise } from '../render/located.ts';
import { PLAIN, renderText } from '../render/text.ts';
import { printable } from '../render/printable.ts';

export interface SlaDueOptions {
  readonly file: string | undefined;
  readonly priority: string | undefined;
  readonly metric: string | undefined;
  readonly opened: string | undefined;
  readonly json: boolean;
  readonly locale: Locale;
}

export interface SlaDueOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

function fail(locale: Locale, fr: string, en: string): never {
  throw new UsageError(locale === 'fr' ? fr : en, 'sla');
}

/** Loads the SLA document: parsed from a `.json` file, or built from a checked contract. */
function loadDocument(file: string, locale: Locale): { document: SlaDocument } | SlaDueOutput {
  const fr = locale === 'fr';
  if (file.toLowerCase().endsWith('.json')) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(fr ? `lecture impossible : ${file}` : `cannot read ${file}`);
    }
    const parsed = parseSla(text);
    if (!parsed.ok) {
      const errors = parsed.errors.slice(0, 10).map((e) => `  ${e}`).join('\n');
      throw new UsageError(fr ? `${file} n'est pas un document SLA JSON v1 valide :\n${errors}` : `${file} is not a valid SLA JSON v1 document:\n${errors}`);
    }
    return { document: parsed.document };
  }
  const [checked] = checkFiles([file], fr);
  if (!checked) throw new UsageError(fr ? `lecture impossible : ${file}` : `cannot read ${file}`);
  const locator = new Locator();
  const render = (ds: readonly Diagnostic[]): string => {
    const located = ds.map((d) => locator.locate(d, checked.text(d), checked.display(d), locale));
    return renderText(located, summarise(1, located), locale, PLAIN);
  };
  if (checked.result.diagnostics.some((d) => d.severity === 'error')) {
    return { stdout: '', stderr: render(checked.result.diagnostics), exitCode: 1 };
  }
  const root = findProjectRoot(file);
  const path = relative(root, resolve(file)).split(sep).join('/');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(fr ? `lecture impossible : ${file}` : `cannot read ${file}`);
  }
  const built = buildSlaDocument(checked.result.model, { path, bytes });
  if (!built.document) {
    const errors = built.diagnostics.filter((d) => d.severity === 'error');
    return { stdout: '', stderr: render(errors.length > 0 ? errors : built.diagnostics), exitCode: 1 };
  }
  return { document: built.document };
}

export function runSlaDue(o: SlaDueOptions): SlaDueOutput {
  const { locale } = o;
  if (o.file === undefined) fail(locale, 'sla due : indiquez un contrat ou un fichier .sla.json', 'sla due: name a contract or an .sla.json file');
  if (o.priority === undefined) fail(locale, 'sla due : --priority est obligatoire', 'sla due: --priority is required');
  if (o.metric === undefined) fail(locale, 'sla due : --metric est obligatoire', 'sla due: --metric is required');
  if (o.opened === undefined) fail(locale, 'sla due : --opened est obligatoire', 'sla due: --opened is required');
  if (!(SLA_METRICS as readonly string[]).includes(o.metric)) {
    fail(locale, `--metric : ${SLA_METRICS.join(' | ')} (${o.metric})`, `--metric: ${SLA_METRICS.join(' | ')} (${o.metric})`);
  }
  const metric = o.metric as SlaMetric;
  const opened = parseInstant(o.opened);
  if (opened === undefined || toLocalIso(opened, 'UTC') === undefined) {
    fail(locale,
      `--opened : un instant ISO 8601 avec décalage ou Z, p. ex. 2027-05-04T17:55:00+02:00 (${o.opened})`,
      `--opened: an ISO 8601 instant with an offset or Z, e.g. 2027-05-04T17:55:00+02:00 (${o.opened})`);
  }

  const loaded = loadDocument(o.file, locale);
  if (!('document' in loaded)) return loaded;
  const doc = loaded.document;
  const priority = doc.priorities.find((p) => p.id === o.priority);
  const err = (fr: string, en: string): SlaDueOutput => ({ stdout: '', stderr: `infog: ${printable(locale === 'fr' ? fr : en)}\n`, exitCode: 1 });
  if (!priority) {
    const known = doc.priorities.map((p) => p.id).join(', ');
    return err(`la priorité ${o.priority} n'existe pas (priorités : ${known})`, `priority ${o.priority} does not exist (priorities: ${known})`);
  }
  const target = priority.targets[metric];
  if (!target) {
    const stated = SLA_METRICS.filter((m) => priority.targets[m]).join(', ') || '—';
    return err(`${priority.id} n'a pas de délai « ${metric} » (délais : ${stated})`, `${priority.id} has no "${metric}" target (targets: ${stated})`);
  }
  const cal = calendarFromSla(doc, target.calendar);
  const zone = doc.calendars[target.calendar]?.timezone;
  if (!cal || zone === undefined) {
    return err(`le calendrier « ${target.calendar} » est introuvable`, `calendar "${target.calendar}" not found`);
  }
  const due = dueInstant(cal, opened, target.minutes);
  // The first open instant at or after `opened`: the end of the first millisecond of open time, less it.
  const firstMs = dueInstant(cal, opened, 1 / 60_000);
  const dueText = due === undefined ? undefined : toLocalIso(due, zone);
  const startText = firstMs === undefined ? undefined : toLocalIso(Math.round(firstMs) - 1, zone);
  const openedText = toLocalIso(opened, zone);
  if (dueText === undefined || startText === undefined || openedText === undefined) {
    return err(
      `le calendrier « ${target.calendar} » n'ouvre pas dans les 10 ans qui suivent : aucune échéance`,
      `calendar "${target.calendar}" does not open within the next 10 years: no due date`,
    );
  }
  if (!o.json) return { stdout: `${dueText}\n`, stderr: '', exitCode: 0 };
  const out = {
    priority: priority.id, metric, opened: openedText, clockStart: startText, due: dueText, calendar: target.calendar, minutes: target.minutes,
  };
  return { stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: '', exitCode: 0 };
}
