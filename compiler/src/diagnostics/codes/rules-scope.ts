// Checklist rule codes (IG3035–IG3051) of brief §2.5: scope, services, helpdesk, advice, obligations
// and governance, and IG3095–IG3098 for what a managed-services contract adds to that catalogue (the
// price effect of a change in scope, the initialisation phase, committees and escalation, the quality
// assurance plan). Summaries follow the brief's catalogue; see ./rule-codes.ts.
import { defineRuleCode } from './rule-codes.ts';

export const scopeInventory = defineRuleCode({
  rule: 'scope.inventory', number: 35, level: 'required',
  title: { fr: 'Inventaire du périmètre', en: 'Scope inventory' },
  summary: {
    fr: 'Périmètre non inventorié : liste des équipements, logiciels et services cloud couverts requise.',
    en: 'Scope not inventoried: list of covered equipment, software and cloud services required.',
  },
  explanation: {
    fr: "Le périmètre se prouve par un inventaire daté : les sites (adresse, pays, région ISO 3166-2), chaque catégorie de matériel avec sa quantité (et idéalement ses identifiants) et son site, les éléments réseau et télécom couverts, les logiciels (système, bureautique, messagerie, sécurité, métier) et les services cloud avec le nom de leur locataire. Sans inventaire, l'étendue de l'obligation du prestataire est indéterminée.",
    en: 'The scope is evidenced by a dated inventory: sites (address, country, ISO 3166-2 region), each hardware category with its quantity (ideally identifiers) and site, the covered network and telecom items, software (operating system, office, mail, security, business applications) and cloud services with their tenant names. Without it, the extent of the provider’s obligation is undetermined.',
  },
  legalBasis: 'FR: C. civ. 1163 (objet déterminé ou déterminable)',
  example: 'scope {\n  site hq { address "8 place Bellecour, 69002 Lyon"; country FR; region FR-69 }\n}',
  fixed: 'scope {\n  site hq { address "8 place Bellecour, 69002 Lyon"; country FR; region FR-69 }\n  equipment desktops { kind desktop; count 10 }\n  network fw { kind firewall; count 1 }\n  software m365 { name "Microsoft 365 Business Premium"; category office }\n  inventory_date 2026-11-30\n}',
});

export const scopeExclusions = defineRuleCode({
  rule: 'scope.exclusions', number: 36, level: 'recommended',
  title: { fr: 'Exclusions du périmètre', en: 'Scope exclusions' },
  summary: { fr: 'Exclusions du périmètre non précisées.', en: 'Scope exclusions not specified.' },
  explanation: {
    fr: "Lister ce qui n'est pas couvert (matériel en fin de vie, logiciels sans licence, consommables, formation des utilisateurs, anomalies des logiciels tiers…) évite les litiges sur ce que la redevance comprend.",
    en: 'Listing what is not covered (end-of-life hardware, unlicensed software, consumables, user training, third-party software bugs…) avoids disputes over what the fee includes.',
  },
  legalBasis: 'FR: C. civ. 1163, 1188 (interprétation)',
  example: 'scope {\n  inventory_date 2026-11-30\n}',
  fixed: 'scope {\n  inventory_date 2026-11-30\n  excludes "Téléphonie IP", "Consommables d’impression"\n}',
});

export const serviceMco = defineRuleCode({
  rule: 'service.mco', number: 37, level: 'required',
  title: { fr: 'Maintien en condition opérationnelle', en: 'Operational condition (MCO)' },
  summary: { fr: 'Engagement de maintien en condition opérationnelle (MCO) non décrit.', en: 'Operational-condition (MCO) commitment not described.' },
  explanation: {
    fr: "Dans un contrat d'infogérance, le MCO est l'obligation principale : il faut dire ce qu'il couvre (covers), ce qui est supervisé (monitoring), la fréquence des visites programmées à distance ou sur site (visit) et, pour une visite sur site, sa durée (visit onsite monthly of 4 hours : c'est le temps de présence que le client achète), et celle du compte rendu des actions (report). Requis pour `kind infogerance` ; recommandé si le type de contrat n'est pas déclaré ; facultatif pour un contrat de maintenance.",
    en: 'In a managed-services contract, MCO is the main obligation: state what it covers (covers), what is monitored (monitoring), how often remote or on-site visits are scheduled (visit) and, for an on-site visit, how long it lasts (visit onsite monthly of 4 hours: the time on site is what the client buys), and how often actions are reported (report). Required for `kind infogerance`; recommended when the contract kind is not declared; optional for a maintenance contract.',
  },
  legalBasis: 'FR: C. civ. 1163, 1231-1; pratique des contrats d’infogérance',
  example: 'services {\n  mco { description "Maintien du SI en état de marche." }\n}',
  fixed: 'services {\n  mco { covers all; monitoring servers, backups; visit onsite monthly of 4 hours; report monthly }\n}',
});

export const servicePreventive = defineRuleCode({
  rule: 'service.preventive', number: 38, level: 'required',
  title: { fr: 'Maintenance préventive', en: 'Preventive maintenance' },
  summary: { fr: 'Maintenance préventive sans tâches ni fréquence.', en: 'Preventive maintenance without tasks or frequency.' },
  explanation: {
    fr: "La maintenance préventive se définit par ses tâches (correctifs du système et des applications, mises à jour antivirus, contrôle des sauvegardes, revue des journaux, firmware…) chacune avec sa fréquence, par les fenêtres de maintenance et par le délai de prévenance du client.",
    en: 'Preventive maintenance is defined by its tasks (OS and application patching, antivirus updates, backup checks, log review, firmware…) each with its frequency, by the maintenance windows and by the client notification delay.',
  },
  legalBasis: 'Norme NF X 60-000; FR: C. civ. 1163',
  example: 'preventive {\n  notice 2 business_days\n}',
  fixed: 'preventive {\n  task os_patching monthly\n  window tue 19:00-22:00\n  notice 2 business_days\n}',
});

export const serviceCorrective = defineRuleCode({
  rule: 'service.corrective', number: 39, level: 'required',
  title: { fr: 'Maintenance corrective', en: 'Corrective maintenance' },
  summary: { fr: 'Maintenance corrective non décrite ou non reliée au SLA.', en: 'Corrective maintenance not described or not linked to the SLA.' },
  explanation: {
    fr: "Il faut dire comment un incident est signalé (reported_via), traité (à distance d'abord ou sur site : approach), qui paie les pièces (parts) et à quelles priorités du SLA il se rattache (priorities) : c'est ce lien qui rend les délais opposables.",
    en: 'State how an incident is reported (reported_via), handled (remote first or on site: approach), who pays for parts (parts) and which SLA priorities apply (priorities): this link makes the deadlines enforceable.',
  },
  legalBasis: 'Norme NF X 60-000; FR: C. civ. 1231-1',
  example: 'corrective {\n  approach remote_first\n}',
  fixed: 'corrective {\n  reported_via phone, email, portal\n  approach remote_first\n  parts warranty\n  priorities P1, P2, P3, P4\n}',
});

export const serviceEvolutive = defineRuleCode({
  rule: 'service.evolutive', number: 40, level: 'optional',
  title: { fr: 'Maintenance évolutive', en: 'Evolutive maintenance' },
  summary: { fr: 'Traitement des évolutions (inclus / sur devis) non précisé.', en: 'Handling of changes (included / quoted) not specified.' },
  explanation: {
    fr: "Dire si les évolutions demandées par le client sont incluses, sur devis ou par unités d'œuvre (handling), et, pour les unités d'œuvre, leur prix (rate).",
    en: 'State whether changes requested by the client are included, quoted or charged by work units (handling) and, for work units, their price (rate).',
  },
  legalBasis: 'Norme NF X 60-000',
  example: 'evolutive {\n  handling work_units\n}',
  fixed: 'evolutive {\n  handling work_units\n  rate 650.00 EUR per day\n}',
});

export const serviceHotline = defineRuleCode({
  rule: 'service.hotline', number: 41, level: 'required',
  title: { fr: 'Assistance (hotline)', en: 'Helpdesk' },
  summary: {
    fr: 'Assistance (hotline) incomplète : canaux, horaires et modèle de quota (illimité, tickets, heures) requis.',
    en: 'Helpdesk incomplete: channels, hours and quota model (unlimited, tickets, hours) required.',
  },
  explanation: {
    fr: "L'assistance se définit par ses canaux avec leur numéro, adresse ou URL (channels), sa plage de service (calendar, un calendrier `hours`), et son modèle de quota : `unlimited` (avec une règle d'usage raisonnable éventuelle) ou `tickets` / `hours` / `minutes` avec la quantité par période (count), la granularité du décompte pour un crédit de temps (step) et le report du solde (rollover). Le prix du dépassement est vérifié par IG4104.",
    en: 'The helpdesk is defined by its channels with their number, address or URL (channels), its service window (calendar, an `hours` calendar) and its quota model: `unlimited` (with an optional fair-use rule) or `tickets` / `hours` / `minutes` with the quantity per period (count), the decrement step for a time bank (step) and the rollover rule (rollover). The overage price is checked by IG4104.',
  },
  legalBasis: 'FR: C. civ. 1163',
  example: 'support {\n  channels { phone "+33 4 72 00 00 00" }\n}',
  fixed: 'support {\n  channels { phone "+33 4 72 00 00 00"; email "support@network-service.fr" }\n  calendar business\n  quota tickets { count 50 per year; rollover none; overage 45.00 EUR per ticket }\n}',
});

export const serviceOnsite = defineRuleCode({
  rule: 'service.onsite', number: 42, level: 'required',
  title: { fr: 'Intervention sur site', en: 'On-site support' },
  summary: {
    fr: 'Intervention sur site : sites couverts, délai de déplacement et facturation requis.',
    en: 'On-site support: covered sites, dispatch delay and billing required.',
  },
  explanation: {
    fr: "Quand l'intervention sur site est proposée (support { onsite }), il faut les sites couverts (sites), si elle est incluse ou facturée et à quel prix (included / billed), le délai de déplacement (dispatch per_sla renvoie aux délais `onsite` du SLA par priorité), les frais de déplacement (travel) et les priorités qui y donnent droit (priorities).",
    en: 'When on-site support is offered (support { onsite }), state the covered sites (sites), whether it is included or billed and at what price (included / billed), the dispatch delay (dispatch per_sla refers to the SLA’s per-priority `onsite` targets), travel costs (travel) and the eligible priorities (priorities).',
  },
  legalBasis: 'FR: C. civ. 1163',
  example: 'onsite {\n  sites hq\n}',
  fixed: 'onsite {\n  sites hq\n  included\n  dispatch per_sla\n  travel included\n  priorities P1, P2\n}',
});

export const serviceRemoteAccess = defineRuleCode({
  rule: 'service.remote-access', number: 43, level: 'recommended',
  title: { fr: 'Télémaintenance', en: 'Remote access' },
  summary: { fr: 'Outils de télémaintenance non déclarés.', en: 'Remote-maintenance tools not declared.' },
  explanation: {
    fr: "Les outils de prise en main à distance sont une porte d'entrée dans le SI du client : il faut les nommer (tools), dire comment les techniciens s'authentifient (authentication, idéalement mfa), si et combien de temps les sessions sont journalisées (session_logs), la règle de consentement du client (consent) et leur retrait en fin de contrat (removal, ou exit { remote_tools … }).",
    en: 'Remote-control tools are a way into the client’s systems: name them (tools), state how technicians authenticate (authentication, ideally mfa), whether and how long sessions are logged (session_logs), the client consent rule (consent) and their removal at the end (removal, or exit { remote_tools … }).',
  },
  legalBasis: 'ANSSI, guide d’hygiène informatique; RGPD art. 32',
  example: 'remote_access {\n  tools "NinjaOne"\n}',
  fixed: 'remote_access {\n  tools "NinjaOne"\n  authentication mfa\n  session_logs kept 12 months\n  consent each_session\n  removal within 5 days\n}',
});

export const serviceBackup = defineRuleCode({
  rule: 'service.backup', number: 44, level: 'recommended',
  title: { fr: 'Sauvegardes', en: 'Backups' },
  summary: { fr: 'Sauvegardes : périmètre, fréquence, rétention et tests de restauration à préciser.', en: 'Backups: scope, frequency, retention and restore tests to be specified.' },
  explanation: {
    fr: "Les plafonds de responsabilité lient souvent la perte de données aux obligations de sauvegarde : il faut le périmètre (covers), la fréquence, la rétention, le lieu de chaque copie (location, avec le pays hors site), la fréquence des tests de restauration (restore_test) et qui détient les supports et les clés (media_owner, keys).",
    en: 'Liability caps often tie data loss to backup duties: state the scope (covers), frequency, retention, where each copy is kept (location, with the country when off site), the restore-test frequency (restore_test) and who holds the media and keys (media_owner, keys).',
  },
  legalBasis: 'RGPD art. 32 1. c)',
  example: 'backup {\n  frequency daily\n}',
  fixed: 'backup {\n  covers equipment srv_ad\n  frequency daily\n  retention 30 days\n  location cloud FR\n  restore_test quarterly\n  media_owner client\n  keys client\n}',
});

export const serviceSecurity = defineRuleCode({
  rule: 'service.security', number: 45, level: 'recommended',
  title: { fr: 'Sécurité opérée', en: 'Security operations' },
  summary: { fr: 'Mesures de sécurité opérées par le prestataire non décrites.', en: 'Security measures operated by the provider not described.' },
  explanation: {
    fr: "Dire quelles mesures le prestataire opère (measures : antivirus/EDR, pare-feu, MFA, correctifs…), dans quel délai il applique un correctif de vulnérabilité critique (critical_patch) et dans quel délai il notifie un incident de sécurité au client (incident_notice).",
    en: 'State which measures the provider operates (measures: antivirus/EDR, firewall, MFA, patching…), how fast it applies a critical vulnerability patch (critical_patch) and how fast it notifies the client of a security incident (incident_notice).',
  },
  legalBasis: 'RGPD art. 32; directive (UE) 2022/2555 (NIS 2) art. 21',
  example: 'security {\n  measures edr, firewall\n}',
  fixed: 'security {\n  measures edr, firewall, mfa\n  critical_patch 72 hours\n  incident_notice 24 hours\n}',
});

export const serviceReplacement = defineRuleCode({
  rule: 'service.replacement-equipment', number: 46, level: 'optional',
  title: { fr: 'Matériel de remplacement', en: 'Replacement equipment' },
  summary: { fr: 'Conditions de prêt de matériel de remplacement non précisées.', en: 'Replacement-equipment terms not specified.' },
  explanation: {
    fr: "Si un matériel de prêt est prévu : les catégories concernées (classes), le délai de mise à disposition (delay) et les conditions du prêt (loan : gratuit ou facturé, durée).",
    en: 'If loan equipment is provided: the classes concerned (classes), the delay to provide it (delay) and the loan terms (loan: free or billed, duration).',
  },
  legalBasis: 'FR: C. civ. 1163',
  example: 'replacement {\n  classes laptop\n}',
  fixed: 'replacement {\n  classes laptop\n  delay 1 business_day\n  loan free up_to 30 days\n}',
});

export const adviceTechnologyWatch = defineRuleCode({
  rule: 'advice.technology-watch', number: 47, level: 'recommended',
  title: { fr: 'Veille technologique', en: 'Technology watch' },
  summary: { fr: 'Veille technologique : forme et fréquence des recommandations non définies.', en: 'Technology watch: form and frequency of recommendations not defined.' },
  explanation: {
    fr: "Le rôle de conseil du prestataire se matérialise par une revue périodique : sa forme (form : réunion, recommandations écrites), sa fréquence (frequency) et ses thèmes (topics : fins de support, sécurité, licences, capacité).",
    en: 'The provider’s advisory role takes the form of a periodic review: its form (form: meeting, written recommendations), its frequency (frequency) and its topics (topics: end of support, security, licensing, capacity).',
  },
  legalBasis: 'FR: C. civ. 1112-1; jurisprudence sur le devoir de conseil',
  example: 'advice {\n  watch { form meeting }\n}',
  fixed: 'advice {\n  watch { form meeting; frequency yearly; topics end_of_support, security }\n}',
});

export const adviceDuty = defineRuleCode({
  rule: 'advice.duty', number: 48, level: 'recommended',
  title: { fr: 'Devoir de conseil', en: 'Duty to advise' },
  summary: {
    fr: 'Devoir de conseil et de mise en garde non formalisé (alertes écrites, acceptation du client).',
    en: 'Duty to advise and warn not formalised (written alerts, client acknowledgement).',
  },
  explanation: {
    fr: "La jurisprudence impose au prestataire informatique d'informer, conseiller et mettre en garde un client non spécialiste, en contrepartie de l'obligation de collaboration du client. Le contrat dit ce que couvre ce devoir (subjects : comprendre les besoins, signaler les erreurs du cahier des charges, exposer les inconvénients et les risques d'un changement avant sa validation, conseiller sur ses incidences organisationnelles — formation, effectifs, réorganisation) et en organise la preuve : forme des mises en garde (alerts), acceptation écrite du client qui passe outre (acknowledgement), document d'expression des besoins de référence (needs_document).",
    en: 'Case law requires an IT provider to inform, advise and warn a non-expert client, balanced by the client’s duty to cooperate. The contract says what that duty covers (subjects: understanding the needs, pointing out errors in the specification, explaining the drawbacks and risks of a change before it is approved, advising on its organisational impact — training, staffing, reorganisation) and organises the evidence: form of warnings (alerts), written acknowledgement by a client who overrides advice (acknowledgement), the reference needs document (needs_document).',
  },
  legalBasis: 'FR: C. civ. 1104, 1112-1, 1194; CH: CO 398 al. 2, CC 2; BE: C. civ. 5.73',
  example: 'advice {\n  duty { alerts written }\n}',
  fixed: 'advice {\n  duty { subjects needs, specification, changes, organisation; alerts written; acknowledgement written; needs_document "Expression des besoins du 15 novembre 2026" }\n}',
});

export const clientObligations = defineRuleCode({
  rule: 'client.obligations', number: 49, level: 'required',
  title: { fr: 'Obligations du client', en: 'Client obligations' },
  summary: { fr: 'Obligations du client non précisées (accès, informations, licences, référent).', en: 'Client obligations not specified (access, information, licences, referent).' },
  explanation: {
    fr: "Le client doit donner accès aux locaux et aux systèmes (access), désigner un référent (referent, ou un contact technical_referent de la partie cliente), détenir des licences valides (licences), informer le prestataire de ses changements (inform_changes) et répondre à ses demandes dans un délai (cooperation) au-delà duquel les délais du SLA sont suspendus.",
    en: 'The client must give access to premises and systems (access), name a referent (referent, or a technical_referent contact of the client party), hold valid licences (licences), inform the provider of changes (inform_changes) and answer its requests within a delay (cooperation) beyond which SLA clocks pause.',
  },
  legalBasis: 'FR: C. civ. 1104 (bonne foi), 1194; obligation de collaboration du client',
  example: 'obligations {\n  client { referent "Marc Leroy" }\n}',
  fixed: 'obligations {\n  client { access premises, systems; referent "Marc Leroy"; licences valid; inform_changes 5 business_days; cooperation 2 business_days }\n}',
});

export const providerObligations = defineRuleCode({
  rule: 'provider.obligations', number: 50, level: 'required',
  title: { fr: 'Obligations du prestataire', en: 'Provider obligations' },
  summary: { fr: 'Obligations du prestataire non précisées.', en: 'Provider obligations not specified.' },
  explanation: {
    fr: "Le prestataire s'engage sur son personnel (staffing ou qualifications), sur le respect des règles de sécurité du client sur site (site_rules) et sur la tenue à jour de la documentation d'exploitation (documentation), base du dossier technique remis en fin de contrat.",
    en: 'The provider commits to its staff (staffing or qualifications), to complying with the client’s security rules on site (site_rules) and to keeping the operations documentation up to date (documentation), the basis of the technical dossier handed over at exit.',
  },
  legalBasis: 'FR: C. civ. 1104, 1231-1',
  example: 'obligations {\n  provider { staffing named }\n}',
  fixed: 'obligations {\n  provider { staffing named; site_rules comply; documentation quarterly }\n}',
});

export const governanceReporting = defineRuleCode({
  rule: 'governance.reporting', number: 51, level: 'recommended',
  title: { fr: 'Reporting et comité de suivi', en: 'Reporting and steering' },
  summary: { fr: 'Aucun reporting périodique ni comité de suivi.', en: 'No periodic reporting or steering committee.' },
  explanation: {
    fr: "Un rapport périodique (report <fréquence>) dont le contenu est listé (contents : tickets par priorité, respect du SLA, actions préventives, recommandations, et pénalités dues si le SLA en prévoit) et un comité de pilotage (steering <fréquence>) permettent de constater l'exécution et de prouver les manquements.",
    en: 'A periodic report (report <frequency>) with listed contents (contents: tickets by priority, SLA attainment, preventive actions, recommendations, and penalties due when the SLA has any) and a steering committee (steering <frequency>) record performance and evidence breaches.',
  },
  example: 'governance {\n  steering quarterly\n}',
  fixed: 'governance {\n  report monthly { contents tickets_by_priority, sla_attainment, preventive_actions, recommendations }\n  steering quarterly\n}',
});

export const scopePriceChange = defineRuleCode({
  rule: 'scope.price-change', number: 95, level: 'recommended',
  title: { fr: 'Prix d’une variation du périmètre', en: 'Price of a change in scope' },
  summary: {
    fr: 'Variation du périmètre : l’effet sur le prix n’est pas déterminé (ajustement aux prix unitaires, avenant ou forfait inchangé).',
    en: 'Change in scope: its effect on the price is not determined (adjustment at unit prices, amendment or unchanged flat fee).',
  },
  incomplete: {
    fr: 'Variation du périmètre : le prix ne peut être déterminé sans prix unitaires.',
    en: 'Change in scope: the price cannot be determined without unit prices.',
  },
  explanation: {
    fr: "L'inventaire évolue (mise à jour à chaque changement, revue périodique, redevance par poste ou par utilisateur) : le contrat doit dire ce que devient le prix (price_change). Ajuster la redevance aux prix unitaires suppose que ces prix soient écrits, par catégorie de l'inventaire (unit_price dans equipment, network, software ou cloud) ou au barème (price { unit_price … }) ; à défaut, le prix de la variation n'est pas déterminable et la clause ne peut être appliquée. Sans clause, la modification du prix exige l'accord des parties, c'est-à-dire un avenant : la correction proposée l'écrit.",
    en: 'The inventory changes (updated on each change, reviewed periodically, fee per device or per user): the contract must say what happens to the price (price_change). Adjusting the fee at unit prices requires those prices to be written, per inventory category (unit_price in equipment, network, software or cloud) or in the rate card (price { unit_price … }); otherwise the price of the change is not determinable and the clause cannot be applied. Without a clause, changing the price requires the parties’ agreement, i.e. an amendment: the suggested fix writes that.',
  },
  legalBasis: 'FR: C. civ. 1163, 1193; CH: CO 1, 394 al. 3; BE: C. civ. 5.69',
  example: 'scope {\n  equipment desktops { kind desktop; count 10 }\n  updates on_change within 10 business_days\n  price_change unit_prices\n}',
  fixed: 'scope {\n  equipment desktops { kind desktop; count 10; unit_price 25.00 EUR per month }\n  updates on_change within 10 business_days\n  price_change unit_prices\n}',
});

export const serviceTransitionIn = defineRuleCode({
  rule: 'service.transition-in', number: 96, level: 'recommended',
  title: { fr: 'Phase d’initialisation', en: 'Initialisation phase' },
  summary: {
    fr: 'Phase d’initialisation (audit de l’inventaire, reprise de la documentation, procès-verbal de démarrage) non prévue.',
    en: 'No initialisation phase (inventory audit, take-over of the documentation, start-up report).',
  },
  explanation: {
    fr: "Avant de s'engager sur des délais, le prestataire audite l'inventaire, reprend la documentation existante et les accès, déploie ses outils ; un procès-verbal de démarrage constate ces opérations, les écarts et les réserves, et arrête l'inventaire. Quand l'exécution des prestations débute après l'entrée en vigueur, le contrat doit dire ce qui se passe entre les deux dates ; sinon la phase a une durée (duration). Recommandé pour `kind infogerance` ou quand le début d'exécution suit l'entrée en vigueur ; facultatif sinon.",
    en: 'Before committing to service times, the provider audits the inventory, takes over the existing documentation and access, deploys its tools; a start-up report records that work, the differences and the reservations, and fixes the inventory. When the services start after entry into force, the contract must say what happens between the two dates; otherwise the phase has a duration (duration). Recommended for `kind infogerance` or when the services start after entry into force; optional otherwise.',
  },
  legalBasis: 'FR: C. civ. 1104, 1194; CH: CC 2, CO 398; BE: C. civ. 5.73',
  example: 'services {\n  onboarding { tasks documentation_takeover }\n}',
  fixed: 'services {\n  onboarding {\n    tasks inventory_audit, documentation_takeover, access_setup, tools_deployment\n    duration 20 business_days\n    start_report joint within 5 business_days\n    fee included\n  }\n}',
});

export const governanceCommittees = defineRuleCode({
  rule: 'governance.committees', number: 97, level: 'recommended',
  title: { fr: 'Comités et procédure d’escalade', en: 'Committees and escalation procedure' },
  summary: {
    fr: 'Gouvernance : composition et comptes rendus des comités, procédure d’escalade non précisés.',
    en: 'Governance: committee membership and minutes, escalation procedure not specified.',
  },
  explanation: {
    fr: "Un comité n'a d'effet que si l'on sait qui y siège (members), ce qu'il examine (agenda) et comment ses décisions sont consignées (minutes : qui rédige le compte rendu, dans quel délai, et quand il est réputé approuvé). Une procédure d'escalade (escalation { level … within … }) dit qui est saisi, dans quel ordre et dans quel délai, d'une difficulté d'exécution que les interlocuteurs n'ont pu résoudre, avant le règlement des différends. Recommandé pour `kind infogerance` ; facultatif sinon.",
    en: 'A committee only works if its members are known (members), what it reviews (agenda) and how its decisions are recorded (minutes: who drafts them, within what delay, and when they are deemed approved). An escalation procedure (escalation { level … within … }) says who is seized of a difficulty of performance the contacts could not resolve, in what order and within what time, before dispute resolution. Recommended for `kind infogerance`; optional otherwise.',
  },
  legalBasis: 'FR: C. civ. 1104, 1194; CH: CC 2, CO 400; BE: C. civ. 5.73',
  example: 'governance {\n  steering quarterly\n}',
  fixed: 'governance {\n  steering quarterly {\n    members executives, contract_managers\n    agenda sla_review, recommendations\n    minutes provider within 10 business_days objections 10 business_days\n  }\n  escalation {\n    level contract_managers within 5 business_days\n    level steering within 10 business_days\n  }\n}',
});

export const governanceQualityPlan = defineRuleCode({
  rule: 'governance.quality-plan', number: 98, level: 'recommended',
  title: { fr: 'Plan d’assurance qualité', en: 'Quality assurance plan' },
  summary: { fr: 'Plan d’assurance qualité (PAQ) non prévu.', en: 'No quality assurance plan.' },
  explanation: {
    fr: "Le plan d'assurance qualité décrit l'organisation, les procédures, les outils et les indicateurs avec lesquels le prestataire exécute le contrat : le contrat fixe son délai de remise (delivery), son contenu (contents) et sa revue (review), et précise qu'il ne peut déroger au contrat. Recommandé pour `kind infogerance` ; facultatif sinon.",
    en: 'The quality assurance plan describes the organisation, procedures, tools and indicators with which the provider performs the contract: the contract sets its delivery delay (delivery), its contents (contents) and its review (review), and states that it cannot derogate from the contract. Recommended for `kind infogerance`; optional otherwise.',
  },
  legalBasis: 'FR: C. civ. 1194; norme NF EN ISO 9001',
  example: 'governance {\n  quality_plan { review yearly }\n}',
  fixed: 'governance {\n  quality_plan { delivery 1 month; contents organisation, procedures, indicators; review yearly }\n}',
});
