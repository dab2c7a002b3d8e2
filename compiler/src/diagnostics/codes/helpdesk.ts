// Catalogue band file; see ../index.ts for the bands. IG7001–IG7099: helpdesk exports
// (compiler/src/backends/helpdesk). Every code is a warning about something the SLA JSON states and the
// target tool cannot hold: the export goes on without it, and says so. A diagnostic about an export has
// no source range: file = the SLA document's `contract.source.file`, range {0,0}.
import { defineCode } from '../catalogue.ts';

const DOC = 'docs/helpdesk.md';
const EXAMPLE = 'infog compile examples/cabinet-dupont.infog --export zammad';

export const quotaLost = defineCode<{ tool: string; quota: string }>({
  code: 'IG7001',
  severity: 'warning',
  title: { fr: 'Forfait d’assistance non exporté', en: 'Helpdesk quota not exported' },
  message: {
    fr: (a) => `${a.tool} n'a pas d'objet pour le forfait d'assistance (${a.quota}) : il n'est pas exporté. Suivez la consommation hors de l'outil (rapport de facturation) ou avec un compteur propre à l'outil.`,
    en: (a) => `${a.tool} has no object for the helpdesk quota (${a.quota}): it is not exported. Track consumption outside the tool (billing report) or with a counter of the tool's own.`,
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

export const penaltiesLost = defineCode<{ tool: string; count: number }>({
  code: 'IG7002',
  severity: 'warning',
  title: { fr: 'Pénalités non exportées', en: 'Penalties not exported' },
  message: {
    fr: (a) => `${a.tool} ne sait pas représenter les pénalités (${a.count}) : elles ne sont pas exportées. Calculez-les à partir des échéances dépassées (rapport SLA de l'outil).`,
    en: (a) => `${a.tool} cannot represent penalties (${a.count}): they are not exported. Compute them from the breached due dates (the tool's SLA report).`,
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

export const updateLost = defineCode<{ tool: string; priority: string; minutes: number }>({
  code: 'IG7003',
  severity: 'warning',
  title: { fr: 'Délai de mise à jour non exporté', en: 'Update target not exported' },
  message: {
    fr: (a) => `${a.tool} n'a pas de délai entre deux mises à jour : la cible « update » de la priorité ${a.priority} (${a.minutes} min) n'est pas exportée. Suivez-la par une règle ou une notification de l'outil.`,
    en: (a) => `${a.tool} has no time-between-updates target: the "update" target of priority ${a.priority} (${a.minutes} min) is not exported. Follow it with a rule or notification of the tool.`,
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

export const calendarNotByApi = defineCode<{ tool: string; calendar: string; holidays: number }>({
  code: 'IG7004',
  severity: 'warning',
  title: { fr: 'Calendrier et jours fériés à saisir à la main', en: 'Calendar and holidays to enter by hand' },
  message: {
    fr: (a) => `L'API de ${a.tool} ne crée ni heures ouvrées ni jours fériés : le calendrier « ${a.calendar} » (${a.holidays} jours fériés) n'est pas dans l'export. Saisissez-le dans l'interface d'administration, puis rattachez-le au groupe des tickets.`,
    en: (a) => `The ${a.tool} API creates neither business hours nor holidays: calendar "${a.calendar}" (${a.holidays} holidays) is not in the export. Enter it in the admin interface, then attach it to the tickets' group.`,
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

export const hoursRounded = defineCode<{ tool: string; calendar: string; day: string; window: string; rounded: string }>({
  code: 'IG7005',
  severity: 'warning',
  title: { fr: 'Heures ouvrées arrondies à l’heure', en: 'Business hours rounded to the hour' },
  message: {
    fr: (a) => `${a.tool} ne compte les heures ouvrées qu'à l'heure près : la plage ${a.window} du ${a.day} (calendrier « ${a.calendar} ») devient ${a.rounded}. Les échéances calculées par l'outil différeront ; arrondissez la plage dans le contrat ou acceptez l'écart.`,
    en: (a) => `${a.tool} counts business hours by whole hours only: window ${a.window} on ${a.day} (calendar "${a.calendar}") becomes ${a.rounded}. The tool's due dates will differ; round the window in the contract or accept the gap.`,
  },
  doc: {
    explanation: {
      fr: 'Znuny décrit une journée ouvrée par la liste des heures ouvertes (8, 9, …, 17) : une plage qui commence ou finit à la demi-heure est élargie à l’heure entière (le client n’y perd pas).',
      en: 'Znuny describes a working day as the list of open hours (8, 9, …, 17): a window starting or ending at the half hour is widened to the whole hour (never to the client’s loss).',
    },
    reference: DOC,
    example: 'heures-ouvrees: lundi..vendredi 08:30-18:00',
  },
});

export const businessHoursNeedExtension = defineCode<{ tool: string; calendar: string }>({
  code: 'IG7006',
  severity: 'warning',
  title: { fr: 'Heures ouvrées : extension nécessaire', en: 'Business hours need an extension' },
  message: {
    fr: (a) => `Le cœur de ${a.tool} compte les délais en temps calendaire : le calendrier « ${a.calendar} » (heures ouvrées et jours fériés) n'est pas exporté. Installez l'extension « SLA considering business hours » et saisissez-y la fenêtre de couverture, sinon les échéances seront trop courtes.`,
    en: (a) => `${a.tool} core counts targets in wall-clock time: calendar "${a.calendar}" (business hours and holidays) is not exported. Install the "SLA considering business hours" extension and enter the coverage window there, or due dates will be too early.`,
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

export const metricLost = defineCode<{ tool: string; priority: string; metric: string; minutes: number; kept: string }>({
  code: 'IG7007',
  severity: 'warning',
  title: { fr: 'Cible sans équivalent dans l’outil', en: 'Target with no equivalent in the tool' },
  message: {
    fr: (a) => `${a.tool} n'a pas de métrique pour la cible « ${a.metric} » de la priorité ${a.priority} (${a.minutes} min) : elle n'est pas exportée (${a.kept}). Suivez-la hors de l'outil ou par un type de ticket distinct.`,
    en: (a) => `${a.tool} has no metric for the "${a.metric}" target of priority ${a.priority} (${a.minutes} min): it is not exported (${a.kept}). Follow it outside the tool or with a separate ticket type.`,
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

export const calendarMismatch = defineCode<{ tool: string; priority: string; metric: string; calendar: string; used: string }>({
  code: 'IG7008',
  severity: 'warning',
  title: { fr: 'Cible comptée sur un autre calendrier', en: 'Target counted on another calendar' },
  message: {
    fr: (a) => `${a.tool} n'a qu'un calendrier par SLA : la cible « ${a.metric} » de la priorité ${a.priority}, définie sur « ${a.calendar} », est comptée sur « ${a.used} ». Son échéance dans l'outil diffère de celle du contrat ; alignez les calendriers de la priorité si possible.`,
    en: (a) => `${a.tool} has one calendar per SLA: the "${a.metric}" target of priority ${a.priority}, stated on "${a.calendar}", is counted on "${a.used}". Its due date in the tool differs from the contract's; align the priority's calendars if you can.`,
  },
  doc: {
    explanation: {
      fr: 'Le calendrier d’une priorité est celui de la majorité de ses cibles exportées ; une cible sur un autre calendrier garde sa durée mais change de sens.',
      en: 'A priority’s calendar is the one most of its exported targets use; a target on another calendar keeps its length but changes meaning.',
    },
    reference: DOC,
  },
});

export const timezoneLost = defineCode<{ tool: string; calendar: string; timezone: string }>({
  code: 'IG7009',
  severity: 'warning',
  title: { fr: 'Fuseau horaire non exporté', en: 'Time zone not exported' },
  message: {
    fr: (a) => `${a.tool} n'a pas de fuseau par calendrier : les heures du calendrier « ${a.calendar} » sont lues dans le fuseau du serveur. Réglez ce fuseau sur ${a.timezone}.`,
    en: (a) => `${a.tool} has no per-calendar time zone: the hours of calendar "${a.calendar}" are read in the server's zone. Set that zone to ${a.timezone}.`,
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

export const availabilityLost = defineCode<{ tool: string; count: number }>({
  code: 'IG7010',
  severity: 'warning',
  title: { fr: 'Objectifs de disponibilité non exportés', en: 'Availability objectives not exported' },
  message: {
    fr: (a) => `${a.tool} n'a pas d'objectif de disponibilité : les ${a.count} objectif(s) ne sont pas exportés. Utilisez l'export OpenSLO (--export openslo) pour l'outil de supervision.`,
    en: (a) => `${a.tool} has no availability objective: the ${a.count} objective(s) are not exported. Use the OpenSLO export (--export openslo) for the monitoring tool.`,
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

export const escalationLost = defineCode<{ tool: string; count: number }>({
  code: 'IG7011',
  severity: 'warning',
  title: { fr: 'Escalades non exportées', en: 'Escalations not exported' },
  message: {
    fr: (a) => `${a.tool} ne reçoit pas les escalades par cet export (${a.count}) : configurez-les par les déclencheurs ou notifications de l'outil, au pourcentage prévu.`,
    en: (a) => `${a.tool} does not receive the escalations through this export (${a.count}): configure them with the tool's triggers or notifications, at the stated percentage.`,
  },
  doc: {
    explanation: {
      fr: 'Les escalades nomment des personnes ; les outils les rattachent à des agents ou groupes identifiés par l’instance, que le JSON SLA ne connaît pas.',
      en: 'Escalations name people; tools attach them to agents or groups identified by the instance, which the SLA JSON does not know.',
    },
    reference: DOC,
    example: EXAMPLE,
  },
});

export const prioritiesOverflow = defineCode<{ tool: string; max: number; priorities: readonly string[] }>({
  code: 'IG7012',
  severity: 'warning',
  title: { fr: 'Trop de priorités pour l’outil', en: 'More priorities than the tool has' },
  message: {
    fr: (a) => `${a.tool} n'a que ${a.max} priorités : ${a.priorities.join(', ')} ne sont pas exportées. Regroupez les priorités du contrat ou traitez-les par un type de ticket.`,
    en: (a) => `${a.tool} has only ${a.max} priorities: ${a.priorities.join(', ')} are not exported. Merge the contract's priorities or handle them with a ticket type.`,
  },
  doc: {
    explanation: {
      fr: 'Freshdesk, Zendesk et iTop ont quatre priorités fixes ; le rang 1 va à la plus urgente, les rangs au-delà de quatre sont perdus.',
      en: 'Freshdesk, Zendesk and iTop have four fixed priorities; rank 1 goes to the most urgent, ranks beyond four are lost.',
    },
    reference: DOC,
  },
});

export const pausesNotExported = defineCode<{ tool: string; pauses: readonly string[] }>({
  code: 'IG7013',
  severity: 'warning',
  title: { fr: 'Suspensions du délai à configurer', en: 'Clock pauses to configure' },
  message: {
    fr: (a) => `Les suspensions du délai (${a.pauses.join(', ')}) ne sont pas dans l'export ${a.tool} : associez-les aux statuts de ticket qui arrêtent l'horloge dans l'outil.`,
    en: (a) => `The clock pauses (${a.pauses.join(', ')}) are not in the ${a.tool} export: map them to the ticket statuses that stop the clock in the tool.`,
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

export const noAvailability = defineCode<{ tool: string }>({
  code: 'IG7014',
  severity: 'warning',
  title: { fr: 'Aucun objectif de disponibilité', en: 'No availability objective' },
  message: {
    fr: (a) => `Le contrat n'a pas d'objectif de disponibilité : l'export ${a.tool} est vide.`,
    en: (a) => `The contract has no availability objective: the ${a.tool} export is empty.`,
  },
  doc: {
    explanation: {
      fr: 'OpenSLO ne porte que des objectifs de disponibilité ; sans eux, il n’y a rien à exporter.',
      en: 'OpenSLO carries only availability objectives; without them there is nothing to export.',
    },
    reference: DOC,
  },
});

export const ticketTargetsNotInSlo = defineCode<{ tool: string; count: number }>({
  code: 'IG7015',
  severity: 'warning',
  title: { fr: 'Cibles de tickets hors de l’export SLO', en: 'Ticket targets outside the SLO export' },
  message: {
    fr: (a) => `${a.tool} décrit la disponibilité, pas les délais de tickets : les ${a.count} cible(s) de priorité ne sont pas exportées. Exportez-les vers l'outil de helpdesk.`,
    en: (a) => `${a.tool} describes availability, not ticket times: the ${a.count} priority target(s) are not exported. Export them to the helpdesk tool.`,
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

export const timezoneUnmapped = defineCode<{ tool: string; calendar: string; timezone: string }>({
  code: 'IG7016',
  severity: 'warning',
  title: { fr: 'Fuseau sans nom dans l’outil', en: 'Time zone with no name in the tool' },
  message: {
    fr: (a) => `${a.tool} nomme les fuseaux à sa façon et « ${a.timezone} » (calendrier « ${a.calendar} ») n'a pas de correspondance connue : l'export garde le nom IANA. Vérifiez-le dans l'outil.`,
    en: (a) => `${a.tool} names time zones its own way and "${a.timezone}" (calendar "${a.calendar}") has no known match: the export keeps the IANA name. Check it in the tool.`,
  },
  doc: {
    explanation: {
      fr: 'Zendesk attend des noms de fuseau Rails (« Paris », « Bern ») ; l’export connaît ceux des lois prises en charge (FR, CH, BE).',
      en: 'Zendesk expects Rails zone names ("Paris", "Bern"); the export knows those of the supported laws (FR, CH, BE).',
    },
    reference: DOC,
  },
});
