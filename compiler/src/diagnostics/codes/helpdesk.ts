// Catalogue band file; see ../index.ts for the bands. IG7001–IG7099: helpdesk exports
// (compiler/src/backends/helpdesk). Every code is a warning about something the SLA JSON states and the
// target tool cannot hold: the export goes on without it, and says so.
//
// One loss is one fact of the SLA document (a target, a penalty, a calendar…), reported where the
// contract states it. The exporters report each loss with one-item lists (`priorities: ['P1']`), and
// backends/helpdesk/losses.ts merges them: the losses of one kind become one diagnostic whose lists hold
// every item, and tools that lose exactly the same items share it (`tools: ['Zammad', 'GLPI']`). So every
// message reads its lists as "one or more", and says "the tool" or "the tools" by `tools`.
//
// Argument encodings (plain strings, so diagnostics stay plain data): durations are `"<amount> <unit>"`
// with unit minute | hour | day | business_minute | business_hour | business_day; metrics, weekdays,
// pauses and quota periods are the SLA JSON's own words, rendered in the message's language here.
import { defineCode, joinList } from '../catalogue.ts';
import type { Locale, Localized, MessageArg } from '../types.ts';

const DOC = 'docs/helpdesk.md, per-tool mapping';
const EXAMPLE = 'infog compile examples/cabinet-dupont.infog --export zammad';

type L = Locale;

/** A list argument; tolerates a single value (a message never throws on odd arguments). */
function items(v: MessageArg | undefined): readonly string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [String(v)];
}

const q = (s: string, l: L): string => (l === 'fr' ? `« ${s} »` : `"${s}"`);
const and = (xs: readonly string[], l: L): string => joinList(xs, l);
/** Number words stay digits; French uses a decimal comma. */
const num = (n: number, l: L): string => new Intl.NumberFormat(l === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(n);

/** "Zammad", "Zammad et GLPI"; `fr` elides « de » before a vowel (« d'iTop »). */
const toolList = (tools: MessageArg | undefined, l: L): string => and(items(tools), l);
function ofTools(tools: MessageArg | undefined, l: L): string {
  const t = toolList(tools, l);
  if (l === 'en') return t;
  return /^[aeiouyàâéèêëîïôûü]/iu.test(t) ? `d’${t}` : `de ${t}`;
}
/** « l’export Zammad », « les exports Zammad et GLPI » / "the Zammad export", "the Zammad and GLPI exports". */
function theExport(tools: MessageArg | undefined, l: L): string {
  const several = items(tools).length > 1;
  if (l === 'fr') return `${several ? 'les exports' : 'l’export'} ${toolList(tools, 'fr')}`;
  return `the ${toolList(tools, 'en')} ${several ? 'exports' : 'export'}`;
}
/** « dans l’export Zammad », « dans les exports … ». */
const inExport = (tools: MessageArg | undefined, l: L): string => (l === 'fr' ? `dans ${theExport(tools, 'fr')}` : `in ${theExport(tools, 'en')}`);
/** Verb agreement with the tools: one tool → `one`, several → `many`. */
const agree = (tools: MessageArg | undefined, one: string, many: string): string => (items(tools).length > 1 ? many : one);

const METRIC: Readonly<Record<string, Localized>> = {
  ack: { fr: 'accusé de réception', en: 'acknowledgement' },
  response: { fr: 'prise en charge', en: 'response' },
  onsite: { fr: 'intervention sur site', en: 'on-site intervention' },
  restore: { fr: 'rétablissement', en: 'restore' },
  resolve: { fr: 'résolution', en: 'resolution' },
  update: { fr: 'mise à jour', en: 'update' },
};
const metric = (m: string, l: L): string => METRIC[m]?.[l] ?? m;
/** « de mise à jour », « d’accusé de réception »: French elides « de » before a vowel. */
const deMetric = (m: string): string => {
  const name = metric(m, 'fr');
  return /^[aeiouyàâéèêëîïôûü]/iu.test(name) ? `d’${name}` : `de ${name}`;
};

const DAY: Readonly<Record<string, Localized>> = {
  mon: { fr: 'lundi', en: 'Monday' }, tue: { fr: 'mardi', en: 'Tuesday' }, wed: { fr: 'mercredi', en: 'Wednesday' },
  thu: { fr: 'jeudi', en: 'Thursday' }, fri: { fr: 'vendredi', en: 'Friday' }, sat: { fr: 'samedi', en: 'Saturday' },
  sun: { fr: 'dimanche', en: 'Sunday' },
};

const PAUSE: Readonly<Record<string, Localized>> = {
  waiting_client: { fr: 'attente du client', en: 'waiting for the client' },
  waiting_third_party: { fr: 'attente d’un tiers', en: 'waiting for a third party' },
  planned_maintenance: { fr: 'maintenance planifiée', en: 'planned maintenance' },
};

const PERIOD: Readonly<Record<string, Localized>> = {
  month: { fr: 'par mois', en: 'per month' }, quarter: { fr: 'par trimestre', en: 'per quarter' },
  year: { fr: 'par an', en: 'per year' }, contract: { fr: 'pour la durée du contrat', en: 'for the term of the contract' },
};

const UNIT: Readonly<Record<string, { fr: [string, string]; en: [string, string] }>> = {
  minute: { fr: ['minute', 'minutes'], en: ['minute', 'minutes'] },
  hour: { fr: ['heure', 'heures'], en: ['hour', 'hours'] },
  day: { fr: ['jour', 'jours'], en: ['day', 'days'] },
  business_minute: { fr: ['minute ouvrée', 'minutes ouvrées'], en: ['business minute', 'business minutes'] },
  business_hour: { fr: ['heure ouvrée', 'heures ouvrées'], en: ['business hour', 'business hours'] },
  business_day: { fr: ['jour ouvré', 'jours ouvrés'], en: ['business day', 'business days'] },
};

/** `"5 business_day"` → « 5 jours ouvrés » / "5 business days". */
export function renderDuration(token: string, l: L): string {
  const [amount = '', unit = ''] = token.split(' ');
  const n = Number(amount);
  const forms = UNIT[unit]?.[l];
  if (!forms || !Number.isFinite(n)) return token;
  return `${num(n, l)} ${Math.abs(n) >= 2 ? forms[1] : forms[0]}`;
}

/** Items `i` of parallel lists, e.g. `(P1, ack, 15 minutes)`. */
function zip(...lists: readonly (readonly string[])[]): string[][] {
  const n = Math.max(0, ...lists.map((x) => x.length));
  return Array.from({ length: n }, (_, i) => lists.map((x) => x[i] ?? ''));
}

/** Groups `[key, value]` pairs by key, keys in first-seen order: `P1, P2` per metric. */
function groupBy(pairs: readonly [string, string][]): [string, string[]][] {
  const out = new Map<string, string[]>();
  for (const [k, v] of pairs) {
    const list = out.get(k) ?? [];
    if (!list.includes(v)) list.push(v);
    out.set(k, list);
  }
  return [...out];
}

/** « 2 escalades », "1 penalty": a count and a noun agreeing with it. */
function count(n: number, one: string, many: string, l: L): string {
  return `${num(n, l)} ${n >= 2 ? many : one}`;
}

// ---- Document-level losses (every helpdesk tool) -------------------------------------------------

export const quotaLost = defineCode<{ tools: readonly string[]; model: string; amount: number; period: string }>({
  code: 'IG7001',
  severity: 'warning',
  title: { fr: 'Forfait d’assistance non exporté', en: 'Helpdesk quota not exported' },
  message: {
    fr: (a) => `${toolList(a.tools, 'fr')} ${agree(a.tools, 'n’a', 'n’ont')} pas d’objet pour le forfait d’assistance (${quota(a, 'fr')}) : il n’est pas exporté. Suivez la consommation hors de l’outil (rapport de facturation) ou avec un compteur propre à l’outil.`,
    en: (a) => `${toolList(a.tools, 'en')} ${agree(a.tools, 'has', 'have')} no object for the helpdesk quota (${quota(a, 'en')}): it is not exported. Track consumption outside the tool (billing report) or with a counter of the tool's own.`,
  },
  doc: {
    explanation: {
      fr: 'Aucun des outils de helpdesk visés ne modélise un forfait de tickets, une banque d’heures ou un usage raisonnable : le forfait reste dans le contrat et le JSON SLA.',
      en: 'None of the target helpdesk tools models a ticket pack, an hours bank or fair use: the quota stays in the contract and the SLA JSON.',
    },
    reference: DOC,
    example: EXAMPLE,
  },
});

function quota(a: { model: string; amount: number; period: string }, l: L): string {
  const per = PERIOD[a.period]?.[l] ?? a.period;
  if (a.model === 'tickets') return `${count(a.amount, 'ticket', 'tickets', l)} ${per}`;
  if (a.model === 'hours') return `${num(a.amount, l)} h ${per}`;
  return l === 'fr' ? 'assistance illimitée sous réserve d’un usage raisonnable' : 'unlimited support subject to fair use';
}

export const penaltiesLost = defineCode<{ tools: readonly string[]; metrics: readonly string[]; priorities: readonly string[] }>({
  code: 'IG7002',
  severity: 'warning',
  title: { fr: 'Pénalités non exportées', en: 'Penalties not exported' },
  message: {
    fr: (a) => {
      const list = zip(items(a.metrics), items(a.priorities)).map(([m = '', p = '']) => `${metric(m, 'fr')} de ${p}`);
      return list.length > 1
        ? `${toolList(a.tools, 'fr')} ne ${agree(a.tools, 'sait', 'savent')} pas représenter les pénalités (${and(list, 'fr')}) : elles ne sont pas exportées. Calculez-les à partir des échéances dépassées (rapport SLA de l’outil).`
        : `${toolList(a.tools, 'fr')} ne ${agree(a.tools, 'sait', 'savent')} pas représenter la pénalité (${and(list, 'fr')}) : elle n’est pas exportée. Calculez-la à partir des échéances dépassées (rapport SLA de l’outil).`;
    },
    en: (a) => {
      const list = zip(items(a.metrics), items(a.priorities)).map(([m = '', p = '']) => `${metric(m, 'en')} of ${p}`);
      return `${toolList(a.tools, 'en')} cannot represent ${list.length > 1 ? 'penalties' : 'a penalty'} (${and(list, 'en')}): ${list.length > 1 ? 'they are' : 'it is'} not exported. Compute ${list.length > 1 ? 'them' : 'it'} from the breached due dates (the tool's SLA report).`;
    },
  },
  doc: {
    explanation: {
      fr: 'Les objets SLA des outils de helpdesk fixent des échéances, pas des montants : une pénalité ou un crédit de service n’a pas de place dans l’export.',
      en: 'Helpdesk SLA objects set due dates, not amounts: a penalty or service credit has no place in the export.',
    },
    reference: DOC,
    example: EXAMPLE,
  },
});

export const availabilityLost = defineCode<{ tools: readonly string[]; services: readonly string[]; objectives: readonly string[] }>({
  code: 'IG7010',
  severity: 'warning',
  title: { fr: 'Objectifs de disponibilité non exportés', en: 'Availability objectives not exported' },
  message: {
    fr: (a) => {
      const list = zip(items(a.services), items(a.objectives)).map(([s = '', o = '']) => `${q(s, 'fr')} ${num(Number(o), 'fr')} %`);
      return `${toolList(a.tools, 'fr')} ${agree(a.tools, 'n’a', 'n’ont')} pas d’objectif de disponibilité : ${and(list, 'fr')} ${list.length > 1 ? 'ne sont pas exportés' : 'n’est pas exporté'}. Utilisez l’export OpenSLO (--export openslo) pour l’outil de supervision.`;
    },
    en: (a) => {
      const list = zip(items(a.services), items(a.objectives)).map(([s = '', o = '']) => `${q(s, 'en')} ${num(Number(o), 'en')} %`);
      return `${toolList(a.tools, 'en')} ${agree(a.tools, 'has', 'have')} no availability objective: ${and(list, 'en')} ${list.length > 1 ? 'are' : 'is'} not exported. Use the OpenSLO export (--export openslo) for the monitoring tool.`;
    },
  },
  doc: {
    explanation: {
      fr: 'La disponibilité se mesure côté supervision, pas dans les tickets : seul l’export OpenSLO la porte.',
      en: 'Availability is measured by monitoring, not in tickets: only the OpenSLO export carries it.',
    },
    reference: DOC,
    example: EXAMPLE,
  },
});

/** `restore at 80 % for P1` in words. */
function escalationItem(m: string, percent: string, scope: string, l: L): string {
  const ps = scope === '' ? [] : scope.split(',');
  const at = `${num(Number(percent), l)} %`;
  if (l === 'fr') return `${metric(m, 'fr')} à ${at}${ps.length > 0 ? ` pour ${and(ps, 'fr')}` : ''}`;
  return `${metric(m, 'en')} at ${at}${ps.length > 0 ? ` for ${and(ps, 'en')}` : ''}`;
}

export const escalationLost = defineCode<{ tools: readonly string[]; metrics: readonly string[]; percents: readonly string[]; scopes: readonly string[] }>({
  code: 'IG7011',
  severity: 'warning',
  title: { fr: 'Escalades non exportées', en: 'Escalations not exported' },
  message: {
    fr: (a) => {
      const list = zip(items(a.metrics), items(a.percents), items(a.scopes)).map(([m = '', p = '', s = '']) => escalationItem(m, p, s, 'fr'));
      return list.length > 1
        ? `Les escalades (${and(list, 'fr')}) ne sont pas ${inExport(a.tools, 'fr')} : configurez-les par les déclencheurs ou notifications de l’outil, au pourcentage et pour les priorités prévus.`
        : `L’escalade (${and(list, 'fr')}) n’est pas ${inExport(a.tools, 'fr')} : configurez-la par les déclencheurs ou notifications de l’outil, au pourcentage et pour les priorités prévus.`;
    },
    en: (a) => {
      const list = zip(items(a.metrics), items(a.percents), items(a.scopes)).map(([m = '', p = '', s = '']) => escalationItem(m, p, s, 'en'));
      return list.length > 1
        ? `The escalations (${and(list, 'en')}) are not ${inExport(a.tools, 'en')}: configure them with the tool's triggers or notifications, at the stated percentage and for the stated priorities.`
        : `The escalation (${and(list, 'en')}) is not ${inExport(a.tools, 'en')}: configure it with the tool's triggers or notifications, at the stated percentage and for the stated priorities.`;
    },
  },
  doc: {
    explanation: {
      fr: 'Les escalades nomment des personnes ; les outils les rattachent à des agents ou groupes identifiés par l’instance, que le JSON SLA ne connaît pas. Znuny reçoit le pourcentage de la première escalade de chaque délai, priorité par priorité, mais pas le contact.',
      en: 'Escalations name people; tools attach them to agents or groups identified by the instance, which the SLA JSON does not know. Znuny receives the percentage of the earliest escalation of each target, priority by priority, but not the contact.',
    },
    reference: DOC,
    example: EXAMPLE,
  },
});

export const pausesNotExported = defineCode<{ tools: readonly string[]; pauses: readonly string[] }>({
  code: 'IG7013',
  severity: 'warning',
  title: { fr: 'Suspensions du délai à configurer', en: 'Clock pauses to configure' },
  message: {
    fr: (a) => {
      const ps = items(a.pauses).map((p) => PAUSE[p]?.fr ?? p);
      return ps.length > 1
        ? `Les suspensions du délai (${and(ps, 'fr')}) ne sont pas ${inExport(a.tools, 'fr')} : associez-les aux statuts de ticket qui arrêtent l’horloge dans l’outil.`
        : `La suspension du délai (${and(ps, 'fr')}) n’est pas ${inExport(a.tools, 'fr')} : associez-la au statut de ticket qui arrête l’horloge dans l’outil.`;
    },
    en: (a) => {
      const ps = items(a.pauses).map((p) => PAUSE[p]?.en ?? p);
      return `The clock ${ps.length > 1 ? 'pauses' : 'pause'} (${and(ps, 'en')}) ${ps.length > 1 ? 'are' : 'is'} not ${inExport(a.tools, 'en')}: map ${ps.length > 1 ? 'them' : 'it'} to the ticket statuses that stop the clock in the tool.`;
    },
  },
  doc: {
    explanation: {
      fr: 'Les outils suspendent le délai selon leurs propres statuts (en attente, suspendu…), dont les noms dépendent de l’instance.',
      en: 'Tools pause the clock on statuses of their own (pending, stalled…), whose names depend on the instance.',
    },
    reference: DOC,
    example: EXAMPLE,
  },
});

// ---- Targets and priorities ------------------------------------------------------------------------

/** `accusé de réception (P1 et P2) ; résolution (P1)`: priorities per metric, in first-seen order. */
function targetsByMetric(metrics: readonly string[], priorities: readonly string[], l: L): string {
  return groupBy(zip(metrics, priorities).map(([m = '', p = '']) => [m, p])).map(([m, ps]) => `${metric(m, l)} (${and(ps, l)})`).join(l === 'fr' ? ' ; ' : '; ');
}

export const updateLost = defineCode<{ tools: readonly string[]; priorities: readonly string[]; durations: readonly string[] }>({
  code: 'IG7003',
  severity: 'warning',
  title: { fr: 'Délai de mise à jour non exporté', en: 'Update target not exported' },
  message: {
    fr: (a) => {
      const list = zip(items(a.priorities), items(a.durations)).map(([p = '', d = '']) => `${p} (${renderDuration(d, 'fr')})`);
      return `${toolList(a.tools, 'fr')} ${agree(a.tools, 'n’a', 'n’ont')} pas de délai entre deux mises à jour : ${list.length > 1 ? 'les délais' : 'le délai'} de mise à jour de ${and(list, 'fr')} ${list.length > 1 ? 'ne sont pas exportés' : 'n’est pas exporté'}. Suivez-${list.length > 1 ? 'les' : 'le'} par une règle ou une notification de l’outil.`;
    },
    en: (a) => {
      const list = zip(items(a.priorities), items(a.durations)).map(([p = '', d = '']) => `${p} (${renderDuration(d, 'en')})`);
      return `${toolList(a.tools, 'en')} ${agree(a.tools, 'has', 'have')} no time-between-updates target: the update ${list.length > 1 ? 'targets' : 'target'} of ${and(list, 'en')} ${list.length > 1 ? 'are' : 'is'} not exported. Follow ${list.length > 1 ? 'them' : 'it'} with a rule or notification of the tool.`;
    },
  },
  doc: {
    explanation: {
      fr: 'GLPI, iTop et Freshdesk ne connaissent que la prise en charge et la résolution ; l’engagement de tenir le client informé à intervalle fixe ne peut pas y être exprimé.',
      en: 'GLPI, iTop and Freshdesk only know time to own and time to resolve; a commitment to keep the client informed at a fixed interval cannot be expressed there.',
    },
    reference: DOC,
    example: 'infog compile examples/cabinet-dupont.infog --export glpi',
  },
});

export const metricLost = defineCode<{ tools: readonly string[]; priorities: readonly string[]; metrics: readonly string[]; durations: readonly string[]; kept: readonly string[] }>({
  code: 'IG7007',
  severity: 'warning',
  title: { fr: 'Cible sans équivalent dans l’outil', en: 'Target with no equivalent in the tool' },
  message: {
    fr: (a) => {
      const ms = items(a.metrics);
      const lead = `${toolList(a.tools, 'fr')} ${agree(a.tools, 'n’a', 'n’ont')} pas de métrique pour`;
      if (ms.length === 1) {
        const kept = items(a.kept)[0] ?? '';
        const keeps = kept === '' ? 'aucune métrique n’y correspond' : `l’outil garde le délai ${deMetric(kept)}`;
        return `${lead} le délai ${deMetric(ms[0] ?? '')} de ${items(a.priorities)[0] ?? ''} (${renderDuration(items(a.durations)[0] ?? '', 'fr')}) : il n’est pas exporté (${keeps}). Suivez-le hors de l’outil ou par un type de ticket distinct.`;
      }
      return `${lead} ces délais, qui ne sont pas exportés : ${targetsByMetric(ms, items(a.priorities), 'fr')}. Suivez-les hors de l’outil ou par un type de ticket distinct ; détail avec --verbose.`;
    },
    en: (a) => {
      const ms = items(a.metrics);
      const lead = `${toolList(a.tools, 'en')} ${agree(a.tools, 'has', 'have')} no metric for`;
      if (ms.length === 1) {
        const kept = items(a.kept)[0] ?? '';
        const keeps = kept === '' ? 'nothing corresponds to it' : `the tool keeps the ${metric(kept, 'en')} target`;
        return `${lead} the ${metric(ms[0] ?? '', 'en')} target of ${items(a.priorities)[0] ?? ''} (${renderDuration(items(a.durations)[0] ?? '', 'en')}): it is not exported (${keeps}). Follow it outside the tool or with a separate ticket type.`;
      }
      return `${lead} these targets, which are not exported: ${targetsByMetric(ms, items(a.priorities), 'en')}. Follow them outside the tool or with a separate ticket type; details with --verbose.`;
    },
  },
  doc: {
    explanation: {
      fr: 'Les outils ont une première réponse et une résolution (parfois une mise à jour) : « response » (à défaut « ack ») devient la première réponse, « restore » (à défaut « resolve ») la résolution ; l’accusé de réception, l’intervention sur site et la seconde cible de résolution n’ont pas de place.',
      en: 'Tools have a first response and a resolution (sometimes an update): "response" (else "ack") becomes the first response, "restore" (else "resolve") the resolution; acknowledgement, on-site intervention and the second resolution target have no place.',
    },
    reference: DOC,
    example: EXAMPLE,
  },
});

export const calendarMismatch = defineCode<{ tools: readonly string[]; priorities: readonly string[]; metrics: readonly string[]; calendars: readonly string[]; used: readonly string[] }>({
  code: 'IG7008',
  severity: 'warning',
  title: { fr: 'Cible comptée sur un autre calendrier', en: 'Target counted on another calendar' },
  message: {
    fr: (a) => {
      const list = zip(items(a.metrics), items(a.priorities), items(a.calendars), items(a.used))
        .map(([m = '', p = '', c = '', u = '']) => `${metric(m, 'fr')} de ${p}, défini sur ${q(c, 'fr')}, compté sur ${q(u, 'fr')}`);
      return `${toolList(a.tools, 'fr')} ${agree(a.tools, 'n’a', 'n’ont')} qu’un calendrier par SLA : ${and(list, 'fr')}. L’échéance dans l’outil diffère de celle du contrat ; alignez les calendriers de la priorité si possible.`;
    },
    en: (a) => {
      const list = zip(items(a.metrics), items(a.priorities), items(a.calendars), items(a.used))
        .map(([m = '', p = '', c = '', u = '']) => `${metric(m, 'en')} of ${p}, stated on ${q(c, 'en')}, counted on ${q(u, 'en')}`);
      return `${toolList(a.tools, 'en')} ${agree(a.tools, 'has', 'have')} one calendar per SLA: ${and(list, 'en')}. The due date in the tool differs from the contract's; align the priority's calendars if you can.`;
    },
  },
  doc: {
    explanation: {
      fr: 'Le calendrier d’une priorité est celui de la majorité de ses cibles exportées ; une cible sur un autre calendrier garde sa durée mais change de sens.',
      en: 'A priority’s calendar is the one most of its exported targets use; a target on another calendar keeps its length but changes meaning.',
    },
    reference: DOC,
  },
});

export const prioritiesOverflow = defineCode<{ tools: readonly string[]; max: number; priorities: readonly string[] }>({
  code: 'IG7012',
  severity: 'warning',
  title: { fr: 'Trop de priorités pour l’outil', en: 'More priorities than the tool has' },
  message: {
    fr: (a) => {
      const ps = items(a.priorities);
      return `${toolList(a.tools, 'fr')} ${agree(a.tools, 'n’a', 'n’ont')} que ${num(a.max, 'fr')} priorités : ${and(ps, 'fr')} ${ps.length > 1 ? 'ne sont pas exportées' : 'n’est pas exportée'}. Regroupez les priorités du contrat ou traitez-les par un type de ticket.`;
    },
    en: (a) => {
      const ps = items(a.priorities);
      return `${toolList(a.tools, 'en')} ${agree(a.tools, 'has', 'have')} only ${num(a.max, 'en')} priorities: ${and(ps, 'en')} ${ps.length > 1 ? 'are' : 'is'} not exported. Merge the contract's priorities or handle them with a ticket type.`;
    },
  },
  doc: {
    explanation: {
      fr: 'Freshdesk, Zendesk et iTop ont quatre priorités fixes ; le rang 1 va à la plus urgente, les rangs au-delà de quatre sont perdus.',
      en: 'Freshdesk, Zendesk and iTop have four fixed priorities; rank 1 goes to the most urgent, ranks beyond four are lost.',
    },
    reference: DOC,
  },
});

// ---- Calendars -----------------------------------------------------------------------------------

export const calendarNotByApi = defineCode<{ tools: readonly string[]; calendars: readonly string[]; holidays: readonly string[] }>({
  code: 'IG7004',
  severity: 'warning',
  title: { fr: 'Calendrier et jours fériés à saisir à la main', en: 'Calendar and holidays to enter by hand' },
  message: {
    fr: (a) => {
      const list = zip(items(a.calendars), items(a.holidays)).map(([c = '', h = '']) => `${q(c, 'fr')} (${count(Number(h), 'jour férié', 'jours fériés', 'fr')})`);
      return `L’API ${ofTools(a.tools, 'fr')} ne crée ni heures ouvrées ni jours fériés : ${list.length > 1 ? 'les calendriers' : 'le calendrier'} ${and(list, 'fr')} ${list.length > 1 ? 'ne sont pas' : 'n’est pas'} dans l’export. Saisissez-${list.length > 1 ? 'les' : 'le'} dans l’interface d’administration, puis rattachez-${list.length > 1 ? 'les' : 'le'} au groupe des tickets.`;
    },
    en: (a) => {
      const list = zip(items(a.calendars), items(a.holidays)).map(([c = '', h = '']) => `${q(c, 'en')} (${count(Number(h), 'holiday', 'holidays', 'en')})`);
      return `The ${ofTools(a.tools, 'en')} API creates neither business hours nor holidays: ${list.length > 1 ? 'calendars' : 'calendar'} ${and(list, 'en')} ${list.length > 1 ? 'are' : 'is'} not in the export. Enter ${list.length > 1 ? 'them' : 'it'} in the admin interface, then attach ${list.length > 1 ? 'them' : 'it'} to the tickets' group.`;
    },
  },
  doc: {
    explanation: {
      fr: 'L’API Freshdesk ne fait que lire les heures ouvrées ; la politique SLA exportée dit seulement « heures ouvrées », le calendrier réel vient du groupe du ticket.',
      en: 'The Freshdesk API only reads business hours; the exported SLA policy only says "business hours", the actual calendar comes from the ticket’s group.',
    },
    reference: DOC,
    example: 'infog compile examples/cabinet-dupont.infog --export freshdesk',
  },
});

/** `13:30-17:30 → 13:00-18:00 (lundi, mardi)` per distinct window of a calendar. */
function roundedWindows(a: { calendars: MessageArg; days: MessageArg; windows: MessageArg; rounded: MessageArg }, l: L): string {
  const groups = groupBy(zip(items(a.calendars), items(a.windows), items(a.rounded), items(a.days)).map(([c = '', w = '', r = '', d = '']) => [`${c}\u0000${w}\u0000${r}`, d]));
  return and(groups.map(([key, days]) => {
    const [c = '', w = '', r = ''] = key.split('\u0000');
    const on = and(days.map((d) => DAY[d]?.[l] ?? d), l);
    return l === 'fr' ? `${w} devient ${r} (${on}, calendrier ${q(c, 'fr')})` : `${w} becomes ${r} (${on}, calendar ${q(c, 'en')})`;
  }), l);
}

export const hoursRounded = defineCode<{ tools: readonly string[]; calendars: readonly string[]; days: readonly string[]; windows: readonly string[]; rounded: readonly string[] }>({
  code: 'IG7005',
  severity: 'warning',
  title: { fr: 'Heures ouvrées arrondies à l’heure', en: 'Business hours rounded to the hour' },
  message: {
    fr: (a) => `${toolList(a.tools, 'fr')} ne ${agree(a.tools, 'compte', 'comptent')} les heures ouvrées qu’à l’heure près : ${roundedWindows(a, 'fr')}. Les échéances calculées par l’outil différeront ; arrondissez la plage dans le contrat ou acceptez l’écart.`,
    en: (a) => `${toolList(a.tools, 'en')} ${agree(a.tools, 'counts', 'count')} business hours by whole hours only: ${roundedWindows(a, 'en')}. The tool's due dates will differ; round the window in the contract or accept the gap.`,
  },
  doc: {
    explanation: {
      fr: 'Znuny décrit une journée ouvrée par la liste des heures ouvertes (8, 9, …, 17) : une plage qui commence ou finit à la demi-heure est élargie à l’heure entière (le client n’y perd pas).',
      en: 'Znuny describes a working day as the list of open hours (8, 9, …, 17): a window starting or ending at the half hour is widened to the whole hour (never to the client’s loss).',
    },
    reference: DOC,
    example: 'hours bureau { days mon..fri; time 08:30-18:00; timezone "Europe/Paris"; holidays FR }',
  },
});

export const businessHoursNeedExtension = defineCode<{ tools: readonly string[]; calendars: readonly string[] }>({
  code: 'IG7006',
  severity: 'warning',
  title: { fr: 'Heures ouvrées : extension nécessaire', en: 'Business hours need an extension' },
  message: {
    fr: (a) => {
      const cs = items(a.calendars).map((c) => q(c, 'fr'));
      return `Le cœur ${ofTools(a.tools, 'fr')} compte les délais en temps calendaire : ${cs.length > 1 ? 'les calendriers' : 'le calendrier'} ${and(cs, 'fr')} (heures ouvrées et jours fériés) ${cs.length > 1 ? 'ne sont pas exportés' : 'n’est pas exporté'}. Installez l’extension « SLA considering business hours » et saisissez-y la fenêtre de couverture, sinon les échéances seront trop courtes.`;
    },
    en: (a) => {
      const cs = items(a.calendars).map((c) => q(c, 'en'));
      return `${toolList(a.tools, 'en')} core counts targets in wall-clock time: ${cs.length > 1 ? 'calendars' : 'calendar'} ${and(cs, 'en')} (business hours and holidays) ${cs.length > 1 ? 'are' : 'is'} not exported. Install the "SLA considering business hours" extension and enter the coverage window there, or due dates will be too early.`;
    },
  },
  doc: {
    explanation: {
      fr: 'Les fenêtres de couverture et jours fériés d’iTop viennent d’une extension dont le modèle de données n’est pas garanti : l’export ne crée que les SLA et SLT du cœur.',
      en: 'iTop coverage windows and holidays come from an extension whose data model is not guaranteed: the export creates only the core SLA and SLT objects.',
    },
    reference: DOC,
    example: 'infog compile examples/cabinet-dupont.infog --export itop',
  },
});

export const timezoneLost = defineCode<{ tools: readonly string[]; calendars: readonly string[]; timezones: readonly string[] }>({
  code: 'IG7009',
  severity: 'warning',
  title: { fr: 'Fuseau horaire non exporté', en: 'Time zone not exported' },
  message: {
    fr: (a) => {
      const list = zip(items(a.calendars), items(a.timezones)).map(([c = '', z = '']) => `${q(c, 'fr')} (${z})`);
      return `${toolList(a.tools, 'fr')} ${agree(a.tools, 'n’a', 'n’ont')} pas de fuseau par calendrier : les heures ${list.length > 1 ? 'des calendriers' : 'du calendrier'} ${and(list, 'fr')} sont lues dans le fuseau du serveur. Réglez ce fuseau sur celui du contrat.`;
    },
    en: (a) => {
      const list = zip(items(a.calendars), items(a.timezones)).map(([c = '', z = '']) => `${q(c, 'en')} (${z})`);
      return `${toolList(a.tools, 'en')} ${agree(a.tools, 'has', 'have')} no per-calendar time zone: the hours of ${list.length > 1 ? 'calendars' : 'calendar'} ${and(list, 'en')} are read in the server's zone. Set that zone to the contract's.`;
    },
  },
  doc: {
    explanation: {
      fr: 'GLPI et iTop calculent les échéances dans le fuseau du serveur (ou de l’utilisateur) ; un serveur dans un autre fuseau décale toutes les échéances.',
      en: 'GLPI and iTop compute due dates in the server’s (or user’s) zone; a server in another zone shifts every due date.',
    },
    reference: DOC,
    example: 'infog compile examples/cabinet-dupont.infog --export glpi',
  },
});

export const timezoneUnmapped = defineCode<{ tools: readonly string[]; calendars: readonly string[]; timezones: readonly string[] }>({
  code: 'IG7016',
  severity: 'warning',
  title: { fr: 'Fuseau sans nom dans l’outil', en: 'Time zone with no name in the tool' },
  message: {
    fr: (a) => {
      const list = zip(items(a.timezones), items(a.calendars)).map(([z = '', c = '']) => `${q(z, 'fr')} (calendrier ${q(c, 'fr')})`);
      return `${toolList(a.tools, 'fr')} ${agree(a.tools, 'nomme', 'nomment')} les fuseaux à sa façon et ${and(list, 'fr')} ${list.length > 1 ? 'n’ont' : 'n’a'} pas de correspondance connue : l’export garde le nom IANA. Vérifiez-le dans l’outil.`;
    },
    en: (a) => {
      const list = zip(items(a.timezones), items(a.calendars)).map(([z = '', c = '']) => `${q(z, 'en')} (calendar ${q(c, 'en')})`);
      return `${toolList(a.tools, 'en')} ${agree(a.tools, 'names', 'name')} time zones its own way and ${and(list, 'en')} ${list.length > 1 ? 'have' : 'has'} no known match: the export keeps the IANA name. Check it in the tool.`;
    },
  },
  doc: {
    explanation: {
      fr: 'Zendesk attend des noms de fuseau Rails (« Paris », « Bern ») ; l’export connaît ceux des lois prises en charge (FR, CH, BE).',
      en: 'Zendesk expects Rails zone names ("Paris", "Bern"); the export knows those of the supported laws (FR, CH, BE).',
    },
    reference: DOC,
  },
});

// ---- OpenSLO -------------------------------------------------------------------------------------

export const noAvailability = defineCode<{ tools: readonly string[] }>({
  code: 'IG7014',
  severity: 'warning',
  title: { fr: 'Aucun objectif de disponibilité', en: 'No availability objective' },
  message: {
    fr: (a) => `Le contrat n’a pas d’objectif de disponibilité : ${theExport(a.tools, 'fr')} ${agree(a.tools, 'est vide', 'sont vides')}.`,
    en: (a) => `The contract has no availability objective: ${theExport(a.tools, 'en')} ${agree(a.tools, 'is', 'are')} empty.`,
  },
  doc: {
    explanation: {
      fr: 'OpenSLO ne porte que des objectifs de disponibilité ; sans eux, il n’y a rien à exporter.',
      en: 'OpenSLO carries only availability objectives; without them there is nothing to export.',
    },
    reference: DOC,
  },
});

export const ticketTargetsNotInSlo = defineCode<{ tools: readonly string[]; count: number }>({
  code: 'IG7015',
  severity: 'warning',
  title: { fr: 'Cibles de tickets hors de l’export SLO', en: 'Ticket targets outside the SLO export' },
  message: {
    fr: (a) => `${toolList(a.tools, 'fr')} ${agree(a.tools, 'décrit', 'décrivent')} la disponibilité, pas les délais de tickets : ${a.count >= 2 ? `les ${num(a.count, 'fr')} délais des priorités ne sont pas exportés` : 'le délai de priorité n’est pas exporté'}. Exportez-les vers l’outil de helpdesk.`,
    en: (a) => `${toolList(a.tools, 'en')} ${agree(a.tools, 'describes', 'describe')} availability, not ticket times: ${a.count >= 2 ? `the ${num(a.count, 'en')} priority targets are` : 'the priority target is'} not exported. Export them to the helpdesk tool.`,
  },
  doc: {
    explanation: {
      fr: 'Un SLO OpenSLO mesure un indicateur de service ; les délais de prise en charge et de rétablissement appartiennent au helpdesk.',
      en: 'An OpenSLO SLO measures a service indicator; response and restore times belong to the helpdesk.',
    },
    reference: DOC,
    example: 'infog compile examples/cabinet-dupont.infog --export openslo',
  },
});
