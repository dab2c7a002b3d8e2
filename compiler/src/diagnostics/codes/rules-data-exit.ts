// Checklist rule codes (IG3065–IG3078) of brief §2.7 (personal data, intellectual property) and §2.8
// (exit and reversibility); see ./rule-codes.ts. Summaries follow the brief's catalogue.
import { defineRuleCode } from './rule-codes.ts';

export const dataGdprDpa = defineRuleCode({
  rule: 'data.gdpr-dpa', number: 65, level: 'required',
  title: { fr: 'Accord de sous-traitance RGPD (art. 28)', en: 'GDPR processing agreement (art. 28)' },
  summary: { fr: 'Accord de sous-traitance RGPD (art. 28) incomplet.', en: 'GDPR art. 28 processing agreement incomplete.' },
  explanation: {
    fr: "Dès que le prestataire traite des données personnelles pour le client (toujours le cas en télémaintenance des postes ou de la messagerie), l’accord doit décrire le traitement (objet, durée, nature, finalités, types de données, catégories de personnes, obligations et droits du client) et dire comment chaque obligation du sous-traitant de l’art. 28(3)(a)–(h) est remplie : moyen des instructions, moyen de la confidentialité, mesures de sécurité, conditions de sous-traitance ultérieure, délai d’aide aux demandes de droits, aide pour les art. 32 à 36, restitution ou suppression, préavis et fréquence des audits ; plus l’alerte en cas d’instruction illicite, la forme écrite et un délai de notification des violations en heures. Les lignes directrices 07/2020 du CEPD exigent ce « comment » : un mot-clé sans ses faits ne compte pas.",
    en: 'As soon as the provider processes personal data for the client (always so for remote maintenance of workstations or e-mail), the agreement must describe the processing (subject-matter, duration, nature, purposes, types of data, categories of data subjects, controller’s obligations and rights) and say how each processor duty of art. 28(3)(a)–(h) is met: channel of instructions, means of confidentiality, security measures, sub-processing conditions, deadline for assisting with rights requests, assistance with art. 32–36, return or deletion, notice and frequency of audits; plus the alert on an infringing instruction, written form and a breach-notification deadline in hours. EDPB Guidelines 07/2020 require that "how": a keyword without its facts does not count.',
  },
  legalBasis: 'RGPD art. 28(3), 28(9), 33(2); Lignes directrices CEPD 07/2020; Décision d’exécution (UE) 2021/915',
  example: 'personal_data {\n  purposes it_maintenance\n  audits { by client }\n}',
  fixed: 'personal_data {\n  form written, electronic\n  subject_matter workstations, servers, mail\n  duration contract_and_reversibility\n  nature remote_access, backup, restoration\n  purposes it_maintenance, user_support\n  data_types identity, contact, connection_logs\n  data_subjects employees, clients\n  controller { obligations lawful_basis, documented_instructions; rights instruct, audit }\n  instructions { channel contract, ticket }\n  staff_confidentiality { means employment_contract }\n  security { measures mfa, encryption_at_rest, backups }\n  subprocessors { authorisation general; flow_down same_obligations; liability full; none }\n  assist_rights { within 5 business_days }\n  assist_compliance { covers security, breach, dpia, prior_consultation }\n  audits { notice 30 days; frequency yearly }\n  infringing_instruction { notify within 1 business_day }\n  breach_notification { within 24 h }\n}\nexit { data_return { choice client_choice; within 30 days } }',
});

export const dataSubprocessors = defineRuleCode({
  rule: 'data.subprocessors', number: 66, level: 'required',
  title: { fr: 'Sous-traitants ultérieurs', en: 'Sub-processors' },
  summary: { fr: 'Liste des sous-traitants ultérieurs et mode d’autorisation absents.', en: 'Sub-processor list and authorisation mode missing.' },
  explanation: {
    fr: "Le mode d’autorisation (spécifique ou générale), la liste à jour des sous-traitants ultérieurs (dénomination, pays, service — outil RMM, sauvegarde externalisée…) ou la mention qu’il n’y en a aucun ; en autorisation générale, le délai d’information avant tout changement et la procédure d’opposition.",
    en: 'The authorisation mode (specific or general), the current list of sub-processors (name, country, service — RMM tool, off-site backup…) or a statement that there is none; under a general authorisation, the notice period before any change and the objection procedure.',
  },
  legalBasis: 'RGPD art. 28(2) et (4)',
  example: 'subprocessors {\n  subprocessor ninja "NinjaOne LLC"\n}',
  fixed: 'subprocessors {\n  authorisation general\n  notice 30 days\n  objection { within 15 days; effect termination_without_penalty }\n  subprocessor ninja "NinjaOne LLC" { country US; service rmm }\n}',
});

export const dataTransfers = defineRuleCode({
  rule: 'data.transfers', number: 67, level: 'required',
  title: { fr: 'Transferts hors EEE', en: 'Transfers outside the EEA' },
  summary: { fr: 'Transferts hors EEE sans mécanisme d’encadrement.', en: 'Transfers outside the EEA without a transfer mechanism.' },
  explanation: {
    fr: "Quand le prestataire ou un sous-traitant ultérieur traite des données hors de l’EEE (ou, en droit suisse, hors de Suisse et des États à protection adéquate), chaque pays de destination doit être nommé avec son mécanisme d’encadrement : décision d’adéquation, Data Privacy Framework, clauses contractuelles types, règles d’entreprise contraignantes…",
    en: 'When the provider or a sub-processor processes data outside the EEA (or, under Swiss law, outside Switzerland and the adequate states), each destination country must be named with its transfer mechanism: adequacy decision, Data Privacy Framework, standard contractual clauses, binding corporate rules…',
  },
  legalBasis: 'RGPD art. 44–49; LPD art. 16–17',
  example: 'personal_data {\n  subprocessors { subprocessor ninja "NinjaOne LLC" { country US; service rmm } }\n}',
  fixed: 'personal_data {\n  subprocessors { subprocessor ninja "NinjaOne LLC" { country US; service rmm } }\n  transfer US { mechanism scc; recipients ninja }\n}',
});

export const dataChNlpd = defineRuleCode({
  rule: 'data.ch-nlpd', number: 68, level: 'required',
  title: { fr: 'Sous-traitance de données (LPD art. 9)', en: 'Processing on behalf (LPD art. 9)' },
  summary: { fr: 'Sous-traitance de données (LPD art. 9) non encadrée.', en: 'Data processing on behalf (LPD art. 9) not framed.' },
  explanation: {
    fr: "En droit suisse, la sous-traitance doit reposer sur un contrat : finalités et instructions (le sous-traitant ne traite que comme le client le ferait lui-même), sécurité, autorisation préalable des sous-traitants ultérieurs, lieu de traitement et transferts, information du client en cas de violation. Recourir sciemment à un sous-traitant sans base contractuelle est passible d’une amende jusqu’à 250 000 CHF.",
    en: 'Under Swiss law, processing on behalf must rest on a contract: purposes and instructions (the processor only processes as the controller itself could), security, prior authorisation of sub-processors, location of processing and transfers, information of the controller on a breach. Knowingly using a processor without a contractual basis can be fined up to CHF 250,000.',
  },
  legalBasis: 'LPD art. 9, 8, 16, 24, 61',
  example: 'personal_data {\n  purposes it_maintenance\n}',
  fixed: 'personal_data {\n  purposes it_maintenance\n  instructions { channel contract, ticket }\n  security { measures mfa, backups }\n  subprocessors { authorisation specific; none }\n  location CH\n  breach_notification { within 24 h }\n}',
});

export const ipDeliverables = defineRuleCode({
  rule: 'ip.deliverables', number: 69, level: 'required',
  title: { fr: 'Droits sur les livrables', en: 'Rights in the deliverables' },
  summary: {
    fr: 'Cession de droits incomplète (CPI L131-3) : droits cédés, étendue, destination, lieu et durée requis.',
    en: 'Rights assignment incomplete (CPI L131-3): rights, extent, destination, place and duration required.',
  },
  explanation: {
    fr: "Quand le prestataire produit des scripts, logiciels ou documents pour le client, le contrat doit dire lesquels et sous quel régime : cession, licence, ou propriété du prestataire avec licence. Le logiciel écrit par les salariés du prestataire lui appartient (CPI L113-9) : seule une cession expresse le transfère, et en droit français chaque droit cédé doit être mentionné distinctement avec son étendue, sa destination, son lieu et sa durée (CPI L131-3), ainsi que le prix. Une licence précise exclusivité, durée, territoire et transmissibilité. Le sort du savoir-faire générique du prestataire doit aussi être dit.",
    en: 'When the provider produces scripts, software or documents for the client, the contract must say which and under which regime: assignment, licence, or provider ownership with a licence. Software written by the provider’s employees belongs to the provider (CPI L113-9): only an express assignment transfers it, and under French law each assigned right must be mentioned separately with its extent, destination, place and duration (CPI L131-3), and the price. A licence states exclusivity, duration, territory and transferability. What becomes of the provider’s generic know-how must be stated too.',
  },
  legalBasis: 'FR: CPI L131-3, L113-9; BE: CDE XI.167; CH: LDA art. 16',
  example: 'ip {\n  deliverables scripts, documentation\n  regime assignment\n  assignment { rights reproduction }\n}',
  fixed: 'ip {\n  deliverables scripts, documentation\n  regime assignment\n  assignment {\n    rights reproduction, representation, adaptation, translation, distribution\n    extent all_media\n    destination internal_operation, third_party_maintenance\n    territory worldwide\n    duration legal_protection\n    price included\n  }\n  know_how reuse\n}',
});

export const ipPreexisting = defineRuleCode({
  rule: 'ip.preexisting', number: 70, level: 'recommended',
  title: { fr: 'Outils préexistants du prestataire', en: 'Provider’s pre-existing tools' },
  summary: { fr: 'Statut des outils préexistants du prestataire non précisé.', en: 'Status of provider’s pre-existing tools not specified.' },
  explanation: {
    fr: "Les outils, scripts et la plateforme RMM que le prestataire apporte restent sa propriété ; le contrat doit le dire, préciser la licence d’utilisation accordée pendant le contrat et ce qui reste utilisable après la sortie, pour éviter qu’un script indispensable disparaisse avec le prestataire.",
    en: 'The tools, scripts and RMM platform the provider brings remain its property; the contract must say so, state the licence of use granted during the contract and what remains usable after exit, so that an essential script does not leave with the provider.',
  },
  legalBasis: 'FR: CPI L122-6, L131-3',
  example: 'ip {\n  preexisting { owner provider }\n}',
  fixed: 'ip {\n  preexisting { owner provider; licence contract_term; after_exit embedded_scripts }\n}',
});

export const ipThirdPartyLicences = defineRuleCode({
  rule: 'ip.third-party-licences', number: 71, level: 'recommended',
  title: { fr: 'Licences et abonnements de tiers', en: 'Third-party licences and subscriptions' },
  summary: { fr: 'Titulaire des licences et abonnements cloud non précisé.', en: 'Holder of software licences and cloud subscriptions not specified.' },
  explanation: {
    fr: "Au nom de qui sont souscrits les licences logicielles et abonnements cloud (de préférence le client, pour la réversibilité), qui les paie et qui administre les consoles des éditeurs.",
    en: 'In whose name software licences and cloud subscriptions are held (preferably the client, for reversibility), who pays for them and who administers the vendors’ consoles.',
  },
  example: 'ip {\n  third_party_licences { payer client }\n}',
  fixed: 'ip {\n  third_party_licences { holder client; payer client; administrator provider }\n}',
});

export const reversibilityPlan = defineRuleCode({
  rule: 'reversibility.plan', number: 72, level: 'required',
  title: { fr: 'Réversibilité', en: 'Reversibility' },
  summary: {
    fr: 'Réversibilité incomplète : durée d’assistance, formats de restitution, remise du dossier technique et coût sont obligatoires.',
    en: 'Reversibility incomplete: assistance duration, data formats, technical-dossier handover and cost are mandatory.',
  },
  explanation: {
    fr: "Une clause de réversibilité doit toujours exister et garantir la restitution complète. Elle énonce : les déclencheurs (terme, toute résiliation, réversibilité partielle) ; la remise du plan et sa mise à jour ; la durée de l’assistance et son point de départ ; les formats ouverts par famille de données et la méthode de transfert ; la remise gratuite du dossier technique ; le coût (inclus, plafonné ou au tarif) ; la marche en parallèle et les niveaux de service pendant la transition ; le transfert de compétences ; la recette de fin de réversibilité.",
    en: 'A reversibility clause must always exist and guarantee full return. It states: triggers (expiry, any termination, partial reversibility); plan delivery and updates; assistance duration and its start point; open formats per data family and the transfer method; free handover of the technical dossier; cost (included, capped or rate card); parallel run and service levels during the transition; knowledge transfer; end-of-reversibility acceptance.',
  },
  legalBasis: 'FR: C. civ. 1104, 1194; CH: CO 400 al. 1; RGPD art. 28(3)(g); ANSSI, Maîtriser les risques de l’infogérance (2010); SecNumCloud',
  example: 'reversibility {\n  assistance { duration 3 months }\n}',
  fixed: 'reversibility {\n  triggers expiry, termination, partial\n  plan { within 3 months; updated yearly }\n  assistance { duration 3 months; from end_notice }\n  formats { files "formats natifs"; mailboxes "PST" }\n  transfer_method sftp\n  cost rate_card 650.00 EUR per day\n  transition { parallel_run none; service_levels maintained }\n  knowledge_transfer { sessions 2; with successor }\n  acceptance { report signed; within 15 days }\n}\nexit { technical_dossier { handover free } }',
});

export const exitTechnicalDossier = defineRuleCode({
  rule: 'exit.technical-dossier', number: 73, level: 'required',
  title: { fr: 'Dossier technique', en: 'Technical dossier' },
  summary: {
    fr: 'Dossier technique : contenu minimal (schéma de principe, matériels, logiciels, services cloud, comptes administrateur), mise à jour et remise gratuite requis.',
    en: 'Technical dossier: minimum content (architecture diagram, hardware, software, cloud services, admin accounts), updates and free handover required.',
  },
  explanation: {
    fr: "Le client doit exiger un dossier technique à jour : au minimum schéma de principe, listes des matériels, des logiciels et des services cloud, comptes administrateur (recommandé : plan d’adressage, pare-feu et VPN, DNS et certificats, sauvegardes, licences, contrats tiers, procédures). Le contrat fixe la fréquence de mise à jour, la remise gratuite à la sortie au successeur, et la transmission sécurisée des secrets (coffre ou remise scellée — jamais dans le contrat).",
    en: 'The client must require an up-to-date technical dossier: at least the architecture diagram, hardware, software and cloud-services lists and administrator accounts (recommended: IP plan, firewall and VPN, DNS and certificates, backups, licences, third-party contracts, procedures). The contract states the update frequency, the free handover at exit to the successor and the secure transmission of secrets (vault or sealed handover — never inside the contract).',
  },
  legalBasis: 'FR: C. civ. 1104, 1194; CH: CO 400 al. 1; ANSSI, Maîtriser les risques de l’infogérance (2010)',
  example: 'exit {\n  technical_dossier { contents diagram, hardware }\n}',
  fixed: 'exit {\n  technical_dossier {\n    contents diagram, hardware, software, cloud, admin_accounts\n    updated quarterly\n    handover free\n    secrets vault\n  }\n}',
});

export const exitCredentialsHandover = defineRuleCode({
  rule: 'exit.credentials-handover', number: 74, level: 'required',
  title: { fr: 'Remise des identifiants', en: 'Credentials handover' },
  summary: { fr: 'Restitution des identifiants administrateur en fin de contrat non prévue.', en: 'Handover of administrator credentials at exit not provided for.' },
  explanation: {
    fr: "Retenir un mot de passe est le scénario classique de prise d’otage. Le prestataire remet sans délai ni frais tous les identifiants administrateur et moyens de récupération MFA ; le client ou le successeur les change aussitôt ; les comptes propres du prestataire sont désactivés.",
    en: 'Withholding a password is the classic hostage scenario. The provider hands over, without delay or charge, all administrator credentials and MFA recovery means; the client or successor rotates them at once; the provider’s own accounts are disabled.',
  },
  legalBasis: 'FR: C. civ. 1104, 1194; CH: CO 400 al. 1; ANSSI, Maîtriser les risques de l’infogérance (2010)',
  example: 'exit {\n  credentials { handover at end_date }\n}',
  fixed: 'exit {\n  credentials { handover at end_date; includes admin_accounts, mfa_recovery; charge free; rotation successor; provider_accounts disabled }\n}',
});

export const exitRemoteToolsRemoval = defineRuleCode({
  rule: 'exit.remote-tools-removal', number: 75, level: 'required',
  title: { fr: 'Désinstallation des outils de télémaintenance', en: 'Removal of remote-maintenance tools' },
  summary: { fr: 'Désinstallation des outils de télémaintenance en fin de contrat non prévue.', en: 'Removal of remote-maintenance tools at exit not provided for.' },
  explanation: {
    fr: "Les agents de télémaintenance et de supervision (RMM) et les comptes du prestataire sont désinstallés ou désactivés, par le prestataire ou le successeur, à une date fixée, avec une confirmation écrite.",
    en: 'The provider’s remote-maintenance and monitoring (RMM) agents and accounts are removed or disabled, by the provider or the successor, at a stated date, with written confirmation.',
  },
  legalBasis: 'FR: C. civ. 1104, 1194; CH: CO 400 al. 1; ANSSI, Maîtriser les risques de l’infogérance (2010)',
  example: 'exit {\n  remote_tools { by provider }\n}',
  fixed: 'exit {\n  remote_tools { removal within 5 days; by provider; confirmation written }\n}',
});

export const exitConfidentialityUndertaking = defineRuleCode({
  rule: 'exit.confidentiality-undertaking', number: 76, level: 'required',
  title: { fr: 'Engagement écrit de sortie', en: 'Written exit undertaking' },
  summary: { fr: 'Engagement écrit de confidentialité et de non-intervention en fin de contrat manquant.', en: 'Written exit undertaking (confidentiality, no further access) missing.' },
  explanation: {
    fr: "À la fin du contrat, le prestataire remet une lettre écrite par laquelle il s’engage à garder la confidentialité, à cesser tout accès au SI et à restituer ou détruire les données du client et leurs copies.",
    en: 'At the end of the contract, the provider delivers a written letter undertaking to keep confidentiality, to cease any access to the IS and to return or destroy the client’s data and copies.',
  },
  legalBasis: 'FR: C. civ. 1104, 1194; CH: CO 400 al. 1; ANSSI, Maîtriser les risques de l’infogérance (2010)',
  example: 'exit {\n  undertaking { form written }\n}',
  fixed: 'exit {\n  undertaking { form written; due end_date; covers confidentiality, no_access, data_destruction }\n}',
});

export const exitDataReturn = defineRuleCode({
  rule: 'exit.data-return', number: 77, level: 'required',
  title: { fr: 'Restitution et suppression des données', en: 'Data return and deletion' },
  summary: { fr: 'Restitution/suppression des données en fin de contrat non encadrée.', en: 'Data return/deletion at end of contract not framed.' },
  explanation: {
    fr: "Le client choisit la restitution et/ou la suppression ; le contrat fixe les formats, le délai, l’attestation de suppression (copies et sauvegardes comprises) et les exceptions de conservation imposées par la loi.",
    en: 'The client chooses return and/or deletion; the contract states the formats, the deadline, the certificate of deletion (copies and backups included) and the retention exceptions required by law.',
  },
  legalBasis: 'RGPD art. 28(3)(g)',
  example: 'exit {\n  data_return { choice client_choice }\n}',
  fixed: 'exit {\n  data_return { choice client_choice; within 30 days; formats as_reversibility; certificate deletion; retention legal_obligations }\n}\nreversibility { formats { files "formats natifs" } }',
});

export const exitCloudSwitching = defineRuleCode({
  rule: 'exit.cloud-switching', number: 78, level: 'required',
  title: { fr: 'Changement de fournisseur cloud (Data Act)', en: 'Cloud switching (Data Act)' },
  summary: {
    fr: 'Service cloud : clauses de changement de fournisseur du Data Act (préavis ≤ 2 mois, transition ≤ 30 jours, récupération ≥ 30 jours) manquantes.',
    en: 'Cloud service: Data Act switching terms (notice ≤ 2 months, transition ≤ 30 days, retrieval ≥ 30 days) missing.',
  },
  explanation: {
    fr: "Quand le prestataire fournit lui-même un service de traitement de données (cloud, hébergement, SaaS) à un client de l’UE, le Data Act (applicable depuis le 12 septembre 2025) impose : préavis de changement d’au plus 2 mois, période transitoire d’au plus 30 jours (prolongeable jusqu’à 7 mois si techniquement impossible), récupération des données pendant au moins 30 jours, liste exhaustive des données exportables, et frais de changement limités au coût jusqu’au 11 janvier 2027 puis interdits.",
    en: 'When the provider itself supplies a data-processing service (cloud, hosting, SaaS) to an EU client, the Data Act (applicable since 12 September 2025) requires: switching notice of at most 2 months, a transitional period of at most 30 days (extendable up to 7 months when technically unfeasible), data retrieval for at least 30 days, an exhaustive list of exportable data, and switching charges limited to cost until 11 January 2027, then prohibited.',
  },
  legalBasis: 'Règlement (UE) 2023/2854 (Data Act) art. 23–31',
  example: 'exit {\n  cloud_switching { notice 2 months }\n}',
  fixed: 'exit {\n  cloud_switching { notice 2 months; transition 30 days; retrieval 30 days; exportable input_data, output_data, metadata; charges none }\n}',
});
