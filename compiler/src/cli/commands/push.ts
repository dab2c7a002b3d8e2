import { readFileSync } from 'node:fs';
import type { Locale } from '../../diagnostics/index.ts';
import type { VendorId } from '../../backends/helpdesk/exporter.ts';
import type { HelpdeskApi, HttpRequest, HttpResponse, PushAction, PushReport } from '../../backends/helpdesk/push.ts';
import { UsageError } from '../files.ts';

// `infog push <plan.json>… [--url <base>] [--apply] [--verbose]` (docs/helpdesk.md "Applying an export"):
// replays the import plans `compile --export` wrote (Zammad, GLPI, iTop, Freshdesk, Zendesk) against the
// tool's REST API, idempotently. A dry run by default: it only reads and says what it would create or
// update; `--apply` writes. The base URL comes from `--url` or `<TOOL>_URL`, credentials from the
// environment only (never the command line, which other users of the machine can see).
//
// This is the only code of infog that talks to the network, through the global `fetch`, and only when
// the user runs this command (ARCHITECTURE.md). Exit status: 0 done (or nothing to do), 1 the tool
// refused a request, 2 usage, unreadable plan, missing URL or credentials, tool unreachable.

export interface PushOptions {
  readonly url: string | undefined;
  readonly apply: boolean;
  readonly verbose: boolean;
  readonly locale: Locale;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The HTTP client; by default `fetch` with a 30 s timeout per request. */
  readonly api?: (base: string) => HelpdeskApi;
}

export interface PushOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

const KIND: Readonly<Record<string, { fr: string; en: string }>> = {
  priority: { fr: 'priorité', en: 'priority' },
  calendar: { fr: 'calendrier', en: 'calendar' },
  sla: { fr: 'SLA', en: 'SLA' },
  slm: { fr: 'SLM', en: 'SLM' },
  slt: { fr: 'SLT', en: 'SLT' },
  segment: { fr: 'plage horaire', en: 'time slot' },
  holiday: { fr: 'jour férié', en: 'holiday' },
  'holiday-link': { fr: 'rattachement de jour férié', en: 'holiday link' },
  policy: { fr: 'politique SLA', en: 'SLA policy' },
  schedule: { fr: 'horaire', en: 'schedule' },
  workweek: { fr: 'semaine type', en: 'workweek' },
  session: { fr: 'session', en: 'session' },
};

const VERB = {
  dry: { create: { fr: 'à créer', en: 'to create' }, update: { fr: 'à mettre à jour', en: 'to update' }, unchanged: { fr: 'inchangé', en: 'unchanged' } },
  applied: { create: { fr: 'créé', en: 'created' }, update: { fr: 'mis à jour', en: 'updated' }, unchanged: { fr: 'inchangé', en: 'unchanged' } },
} as const;

/** The fetch-based client: JSON or form bodies, JSON answers, a timeout per request. */
function fetchApi(base: string): HelpdeskApi {
  const root = base.replace(/\/+$/u, '');
  return {
    async send(request: HttpRequest): Promise<HttpResponse> {
      const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
      let body: string | undefined;
      if (request.form) {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(request.form).toString();
      } else {
        // GLPI wants a Content-Type on every call, GET included.
        headers['Content-Type'] = 'application/json';
        if (request.json !== undefined) body = JSON.stringify(request.json);
      }
      const response = await fetch(`${root}${request.path}`, { method: request.method, headers, ...(body === undefined ? {} : { body }), signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      let parsed: unknown = text === '' ? null : text;
      try {
        if (text !== '') parsed = JSON.parse(text);
      } catch {
        // Not JSON: keep the text (an HTML error page, a plain message) for the error message.
      }
      return { status: response.status, body: parsed };
    },
  };
}

interface Plan {
  readonly file: string;
  readonly vendor: VendorId;
  readonly plan: unknown;
}

async function readPlan(file: string, fr: boolean): Promise<Plan> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(fr ? `push : lecture impossible : ${file}` : `push: cannot read ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(fr ? `push : ${file} n’est pas du JSON (attendu : un plan d’import écrit par infog compile --export)` : `push: ${file} is not JSON (expected an import plan written by infog compile --export)`);
  }
  const { EXPORTERS, VENDORS } = await import('../../backends/helpdesk/index.ts');
  const { PUSH_ADAPTERS } = await import('../../backends/helpdesk/push.ts');
  const tool = typeof json === 'object' && json !== null && (json as Record<string, unknown>)['format'] === 'infog-helpdesk-import' ? (json as Record<string, unknown>)['tool'] : undefined;
  const vendor = VENDORS.find((v) => EXPORTERS[v].tool === tool && PUSH_ADAPTERS[v] !== undefined);
  const pushable = VENDORS.filter((v) => PUSH_ADAPTERS[v] !== undefined).map((v) => EXPORTERS[v].tool).join(', ');
  if (!vendor) {
    throw new UsageError(fr
      ? `push : ${file} n’est pas un plan d’import qu’infog sait appliquer (outils : ${pushable}) ; Znuny, Request Tracker et OpenSLO s’appliquent avec leurs propres outils (docs/helpdesk.md)`
      : `push: ${file} is not an import plan infog can apply (tools: ${pushable}); Znuny, Request Tracker and OpenSLO are applied with their own tools (docs/helpdesk.md)`);
  }
  const parsed = EXPORTERS[vendor].schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || '(racine)'}: ${issue.message}` : '';
    throw new UsageError(fr ? `push : le plan ${file} n’est pas valide (${where}) : régénérez-le avec infog compile --export` : `push: plan ${file} is not valid (${where}): write it again with infog compile --export`);
  }
  return { file, vendor, plan: parsed.data };
}

function label(a: { kind: string; name: string }, locale: Locale): string {
  const kind = KIND[a.kind]?.[locale] ?? a.kind;
  return locale === 'fr' ? `${kind} « ${a.name} »` : `${kind} "${a.name}"`;
}

function renderReport(r: PushReport, url: string, o: PushOptions): { out: string; err: string } {
  const fr = o.locale === 'fr';
  const verbs = r.apply ? VERB.applied : VERB.dry;
  const lines: string[] = [];
  lines.push(fr
    ? `${r.tool} — ${url} — ${r.apply ? 'application' : 'simulation : rien n’est écrit'}`
    : `${r.tool} — ${url} — ${r.apply ? 'applying' : 'dry run: nothing is written'}`);
  const shown = (a: PushAction): boolean => o.verbose || a.outcome !== 'unchanged';
  for (const a of r.actions.filter(shown)) {
    const diff = a.differences.length > 0 ? ` (${a.differences.slice(0, 6).join(', ')}${a.differences.length > 6 ? ', …' : ''})` : '';
    lines.push(`  ${verbs[a.outcome][o.locale].padEnd(16)} ${label(a, o.locale)}${diff}`);
  }
  const count = (outcome: PushAction['outcome']): number => r.actions.filter((a) => a.outcome === outcome).length;
  const plural = (n: number, word: string): string => (fr && n > 1 && /é$/u.test(word) ? `${word}s` : word);
  const parts = (['create', 'update', 'unchanged'] as const).map((k) => `${count(k)} ${plural(count(k), verbs[k][o.locale])}`).join(', ');
  const tail = r.failure
    ? (fr ? ' Arrêté sur une erreur.' : ' Stopped on an error.')
    : r.apply ? '' : fr ? ' Relancez avec --apply pour écrire.' : ' Run again with --apply to write.';
  lines.push(fr ? `${r.tool} : ${parts}.${tail}` : `${r.tool}: ${parts}.${tail}`);
  let err = '';
  if (r.failure) {
    const f = r.failure;
    const step = f.action ? (fr ? ` (étape : ${label(f.action, 'fr')})` : ` (step: ${label(f.action, 'en')})`) : '';
    const status = f.status ? (fr ? ` : HTTP ${f.status}` : `: HTTP ${f.status}`) : '';
    err = f.kind === 'unreachable'
      ? (fr ? `infog : ${r.tool} injoignable à ${url}${step} : ${f.message}\n` : `infog: ${r.tool} unreachable at ${url}${step}: ${f.message}\n`)
      : (fr ? `infog : ${r.tool} a refusé la requête${step}${status} : ${f.message}\n` : `infog: ${r.tool} refused the request${step}${status}: ${f.message}\n`);
  }
  return { out: `${lines.join('\n')}\n`, err };
}

export async function runPush(files: readonly string[], o: PushOptions): Promise<PushOutput> {
  const fr = o.locale === 'fr';
  if (files.length === 0) throw new UsageError(fr ? 'push : indiquez au moins un plan d’import (.zammad.json, .glpi.json, …)' : 'push: name at least one import plan (.zammad.json, .glpi.json, …)');
  if (o.url !== undefined && files.length > 1) throw new UsageError(fr ? 'push : --url ne vaut que pour un seul plan ; pour plusieurs, utilisez les variables <OUTIL>_URL' : 'push: --url applies to one plan only; for several, use the <TOOL>_URL variables');
  const plans: Plan[] = [];
  for (const f of files) plans.push(await readPlan(f, fr));
  const { PUSH_ADAPTERS, runPush: run, urlVariable } = await import('../../backends/helpdesk/push.ts');
  const { EXPORTERS } = await import('../../backends/helpdesk/index.ts');
  // Everything a run needs is checked before the first request.
  const runs = plans.map((p) => {
    const adapter = PUSH_ADAPTERS[p.vendor];
    if (!adapter) throw new UsageError(`push: ${p.vendor}`);
    const variable = urlVariable(p.vendor);
    const url = o.url ?? o.env[variable];
    const tool = EXPORTERS[p.vendor].tool;
    if (url === undefined || url === '') throw new UsageError(fr ? `push : indiquez l’adresse de ${tool} (--url ou ${variable})` : `push: give the address of ${tool} (--url or ${variable})`);
    if (!/^https?:\/\/[^/]/u.test(url)) throw new UsageError(fr ? `push : adresse ${url} : attendu http:// ou https://` : `push: address ${url}: expected http:// or https://`);
    const missing = adapter.credentials.filter((c) => !o.env[c]);
    if (missing.length > 0) throw new UsageError(fr ? `push : variable d’environnement manquante pour ${tool} : ${missing.join(', ')}` : `push: missing environment variable for ${tool}: ${missing.join(', ')}`);
    const credentials = Object.fromEntries([...adapter.credentials, ...(adapter.optionalCredentials ?? [])].flatMap((c) => (o.env[c] ? [[c, o.env[c] ?? '']] : [])));
    return { ...p, adapter, url, credentials };
  });
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  for (const r of runs) {
    const report = await run(r.adapter, r.plan, (o.api ?? fetchApi)(r.url), r.credentials, o.apply);
    const rendered = renderReport(report, r.url, o);
    stdout += rendered.out;
    stderr += rendered.err;
    if (report.failure) {
      exitCode = report.failure.kind === 'unreachable' ? 2 : 1;
      break;
    }
  }
  return { stdout, stderr, exitCode };
}
