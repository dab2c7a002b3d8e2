import { doc, ev, group, opt, presetSlot, t, value, word } from '../../value-types.ts';
import type { EnumValue, Slot, StatementSpec } from '../../types.ts';
import { yesNo } from '../common.ts';
import { regions } from '../regions.ts';

// The `sla` block — brief §2.6 (sla.priorities … sla.escalation) and §3.4. Every fact the SLA JSON
// backend needs is a typed value here: labels and criteria FR/EN, targets, pauses, availability,
// penalties, escalation. Metric keywords are exactly those of spec sla-v1.
//
// Each statement says how it reads in the contract (`phrase`, docs/clauses.md): the clauses of
// stdlib/clauses/sla.infog and the SLA annex compose these fragments. Metrics read with the defined
// terms of the definitions article (« Délai de prise en compte (GTI) », « Délai de rétablissement
// (GTR) »), so the matrix, the penalties and the escalations name a metric as the definitions do.

export const METRICS: readonly EnumValue[] = [
  ev('ack', 'accusé de réception', 'acknowledgement', { fr: 'le délai d’accusé de réception', en: 'the acknowledgement time' }),
  ev('response', 'délai de prise en compte (GTI)', 'response time (GTI)', { fr: 'le Délai de prise en compte (GTI)', en: 'the Response Time (GTI)' }),
  ev('onsite', 'intervention sur site', 'on-site intervention', { fr: 'le délai d’intervention sur site', en: 'the on-site intervention time' }),
  ev('restore', 'délai de rétablissement (GTR)', 'restoration time (GTR)', { fr: 'le Délai de rétablissement (GTR)', en: 'the Restoration Time (GTR)' }),
  ev('resolve', 'résolution définitive', 'resolution', { fr: 'le délai de Résolution', en: 'the Resolution time' }),
  ev('update', 'information du client', 'client update', { fr: 'le délai d’information du Client', en: 'the Client update interval' }),
];
const metric = t.enum(METRICS);

/** Units a target may use: elapsed (min, h, days) or business (counted in the SLA calendar). */
export const TARGET_UNITS: readonly string[] = [
  'min', 'minute', 'minutes', 'h', 'hour', 'hours', 'day', 'days', 'calendar_day', 'calendar_days',
  'business_hour', 'business_hours', 'business_day', 'business_days', 'working_day', 'working_days',
];

const calendarGroup: Slot = group(word('calendar'), value('calendar', t.ref('calendar'), {
  doc: doc('Calendrier dans lequel le délai se décompte (par défaut : celui du SLA pour les unités ouvrées, 24x7 sinon).', 'Calendar the target counts in (default: the SLA calendar for business units, 24x7 otherwise).'),
}));

/**
 * A target as a matrix cell reads it: the duration as written (« 15 minutes », « 4 heures ouvrées »),
 * then the service window it counts in when the contract names one (« 30 minutes (service continu) »).
 */
const TARGET_PHRASE = { fr: '{duration}{if calendar} ({calendar}){end}', en: '{duration}{if calendar} ({calendar}){end}' };

function target(keyword: string, fr: string, en: string, example: string, legalBasis?: string): StatementSpec {
  return {
    keyword,
    doc: doc(fr, en),
    ...(legalBasis === undefined ? {} : { legalBasis }),
    args: [value('duration', t.duration(TARGET_UNITS)), calendarGroup],
    cardinality: 'one',
    example,
    phrase: TARGET_PHRASE,
  };
}

const priority: StatementSpec = {
  keyword: 'priority',
  doc: doc(
    'Un niveau de priorité (P1 le plus urgent, dans l’ordre de déclaration), ses libellés FR/EN, ses critères objectifs et ses délais.',
    'A priority level (P1 most urgent, in declaration order), its FR/EN labels, objective criteria and targets.',
  ),
  // The priority is the measure of the Provider's obligation, which must be determined or determinable.
  legalBasis: 'FR: C. civ. 1163; CH: CO 394 al. 1; BE: C. civ. 5.50',
  args: [
    value('id', t.name()),
    opt('label', t.prose(), { doc: doc('Libellé, en français puis en anglais (« Bloquant » « Blocking »).', 'Label, in French then English ("Bloquant" "Blocking").') }),
  ],
  declares: { slot: 'id', namespace: 'priority' },
  cardinality: 'many',
  example: 'priority P1 "Bloquant" "Blocking" { criteria "Production arrêtée" "Production down"; response 30 min calendar business }',
  phrase: { fr: '{id} – {label}', en: '{id} – {label}' },
  block: {
    statements: [
      {
        keyword: 'criteria',
        doc: doc('Critères de qualification (texte FR, puis EN) ; les faits objectifs sont `impact` et `workaround`.', 'Qualification criteria (FR text, then EN); the objective facts are `impact` and `workaround`.'),
        args: [value('text', t.proseText(), { doc: doc('Texte français (fait foi), puis sa traduction anglaise.', 'French text (authoritative), then its English translation.') })],
        cardinality: 'one',
        example: 'criteria "Tous les utilisateurs bloqués" "All users blocked"',
        phrase: { fr: '{text}', en: '{text}' },
      },
      {
        keyword: 'impact', doc: doc('Étendue de l’impact qui qualifie ce niveau.', 'Scope of impact that qualifies this level.'),
        args: [value('scope', t.enum([
          ev('all_users', 'tous les utilisateurs ou une application critique', 'all users or a critical application'),
          ev('site', 'un site entier', 'a whole site'),
          ev('group', 'un groupe d’utilisateurs', 'a group of users'),
          ev('one_user', 'un seul utilisateur', 'a single user'),
          ev('none', 'aucun impact sur la production (demande)', 'no production impact (request)'),
        ]))],
        cardinality: 'one', example: 'impact all_users',
        // Read after « Cette Priorité s'applique à » / "This Priority applies to".
        phrase: {
          fr: '{if scope is all_users}un Incident affectant tous les utilisateurs ou une application critique{end}{if scope is site}un Incident affectant un site entier{end}{if scope is group}un Incident affectant un groupe d’utilisateurs{end}{if scope is one_user}un Incident n’affectant qu’un seul utilisateur{end}{if scope is none}une Demande de service sans effet sur la production{end}',
          en: '{if scope is all_users}an Incident affecting all users or a critical application{end}{if scope is site}an Incident affecting a whole site{end}{if scope is group}an Incident affecting a group of users{end}{if scope is one_user}an Incident affecting a single user only{end}{if scope is none}a Service Request with no effect on production{end}',
        },
      },
      {
        keyword: 'workaround', doc: doc('Existence d’une solution de contournement pour ce niveau.', 'Whether a workaround exists at this level.'),
        args: [value('available', t.enum([
          ev('none', 'aucun contournement', 'no workaround'),
          ev('difficult', 'contournement difficile', 'difficult workaround'),
          ev('available', 'contournement disponible', 'workaround available'),
          ev('not_applicable', 'sans objet (demande)', 'not applicable (request)'),
        ]))],
        cardinality: 'one', example: 'workaround none',
        phrase: {
          fr: '{if available is none}en l’absence de tout Contournement{end}{if available is difficult}lorsqu’un Contournement est difficile à mettre en œuvre{end}{if available is available}lorsqu’un Contournement existe{end}{if available is not_applicable}pour laquelle la notion de Contournement est sans objet{end}',
          en: '{if available is none}where no Workaround is available{end}{if available is difficult}where a Workaround is difficult to implement{end}{if available is available}where a Workaround exists{end}{if available is not_applicable}for which a Workaround is irrelevant{end}',
        },
      },
      {
        keyword: 'critical_assets', doc: doc('Éléments du périmètre dont l’arrêt qualifie ce niveau (noms du périmètre).', 'Scope items whose failure qualifies this level (scope names).'),
        args: [value('assets', t.name(), { list: true })], cardinality: 'one', example: 'critical_assets srv_ad, m365',
        // The items print by their labels in the inventory: « l'arrêt de l'un des éléments critiques du
        // périmètre (Siège, serveur de fichiers) ».
        phrase: { fr: 'l’arrêt de l’un des éléments critiques du périmètre ({assets})', en: 'the failure of any critical item of the scope ({assets})' },
      },
      target('ack', 'Délai d’accusé de réception avec numéro de ticket.', 'Acknowledgement delay, with a ticket number.', 'ack 15 min calendar business'),
      target('response', 'Délai de prise en charge (GTI) : un technicien qualifié commence le diagnostic.', 'Response time (time to own): a qualified technician starts the diagnosis.', 'response 30 min calendar business', 'FR: C. civ. 1231-1; CH: CO 97, 398 al. 2'),
      target('onsite', 'Délai d’intervention sur site (arrivée du technicien).', 'On-site intervention delay (technician arrives).', 'onsite 4 business_hours'),
      target('restore', 'Délai de rétablissement (GTR) : service de nouveau utilisable, y compris par contournement.', 'Restoration time: service usable again, possibly through a workaround.', 'restore 4 business_hours', 'FR: C. civ. 1231-1; CH: CO 97, 398 al. 2'),
      {
        ...target('resolve', 'Délai de résolution définitive, ou `best_effort`.', 'Resolution time, or `best_effort`.', 'resolve 5 business_days'),
        args: [opt('duration', t.duration(TARGET_UNITS)), opt('best_effort', t.enum([ev('best_effort', 'au mieux, sans délai garanti', 'best effort, no guaranteed time')])), calendarGroup],
        phrase: {
          fr: '{if best_effort}{best_effort}{else}{duration}{end}{if calendar} ({calendar}){end}',
          en: '{if best_effort}{best_effort}{else}{duration}{end}{if calendar} ({calendar}){end}',
        },
      },
      target('update', 'Fréquence d’information du client pendant le traitement.', 'How often the client is kept informed while the ticket is open.', 'update 2 business_hours'),
    ],
  },
};

const pauses = t.enum([
  ev('waiting_client', 'attente du client', 'waiting for the client', {
    fr: 'l’attente d’une réponse, d’une information ou d’un accès que le Client doit fournir',
    en: 'any wait for an answer, information or access the Client is to provide',
  }),
  ev('waiting_third_party', 'attente d’un tiers (éditeur, opérateur)', 'waiting for a third party (vendor, carrier)', {
    fr: 'l’attente de l’intervention d’un tiers qui n’est pas sous-traitant du Prestataire (éditeur, opérateur)',
    en: 'any wait for the intervention of a third party that is not a subcontractor of the Provider (software publisher, carrier)',
  }),
  ev('planned_maintenance', 'maintenance planifiée', 'planned maintenance', { fr: 'les opérations de maintenance planifiée notifiées au Client', en: 'planned maintenance notified to the Client' }),
]);

const stopEvents = t.enum([
  ev('ack_sent', 'accusé de réception envoyé avec le numéro de ticket', 'acknowledgement sent with the ticket number', { fr: 'à l’envoi de l’accusé de réception', en: 'when the acknowledgement is sent' }),
  ev('first_qualified_action', 'première action d’un technicien qualifié', 'first action by a qualified technician', { fr: 'à la première action d’un technicien qualifié sur l’Incident', en: 'at the first action of a qualified technician on the Incident' }),
  ev('technician_on_site', 'arrivée du technicien sur site', 'technician arrives on site', { fr: 'à l’arrivée du technicien sur le site', en: 'when the technician arrives on site' }),
  ev('service_usable', 'service de nouveau utilisable', 'service usable again', { fr: 'lorsque le service est de nouveau utilisable', en: 'when the service is usable again' }),
  ev('fix_validated', 'correction validée par le client', 'fix validated by the client', { fr: 'à la validation de la correction par le Client', en: 'when the Client validates the fix' }),
  ev('client_informed', 'client informé de l’avancement', 'client informed of progress', { fr: 'chaque fois que le Client est informé de l’avancement du traitement', en: 'each time the Client is informed of the progress of the work' }),
]);

const clock: StatementSpec = {
  keyword: 'clock',
  doc: doc('Règles de décompte : début, suspensions et arrêt par métrique.', 'Clock rules: start, pauses and stop per metric.'),
  args: [],
  cardinality: 'one',
  example: 'clock { start ticket_created; outside_hours next_opening; pauses waiting_client }',
  block: {
    statements: [
      {
        keyword: 'start', doc: doc('Événement qui déclenche le décompte.', 'Event that starts the clock.'),
        args: [value('event', t.enum([
          ev('ticket_created', 'création du ticket par un canal officiel', 'ticket created through an official channel', {
            fr: 'la création du ticket par l’un des canaux du centre de services', en: 'the creation of the ticket through one of the service desk’s channels',
          }),
          ev('call_received', 'appel reçu par le centre de services', 'call received by the service desk', { fr: 'la réception de l’appel par le centre de services', en: 'the receipt of the call by the service desk' }),
        ]))],
        cardinality: 'one', example: 'start ticket_created',
        // Read after « Les délais courent à compter de » / "Time limits run from".
        phrase: { fr: '{event}', en: '{event}' },
      },
      {
        keyword: 'outside_hours', doc: doc('Ticket ouvert hors plage : début du décompte.', 'Ticket opened outside the window: when the clock starts.'),
        args: [value('rule', t.enum([
          ev('next_opening', 'à l’ouverture suivante de la plage', 'at the next opening of the window'),
          ev('immediately', 'immédiatement (calendrier 24x7)', 'immediately (24x7 calendar)'),
        ]))],
        cardinality: 'one', example: 'outside_hours next_opening',
        phrase: {
          fr: '{if rule is next_opening}un Incident déclaré en dehors de la Plage de service est réputé déclaré à sa réouverture suivante{end}{if rule is immediately}le décompte d’un Incident déclaré en dehors de la Plage de service commence dès sa déclaration{end}',
          en: '{if rule is next_opening}an Incident reported outside the Service Window is deemed reported when the window next opens{end}{if rule is immediately}the clock of an Incident reported outside the Service Window starts as soon as it is reported{end}',
        },
      },
      {
        keyword: 'pauses', doc: doc('États qui suspendent le décompte.', 'States that pause the clock.'),
        args: [value('states', pauses, { list: true })], cardinality: 'one', example: 'pauses waiting_client, waiting_third_party',
        phrase: { fr: 'le décompte des délais est suspendu pendant {states}', en: 'the clock is paused during {states}' },
      },
      {
        keyword: 'stop', doc: doc('Événement qui arrête le décompte d’une métrique.', 'Event that stops the clock of a metric.'),
        args: [value('metric', metric), value('event', stopEvents)],
        cardinality: 'many', example: 'stop restore service_usable',
        // « le Délai de rétablissement (GTR) prend fin lorsque le service est de nouveau utilisable »;
        // the update interval starts again each time the Client is informed.
        phrase: {
          fr: '{metric} {if metric is update}court de nouveau{else}prend fin{end} {event}',
          en: '{metric} {if metric is update}starts again{else}ends{end} {event}',
        },
      },
    ],
  },
};

const qualification: StatementSpec = {
  keyword: 'qualification',
  doc: doc('Qui qualifie la priorité d’un ticket et comment un désaccord est tranché.', 'Who qualifies a ticket’s priority and how a disagreement is settled.'),
  args: [],
  cardinality: 'one',
  example: 'qualification { by provider; dispute contract_managers }',
  block: {
    statements: [
      {
        keyword: 'by', doc: doc('Qui qualifie la priorité.', 'Who qualifies the priority.'),
        args: [value('who', t.enum([
          ev('provider', 'le prestataire, à réception du ticket', 'the provider, on receipt of the ticket', { fr: 'par le Prestataire, à réception du ticket', en: 'by the Provider, on receipt of the ticket' }),
          ev('client', 'le client, à l’ouverture du ticket', 'the client, when opening the ticket', { fr: 'par le Client, à l’ouverture du ticket', en: 'by the Client, when opening the ticket' }),
          ev('joint', 'conjointement', 'jointly', { fr: 'conjointement par les Parties', en: 'jointly by the Parties' }),
        ]))],
        cardinality: 'one', example: 'by provider',
        // Read after « La Priorité est attribuée » / "The Priority is assigned".
        phrase: { fr: '{who}', en: '{who}' },
      },
      {
        keyword: 'dispute', doc: doc('Règlement d’un désaccord sur la qualification.', 'Settlement of a disagreement on the qualification.'),
        args: [value('how', t.enum([
          ev('client_prevails', 'la qualification du client prévaut, revue a posteriori', 'the client’s qualification prevails, reviewed afterwards', {
            fr: 'la Priorité indiquée par le Client s’applique, sauf à être revue a posteriori par les Parties', en: 'the Priority given by the Client applies, subject to review by the Parties afterwards',
          }),
          ev('contract_managers', 'arbitrage des responsables du contrat', 'decided by the contract managers', {
            fr: 'elle est arrêtée par les responsables du contrat désignés par chacune des Parties', en: 'it is decided by the contract managers appointed by each Party',
          }),
          ev('steering_committee', 'revue en comité de pilotage', 'reviewed by the steering committee', {
            fr: 'le désaccord est soumis au comité de pilotage', en: 'the disagreement is referred to the steering committee',
          }),
        ]))],
        cardinality: 'one', example: 'dispute contract_managers',
        // Read after « en cas de désaccord, » / "in case of disagreement,".
        phrase: { fr: '{how}', en: '{how}' },
      },
    ],
  },
};

const availability: StatementSpec = {
  keyword: 'availability',
  doc: doc('Engagement de disponibilité d’un service hébergé ou exploité par le prestataire.', 'Availability commitment for a service hosted or operated by the provider.'),
  args: [value('service', t.prose()), value('objective', t.percent())],
  cardinality: 'many',
  example: 'availability "Messagerie" "Mail" 99.5% { window calendar_month; excludes planned_maintenance }',
  phrase: {
    fr: 'un objectif de disponibilité de {objective} pour le service « {service} »',
    en: 'an availability objective of {objective} for the “{service}” service',
  },
  block: {
    statements: [
      {
        keyword: 'window', doc: doc('Période de mesure.', 'Measurement period.'),
        args: [value('period', t.enum([
          ev('calendar_month', 'mois civil', 'calendar month', { fr: 'sur chaque mois civil', en: 'over each calendar month' }),
          ev('calendar_quarter', 'trimestre civil', 'calendar quarter', { fr: 'sur chaque trimestre civil', en: 'over each calendar quarter' }),
          ev('calendar_year', 'année civile', 'calendar year', { fr: 'sur chaque année civile', en: 'over each calendar year' }),
        ]))],
        cardinality: 'one', example: 'window calendar_month',
        phrase: { fr: '{period}', en: '{period}' },
      },
      {
        keyword: 'excludes', doc: doc('Temps exclus du calcul.', 'Time excluded from the computation.'),
        args: [value('items', t.enum([
          ev('planned_maintenance', 'maintenance planifiée notifiée', 'notified planned maintenance', { fr: 'les interruptions pour maintenance planifiée notifiée au Client', en: 'interruptions for planned maintenance notified to the Client' }),
          ev('client_caused', 'incidents causés par le client', 'incidents caused by the client', { fr: 'les interruptions causées par le Client', en: 'interruptions caused by the Client' }),
          ev('force_majeure', 'force majeure', 'force majeure', { fr: 'les interruptions dues à un cas de force majeure', en: 'interruptions due to force majeure' }),
          ev('third_party', 'défaillance d’un opérateur ou fournisseur tiers', 'failure of a third-party carrier or supplier', {
            fr: 'les interruptions dues à la défaillance d’un opérateur ou d’un fournisseur tiers', en: 'interruptions due to the failure of a third-party carrier or supplier',
          }),
        ]), { list: true })],
        cardinality: 'one', example: 'excludes planned_maintenance, force_majeure',
        // Read after « Ne sont pas comptées comme indisponibilités » / "The following do not count as unavailability:".
        phrase: { fr: '{items}', en: '{items}' },
      },
      {
        keyword: 'maintenance_notice', doc: doc('Préavis de notification d’une maintenance planifiée.', 'Notice before a planned maintenance.'),
        args: [value('duration', t.duration())], cardinality: 'one', example: 'maintenance_notice 5 business_days',
        phrase: { fr: 'toute maintenance planifiée est notifiée au Client au moins {duration} à l’avance', en: 'any planned maintenance is notified to the Client at least {duration} in advance' },
      },
      {
        keyword: 'source', doc: doc('Outil de supervision qui fait foi pour la mesure, écrit comme il se lit dans une phrase (« la supervision du Prestataire »).', 'Monitoring tool of record for the measurement, written as it reads in a sentence ("the Provider’s monitoring").'),
        args: [value('tool', t.prose())], cardinality: 'one', example: 'source "la supervision Zabbix du Prestataire" "the Provider’s Zabbix monitoring"',
        phrase: { fr: 'la disponibilité est mesurée au moyen de {tool}, qui fait foi entre les Parties', en: 'availability is measured by {tool}, which is authoritative between the Parties' },
      },
    ],
  },
};

const measurement: StatementSpec = {
  keyword: 'measurement',
  doc: doc('Mode de mesure des niveaux de service.', 'How service levels are measured.'),
  args: [],
  cardinality: 'one',
  example: 'measurement { tool "GLPI"; raw_data yes; report monthly; contest 15 days }',
  block: {
    statements: [
      {
        keyword: 'tool', doc: doc('Outil de ticketing qui fait foi.', 'Ticketing tool of record.'),
        args: [value('name', t.string())], cardinality: 'one', example: 'tool "GLPI"',
        phrase: { fr: 'l’outil de suivi des demandes {name}', en: 'the {name} ticketing tool' },
      },
      {
        keyword: 'raw_data', doc: doc('Le client a-t-il accès aux données brutes (export des tickets) ?', 'Does the client have access to the raw data (ticket export)?'),
        args: [value('value', yesNo)], cardinality: 'one', example: 'raw_data yes',
        phrase: {
          fr: '{if value is yes}le Client a accès aux données brutes des tickets et peut les exporter{end}{if value is no}le Client n’a pas accès aux données brutes des tickets{end}',
          en: '{if value is yes}the Client has access to the raw ticket data and may export it{end}{if value is no}the Client has no access to the raw ticket data{end}',
        },
      },
      {
        keyword: 'report', doc: doc('Fréquence du rapport de niveaux de service.', 'Frequency of the service-level report.'),
        args: [value('every', t.enum([
          ev('monthly', 'mensuel', 'monthly', { fr: 'chaque mois', en: 'every month' }),
          ev('quarterly', 'trimestriel', 'quarterly', { fr: 'chaque trimestre', en: 'every quarter' }),
          ev('yearly', 'annuel', 'yearly', { fr: 'chaque année', en: 'every year' }),
        ]))],
        cardinality: 'one', example: 'report monthly',
        phrase: { fr: '{every}', en: '{every}' },
      },
      {
        keyword: 'contest', doc: doc('Délai pour contester le rapport.', 'Time to contest the report.'),
        args: [value('duration', t.duration())], cardinality: 'one', example: 'contest 15 days',
        phrase: { fr: 'le Client peut contester le rapport dans un délai de {duration} à compter de sa réception', en: 'the Client may contest the report within {duration} of receiving it' },
      },
    ],
  },
};

const penaltyPer = t.enum([
  ev('hour_late', 'par heure de retard', 'per hour late', { fr: 'par heure de retard', en: 'per hour of delay' }),
  ev('day_late', 'par jour de retard', 'per day late', { fr: 'par jour de retard', en: 'per day of delay' }),
  ev('breach', 'par manquement', 'per breach', { fr: 'par manquement', en: 'per breach' }),
]);

const penalty: StatementSpec = {
  keyword: 'penalty',
  doc: doc(
    'Pénalité (crédit de service) pour le dépassement d’un délai : métrique, priorité, taux (en % de la redevance mensuelle ou montant) et assiette.',
    'Penalty (service credit) for a missed target: metric, priority, rate (% of the monthly fee or an amount) and basis.',
  ),
  legalBasis: 'FR: C. civ. 1231-5; CH: CO 160–163; BE: C. civ. 5.88',
  args: [
    value('metric', metric),
    value('priority', t.ref('priority')),
    opt('percent', t.percent()),
    opt('amount', t.money()),
    group(word('of'), value('base', t.enum([ev('monthly_fee', 'de la redevance mensuelle', 'of the monthly fee')]))),
    word('per'),
    value('per', penaltyPer),
  ],
  cardinality: 'many',
  example: 'penalty restore P1 2% of monthly_fee per hour_late',
  // « 2 % de la redevance mensuelle par heure de retard, en cas de dépassement du Délai de
  // rétablissement (GTR) d'un Incident de Priorité P1 ».
  phrase: {
    fr: '{if percent}{percent}{if base} {base}{end}{else}{amount}{end} {per}, en cas de dépassement de {metric} d’un Incident de Priorité {priority|id}',
    en: '{if percent}{percent}{if base} {base}{end}{else}{amount}{end} {per}, if {metric} of a Priority {priority|id} Incident is exceeded',
  },
};

const penalties: StatementSpec = {
  keyword: 'penalties',
  doc: doc('Régime des pénalités : plafond, règlement, nature, exclusions.', 'Penalty regime: cap, settlement, nature, exclusions.'),
  legalBasis: 'FR: C. civ. 1231-5, 1170; CH: CO 160–163; BE: C. civ. 5.88',
  args: [],
  cardinality: 'one',
  example: 'penalties { cap 15% per month; settlement credit_note; nature sole_remedy }',
  block: {
    statements: [
      {
        keyword: 'cap', doc: doc('Plafond des pénalités, en % de la redevance mensuelle, par mois ou par an.', 'Penalty cap, as a % of the monthly fee, per month or per year.'),
        args: [value('percent', t.percent()), word('per'), value('period', t.enum([ev('month', 'par mois', 'per month'), ev('year', 'par an', 'per year')]))],
        cardinality: 'one', example: 'cap 15% per month',
        phrase: {
          fr: 'le montant cumulé des pénalités dues au titre d’{if period is month}un même mois{end}{if period is year}une même année contractuelle{end} est plafonné à {percent} de la redevance mensuelle',
          en: 'the total service credits due for {if period is month}any one month{end}{if period is year}any one contract year{end} are capped at {percent} of the monthly fee',
        },
      },
      {
        keyword: 'settlement', doc: doc('Mode de règlement des pénalités.', 'How penalties are settled.'),
        args: [value('how', t.enum([ev('credit_note', 'avoir sur la facture suivante', 'credit note on the next invoice'), ev('payment', 'paiement', 'payment')]))],
        cardinality: 'one', example: 'settlement credit_note',
        phrase: {
          fr: '{if how is credit_note}les pénalités sont réglées par un avoir imputé sur la facture suivante{end}{if how is payment}les pénalités sont payées au Client dans le délai de paiement des factures du Prestataire{end}',
          en: '{if how is credit_note}service credits are settled by a credit note set off against the next invoice{end}{if how is payment}service credits are paid to the Client within the payment term of the Provider’s invoices{end}',
        },
      },
      {
        keyword: 'nature',
        doc: doc(
          'Les pénalités sont-elles libératoires ou sans préjudice de dommages-intérêts ? Sans cette mention, elles sont sans préjudice ; `sole_remedy` est déconseillé (IG3100) et incompatible avec une obligation de résultat sur le même délai (IG4185).',
          'Are penalties the sole remedy or without prejudice to damages? Without this statement they are without prejudice; `sole_remedy` is discouraged (IG3100) and incompatible with an obligation of result on the same time limit (IG4185).',
        ),
        legalBasis: 'FR: C. civ. 1231-5, 1170; CH: CO 160–163; BE: C. civ. 5.88',
        args: [value('kind', t.enum([ev('sole_remedy', 'libératoires', 'sole remedy'), ev('without_prejudice', 'sans préjudice de dommages-intérêts', 'without prejudice to damages')]))],
        cardinality: 'one', example: 'nature without_prejudice',
        // Service credits that leave the Client its claim for damages, credited against them (no double
        // recovery); under Swiss law a claim beyond the penalty requires the debtor's fault (CO 161 al. 2).
        phrase: {
          fr: '{if kind is sole_remedy}les pénalités ont un caractère forfaitaire et libératoire : elles réparent le préjudice résultant du dépassement des délais garantis, à l’exclusion de tous autres dommages-intérêts au titre de ce dépassement{end}{if kind is without_prejudice}les pénalités ne privent pas le Client du droit de demander réparation {if law is CH}du dommage qui excède leur montant, en établissant une faute du Prestataire (article 161, alinéa 2, du Code des obligations){else}de l’intégralité de son préjudice{end} ; les pénalités versées s’imputent sur les dommages-intérêts alloués au titre du même manquement{end}',
          en: '{if kind is sole_remedy}service credits are liquidated and are the Client’s sole remedy: they compensate the loss caused by the guaranteed times being exceeded, to the exclusion of any other damages for that delay{end}{if kind is without_prejudice}service credits do not deprive the Client of its right to claim compensation {if law is CH}for the loss exceeding their amount, on proof of the Provider’s fault (article 161(2) of the Code of Obligations){else}for its entire loss{end}; service credits paid are set off against any damages awarded for the same breach{end}',
        },
      },
      {
        keyword: 'exclusions', doc: doc('Cas où aucune pénalité n’est due.', 'Cases where no penalty is due.'),
        args: [value('items', t.enum([
          ev('client_caused', 'manquement imputable au client', 'caused by the client', { fr: 'd’un manquement du Client', en: 'from a breach by the Client' }),
          ev('force_majeure', 'force majeure', 'force majeure', { fr: 'd’un cas de force majeure', en: 'from force majeure' }),
          ev('third_party', 'fait d’un tiers non sous-traitant', 'act of a third party that is not a subcontractor', { fr: 'du fait d’un tiers qui n’est pas sous-traitant du Prestataire', en: 'from an act of a third party that is not a subcontractor of the Provider' }),
          ev('planned_maintenance', 'maintenance planifiée', 'planned maintenance', { fr: 'd’une maintenance planifiée notifiée au Client', en: 'from planned maintenance notified to the Client' }),
        ]), { list: true })],
        cardinality: 'one', example: 'exclusions client_caused, force_majeure',
        phrase: { fr: 'aucune pénalité n’est due lorsque le dépassement résulte {items|or}', en: 'no service credit is due where the delay results {items|or}' },
      },
      {
        keyword: 'termination_link', doc: doc('Lien entre manquements au SLA et résiliation.', 'Link between SLA breaches and termination.'),
        args: [value('link', t.enum([
          ev('sla_threshold', 'un seuil de manquements ouvre la résiliation (seuil déclaré dans la résiliation pour manquement)', 'a breach threshold opens termination (threshold declared under termination for breach)'),
          ev('general_breach', 'la résiliation suit le régime général du manquement', 'termination follows the general breach regime'),
        ]))],
        cardinality: 'one', example: 'termination_link general_breach',
        phrase: {
          fr: '{if link is sla_threshold}le dépassement répété des délais garantis ouvre en outre au Client le droit de résilier le Contrat{end}{if link is general_breach}un manquement aux niveaux de service ne permet de résilier le Contrat que selon les règles générales de la résiliation pour manquement{end}',
          en: '{if link is sla_threshold}repeated failure to meet the guaranteed times also entitles the Client to terminate the Contract{end}{if link is general_breach}a failure to meet the service levels allows termination of the Contract only under the general rules on termination for breach{end}',
        },
      },
    ],
  },
};

const escalation: StatementSpec = {
  keyword: 'escalation',
  doc: doc(
    'Escalade : alerte d’un contact quand un pourcentage du délai d’une métrique est écoulé ; `for P1, P2` la limite à ces priorités (sinon toutes celles qui ont ce délai).',
    'Escalation: a contact is alerted when a share of a metric’s target has elapsed; `for P1, P2` limits it to those priorities (else every priority with that target).',
  ),
  args: [
    value('metric', metric),
    word('at'),
    value('at', t.percent(1, 100)),
    word('to'),
    value('contact', t.prose(), { doc: doc('Qui est alerté, écrit comme il se lit après « signalé à » (« le directeur technique du Prestataire, 04 72 00 00 09 »).', 'Who is alerted, written as it reads after "reported to" ("the Provider’s technical director, 04 72 00 00 09").') }),
    group(word('for'), value('priority', t.ref('priority'), { list: true })),
  ],
  cardinality: 'many',
  example: 'escalation restore at 80% to "le directeur technique du Prestataire, 04 72 00 00 09" "the Provider’s technical director, 04 72 00 00 09" for P1, P2',
  // « dès que 80 % du Délai de rétablissement (GTR) d'un Incident de Priorité P1 ou P2 est écoulé,
  // l'Incident est signalé au directeur technique du Prestataire ».
  phrase: {
    fr: 'dès que {at} de {metric} d’un Incident{if priority} de Priorité {priority|id:or}{else}, quelle que soit sa Priorité,{end} est écoulé, l’Incident est signalé à {contact}',
    en: 'once {at} of {metric} of {if priority}a Priority {priority|id:or} Incident{else}any Incident, whatever its Priority,{end} has elapsed, the Incident is reported to {contact}',
  },
};

export const sla: StatementSpec = {
  keyword: 'sla',
  doc: doc(
    'La convention de service : calendrier, priorités et délais, décompte, disponibilité, mesure, pénalités, escalade. Peut partir d’un préréglage (`sla from silver`).',
    'The service level agreement: calendar, priorities and targets, clock, availability, measurement, penalties, escalation. May start from a preset (`sla from silver`).',
  ),
  legalBasis: 'FR: C. civ. 1163, 1231-1, 1231-5; CH: CO 97, 160–163, 398 al. 2; BE: C. civ. 5.50, 5.83, 5.88',
  args: [presetSlot()],
  cardinality: 'one',
  blockRequired: true,
  presettable: true,
  example: 'sla from silver { calendar business; priority P1 "Bloquant" "Blocking" { response 15 min calendar business } }',
  block: {
    statements: [
      {
        keyword: 'calendar', doc: doc('Calendrier de service dans lequel se décomptent les délais en unités ouvrées.', 'Service calendar in which business-unit targets count.'),
        args: [value('calendar', t.ref('calendar'))], cardinality: 'one', example: 'calendar business',
        // The calendar's label: « heures ouvrées du cabinet ».
        phrase: { fr: '{calendar}', en: '{calendar}' },
      },
      {
        keyword: 'multi_region', doc: doc('Règle pour des sites situés dans des régions aux jours fériés différents.', 'Rule for sites in regions with different public holidays.'),
        args: [value('rule', t.enum([
          ev('per_site', 'chaque site suit les jours fériés de sa région', 'each site follows its own region’s holidays', { fr: 'chaque site suit les jours fériés de sa région', en: 'each site follows the public holidays of its own region' }),
          ev('head_office', 'les jours fériés du siège du client s’appliquent à tous les sites', 'the client’s head-office holidays apply to every site', {
            fr: 'les jours fériés du siège du Client s’appliquent à tous les sites', en: 'the public holidays of the Client’s head office apply to every site',
          }),
          ev('union', 'fermé lorsqu’un jour est férié dans l’une des régions', 'closed when a day is a holiday in any region', {
            fr: 'la Plage de service est fermée tout jour férié dans l’une de ces régions', en: 'the Service Window is closed on any day that is a public holiday in one of those regions',
          }),
        ]))],
        cardinality: 'one', example: 'multi_region per_site',
        // Read after « lorsque les sites du Client relèvent de régions dont les jours fériés diffèrent, ».
        phrase: { fr: '{rule}', en: '{rule}' },
      },
      {
        keyword: 'hosting', doc: doc('Qui héberge ou exploite les services couverts (déclenche l’engagement de disponibilité).', 'Who hosts or operates the services covered (triggers the availability commitment).'),
        args: [value('by', t.enum([
          ev('provider', 'le prestataire héberge ou exploite un service', 'the provider hosts or operates a service'),
          ev('client', 'le client héberge ses services', 'the client hosts its services'),
          ev('third_party', 'un tiers héberge les services', 'a third party hosts the services'),
        ]))],
        cardinality: 'one', example: 'hosting provider',
        phrase: {
          fr: '{if by is provider}le Prestataire héberge ou exploite tout ou partie des services couverts par le Contrat{end}{if by is client}le Client héberge lui-même les services couverts par le Contrat{end}{if by is third_party}les services couverts par le Contrat sont hébergés par un tiers{end}',
          en: '{if by is provider}the Provider hosts or operates some or all of the services covered by the Contract{end}{if by is client}the Client hosts the services covered by the Contract itself{end}{if by is third_party}the services covered by the Contract are hosted by a third party{end}',
        },
      },
      qualification,
      priority,
      {
        keyword: 'acknowledgement', doc: doc('Accusé de réception : automatique ou non, avec numéro de ticket.', 'Acknowledgement: automatic or not, with a ticket number.'),
        args: [value('mode', t.enum([ev('automatic', 'automatique', 'automatic'), ev('manual', 'par un technicien', 'by a technician')]))],
        cardinality: 'one', example: 'acknowledgement automatic { ticket_number yes }',
        // Read after « Toute déclaration d'Incident donne lieu à » / "Every Incident report gives rise to".
        phrase: {
          fr: '{if mode is automatic}un accusé de réception automatique{end}{if mode is manual}un accusé de réception adressé par un technicien{end}',
          en: '{if mode is automatic}an automatic acknowledgement{end}{if mode is manual}an acknowledgement sent by a technician{end}',
        },
        block: {
          statements: [{
            keyword: 'ticket_number', doc: doc('L’accusé de réception donne le numéro du ticket.', 'The acknowledgement gives the ticket number.'),
            args: [value('value', yesNo)], cardinality: 'one', example: 'ticket_number yes',
            phrase: {
              fr: '{if value is yes}qui indique le numéro du ticket{end}{if value is no}qui n’indique pas de numéro de ticket{end}',
              en: '{if value is yes}giving the ticket number{end}{if value is no}without a ticket number{end}',
            },
          }],
        },
      },
      {
        keyword: 'reaction', doc: doc('Ce qui vaut prise en charge (jamais une réponse automatique).', 'What counts as a reaction (never an automatic reply).'),
        args: [value('counts_as', t.enum([
          ev('qualified_start', 'un technicien qualifié commence le diagnostic', 'a qualified technician starts the diagnosis', { fr: 'le début du diagnostic par un technicien qualifié', en: 'the start of the diagnosis by a qualified technician' }),
          ev('qualified_callback', 'rappel du client par un technicien qualifié', 'a qualified technician calls the client back', { fr: 'le rappel du Client par un technicien qualifié', en: 'a call back to the Client by a qualified technician' }),
          ev('remote_session', 'ouverture d’une prise en main à distance', 'a remote session is opened', { fr: 'l’ouverture par un technicien d’une session de prise en main à distance', en: 'the opening of a remote-control session by a technician' }),
        ]))],
        cardinality: 'one', example: 'reaction qualified_start',
        // Read after « La prise en compte d'un Incident s'entend de » / "An Incident is taken in hand upon".
        phrase: { fr: '{counts_as}', en: '{counts_as}' },
      },
      {
        keyword: 'onsite_zone', doc: doc('Limite géographique de l’intervention sur site.', 'Geographic limit of on-site intervention.'),
        args: [], cardinality: 'one', example: 'onsite_zone { radius_km 50; regions FR-69 }',
        block: {
          statements: [
            {
              keyword: 'radius_km', doc: doc('Rayon en kilomètres autour des locaux du prestataire.', 'Radius in kilometres around the provider’s premises.'),
              args: [value('km', t.integer(1))], cardinality: 'one', example: 'radius_km 50',
              phrase: {
                fr: 'dans un rayon de {km|count:kilomètre:kilomètres} autour des locaux du Prestataire',
                en: 'within {km|count:kilometre:kilometres} of the Provider’s premises',
              },
            },
            {
              keyword: 'regions', doc: doc('Départements, cantons ou provinces couverts, par leur code ISO 3166-2 (FR-69, CH-GE, BE-WNA).', 'Departments, cantons or provinces covered, by their ISO 3166-2 code (FR-69, CH-GE, BE-WNA).'),
              legalBasis: 'ISO 3166-2',
              args: [value('regions', regions, { list: true })], cardinality: 'one', example: 'regions FR-69, FR-01',
              // « dans le département du Rhône (69) et le département de l'Ain (01) ».
              phrase: { fr: 'dans {regions}', en: 'in {regions}' },
            },
          ],
        },
      },
      {
        keyword: 'carry_over', doc: doc('Report d’un délai qui dépasse la plage du jour.', 'Carry-over of a target that exceeds the day’s window.'),
        args: [value('rule', t.enum([ev('next_opening', 'le délai se poursuit à la réouverture suivante', 'the target continues at the next opening')]))],
        cardinality: 'one', example: 'carry_over next_opening',
        phrase: {
          fr: '{if rule is next_opening}un délai qui n’est pas écoulé à la fermeture d’une Plage de service se poursuit à sa réouverture suivante{end}',
          en: '{if rule is next_opening}a time limit that has not expired when a Service Window closes continues when that window next opens{end}',
        },
      },
      {
        keyword: 'restoration', doc: doc('Règles de la GTR : effet du contournement et exclusions de dépendances.', 'Restoration rules: effect of a workaround and dependency exclusions.'),
        args: [], cardinality: 'one', example: 'restoration { workaround stops_clock; exclusions vendor, telecom_operator }',
        block: {
          statements: [
            {
              keyword: 'workaround', doc: doc('Un contournement arrête-t-il le décompte de la GTR ?', 'Does a workaround stop the restoration clock?'),
              args: [value('effect', t.enum([ev('stops_clock', 'le contournement arrête le décompte', 'a workaround stops the clock'), ev('does_not_stop', 'seul le rétablissement complet arrête le décompte', 'only full restoration stops the clock')]))],
              cardinality: 'one', example: 'workaround stops_clock',
              phrase: {
                fr: '{if effect is stops_clock}la mise en place d’un Contournement arrête le décompte du Délai de rétablissement (GTR){end}{if effect is does_not_stop}seul le rétablissement complet du service arrête le décompte du Délai de rétablissement (GTR), un Contournement n’en tenant pas lieu{end}',
                en: '{if effect is stops_clock}putting a Workaround in place stops the Restoration Time (GTR) clock{end}{if effect is does_not_stop}only the full restoration of the service stops the Restoration Time (GTR) clock; a Workaround does not{end}',
              },
            },
            {
              keyword: 'exclusions', doc: doc('Dépendances exclues du délai.', 'Dependencies excluded from the target.'),
              args: [value('items', t.enum([
                ev('vendor', 'délai de l’éditeur ou du constructeur', 'vendor or manufacturer delay', { fr: 'l’intervention de l’éditeur ou du constructeur', en: 'the intervention of the software publisher or manufacturer' }),
                ev('telecom_operator', 'opérateur de télécommunications', 'telecom carrier', { fr: 'l’intervention de l’opérateur de télécommunications', en: 'the intervention of the telecommunications carrier' }),
                ev('parts_lead_time', 'délai d’approvisionnement des pièces (sauf pièces en stock)', 'parts lead time (unless spares are stocked)', {
                  fr: 'la livraison des pièces de rechange que le Prestataire ne tient pas en stock', en: 'the delivery of spare parts the Provider does not keep in stock',
                }),
                ev('none', 'aucune exclusion', 'no exclusion'),
              ]), { list: true })],
              cardinality: 'one', example: 'exclusions vendor, telecom_operator, parts_lead_time',
              phrase: {
                fr: '{if items is none}aucune attente d’un tiers ne suspend le Délai de rétablissement (GTR){else}le Délai de rétablissement (GTR) est suspendu pendant l’attente de {items}{end}',
                en: '{if items is none}no wait for a third party suspends the Restoration Time (GTR){else}the Restoration Time (GTR) is suspended while waiting for {items}{end}',
              },
            },
            {
              keyword: 'spares_stocked', doc: doc('Le prestataire tient-il un stock de pièces ?', 'Does the provider keep spare parts?'),
              args: [value('value', yesNo)], cardinality: 'one', example: 'spares_stocked yes',
              phrase: {
                fr: '{if value is yes}le Prestataire tient en stock des pièces de rechange pour les matériels du périmètre{end}{if value is no}le Prestataire ne tient pas de stock de pièces de rechange{end}',
                en: '{if value is yes}the Provider keeps spare parts in stock for the equipment in scope{end}{if value is no}the Provider keeps no stock of spare parts{end}',
              },
            },
          ],
        },
      },
      {
        keyword: 'closure', doc: doc('Clôture d’un ticket résolu.', 'Closure of a resolved ticket.'),
        args: [
          value('rule', t.enum([ev('client_validation', 'validation par le client', 'client validation'), ev('auto_close', 'clôture automatique sans réponse du client', 'automatic closure without client reply')])),
          group(word('after'), value('after', t.duration())),
        ],
        cardinality: 'one', example: 'closure auto_close after 5 business_days',
        phrase: {
          fr: '{if rule is client_validation}un ticket résolu n’est clos qu’après validation de la Résolution par le Client{if after}, qui se prononce dans un délai de {after}{end}{end}{if rule is auto_close}un ticket résolu est clos automatiquement si le Client ne conteste pas la Résolution{if after} dans un délai de {after}{end}{end}',
          en: '{if rule is client_validation}a resolved ticket is closed only once the Client validates the Resolution{if after}, which it does within {after}{end}{end}{if rule is auto_close}a resolved ticket is closed automatically unless the Client disputes the Resolution{if after} within {after}{end}{end}',
        },
      },
      clock,
      availability,
      measurement,
      penalty,
      penalties,
      escalation,
    ],
  },
};
