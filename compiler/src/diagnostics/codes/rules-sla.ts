// Checklist rule codes (IG3052–IG3064, IG3100) of brief §2.6 (service levels); see ./rule-codes.ts.
import { defineRuleCode } from './rule-codes.ts';

const HOURS = 'hours business {\n  days mon..fri\n  time 08:00-12:00, 14:00-18:00\n  timezone "Europe/Paris"\n  holidays FR\n}';

export const slaServiceHours = defineRuleCode({
  rule: 'sla.service-hours', number: 52, level: 'required',
  title: { fr: 'Plage de service', en: 'Service window' },
  summary: { fr: 'Plage de service non définie (jours, heures, fuseau, jours fériés).', en: 'Service window not defined (days, hours, timezone, holidays).' },
  explanation: {
    fr: "Les délais ne se décomptent que dans la plage de service : il faut ses jours et heures (ex. du lundi au vendredi, 08:00-12:00 et 14:00-18:00), son fuseau horaire, le traitement des jours fériés et le jeu de jours fériés retenu ; une option d'astreinte (HNO), si elle est proposée, doit avoir un prix.",
    en: 'Targets only count inside the service window: state its days and hours (e.g. Monday to Friday, 08:00-12:00 and 14:00-18:00), its time zone, how public holidays are treated and which holiday set applies; an out-of-hours on-call option, when offered, needs a price.',
  },
  legalBasis: 'FR: C. civ. 1163; CH: CO 394 al. 1',
  example: 'hours business {\n  days mon..fri\n  time 08:00-18:00\n}',
  fixed: HOURS,
});

export const slaCalendar = defineRuleCode({
  rule: 'sla.calendar', number: 53, level: 'required',
  title: { fr: 'Calendrier des jours fériés', en: 'Public-holiday calendar' },
  summary: { fr: 'Calendrier des jours fériés non rattaché à une région (ex. Alsace-Moselle, canton).', en: 'Holiday calendar not tied to a region (e.g. Alsace-Moselle, canton).' },
  explanation: {
    fr: "Les jours fériés dépendent du lieu : Alsace-Moselle (Vendredi saint, Saint-Étienne), cantons suisses, Belgique. Chaque site couvert doit indiquer son pays et sa région (département, canton), ou le calendrier doit donner une liste explicite de dates ; des sites dans des régions différentes exigent une règle (multi_region).",
    en: 'Public holidays depend on the place: Alsace-Moselle (Good Friday, St Stephen’s Day), Swiss cantons, Belgium. Each covered site must state its country and region (department, canton), or the calendar must give an explicit list of dates; sites in different regions need a rule (multi_region).',
  },
  legalBasis: 'FR: C. trav. L3133-1, L3134-13 (Alsace-Moselle); BE: loi du 4 janvier 1974 relative aux jours fériés; CH: art. 20a LTr',
  example: 'hours business {\n  days mon..fri\n  time 08:00-18:00\n  timezone "Europe/Paris"\n}',
  fixed: HOURS,
});

export const slaPriorities = defineRuleCode({
  rule: 'sla.priorities', number: 54, level: 'required',
  title: { fr: 'Niveaux de priorité', en: 'Priority levels' },
  summary: { fr: 'Niveaux de priorité sans critères objectifs de qualification.', en: 'Priority levels without objective qualification criteria.' },
  explanation: {
    fr: "Chaque niveau (P1…P4) a un libellé FR/EN, des critères FR/EN et des faits objectifs : étendue de l'impact (impact) et existence d'un contournement (workaround). Le contrat dit qui qualifie la priorité et comment un désaccord est tranché (qualification { by …; dispute … }).",
    en: 'Each level (P1…P4) has an FR/EN label, FR/EN criteria and objective facts: scope of impact (impact) and whether a workaround exists (workaround). The contract says who qualifies the priority and how a disagreement is settled (qualification { by …; dispute … }).',
  },
  legalBasis: 'FR: C. civ. 1163; ITIL 4',
  example: 'sla {\n  priority P1 "Bloquant" { response 30 min }\n}',
  fixed: 'sla {\n  qualification { by provider; dispute contract_managers }\n  priority P1 "Bloquant" "Blocking" {\n    criteria "Production arrêtée" "Production down"\n    impact all_users\n    workaround none\n    response 30 min calendar business\n  }\n}',
});

export const slaAcknowledgement = defineRuleCode({
  rule: 'sla.acknowledgement', number: 55, level: 'recommended',
  title: { fr: 'Accusé de réception', en: 'Acknowledgement' },
  summary: { fr: "Délai d'accusé de réception non précisé.", en: 'Acknowledgement delay not specified.' },
  explanation: {
    fr: "Le client doit savoir sous quel délai son signalement est enregistré et quel numéro de ticket le suit ; l'accusé peut être automatique, mais il ne vaut pas prise en charge.",
    en: 'The client must know how soon a report is recorded and which ticket number tracks it; the acknowledgement may be automatic but is not a reaction.',
  },
  example: 'sla {\n  priority P1 "Bloquant" "Blocking" { response 30 min calendar business }\n}',
  fixed: 'sla {\n  acknowledgement automatic { ticket_number yes }\n  priority P1 "Bloquant" "Blocking" { ack 15 min calendar business; response 30 min calendar business }\n}',
});

export const slaReactionTime = defineRuleCode({
  rule: 'sla.reaction-time', number: 56, level: 'required',
  title: { fr: 'Délai de prise en charge (GTI)', en: 'Reaction time (GTI)' },
  summary: { fr: 'Délai de prise en charge (GTI) manquant pour la priorité.', en: 'Reaction time (GTI) missing for the priority.' },
  explanation: {
    fr: "Pour chaque priorité, un délai de prise en charge avec son unité et sa base (heures ouvrées ou heures d'horloge), et la définition de ce qui vaut prise en charge : un technicien qualifié commence le diagnostic, jamais une réponse automatique.",
    en: 'For each priority, a response time with its unit and basis (business hours or clock hours), and the definition of what counts as a reaction: a qualified technician starts the diagnosis, never an automatic reply.',
  },
  legalBasis: 'FR: C. civ. 1163, 1231-1; CH: CO 97, 398 al. 2',
  example: 'sla {\n  priority P1 "Bloquant" "Blocking" { }\n}',
  fixed: 'sla {\n  reaction qualified_start\n  priority P1 "Bloquant" "Blocking" { response 30 min calendar business }\n}',
});

export const slaOnsiteDelay = defineRuleCode({
  rule: 'sla.onsite-delay', number: 57, level: 'required',
  title: { fr: "Délai d'intervention sur site", en: 'On-site intervention delay' },
  summary: { fr: "Délai d'intervention sur site manquant pour la priorité.", en: 'On-site intervention delay missing for the priority.' },
  explanation: {
    fr: "Quand l'intervention sur site est proposée (support { onsite … }), chaque priorité éligible a un délai d'arrivée du technicien avec sa base, et le contrat fixe une limite géographique (sites couverts, rayon ou départements).",
    en: 'When on-site support is offered (support { onsite … }), each eligible priority has a technician arrival delay with its basis, and the contract sets a geographic limit (sites covered, radius or departments).',
  },
  legalBasis: 'FR: C. civ. 1163, 1231-1; CH: CO 97, 398 al. 2',
  example: 'sla {\n  priority P1 "Bloquant" "Blocking" { response 30 min calendar business }\n}',
  fixed: 'sla {\n  onsite_zone { radius_km 50 }\n  priority P1 "Bloquant" "Blocking" { response 30 min calendar business; onsite 4 business_hours }\n}',
});

export const slaRestorationTime = defineRuleCode({
  rule: 'sla.restoration-time', number: 58, level: 'recommended',
  title: { fr: 'Garantie de temps de rétablissement (GTR)', en: 'Guaranteed restoration time' },
  summary: { fr: 'Aucune garantie de temps de rétablissement (GTR) pour les incidents bloquants.', en: 'No guaranteed restoration time (GTR) for blocking incidents.' },
  explanation: {
    fr: "La GTI n'engage qu'à commencer ; la GTR engage sur un résultat. Il faut un délai de rétablissement par priorité (obligatoire pour P1 en infogérance), dire si un contournement arrête le décompte et quelles dépendances en sont exclues (éditeur, opérateur, délai des pièces).",
    en: 'A response time only commits to start; a restoration time commits to a result. State a restoration target per priority (mandatory for P1 in managed services), whether a workaround stops the clock and which dependencies are excluded (vendor, carrier, parts lead time).',
  },
  legalBasis: 'FR: C. civ. 1163, 1231-1; CH: CO 97, 398 al. 2',
  example: 'sla {\n  priority P1 "Bloquant" "Blocking" { response 30 min calendar business }\n}',
  fixed: 'sla {\n  restoration { workaround stops_clock; exclusions vendor, telecom_operator }\n  priority P1 "Bloquant" "Blocking" { response 30 min calendar business; restore 4 business_hours }\n}',
});

export const slaResolutionTime = defineRuleCode({
  rule: 'sla.resolution-time', number: 59, level: 'recommended',
  title: { fr: 'Délai de résolution', en: 'Resolution time' },
  summary: { fr: 'Délai de résolution non défini pour la priorité.', en: 'Resolution time not defined for the priority.' },
  explanation: {
    fr: "Pour chaque priorité, un délai de résolution définitive (ou « au mieux », best_effort, souvent pour P3/P4) et la règle de clôture du ticket (validation du client ou clôture automatique après N jours ouvrés).",
    en: 'For each priority, a resolution target (or best_effort, often for P3/P4) and the ticket closure rule (client validation or automatic closure after N business days).',
  },
  legalBasis: 'FR: C. civ. 1163, 1231-1; CH: CO 97, 398 al. 2',
  example: 'sla {\n  priority P3 "Mineur" "Minor" { response 4 business_hours }\n}',
  fixed: 'sla {\n  closure auto_close after 5 business_days\n  priority P3 "Mineur" "Minor" { response 4 business_hours; resolve best_effort }\n}',
});

export const slaClockRules = defineRuleCode({
  rule: 'sla.clock-rules', number: 60, level: 'required',
  title: { fr: 'Règles de décompte', en: 'Clock rules' },
  summary: { fr: 'Règles de décompte (début, suspension, arrêt) non définies.', en: 'Clock rules (start, pause, stop) not defined.' },
  explanation: {
    fr: "Un outil de ticketing applique des règles : l'événement de départ (création du ticket par un canal officiel ; hors plage, à l'ouverture suivante), les états qui suspendent le décompte et l'événement qui l'arrête pour chaque métrique utilisée.",
    en: 'A ticketing tool applies rules: the start event (ticket created through an official channel; outside the window, at the next opening), the states that pause the clock and the event that stops it for each metric used.',
  },
  example: 'sla {\n  clock { pauses waiting_client }\n}',
  fixed: 'sla {\n  clock {\n    start ticket_created\n    outside_hours next_opening\n    pauses waiting_client\n    stop response first_qualified_action\n  }\n}',
});

export const slaAvailability = defineRuleCode({
  rule: 'sla.availability', number: 61, level: 'optional',
  title: { fr: 'Engagement de disponibilité', en: 'Availability commitment' },
  summary: { fr: 'Engagement de disponibilité sans période de mesure ni exclusions.', en: 'Availability commitment without measurement period or exclusions.' },
  explanation: {
    fr: "Quand le prestataire héberge ou exploite un service (hosting provider) ou promet une disponibilité, il faut le service mesuré, le pourcentage, la période de mesure, les exclusions (maintenance planifiée et son préavis) et la source de la mesure.",
    en: 'When the provider hosts or operates a service (hosting provider) or promises availability, state the service measured, the percentage, the measurement period, the exclusions (planned maintenance and its notice) and the measurement source.',
  },
  example: 'sla {\n  hosting provider\n  availability "Messagerie" 99.5%\n}',
  fixed: 'sla {\n  hosting provider\n  availability "Messagerie" 99.5% {\n    window calendar_month\n    excludes planned_maintenance\n    maintenance_notice 5 business_days\n    source "Supervision"\n  }\n}',
});

export const slaMeasurement = defineRuleCode({
  rule: 'sla.measurement', number: 62, level: 'recommended',
  title: { fr: 'Mesure des niveaux de service', en: 'Service-level measurement' },
  summary: { fr: 'Mode de mesure des niveaux de service non défini.', en: 'Service-level measurement method not defined.' },
  explanation: {
    fr: "Sans outil de référence, accès du client aux données brutes, fréquence de rapport et délai de contestation, les niveaux de service ne sont pas vérifiables.",
    en: 'Without a tool of record, client access to the raw data, a report frequency and a contest window, service levels cannot be verified.',
  },
  legalBasis: 'FR: C. civ. 1356 (conventions sur la preuve); CH: CO 398 al. 2',
  example: 'sla {\n  measurement { tool "GLPI" }\n}',
  fixed: 'sla {\n  measurement { tool "GLPI"; raw_data yes; report monthly; contest 15 days }\n}',
});

export const slaPenalties = defineRuleCode({
  rule: 'sla.penalties', number: 63, level: 'recommended',
  title: { fr: 'Pénalités', en: 'Penalties' },
  summary: { fr: 'Pénalités sans formule de calcul ni plafond.', en: 'Penalties without calculation formula or cap.' },
  explanation: {
    fr: "Par métrique et priorité, le déclencheur et le montant (en % de la redevance mensuelle ou fixe, par heure de retard ou par manquement), un plafond mensuel ou annuel, le règlement (avoir), leur nature (libératoires ou non), les exclusions et le lien avec le seuil de résiliation. Le juge peut modérer une pénalité manifestement excessive ou dérisoire.",
    en: 'Per metric and priority, the trigger and amount (% of the monthly fee or fixed, per hour late or per breach), a monthly or yearly cap, settlement (credit note), their nature (sole remedy or not), exclusions and the link with the termination threshold. A court may moderate a manifestly excessive or derisory penalty.',
  },
  legalBasis: 'FR: C. civ. 1231-5',
  example: 'sla {\n  penalty restore P1 2% of monthly_fee per hour_late\n}',
  fixed: 'sla {\n  penalty restore P1 2% of monthly_fee per hour_late\n  penalties { cap 15% per month; settlement credit_note; nature without_prejudice; exclusions client_caused, force_majeure }\n}',
});

export const slaEscalation = defineRuleCode({
  rule: 'sla.escalation', number: 64, level: 'recommended',
  title: { fr: "Procédure d'escalade", en: 'Escalation procedure' },
  summary: { fr: "Procédure d'escalade non définie.", en: 'Escalation procedure not defined.' },
  explanation: {
    fr: "Des contacts d'escalade par niveau, avec leur seuil (ex. à 80 % de la GTR écoulée), pour qu'un incident qui dérive soit traité avant le manquement.",
    en: 'Escalation contacts per level, with their threshold (e.g. at 80 % of the restoration time elapsed), so that a drifting incident is handled before the breach.',
  },
  example: 'sla {\n  priority P1 "Bloquant" "Blocking" { restore 4 business_hours }\n}',
  fixed: 'sla {\n  escalation restore at 80% to "Directeur technique, 04 72 00 00 09"\n}',
});

// Service credits that are the Client's sole remedy (`nature sole_remedy`): allowed, but a warning the
// drafter answers with a reason (`waive`) or by keeping the Client's claim for damages. Next to an
// obligation of result on the same time limit it is a contradiction, reported as IG4185.
export const slaPenaltiesRemedy = defineRuleCode({
  rule: 'sla.penalties-remedy', number: 100, level: 'recommended',
  title: { fr: 'Pénalités libératoires', en: 'Service credits as the sole remedy' },
  summary: {
    fr: 'Pénalités stipulées libératoires : elles excluent toute autre réparation du dépassement des délais.',
    en: 'Service credits stated as the sole remedy: they exclude any other compensation for missed times.',
  },
  incomplete: {
    fr: 'Pénalités stipulées libératoires : elles excluent toute autre réparation du retard, alors que le juge peut réviser une pénalité dérisoire (C. civ. 1231-5) et réputer non écrite la clause qui prive l’obligation essentielle de sa substance (C. civ. 1170).',
    en: 'Service credits stated as the sole remedy: they exclude any other compensation for delay, whereas a court may increase a derisory penalty (French Civil Code art. 1231-5) and strike out a clause that deprives the essential obligation of its substance (art. 1170).',
  },
  incompleteByLaw: {
    CH: {
      fr: 'Pénalités stipulées libératoires : elles excluent la réparation du dommage supérieur à la peine, que l’article 161, alinéa 2, CO réserve en cas de faute, et ne peuvent écarter la responsabilité pour dol ou faute grave (CO 100, al. 1 ; CO 160 à 163).',
      en: 'Service credits stated as the sole remedy: they exclude compensation for loss exceeding the penalty, which article 161(2) CO allows on proof of fault, and cannot exclude liability for intent or gross negligence (CO 100(1); CO 160 to 163).',
    },
    BE: {
      fr: 'Pénalités stipulées libératoires : elles excluent toute autre réparation du retard, alors que le juge peut réduire une clause pénale manifestement excessive (C. civ. 5.88) et qu’une clause qui vide le contrat de sa substance est sans effet (C. civ. 5.89).',
      en: 'Service credits stated as the sole remedy: they exclude any other compensation for delay, whereas a court may reduce a manifestly excessive penalty clause (Civil Code art. 5.88) and a clause that empties the contract of its substance has no effect (art. 5.89).',
    },
  },
  explanation: {
    fr: "Des pénalités libératoires (nature sole_remedy) réparent forfaitairement le dépassement des délais : le Client ne peut plus demander la réparation de son préjudice réel, même lorsqu'un serveur reste arrêté plusieurs jours. Les pénalités sont donc, par défaut, sans préjudice des dommages-intérêts, les pénalités versées s'imputant sur ceux-ci. Si les Parties retiennent néanmoins des pénalités libératoires, la raison est consignée par une dérogation (waive \"sla.penalties-remedy\" because \"…\"). Des pénalités libératoires sur un délai que le contrat qualifie d'obligation de résultat sont une contradiction (IG4185).",
    en: 'Sole-remedy service credits (nature sole_remedy) are liquidated compensation for missed times: the Client can no longer claim its actual loss, even when a server stays down for days. Service credits are therefore, by default, without prejudice to damages, credits paid being set off against them. If the Parties still choose sole-remedy credits, the reason is recorded by a waiver (waive "sla.penalties-remedy" because "…"). Sole-remedy credits on a time limit the contract makes an obligation of result are a contradiction (IG4185).',
  },
  legalBasis: 'FR: C. civ. 1231-5, 1170; CH: CO 160–163, 100 al. 1; BE: C. civ. 5.88, 5.89',
  example: 'sla {\n  penalty restore P1 2% of monthly_fee per hour_late\n  penalties { cap 15% per month; nature sole_remedy }\n}',
  fixed: 'sla {\n  penalty restore P1 2% of monthly_fee per hour_late\n  penalties { cap 15% per month; nature without_prejudice }\n}',
});
