import { doc, ev, group, opt, presetSlot, t, value, word } from '../../value-types.ts';
import type { EnumValue, Slot, StatementSpec } from '../../types.ts';
import { yesNo } from '../common.ts';

// The `sla` block — brief §2.6 (sla.priorities … sla.escalation) and §3.4. Every fact the SLA JSON
// backend needs is a typed value here: labels and criteria FR/EN, targets, pauses, availability,
// penalties, escalation. Metric keywords are exactly those of spec sla-v1.

export const METRICS: readonly EnumValue[] = [
  ev('ack', 'accusé de réception', 'acknowledgement'),
  ev('response', 'prise en charge (GTI)', 'response (time to own)'),
  ev('onsite', 'intervention sur site', 'on-site intervention'),
  ev('restore', 'rétablissement (GTR)', 'restoration'),
  ev('resolve', 'résolution définitive', 'resolution'),
  ev('update', 'information du client', 'client update'),
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

function target(keyword: string, fr: string, en: string, example: string, legalBasis?: string, extra: readonly Slot[] = []): StatementSpec {
  return {
    keyword,
    doc: doc(fr, en),
    ...(legalBasis === undefined ? {} : { legalBasis }),
    args: [value('duration', t.duration(TARGET_UNITS)), calendarGroup, ...extra],
    cardinality: 'one',
    example,
  };
}

const bilingual = (keyword: string, fr: string, en: string, example: string): StatementSpec => ({
  keyword,
  doc: doc(fr, en),
  args: [value('fr', t.text(), { doc: doc('Texte français (fait foi).', 'French text (authoritative).') }), opt('en', t.text(), { doc: doc('Traduction anglaise.', 'English translation.') })],
  cardinality: 'one',
  example,
});

const priority: StatementSpec = {
  keyword: 'priority',
  doc: doc(
    'Un niveau de priorité (P1 le plus urgent, dans l’ordre de déclaration), ses libellés FR/EN, ses critères objectifs et ses délais.',
    'A priority level (P1 most urgent, in declaration order), its FR/EN labels, objective criteria and targets.',
  ),
  legalBasis: 'ITIL 4',
  args: [
    value('id', t.name()),
    opt('label', t.string(), { doc: doc('Libellé français.', 'French label.') }),
    opt('label_en', t.string(), { doc: doc('Libellé anglais.', 'English label.') }),
  ],
  declares: { slot: 'id', namespace: 'priority' },
  cardinality: 'many',
  example: 'priority P1 "Bloquant" "Blocking" { criteria "Production arrêtée" "Production down"; response 30 min calendar business }',
  block: {
    statements: [
      bilingual('criteria', 'Critères de qualification (texte FR, puis EN) ; les faits objectifs sont `impact` et `workaround`.', 'Qualification criteria (FR text, then EN); the objective facts are `impact` and `workaround`.', 'criteria "Tous les utilisateurs bloqués" "All users blocked"'),
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
      },
      {
        keyword: 'critical_assets', doc: doc('Éléments du périmètre dont l’arrêt qualifie ce niveau (noms du périmètre).', 'Scope items whose failure qualifies this level (scope names).'),
        args: [value('assets', t.name(), { list: true })], cardinality: 'one', example: 'critical_assets srv_ad, m365',
      },
      target('ack', 'Délai d’accusé de réception avec numéro de ticket.', 'Acknowledgement delay, with a ticket number.', 'ack 15 min calendar business'),
      target('response', 'Délai de prise en charge (GTI) : un technicien qualifié commence le diagnostic.', 'Response time (time to own): a qualified technician starts the diagnosis.', 'response 30 min calendar business', 'FR: C. civ. 1231-1; CH: CO 97, 398 al. 2'),
      target('onsite', 'Délai d’intervention sur site (arrivée du technicien).', 'On-site intervention delay (technician arrives).', 'onsite 4 business_hours'),
      target('restore', 'Délai de rétablissement (GTR) : service de nouveau utilisable, y compris par contournement.', 'Restoration time: service usable again, possibly through a workaround.', 'restore 4 business_hours', 'FR: C. civ. 1231-1; CH: CO 97, 398 al. 2'),
      {
        ...target('resolve', 'Délai de résolution définitive, ou `best_effort`.', 'Resolution time, or `best_effort`.', 'resolve 5 business_days'),
        args: [opt('duration', t.duration(TARGET_UNITS)), opt('best_effort', t.enum([ev('best_effort', 'au mieux, sans délai garanti', 'best effort, no guaranteed time')])), calendarGroup],
      },
      target('update', 'Fréquence d’information du client pendant le traitement.', 'How often the client is kept informed while the ticket is open.', 'update 2 business_hours'),
    ],
  },
};

const pauses = t.enum([
  ev('waiting_client', 'attente du client', 'waiting for the client'),
  ev('waiting_third_party', 'attente d’un tiers (éditeur, opérateur)', 'waiting for a third party (vendor, carrier)'),
  ev('planned_maintenance', 'maintenance planifiée', 'planned maintenance'),
]);

const stopEvents = t.enum([
  ev('ack_sent', 'accusé de réception envoyé avec le numéro de ticket', 'acknowledgement sent with the ticket number'),
  ev('first_qualified_action', 'première action d’un technicien qualifié', 'first action by a qualified technician'),
  ev('technician_on_site', 'arrivée du technicien sur site', 'technician arrives on site'),
  ev('service_usable', 'service de nouveau utilisable', 'service usable again'),
  ev('fix_validated', 'correction validée par le client', 'fix validated by the client'),
  ev('client_informed', 'client informé de l’avancement', 'client informed of progress'),
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
          ev('ticket_created', 'création du ticket par un canal officiel', 'ticket created through an official channel'),
          ev('call_received', 'appel reçu par le centre de services', 'call received by the service desk'),
        ]))],
        cardinality: 'one', example: 'start ticket_created',
      },
      {
        keyword: 'outside_hours', doc: doc('Ticket ouvert hors plage : début du décompte.', 'Ticket opened outside the window: when the clock starts.'),
        args: [value('rule', t.enum([
          ev('next_opening', 'à l’ouverture suivante de la plage', 'at the next opening of the window'),
          ev('immediately', 'immédiatement (calendrier 24x7)', 'immediately (24x7 calendar)'),
        ]))],
        cardinality: 'one', example: 'outside_hours next_opening',
      },
      { keyword: 'pauses', doc: doc('États qui suspendent le décompte.', 'States that pause the clock.'), args: [value('states', pauses, { list: true })], cardinality: 'one', example: 'pauses waiting_client, waiting_third_party' },
      {
        keyword: 'stop', doc: doc('Événement qui arrête le décompte d’une métrique.', 'Event that stops the clock of a metric.'),
        args: [value('metric', metric), value('event', stopEvents)],
        cardinality: 'many', example: 'stop restore service_usable',
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
          ev('provider', 'le prestataire, à réception du ticket', 'the provider, on receipt of the ticket'),
          ev('client', 'le client, à l’ouverture du ticket', 'the client, when opening the ticket'),
          ev('joint', 'conjointement', 'jointly'),
        ]))],
        cardinality: 'one', example: 'by provider',
      },
      {
        keyword: 'dispute', doc: doc('Règlement d’un désaccord sur la qualification.', 'Settlement of a disagreement on the qualification.'),
        args: [value('how', t.enum([
          ev('client_prevails', 'la qualification du client prévaut, revue a posteriori', 'the client’s qualification prevails, reviewed afterwards'),
          ev('contract_managers', 'arbitrage des responsables du contrat', 'decided by the contract managers'),
          ev('steering_committee', 'revue en comité de pilotage', 'reviewed by the steering committee'),
        ]))],
        cardinality: 'one', example: 'dispute contract_managers',
      },
    ],
  },
};

const availability: StatementSpec = {
  keyword: 'availability',
  doc: doc('Engagement de disponibilité d’un service hébergé ou exploité par le prestataire.', 'Availability commitment for a service hosted or operated by the provider.'),
  args: [value('service', t.prose()), value('objective', t.percent())],
  cardinality: 'many',
  example: 'availability "Messagerie" 99.5% { window calendar_month; excludes planned_maintenance }',
  block: {
    statements: [
      {
        keyword: 'window', doc: doc('Période de mesure.', 'Measurement period.'),
        args: [value('period', t.enum([
          ev('calendar_month', 'mois civil', 'calendar month'),
          ev('calendar_quarter', 'trimestre civil', 'calendar quarter'),
          ev('calendar_year', 'année civile', 'calendar year'),
        ]))],
        cardinality: 'one', example: 'window calendar_month',
      },
      {
        keyword: 'excludes', doc: doc('Temps exclus du calcul.', 'Time excluded from the computation.'),
        args: [value('items', t.enum([
          ev('planned_maintenance', 'maintenance planifiée notifiée', 'notified planned maintenance'),
          ev('client_caused', 'incidents causés par le client', 'incidents caused by the client'),
          ev('force_majeure', 'force majeure', 'force majeure'),
          ev('third_party', 'défaillance d’un opérateur ou fournisseur tiers', 'failure of a third-party carrier or supplier'),
        ]), { list: true })],
        cardinality: 'one', example: 'excludes planned_maintenance, force_majeure',
      },
      { keyword: 'maintenance_notice', doc: doc('Préavis de notification d’une maintenance planifiée.', 'Notice before a planned maintenance.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'maintenance_notice 5 business_days' },
      { keyword: 'source', doc: doc('Outil de supervision qui fait foi pour la mesure.', 'Monitoring tool of record for the measurement.'), args: [value('tool', t.prose())], cardinality: 'one', example: 'source "Supervision Zabbix du prestataire"' },
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
      { keyword: 'tool', doc: doc('Outil de ticketing qui fait foi.', 'Ticketing tool of record.'), args: [value('name', t.string())], cardinality: 'one', example: 'tool "GLPI"' },
      { keyword: 'raw_data', doc: doc('Le client a-t-il accès aux données brutes (export des tickets) ?', 'Does the client have access to the raw data (ticket export)?'), args: [value('value', yesNo)], cardinality: 'one', example: 'raw_data yes' },
      {
        keyword: 'report', doc: doc('Fréquence du rapport de niveaux de service.', 'Frequency of the service-level report.'),
        args: [value('every', t.enum([ev('monthly', 'mensuel', 'monthly'), ev('quarterly', 'trimestriel', 'quarterly'), ev('yearly', 'annuel', 'yearly')]))],
        cardinality: 'one', example: 'report monthly',
      },
      { keyword: 'contest', doc: doc('Délai pour contester le rapport.', 'Time to contest the report.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'contest 15 days' },
    ],
  },
};

const penaltyPer = t.enum([
  ev('hour_late', 'par heure de retard', 'per hour late'),
  ev('day_late', 'par jour de retard', 'per day late'),
  ev('breach', 'par manquement', 'per breach'),
]);

const penalty: StatementSpec = {
  keyword: 'penalty',
  doc: doc(
    'Pénalité (crédit de service) pour le dépassement d’un délai : métrique, priorité, taux (en % de la redevance mensuelle ou montant) et assiette.',
    'Penalty (service credit) for a missed target: metric, priority, rate (% of the monthly fee or an amount) and basis.',
  ),
  legalBasis: 'FR: C. civ. 1231-5',
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
};

const penalties: StatementSpec = {
  keyword: 'penalties',
  doc: doc('Régime des pénalités : plafond, règlement, nature, exclusions.', 'Penalty regime: cap, settlement, nature, exclusions.'),
  legalBasis: 'FR: C. civ. 1231-5',
  args: [],
  cardinality: 'one',
  example: 'penalties { cap 15% per month; settlement credit_note; nature sole_remedy }',
  block: {
    statements: [
      {
        keyword: 'cap', doc: doc('Plafond des pénalités, en % de la redevance mensuelle, par mois ou par an.', 'Penalty cap, as a % of the monthly fee, per month or per year.'),
        args: [value('percent', t.percent()), word('per'), value('period', t.enum([ev('month', 'par mois', 'per month'), ev('year', 'par an', 'per year')]))],
        cardinality: 'one', example: 'cap 15% per month',
      },
      {
        keyword: 'settlement', doc: doc('Mode de règlement des pénalités.', 'How penalties are settled.'),
        args: [value('how', t.enum([ev('credit_note', 'avoir sur la facture suivante', 'credit note on the next invoice'), ev('payment', 'paiement', 'payment')]))],
        cardinality: 'one', example: 'settlement credit_note',
      },
      {
        keyword: 'nature', doc: doc('Les pénalités sont-elles libératoires ou sans préjudice de dommages-intérêts ?', 'Are penalties the sole remedy or without prejudice to damages?'),
        args: [value('kind', t.enum([ev('sole_remedy', 'libératoires', 'sole remedy'), ev('without_prejudice', 'sans préjudice de dommages-intérêts', 'without prejudice to damages')]))],
        cardinality: 'one', example: 'nature sole_remedy',
      },
      {
        keyword: 'exclusions', doc: doc('Cas où aucune pénalité n’est due.', 'Cases where no penalty is due.'),
        args: [value('items', t.enum([
          ev('client_caused', 'manquement imputable au client', 'caused by the client'),
          ev('force_majeure', 'force majeure', 'force majeure'),
          ev('third_party', 'fait d’un tiers non sous-traitant', 'act of a third party that is not a subcontractor'),
          ev('planned_maintenance', 'maintenance planifiée', 'planned maintenance'),
        ]), { list: true })],
        cardinality: 'one', example: 'exclusions client_caused, force_majeure',
      },
      {
        keyword: 'termination_link', doc: doc('Lien entre manquements au SLA et résiliation.', 'Link between SLA breaches and termination.'),
        args: [value('link', t.enum([
          ev('sla_threshold', 'seuil de manquements ouvrant la résiliation (term { termination breach { sla_threshold … } })', 'breach threshold opening termination (term { termination breach { sla_threshold … } })'),
          ev('general_breach', 'la résiliation suit le régime général du manquement', 'termination follows the general breach regime'),
        ]))],
        cardinality: 'one', example: 'termination_link general_breach',
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
    value('contact', t.prose()),
    group(word('for'), value('priority', t.ref('priority'), { list: true })),
  ],
  cardinality: 'many',
  example: 'escalation restore at 80% to "Directeur technique, 04 72 00 00 09" for P1, P2',
};

export const sla: StatementSpec = {
  keyword: 'sla',
  doc: doc(
    'La convention de service : calendrier, priorités et délais, décompte, disponibilité, mesure, pénalités, escalade. Peut partir d’un préréglage (`sla from silver`).',
    'The service level agreement: calendar, priorities and targets, clock, availability, measurement, penalties, escalation. May start from a preset (`sla from silver`).',
  ),
  legalBasis: 'FR: C. civ. 1163, 1231-1, 1231-5; CH: CO 97, 160–163, 398 al. 2',
  args: [presetSlot()],
  cardinality: 'one',
  blockRequired: true,
  presettable: true,
  example: 'sla from silver { calendar business; priority P1 "Bloquant" "Blocking" { response 15 min calendar business } }',
  block: {
    statements: [
      { keyword: 'calendar', doc: doc('Calendrier de service dans lequel se décomptent les délais en unités ouvrées.', 'Service calendar in which business-unit targets count.'), args: [value('calendar', t.ref('calendar'))], cardinality: 'one', example: 'calendar business' },
      {
        keyword: 'multi_region', doc: doc('Règle pour des sites situés dans des régions aux jours fériés différents.', 'Rule for sites in regions with different public holidays.'),
        args: [value('rule', t.enum([
          ev('per_site', 'chaque site suit les jours fériés de sa région', 'each site follows its own region’s holidays'),
          ev('head_office', 'les jours fériés du siège du client s’appliquent à tous les sites', 'the client’s head-office holidays apply to every site'),
          ev('union', 'fermé lorsqu’un jour est férié dans l’une des régions', 'closed when a day is a holiday in any region'),
        ]))],
        cardinality: 'one', example: 'multi_region per_site',
      },
      {
        keyword: 'hosting', doc: doc('Qui héberge ou exploite les services couverts (déclenche l’engagement de disponibilité).', 'Who hosts or operates the services covered (triggers the availability commitment).'),
        args: [value('by', t.enum([
          ev('provider', 'le prestataire héberge ou exploite un service', 'the provider hosts or operates a service'),
          ev('client', 'le client héberge ses services', 'the client hosts its services'),
          ev('third_party', 'un tiers héberge les services', 'a third party hosts the services'),
        ]))],
        cardinality: 'one', example: 'hosting provider',
      },
      qualification,
      priority,
      {
        keyword: 'acknowledgement', doc: doc('Accusé de réception : automatique ou non, avec numéro de ticket.', 'Acknowledgement: automatic or not, with a ticket number.'),
        args: [value('mode', t.enum([ev('automatic', 'automatique', 'automatic'), ev('manual', 'par un technicien', 'by a technician')]))],
        cardinality: 'one', example: 'acknowledgement automatic { ticket_number yes }',
        block: { statements: [{ keyword: 'ticket_number', doc: doc('L’accusé de réception donne le numéro du ticket.', 'The acknowledgement gives the ticket number.'), args: [value('value', yesNo)], cardinality: 'one', example: 'ticket_number yes' }] },
      },
      {
        keyword: 'reaction', doc: doc('Ce qui vaut prise en charge (jamais une réponse automatique).', 'What counts as a reaction (never an automatic reply).'),
        args: [value('counts_as', t.enum([
          ev('qualified_start', 'un technicien qualifié commence le diagnostic', 'a qualified technician starts the diagnosis'),
          ev('qualified_callback', 'rappel du client par un technicien qualifié', 'a qualified technician calls the client back'),
          ev('remote_session', 'ouverture d’une prise en main à distance', 'a remote session is opened'),
        ]))],
        cardinality: 'one', example: 'reaction qualified_start',
      },
      {
        keyword: 'onsite_zone', doc: doc('Limite géographique de l’intervention sur site.', 'Geographic limit of on-site intervention.'),
        args: [], cardinality: 'one', example: 'onsite_zone { radius_km 50; regions FR-69 }',
        block: {
          statements: [
            { keyword: 'radius_km', doc: doc('Rayon en kilomètres autour de l’agence du prestataire.', 'Radius in kilometres around the provider’s office.'), args: [value('km', t.integer(1))], cardinality: 'one', example: 'radius_km 50' },
            { keyword: 'regions', doc: doc('Départements, cantons ou provinces couverts.', 'Departments, cantons or provinces covered.'), args: [value('regions', t.name(), { list: true })], cardinality: 'one', example: 'regions FR-69, FR-01' },
          ],
        },
      },
      {
        keyword: 'carry_over', doc: doc('Report d’un délai qui dépasse la plage du jour.', 'Carry-over of a target that exceeds the day’s window.'),
        args: [value('rule', t.enum([ev('next_opening', 'le délai se poursuit à la réouverture suivante', 'the target continues at the next opening')]))],
        cardinality: 'one', example: 'carry_over next_opening',
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
            },
            {
              keyword: 'exclusions', doc: doc('Dépendances exclues du délai.', 'Dependencies excluded from the target.'),
              args: [value('items', t.enum([
                ev('vendor', 'délai de l’éditeur ou du constructeur', 'vendor or manufacturer delay'),
                ev('telecom_operator', 'opérateur de télécommunications', 'telecom carrier'),
                ev('parts_lead_time', 'délai d’approvisionnement des pièces (sauf pièces en stock)', 'parts lead time (unless spares are stocked)'),
                ev('none', 'aucune exclusion', 'no exclusion'),
              ]), { list: true })],
              cardinality: 'one', example: 'exclusions vendor, telecom_operator, parts_lead_time',
            },
            { keyword: 'spares_stocked', doc: doc('Le prestataire tient-il un stock de pièces ?', 'Does the provider keep spare parts?'), args: [value('value', yesNo)], cardinality: 'one', example: 'spares_stocked yes' },
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
