import type { Localized } from '../../diagnostics/index.ts';

// Sector profiles as data (docs/clauses/data-security-sectors.md): for each profile, the facts of a
// contract that select it, the governing laws under which it applies, the facts it makes REQUIRED,
// the checklist rule that reports them and the clauses it prints. The checker
// (model/checks/sector/profiles.ts) evaluates this table; the rows of `infog init --sector`
// (cli/init/sectors.ts) name the profiles their starting block satisfies. Conditions use the clause language's paths (docs/clauses.md, "Fact paths"): a path
// names statements from the contract down, `values` compares their first value (any item of a list).

export interface SectorCondition {
  readonly path: string;
  /** Empty or absent: the statement is present; else its first value is one of these. */
  readonly values?: readonly string[];
}

export interface SectorRequirement {
  /** The fact that must be stated: a statement path (its label is in diagnostics/codes/facts-sector.ts). */
  readonly fact: string;
  /** It must have one of these values (`tlpt yes`); absent: stated with any value. */
  readonly values?: readonly string[];
  /** Only required when this holds (`hoster` when `role reseller`). */
  readonly when?: SectorCondition;
}

export type SectorLaw = 'FR' | 'CH' | 'BE';

export interface SectorProfile {
  readonly id: string;
  readonly name: Localized;
  readonly summary: Localized;
  /** The profile applies when every condition of one of these sets holds. */
  readonly selectedBy: readonly (readonly SectorCondition[])[];
  readonly requires: readonly SectorRequirement[];
  /** The checklist rule (its id) that reports the missing facts. */
  readonly rule: string;
  /** The clauses (ids in stdlib/clauses) that print the profile. */
  readonly clauses: readonly string[];
  readonly legalBasis: string;
  /** What applies under the laws the profile does not cover. */
  readonly elsewhere?: Localized;
}

const laws = (...l: SectorLaw[]): SectorCondition => ({ path: 'law', values: l });
const is = (path: string, ...values: string[]): SectorCondition => ({ path, values });
const stated = (path: string): SectorCondition => ({ path });
const need = (fact: string, extra: Omit<SectorRequirement, 'fact'> = {}): SectorRequirement => ({ fact, ...extra });

const HEALTH = ['physician', 'dentist', 'health_professional', 'health_establishment'];
const FINANCIAL = ['credit_institution', 'payment_institution', 'e_money_institution', 'investment_firm', 'insurance_undertaking'];
const PROVIDER_HOSTS = [is('sla.hosting', 'provider'), is('scope.cloud.supplied_by', 'provider')];

export const SECTOR_PROFILES: readonly SectorProfile[] = [
  {
    id: 'professional_secrecy',
    name: { fr: 'Secret professionnel du client', en: 'Client’s professional secrecy' },
    summary: {
      fr: 'Le client est tenu par la loi à un secret professionnel (avocat, professions de santé, établissements de crédit et de paiement en France) : le contrat étend ce secret aux intervenants du prestataire, nommément désignés, tenus par un engagement, avec des accès restreints.',
      en: 'The client is bound by a statutory professional secrecy (lawyers, health professions, credit and payment institutions in France): the contract extends it to the provider’s named staff, bound by an undertaking, with restricted access.',
    },
    selectedBy: [
      [laws('FR', 'CH', 'BE'), is('sector', 'lawyer', ...HEALTH)],
      [laws('FR', 'CH'), is('sector', 'credit_institution')],
      [laws('FR'), is('sector', 'payment_institution')],
    ],
    requires: [need('sector.secrecy.staff'), need('sector.secrecy.undertaking'), need('sector.secrecy.access')],
    rule: 'sector.professional-secrecy',
    clauses: ['sector', 'secrecy'],
    legalBasis: 'FR: loi n° 71-1130 du 31 décembre 1971 art. 66-5; C. pén. 226-13; CSP L1110-4, R4127-4, R4127-206; C. mon. fin. L511-33, L522-19. CH: CP 321; LLCA art. 13; LB art. 47; LPD art. 9 al. 1 let. b. BE: C. pén. 458',
    elsewhere: {
      fr: 'En Belgique, le secret des établissements de crédit et de paiement n’est pas pénalement sanctionné comme en France : la clause de confidentialité générale s’applique. En Suisse, un établissement de paiement n’a pas de secret légal propre.',
      en: 'In Belgium, the secrecy of credit and payment institutions is not a criminal offence as in France: the general confidentiality clause applies. In Switzerland, a payment institution has no statutory secrecy of its own.',
    },
  },
  {
    id: 'health_hosting_fr',
    name: { fr: 'Hébergement de données de santé (HDS)', en: 'Health-data hosting (HDS)' },
    summary: {
      fr: 'Le prestataire héberge, pour un professionnel ou un établissement de santé français, des données de santé recueillies lors d’activités de prévention, de diagnostic ou de soins : il doit être certifié HDS, ou revendre les services d’un hébergeur certifié nommé, et le contrat comporte les clauses de l’article R1111-11 du code de la santé publique, avec un hébergement dans l’Espace économique européen.',
      en: 'The provider hosts, for a French health professional or establishment, health data collected in prevention, diagnosis or care: it must be HDS-certified, or resell the services of a named certified hoster, and the contract contains the clauses of article R1111-11 of the Public Health Code, with hosting in the European Economic Area.',
    },
    selectedBy: [
      ...PROVIDER_HOSTS.map((h) => [laws('FR'), is('sector', ...HEALTH), h]),
      ...PROVIDER_HOSTS.map((h) => [laws('FR'), is('personal_data.data_types', 'health'), is('personal_data.data_subjects', 'patients'), h]),
    ],
    requires: [
      need('sector.health_hosting.role'),
      need('sector.health_hosting.certificate.activities'),
      need('sector.health_hosting.certificate.issued'),
      need('sector.health_hosting.certificate.renewal'),
      need('sector.health_hosting.hoster', { when: is('sector.health_hosting.role', 'reseller') }),
      need('sector.health_hosting.location'),
      need('sector.health_hosting.access'),
      need('sector.health_hosting.incident_contact'),
      need('sector.health_hosting.changes_notice'),
      need('security'),
    ],
    rule: 'sector.health-hosting',
    clauses: ['sector', 'health_hosting', 'annex_security'],
    legalBasis: 'CSP L1111-8, R1111-8-8, R1111-9, R1111-10, R1111-11; arrêté du 26 avril 2024 approuvant le référentiel de certification HDS',
    elsewhere: {
      fr: 'La certification HDS est propre au droit français. En Belgique, les données de santé sont une catégorie particulière (RGPD art. 9) et la loi du 30 juillet 2018 (art. 9) impose de désigner les personnes qui y accèdent et de les tenir à la confidentialité ; en Suisse, ce sont des données sensibles (LPD art. 5 let. c) soumises au secret de l’article 321 CP : ces règles sont imprimées par l’accord de sous-traitance et le profil de secret professionnel.',
      en: 'HDS certification is specific to French law. In Belgium, health data are a special category (GDPR art. 9) and the law of 30 July 2018 (art. 9) requires naming the persons who access them and binding them to confidentiality; in Switzerland they are sensitive data (FADP art. 5(c)) under the secrecy of article 321 SCC: those rules are printed by the processing agreement and the professional-secrecy profile.',
    },
  },
  {
    id: 'dora',
    name: { fr: 'Entité financière (DORA)', en: 'Financial entity (DORA)' },
    summary: {
      fr: 'Le client est une entité financière soumise au règlement (UE) 2022/2554 (DORA) : le contrat de services TIC comporte les clauses de son article 30, paragraphe 2 — description des fonctions et de la sous-traitance, lieux, protection et restitution des données, niveaux de service, assistance en cas d’incident, coopération avec les autorités, résiliation, sensibilisation.',
      en: 'The client is a financial entity subject to Regulation (EU) 2022/2554 (DORA): the ICT services contract contains the clauses of its article 30(2) — functions and subcontracting, locations, data protection and return, service levels, incident assistance, cooperation with authorities, termination, awareness.',
    },
    selectedBy: [
      [laws('FR', 'BE'), is('sector', ...FINANCIAL)],
      [laws('FR', 'BE'), stated('sector.dora')],
    ],
    requires: [
      need('sector.dora.critical_function'),
      need('sector.dora.functions'),
      need('sector.dora.subcontracting'),
      need('sector.dora.locations'),
      need('sector.dora.location_notice'),
      need('sector.dora.recovery'),
      need('sector.dora.incident_assistance'),
      need('sector.dora.authority'),
      need('sector.dora.termination_notice'),
      need('sector.dora.awareness'),
      need('security'),
      need('sla'),
    ],
    rule: 'sector.dora',
    clauses: ['sector', 'dora', 'annex_security'],
    legalBasis: 'Règlement (UE) 2022/2554 art. 2, 28, 30(2); Règlement délégué (UE) 2024/1773',
    elsewhere: {
      fr: 'DORA est un règlement de l’Union : il ne s’applique pas comme tel à une entité financière suisse (voir la circulaire FINMA 2018/3 « Outsourcing »). Les intermédiaires d’assurance qui sont des micro, petites ou moyennes entreprises en sont exclus (art. 2, paragraphe 3, point e)) : déclarez `dora { … }` seulement s’ils y sont soumis.',
      en: 'DORA is an EU regulation: it does not apply as such to a Swiss financial entity (see FINMA Circular 2018/3 "Outsourcing"). Insurance intermediaries that are micro, small or medium-sized enterprises are excluded (art. 2(3)(e)): declare `dora { … }` only if they are in scope.',
    },
  },
  {
    id: 'dora_critical',
    name: { fr: 'Fonction critique ou importante (DORA)', en: 'Critical or important function (DORA)' },
    summary: {
      fr: 'Les services soutiennent une fonction critique ou importante de l’entité financière : le contrat comporte en outre les clauses de l’article 30, paragraphe 3 — objectifs de service précis, information sur les évolutions significatives, plans de continuité testés, participation aux TLPT, droits illimités d’accès et d’audit, période de transition de sortie.',
      en: 'The services support a critical or important function of the financial entity: the contract also contains the clauses of article 30(3) — precise service targets, notice of material developments, tested contingency plans, TLPT participation, unrestricted access and audit rights, an exit transition period.',
    },
    selectedBy: [[laws('FR', 'BE'), is('sector.dora.critical_function', 'yes')]],
    requires: [
      need('sector.dora.material_change_notice'),
      need('sector.dora.tlpt', { values: ['yes'] }),
      need('sector.dora.access_audit', { values: ['yes'] }),
      need('sector.dora.exit_transition'),
      need('security.continuity'),
      need('security.audit'),
    ],
    rule: 'sector.dora-critical',
    clauses: ['dora', 'annex_security'],
    legalBasis: 'Règlement (UE) 2022/2554 art. 3(22), 26, 27, 28(8), 30(3)',
  },
  {
    id: 'hosted_production',
    name: { fr: 'Service de production hébergé', en: 'Hosted production service' },
    summary: {
      fr: 'Le prestataire héberge ou exploite un service de production avec un engagement de disponibilité : le contrat fixe la continuité d’activité — plans de reprise et de continuité, RPO, RTO, tests.',
      en: 'The provider hosts or operates a production service with an availability commitment: the contract sets out business continuity — disaster recovery and continuity plans, RPO, RTO, tests.',
    },
    selectedBy: [[is('sla.hosting', 'provider'), stated('sla.availability')]],
    requires: [
      need('security.continuity.plans'),
      need('security.continuity.rpo'),
      need('security.continuity.rto'),
      need('security.continuity.test'),
    ],
    rule: 'security.continuity',
    clauses: ['annex_security'],
    legalBasis: 'RGPD art. 32(1)(b)–(c); LPD art. 8, OPDo art. 3; CSP R1111-11 10°; Directive (UE) 2022/2555 art. 21(2)(c)',
  },
  {
    id: 'nis2',
    name: { fr: 'Entité essentielle ou importante (NIS 2)', en: 'Essential or important entity (NIS 2)' },
    summary: {
      fr: 'Le client est une entité essentielle ou importante au sens de la directive (UE) 2022/2555 : il répercute sur le prestataire les mesures de sécurité de la chaîne d’approvisionnement (art. 21) — notification des incidents, coopération aux audits, annexe de sécurité (RECOMMANDÉ).',
      en: 'The client is an essential or important entity under Directive (EU) 2022/2555: it passes the supply-chain security measures (art. 21) on to the provider — incident notification, audit cooperation, security annex (RECOMMENDED).',
    },
    selectedBy: [[is('nis2.client_status', 'essential', 'important')]],
    requires: [need('nis2.incident_notice'), need('nis2.audit_cooperation', { values: ['yes'] }), need('nis2.security_annex', { values: ['yes'] })],
    rule: 'compliance.nis2',
    clauses: ['nis2', 'annex_security'],
    legalBasis: 'Directive (UE) 2022/2555 art. 3, 21, 23; BE: loi du 26 avril 2024; FR: dispositions de transposition à venir',
    elsewhere: {
      fr: 'La directive ne s’applique pas en Suisse ; la loi sur la sécurité de l’information (LSI) y impose, depuis le 1er avril 2025, l’annonce des cyberattaques aux exploitants d’infrastructures critiques.',
      en: 'The Directive does not apply in Switzerland; there the Information Security Act (ISA) has required operators of critical infrastructure to report cyberattacks since 1 April 2025.',
    },
  },
];
