// Checklist rule codes IG3105–IG3111: the sector profiles (schema/blocks/sector-profiles.ts), the
// security annex and the consistency of the sub-processor list; see ./rule-codes.ts.
import { defineRuleCode } from './rule-codes.ts';

export const sectorProfessionalSecrecy = defineRuleCode({
  rule: 'sector.professional-secrecy', number: 105, level: 'required',
  title: { fr: 'Secret professionnel du client', en: 'Client’s professional secrecy' },
  summary: {
    fr: 'Client tenu au secret professionnel : le contrat doit l’étendre aux intervenants du prestataire (personnes habilitées, engagement, restrictions d’accès).',
    en: 'Client bound by professional secrecy: the contract must extend it to the provider’s staff (authorised persons, undertaking, access restrictions).',
  },
  explanation: {
    fr: "Un avocat, un médecin, un chirurgien-dentiste, un autre professionnel ou établissement de santé (en France, en Suisse et en Belgique), un établissement de crédit (France, Suisse) ou de paiement (France) est tenu par la loi au secret professionnel. Le prestataire qui accède à son système d’information accède aux informations couvertes : la clause de confidentialité générale ne suffit pas. Le contrat nomme les intervenants habilités (`staff`), dit comment chacun est tenu au secret (`undertaking`) et comment l’accès est restreint (`access`) ; la clause imprimée cite le texte propre à la profession et au droit applicable.",
    en: 'A lawyer, a physician, a dentist, another health professional or establishment (in France, Switzerland and Belgium), a credit institution (France, Switzerland) or a payment institution (France) is bound by statutory professional secrecy. A provider that accesses its information system accesses the information covered: the general confidentiality clause is not enough. The contract names the authorised staff (`staff`), says how each is bound (`undertaking`) and how access is restricted (`access`); the printed clause cites the statute of the profession under the governing law.',
  },
  legalBasis: 'FR: loi n° 71-1130 art. 66-5; C. pén. 226-13; CSP L1110-4; C. mon. fin. L511-33, L522-19. CH: CP 321; LLCA art. 13; LB art. 47; LPD art. 9 al. 1 let. b. BE: C. pén. 458',
  example: 'sector lawyer {\n  secrecy { staff "Julie Koch" }\n}',
  fixed: 'sector lawyer {\n  secrecy {\n    staff "Julie Koch"\n    undertaking signed\n    access named_only, minimal, logged\n  }\n}',
});

export const sectorHealthHosting = defineRuleCode({
  rule: 'sector.health-hosting', number: 106, level: 'required',
  title: { fr: 'Hébergement de données de santé (HDS)', en: 'Health-data hosting (HDS)' },
  summary: {
    fr: 'Données de santé hébergées par le prestataire pour un professionnel de santé : certification HDS et clauses de l’article R1111-11 CSP requises.',
    en: 'Health data hosted by the provider for a health professional: HDS certification and the clauses of CSP article R1111-11 required.',
  },
  explanation: {
    fr: "En droit français, qui héberge des données de santé recueillies lors d’activités de prévention, de diagnostic ou de soins pour le compte d’un professionnel ou d’un établissement de santé doit être certifié (CSP L1111-8 II) — ou le prestataire revend les services d’un hébergeur certifié qu’il nomme. Le contrat d’hébergement comporte les clauses de l’article R1111-11 : périmètre et dates du certificat, description des prestations, lieux d’hébergement (dans l’Espace économique européen selon le référentiel de 2024), droits des personnes, référent du client pour les incidents, indicateurs de service, prestataires externes, encadrement des accès, évolutions techniques, garanties en cas de défaillance, interdiction d’autres usages, restitution en fin d’hébergement. La règle s’applique quand le client est un professionnel ou un établissement de santé (ou que des données de santé de patients sont traitées) et que le prestataire héberge un service (`sla { hosting provider }` ou un service cloud qu’il fournit).",
    en: 'Under French law, whoever hosts health data collected in prevention, diagnosis or care on behalf of a health professional or establishment must be certified (CSP L1111-8 II) — or the provider resells the services of a certified hoster it names. The hosting contract contains the clauses of article R1111-11: scope and dates of the certificate, description of the services, hosting locations (in the European Economic Area under the 2024 framework), data subjects’ rights, the client’s incident contact, service indicators, external providers, access control, technical changes, guarantees against failure, no other use, return at the end of hosting. The rule applies when the client is a health professional or establishment (or patients’ health data are processed) and the provider hosts a service (`sla { hosting provider }` or a cloud service it supplies).',
  },
  legalBasis: 'CSP L1111-8, R1111-8-8, R1111-9, R1111-11; arrêté du 26 avril 2024 (référentiel HDS)',
  example: 'sector physician {\n  health_hosting { role certified }\n}',
  fixed: 'sector physician {\n  health_hosting {\n    role certified\n    certificate { activities administration, backup; issued 2025-01-15; renewal 2028-01-14 }\n    location FR\n    access named_staff, strong_auth, logged\n    incident_contact "Dr Hélène Schmitt"\n    changes_notice 3 months\n  }\n}',
});

export const sectorDora = defineRuleCode({
  rule: 'sector.dora', number: 107, level: 'required',
  title: { fr: 'Entité financière (DORA)', en: 'Financial entity (DORA)' },
  summary: {
    fr: 'Client entité financière : le contrat de services TIC doit comporter les clauses de l’article 30, paragraphe 2, de DORA.',
    en: 'Financial-entity client: the ICT services contract must contain the clauses of DORA article 30(2).',
  },
  explanation: {
    fr: "Depuis le 17 janvier 2025, les établissements de crédit, de paiement et de monnaie électronique, les entreprises d’investissement et d’assurance (et les autres entités de l’article 2 du règlement (UE) 2022/2554) ne peuvent conclure un contrat de services TIC que s’il comporte les clauses de l’article 30, paragraphe 2 : description des fonctions et services et conditions de sous-traitance (a), lieux de fourniture et de traitement avec préavis de changement (b), protection des données (c — annexe de sécurité), accès, récupération et restitution en cas d’insolvabilité ou de fin (d), niveaux de service (e), assistance en cas d’incident sans coût ou à coût fixé d’avance (f), coopération avec les autorités (g), droits de résiliation et préavis (h), participation à la sensibilisation (i).",
    en: 'Since 17 January 2025, credit, payment and e-money institutions, investment firms and insurance undertakings (and the other entities of article 2 of Regulation (EU) 2022/2554) may only enter into an ICT services contract that contains the clauses of article 30(2): description of functions and services and subcontracting conditions (a), locations of provision and processing with notice of changes (b), data protection (c — security annex), access, recovery and return on insolvency or termination (d), service levels (e), incident assistance at no cost or a cost set in advance (f), cooperation with authorities (g), termination rights and notice (h), participation in awareness (i).',
  },
  legalBasis: 'Règlement (UE) 2022/2554 art. 2, 28, 30(2); Règlement délégué (UE) 2024/1773',
  example: 'sector payment_institution {\n  dora { critical_function yes }\n}',
  fixed: 'sector payment_institution {\n  dora {\n    critical_function yes\n    functions "l’exploitation de la plateforme de paiement" "the operation of the payment platform"\n    subcontracting prior_consent\n    locations FR\n    location_notice 3 months\n    recovery 10 business_days\n    incident_assistance included\n    authority "Autorité de contrôle prudentiel et de résolution (ACPR)"\n    termination_notice 30 days\n    awareness included\n  }\n}',
});

export const sectorDoraCritical = defineRuleCode({
  rule: 'sector.dora-critical', number: 108, level: 'required',
  title: { fr: 'Fonction critique ou importante (DORA)', en: 'Critical or important function (DORA)' },
  summary: {
    fr: 'Services soutenant une fonction critique ou importante : clauses de l’article 30, paragraphe 3, de DORA requises.',
    en: 'Services supporting a critical or important function: the clauses of DORA article 30(3) are required.',
  },
  explanation: {
    fr: "Quand les services soutiennent une fonction critique ou importante, le contrat comporte en outre : des objectifs de service précis (a), l’information du client sur toute évolution significative (b), des plans de continuité mis en œuvre et testés (c — `security { continuity }`), la participation aux tests de pénétration fondés sur la menace (d — `tlpt yes`), des droits illimités d’accès, d’inspection et d’audit pour le client, son mandataire et l’autorité (e — `access_audit yes`, `security { audit }`), une stratégie de sortie avec période de transition (f).",
    en: 'When the services support a critical or important function, the contract also contains: precise service targets (a), notice to the client of any material development (b), contingency plans implemented and tested (c — `security { continuity }`), participation in threat-led penetration testing (d — `tlpt yes`), unrestricted rights of access, inspection and audit for the client, its appointee and the authority (e — `access_audit yes`, `security { audit }`), an exit strategy with a transition period (f).',
  },
  legalBasis: 'Règlement (UE) 2022/2554 art. 3(22), 26, 27, 28(8), 30(3)',
  example: 'sector payment_institution {\n  dora { critical_function yes; tlpt no }\n}',
  fixed: 'sector payment_institution {\n  dora {\n    critical_function yes\n    material_change_notice 5 business_days\n    tlpt yes\n    access_audit yes\n    exit_transition 6 months\n  }\n}\nsecurity {\n  audit { by client, mandated_auditor, authority; notice 15 days }\n  continuity { plans drp, bcp; rpo 1 h; rto 4 h; test yearly }\n}',
});

export const securityContinuity = defineRuleCode({
  rule: 'security.continuity', number: 109, level: 'required',
  title: { fr: 'Continuité d’activité des services hébergés', en: 'Business continuity of hosted services' },
  summary: {
    fr: 'Service de production hébergé avec engagement de disponibilité : plans de reprise et de continuité, RPO, RTO et tests requis.',
    en: 'Hosted production service with an availability commitment: recovery and continuity plans, RPO, RTO and tests required.',
  },
  explanation: {
    fr: "Quand le prestataire héberge ou exploite un service (`sla { hosting provider }`) avec un engagement de disponibilité (`availability`), la disponibilité mesurée ne dit pas ce qui se passe en cas de sinistre. Le contrat fixe les plans tenus à jour (PRA, PCA), la perte de données maximale admissible (RPO), la durée maximale d’interruption admissible (RTO) et la fréquence des tests, qui sont imprimés dans l’annexe de sécurité.",
    en: 'When the provider hosts or operates a service (`sla { hosting provider }`) with an availability commitment (`availability`), measured availability does not say what happens in a disaster. The contract sets the plans kept up to date (disaster recovery, business continuity), the recovery point objective (RPO), the recovery time objective (RTO) and the test frequency, printed in the security annex.',
  },
  legalBasis: 'RGPD art. 32(1)(b)–(c); LPD art. 8, OPDo art. 3; CSP R1111-11 10°; Directive (UE) 2022/2555 art. 21(2)(c); Règlement (UE) 2022/2554 art. 11',
  example: 'security {\n  continuity { rpo 24 h }\n}',
  fixed: 'security {\n  continuity {\n    plans drp, bcp\n    rpo 24 h\n    rto 4 h\n    test yearly\n  }\n}',
});

export const securityAnnex = defineRuleCode({
  rule: 'security.annex', number: 110, level: 'recommended',
  title: { fr: 'Annexe de sécurité', en: 'Security annex' },
  summary: {
    fr: 'Infogérance ou service hébergé sans annexe de sécurité complète (PSSI, audits de sécurité, coopération en cas d’incident, mesures).',
    en: 'Managed services or hosted service without a complete security annex (security policy, security audits, incident cooperation, measures).',
  },
  explanation: {
    fr: "Le prestataire d’infogérance administre le système d’information du client ; un contrat d’infogérance (`kind infogerance`) ou un service hébergé par le prestataire comporte une annexe de sécurité : la politique de sécurité applicable (PSSI du prestataire ou du client), le droit d’auditer la sécurité, la coopération en cas d’incident (rapport, preuves, autorités) et les mesures techniques et organisationnelles. Un contrat qui cite une « annexe sécurité » sans la contenir importe des obligations inconnues.",
    en: 'A managed-services provider administers the client’s information system; a managed-services contract (`kind infogerance`) or a service hosted by the provider has a security annex: the applicable security policy (the provider’s or the client’s), the right to audit security, cooperation on incidents (report, evidence, authorities) and the technical and organisational measures. A contract that cites a "security annex" without containing it imports unknown obligations.',
  },
  legalBasis: 'RGPD art. 28(3)(c), 32; LPD art. 8, OPDo art. 1–6; C. civ. 1119',
  example: 'kind infogerance\nsecurity {\n  policy provider "PSSI" "Security policy"\n}',
  fixed: 'kind infogerance\nsecurity {\n  policy provider "PSSI" "Security policy" version "2.0"\n  audit { by client, mandated_auditor; notice 30 days; frequency yearly; cost client }\n  incident { report 5 business_days; evidence 12 months; cooperation authorities, insurer }\n}\npersonal_data { security { measures mfa, backups, patching } }',
});

export const dataSubprocessorTools = defineRuleCode({
  rule: 'data.subprocessors-tools', number: 111, level: 'recommended',
  title: { fr: 'Sous-traitants ultérieurs et outils utilisés', en: 'Sub-processors and the tools used' },
  summary: {
    fr: 'Un outil ou un service d’une autre société, qui traite les données du client, n’apparaît pas dans la liste des sous-traitants ultérieurs.',
    en: 'A tool or service of another company that processes the client’s data is missing from the sub-processor list.',
  },
  explanation: {
    fr: "La liste des sous-traitants ultérieurs doit correspondre aux outils réellement utilisés : un outil de télémaintenance en mode service (TeamViewer, NinjaOne, N-able, AnyDesk…) dont les serveurs relaient les sessions, une copie de sauvegarde stockée dans le cloud, un service cloud revendu par le prestataire sont fournis par une autre société, qui traite les données du client et doit figurer dans la liste, avec son pays (RGPD art. 28(2) et (4) ; LPD art. 9 al. 3). La règle compare le nom de l’éditeur avec les dénominations et descriptions des sous-traitants ultérieurs déclarés.",
    en: 'The sub-processor list must match the tools actually used: a hosted remote-maintenance tool (TeamViewer, NinjaOne, N-able, AnyDesk…) whose servers relay the sessions, a backup copy stored in the cloud, a cloud service resold by the provider are supplied by another company, which processes the client’s data and must be on the list, with its country (GDPR art. 28(2) and (4); FADP art. 9(3)). The rule compares the vendor’s name with the names and descriptions of the declared sub-processors.',
  },
  legalBasis: 'RGPD art. 28(2), 28(4); LPD art. 9 al. 3',
  example: 'services { remote_access { tools "TeamViewer Tensor" } }\npersonal_data { subprocessors { authorisation general } }',
  fixed: 'services { remote_access { tools "TeamViewer Tensor" } }\npersonal_data {\n  subprocessors {\n    authorisation general\n    subprocessor teamviewer "TeamViewer Germany GmbH" { country DE; service rmm }\n  }\n}',
});
