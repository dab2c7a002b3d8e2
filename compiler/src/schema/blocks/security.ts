import { doc, ev, group, t, value, word } from '../value-types.ts';
import type { Localized } from '../../diagnostics/index.ts';
import type { StatementSpec, ValueType } from '../types.ts';
import { yesNo } from './common.ts';
import { atMost, every } from './data-exit/every.ts';

// Information security of the services (brief §5.18, §5.45; legal review §5 "Security", "Regulated
// clients"): `security { … }` is the security annex of the contract — the provider's or the client's
// security policy (PSSI), security-audit and penetration-test rights, cooperation on security
// incidents and, for hosted production services, business continuity (RPO, RTO, PRA / PCA). The
// technical and organisational measures themselves are those of `personal_data { security { … } }`
// (GDPR art. 32, LPD art. 8), printed in the same annex. `nis2 { … }` records the client's status under
// Directive (EU) 2022/2555 and the provider's supply-chain duties when the client is in scope.
//
// Each statement reads as the fragment the annex or article puts in its sentence
// (stdlib/clauses/security.infog).

const ph = (fr: string, en: string): Localized => ({ fr, en });

function duration(keyword: string, fr: string, en: string, example: string, phrase: Localized, legalBasis?: string): StatementSpec {
  return { keyword, doc: doc(fr, en), args: [value('duration', t.duration())], cardinality: 'one', example, phrase, ...(legalBasis ? { legalBasis } : {}) };
}

function oneOf(keyword: string, fr: string, en: string, type: ValueType, example: string, phrase: Localized, legalBasis?: string): StatementSpec {
  return { keyword, doc: doc(fr, en), args: [value('value', type)], cardinality: 'one', example, phrase, ...(legalBasis ? { legalBasis } : {}) };
}

function listOf(keyword: string, fr: string, en: string, type: ValueType, example: string, phrase: Localized, legalBasis?: string): StatementSpec {
  return { keyword, doc: doc(fr, en), args: [value('items', type, { list: true })], cardinality: 'one', example, phrase, ...(legalBasis ? { legalBasis } : {}) };
}

const auditors = t.enum([
  ev('client', 'le client', 'the client', { fr: 'le Client', en: 'the Client' }),
  ev('mandated_auditor', 'un auditeur indépendant mandaté par le client', 'an independent auditor appointed by the client', { fr: 'un auditeur indépendant qu’il mandate et qui n’est pas un concurrent du Prestataire', en: 'an independent auditor it appoints who is not a competitor of the Provider' }),
  ev('authority', 'l’autorité compétente', 'the competent authority', { fr: 'l’autorité compétente', en: 'the competent authority' }),
]);

const whoBears = (what: Localized): StatementSpec => oneOf('cost', `Qui supporte le coût ${what.fr}.`, `Who bears the cost of ${what.en}.`, t.enum([
  ev('client', 'le client', 'the client'),
  ev('provider', 'le prestataire', 'the provider'),
  ev('shared', 'partagé à parts égales', 'shared equally'),
]), 'cost client', ph(
  `le coût ${what.fr} {if value is client}étant à la charge du Client{end}{if value is provider}étant à la charge du Prestataire{end}{if value is shared}étant partagé à parts égales entre les Parties{end}`,
  `the cost of ${what.en} {if value is client}being borne by the Client{end}{if value is provider}being borne by the Provider{end}{if value is shared}being shared equally between the Parties{end}`,
));

const policy: StatementSpec = {
  keyword: 'policy',
  doc: doc(
    'Politique de sécurité des systèmes d’information (PSSI) applicable : celle du prestataire, qu’il applique aux services, ou celle du client, qu’il respecte chez le client ; intitulé, version et date identifient le document.',
    'Information security policy that applies: the provider’s, which it applies to the services, or the client’s, which it follows on the client’s systems; title, version and date identify the document.',
  ),
  legalBasis: 'ISO/IEC 27001:2022, point 5.2; RGPD art. 32; C. civ. 1119 (document identifié)',
  args: [
    value('owner', t.enum([
      ev('provider', 'PSSI du prestataire', 'the provider’s policy'),
      ev('client', 'PSSI du client', 'the client’s policy'),
    ])),
    value('title', t.prose()),
    group(word('version'), value('version', t.string())),
    group(word('dated'), value('date', t.date())),
  ],
  cardinality: 'many',
  example: 'policy provider "Politique de sécurité des systèmes d’information" "Information security policy" version "3.1" dated 2026-09-01',
  phrase: ph(
    '{if owner is provider}le Prestataire applique à l’exécution du Contrat sa politique de sécurité des systèmes d’information, intitulée « {title} »{if version}, version {version}{end}{if date}, du {date}{end}, qu’il tient à la disposition du Client et dont il lui notifie toute modification substantielle{end}{if owner is client}le Prestataire respecte, pour toute intervention sur le système d’information du Client, la politique de sécurité des systèmes d’information du Client, intitulée « {title} »{if version}, version {version}{end}{if date}, du {date}{end}, que celui-ci lui a communiquée et dont il lui notifie toute modification{end}',
    '{if owner is provider}the Provider applies to the performance of the Contract its information security policy, entitled “{title}”{if version}, version {version}{end}{if date}, dated {date}{end}, which it makes available to the Client and of any material change to which it notifies the Client{end}{if owner is client}the Provider follows, for any work on the Client’s information system, the Client’s information security policy, entitled “{title}”{if version}, version {version}{end}{if date}, dated {date}{end}, which the Client has communicated to it and of any change to which the Client notifies it{end}',
  ),
};

const audit: StatementSpec = {
  keyword: 'audit',
  doc: doc('Droit du client de faire auditer la sécurité des services : par qui, préavis, fréquence, coût.', 'The client’s right to have the security of the services audited: by whom, notice, frequency, cost.'),
  legalBasis: 'RGPD art. 28(3)(h), 32(1)(d); Directive (UE) 2022/2555 art. 21(2)(d); Règlement (UE) 2022/2554 art. 30(3)(e)',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'audit { by client, mandated_auditor; notice 30 days; frequency yearly; cost client }',
  block: {
    statements: [
      listOf('by', 'Qui peut conduire l’audit.', 'Who may carry out the audit.', auditors, 'by client, mandated_auditor', ph('par {items|or}', 'by {items|or}')),
      duration('notice', 'Préavis avant l’audit.', 'Notice before the audit.', 'notice 30 days', ph('moyennant un préavis de {duration|spelled}', 'on {duration|spelled}’ notice')),
      oneOf('frequency', 'Fréquence maximale des audits (hors audit consécutif à un incident).', 'Maximum frequency of audits (besides audits following an incident).', every, 'frequency yearly',
        (() => { const p = atMost('un audit', 'audit'); return ph(`${p.fr}, hors audit consécutif à un incident de sécurité`, `${p.en}, besides any audit following a security incident`); })()),
      whoBears(ph('de l’audit', 'the audit')),
    ],
  },
};

const pentest: StatementSpec = {
  keyword: 'pentest',
  doc: doc('Droit du client de faire réaliser des tests d’intrusion : par qui, préavis, fréquence, délai de correction des vulnérabilités, coût.', 'The client’s right to have penetration tests carried out: by whom, notice, frequency, deadline to fix vulnerabilities, cost.'),
  legalBasis: 'RGPD art. 32(1)(d); Directive (UE) 2022/2555 art. 21(2)(f); Règlement (UE) 2022/2554 art. 24–27',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'pentest { by mandated_auditor; notice 15 days; frequency yearly; remediation 30 days; cost client }',
  block: {
    statements: [
      listOf('by', 'Qui peut réaliser les tests.', 'Who may carry out the tests.', auditors, 'by mandated_auditor', ph('par {items|or}', 'by {items|or}')),
      duration('notice', 'Préavis avant les tests.', 'Notice before the tests.', 'notice 15 days', ph('moyennant un préavis de {duration|spelled}', 'on {duration|spelled}’ notice')),
      oneOf('frequency', 'Fréquence maximale des campagnes de tests.', 'Maximum frequency of test campaigns.', every, 'frequency yearly',
        (() => { const p = atMost('une campagne', 'campaign'); return ph(p.fr, p.en); })()),
      duration('remediation', 'Délai de correction des vulnérabilités critiques ou élevées révélées par les tests.', 'Deadline to fix critical or high vulnerabilities found by the tests.', 'remediation 30 days',
        ph('le Prestataire corrige les vulnérabilités critiques ou élevées révélées par ces tests dans un délai de {duration|spelled} à compter de la remise du rapport', 'the Provider fixes any critical or high vulnerability found by those tests within {duration|spelled} of the report being delivered')),
      whoBears(ph('des tests', 'the tests')),
    ],
  },
};

const incident: StatementSpec = {
  keyword: 'incident',
  doc: doc('Coopération en cas d’incident de sécurité : rapport d’incident, conservation des preuves, coopération avec les tiers (le délai de notification est celui des services de sécurité, `services { security { incident_notice … } }`).', 'Cooperation on security incidents: incident report, evidence kept, cooperation with third parties (the notice deadline is that of the security services, `services { security { incident_notice … } }`).'),
  legalBasis: 'RGPD art. 33(2); Directive (UE) 2022/2555 art. 21(2)(b), 23; Règlement (UE) 2022/2554 art. 30(2)(f)',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'incident { report 5 business_days; evidence 12 months; cooperation authorities, insurer, forensic }',
  block: {
    statements: [
      duration('report', 'Délai de remise du rapport d’incident après sa clôture.', 'Time to deliver the incident report after closure.', 'report 5 business_days',
        ph('il remet au Client, dans un délai de {duration|spelled} après la clôture de l’incident, un rapport qui en décrit les causes, l’impact et les mesures correctives', 'it delivers to the Client, within {duration|spelled} after the incident is closed, a report describing its causes, its impact and the corrective measures')),
      duration('evidence', 'Durée de conservation des journaux et éléments de preuve d’un incident.', 'How long logs and evidence of an incident are kept.', 'evidence 12 months',
        ph('il conserve les journaux et éléments de preuve utiles pendant {duration|spelled}', 'it keeps the relevant logs and evidence for {duration|spelled}')),
      listOf('cooperation', 'Tiers avec lesquels le prestataire coopère à la demande du client.', 'Third parties the provider cooperates with at the client’s request.', t.enum([
        ev('authorities', 'autorités compétentes et CSIRT', 'competent authorities and CSIRT', { fr: 'les autorités compétentes (notamment le CSIRT)', en: 'the competent authorities (including the CSIRT)' }),
        ev('insurer', 'assureur du client', 'the client’s insurer', { fr: 'l’assureur du Client', en: 'the Client’s insurer' }),
        ev('forensic', 'prestataire de réponse à incident', 'incident-response provider', { fr: 'l’intervenant spécialisé en réponse à incident que le Client désigne', en: 'the incident-response specialist the Client appoints' }),
        ev('law_enforcement', 'services d’enquête', 'law enforcement', { fr: 'les services d’enquête et l’autorité judiciaire', en: 'law enforcement and the judicial authorities' }),
      ]), 'cooperation authorities, insurer', ph('il coopère, à la demande du Client, avec {items}', 'it cooperates, at the Client’s request, with {items}')),
    ],
  },
};

const continuity: StatementSpec = {
  keyword: 'continuity',
  doc: doc(
    'Continuité d’activité des services hébergés : plans (PRA, PCA), perte de données maximale admissible (RPO), durée maximale d’interruption admissible (RTO), fréquence des tests.',
    'Business continuity of hosted services: plans (disaster recovery, business continuity), recovery point objective (RPO), recovery time objective (RTO), test frequency.',
  ),
  legalBasis: 'RGPD art. 32(1)(b)–(c); CSP R1111-11 (10°); Directive (UE) 2022/2555 art. 21(2)(c); Règlement (UE) 2022/2554 art. 11, 30(3)(c); ISO 22301',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'continuity { plans drp, bcp; rpo 24 h; rto 4 h; test yearly }',
  block: {
    statements: [
      listOf('plans', 'Plans tenus à jour.', 'Plans kept up to date.', t.enum([
        ev('drp', 'plan de reprise d’activité (PRA)', 'disaster recovery plan', { fr: 'un plan de reprise d’activité (PRA)', en: 'a disaster recovery plan' }),
        ev('bcp', 'plan de continuité d’activité (PCA)', 'business continuity plan', { fr: 'un plan de continuité d’activité (PCA)', en: 'a business continuity plan' }),
      ]), 'plans drp, bcp', ph('le Prestataire tient à jour {items} des services qu’il héberge pour le Client', 'the Provider keeps up to date {items} for the services it hosts for the Client')),
      duration('rpo', 'Perte de données maximale admissible (RPO).', 'Recovery point objective (RPO).', 'rpo 24 h',
        ph('une perte de données maximale admissible (RPO) de {duration|spelled}', 'a recovery point objective (RPO) of {duration|spelled}')),
      duration('rto', 'Durée maximale d’interruption admissible (RTO).', 'Recovery time objective (RTO).', 'rto 4 h',
        ph('une durée maximale d’interruption admissible (RTO) de {duration|spelled}', 'a recovery time objective (RTO) of {duration|spelled}')),
      oneOf('test', 'Fréquence des tests des plans.', 'How often the plans are tested.', every, 'test yearly',
        ph('il procède {value} à un test de reprise et communique au Client le compte rendu de chaque test et les mesures correctives qui en résultent', 'it carries out a recovery test {value} and gives the Client the report of each test and the resulting corrective measures')),
    ],
  },
};

export const security: StatementSpec = {
  keyword: 'security',
  doc: doc(
    'Sécurité des systèmes d’information : PSSI, audits de sécurité, tests d’intrusion, coopération en cas d’incident, continuité d’activité ; imprimé comme l’annexe de sécurité du contrat (avec les mesures de `personal_data { security }`).',
    'Information security: security policy, security audits, penetration tests, incident cooperation, business continuity; printed as the contract’s security annex (with the measures of `personal_data { security }`).',
  ),
  legalBasis: 'RGPD art. 32; LPD art. 8, OPDo art. 1–6; Directive (UE) 2022/2555 art. 21; Règlement (UE) 2022/2554 art. 28–30',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'security { policy provider "PSSI" version "2.0"; audit { by client; notice 30 days; frequency yearly } }',
  block: { statements: [policy, audit, pentest, incident, continuity] },
};

// ---- NIS 2 ----------------------------------------------------------------------------------------

export const nis2: StatementSpec = {
  keyword: 'nis2',
  doc: doc('NIS2 : statut du client et obligations de sécurité et de notification du prestataire.', 'NIS2: client status and the provider’s security and notification duties.'),
  legalBasis: 'Directive (UE) 2022/2555 (NIS 2), art. 3, 21 (chaîne d’approvisionnement), 23; BE: loi du 26 avril 2024; FR: loi de transposition à venir',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'nis2 { client_status important; incident_notice 24 h; audit_cooperation yes; security_annex yes }',
  block: {
    statements: [
      {
        keyword: 'client_status', doc: doc('Statut du client au regard de NIS2.', 'Client’s status under NIS2.'),
        args: [value('status', t.enum([
          ev('essential', 'entité essentielle', 'essential entity'),
          ev('important', 'entité importante', 'important entity'),
          ev('not_in_scope', 'hors champ', 'not in scope'),
        ]))],
        cardinality: 'one', example: 'client_status important', legalBasis: 'Directive (UE) 2022/2555, art. 3',
        phrase: ph(
          '{if status is essential}le Client a la qualité d’entité essentielle{end}{if status is important}le Client a la qualité d’entité importante{end}{if status is not_in_scope}le Client n’est ni une entité essentielle ni une entité importante{end} au sens de l’article 3 de la directive (UE) 2022/2555 du 14 décembre 2022 (NIS 2)',
          '{if status is essential}the Client is an essential entity{end}{if status is important}the Client is an important entity{end}{if status is not_in_scope}the Client is neither an essential nor an important entity{end} within the meaning of article 3 of Directive (EU) 2022/2555 of 14 December 2022 (NIS 2)',
        ),
      },
      duration('incident_notice', 'Délai de notification d’un incident de sécurité par le prestataire au client.', 'Time for the provider to notify a security incident to the client.', 'incident_notice 24 h',
        ph('le Prestataire notifie au Client tout incident ayant un impact important sur les services qu’il lui fournit dans un délai de {duration|spelled} après en avoir pris connaissance, afin de lui permettre de satisfaire à ses propres obligations de notification (article 23 de la directive)', 'the Provider notifies the Client of any incident having a significant impact on the services it provides within {duration|spelled} of becoming aware of it, so that the Client can meet its own reporting obligations (article 23 of the Directive)'),
        'Directive (UE) 2022/2555, art. 21, 23'),
      oneOf('audit_cooperation', 'Le prestataire coopère aux audits de sécurité du client.', 'The provider cooperates in the client’s security audits.', yesNo, 'audit_cooperation yes',
        ph('{if value is yes}le Prestataire coopère aux audits de sécurité menés par le Client, par un auditeur qu’il mandate ou par l’autorité compétente, et leur donne accès aux informations, locaux et systèmes nécessaires{end}{if value is no}la coopération du Prestataire aux audits de sécurité du Client se limite aux audits prévus au Contrat{end}', '{if value is yes}the Provider cooperates in the security audits carried out by the Client, by an auditor it appoints or by the competent authority, and gives them access to the necessary information, premises and systems{end}{if value is no}the Provider’s cooperation in the Client’s security audits is limited to the audits provided for in the Contract{end}')),
      oneOf('security_annex', 'Une annexe décrit les mesures de sécurité du prestataire (le bloc `security`).', 'An annex describes the provider’s security measures (the `security` block).', yesNo, 'security_annex yes',
        ph('{if value is yes}ces mesures sont décrites à l’{ref annex_security}{end}{if value is no}les Parties n’ont pas annexé au Contrat de description de ces mesures{end}', '{if value is yes}those measures are described in {ref annex_security}{end}{if value is no}the Parties have not annexed a description of those measures to the Contract{end}')),
    ],
  },
};
