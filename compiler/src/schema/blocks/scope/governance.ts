import { doc, ev, t, value } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { frequency } from './shared.ts';

// Advice, obligations of each party and governance — brief §2.5 advice.technology-watch, advice.duty,
// client.obligations, provider.obligations, governance.reporting.

const list = (keyword: string, fr: string, en: string, values: ReturnType<typeof ev>[], example: string): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('items', t.enum(values), { list: true })], cardinality: 'one', example,
});

const watch: StatementSpec = {
  keyword: 'watch',
  doc: doc('Veille technologique : forme, fréquence et thèmes des recommandations.', 'Technology watch: form, frequency and topics of the recommendations.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'watch { form meeting, written_report; frequency yearly; topics end_of_support, security, licensing, capacity }',
  block: {
    statements: [
      list('form', 'Forme des recommandations.', 'Form of the recommendations.', [
        ev('meeting', 'réunion de revue', 'review meeting'), ev('written_report', 'recommandations écrites', 'written recommendations'), ev('newsletter', 'lettre d’information', 'newsletter'),
      ], 'form meeting, written_report'),
      { keyword: 'frequency', doc: doc('Fréquence de la revue.', 'Frequency of the review.'), args: [value('frequency', frequency)], cardinality: 'one', example: 'frequency yearly' },
      list('topics', 'Thèmes couverts.', 'Topics covered.', [
        ev('end_of_support', 'fins de support', 'end of support'), ev('security', 'sécurité', 'security'), ev('licensing', 'licences', 'licensing'),
        ev('capacity', 'capacité', 'capacity'), ev('budget', 'budget et renouvellements', 'budget and renewals'), ev('compliance', 'conformité', 'compliance'),
      ], 'topics end_of_support, security, licensing, capacity'),
    ],
  },
};

const duty: StatementSpec = {
  keyword: 'duty',
  doc: doc('Devoir de conseil et de mise en garde : alertes écrites, acceptation du client, document de besoins.', 'Duty to advise and warn: written alerts, client acknowledgement, needs document.'),
  legalBasis: 'FR: C. civ. 1112-1 (devoir d’information); jurisprudence sur le devoir de conseil du prestataire informatique',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'duty { alerts written; acknowledgement written; needs_document "Expression des besoins du 15 novembre 2026" }',
  block: {
    statements: [
      {
        keyword: 'alerts', doc: doc('Forme des mises en garde sur les choix risqués du client.', 'Form of the warnings about the client’s risky choices.'),
        args: [value('form', t.enum([ev('written', 'écrit (courrier ou courriel)', 'in writing (letter or e-mail)'), ev('report', 'dans le rapport périodique', 'in the periodic report'), ev('registered_letter', 'lettre recommandée', 'registered letter')]))],
        cardinality: 'one', example: 'alerts written',
      },
      {
        keyword: 'acknowledgement', doc: doc('Forme de l’acceptation du client qui passe outre un conseil.', 'Form of the client’s acknowledgement when overriding advice.'),
        args: [value('form', t.enum([ev('written', 'écrite', 'in writing'), ev('signed', 'signée', 'signed'), ev('email', 'par courriel', 'by e-mail')]))],
        cardinality: 'one', example: 'acknowledgement written',
      },
      { keyword: 'needs_document', doc: doc('Document d’expression des besoins (cahier des charges) de référence.', 'Reference needs document (requirements specification).'), args: [value('reference', t.prose())], cardinality: 'one', example: 'needs_document "Expression des besoins du 15 novembre 2026"' },
    ],
  },
};

export const advice: StatementSpec = {
  keyword: 'advice',
  doc: doc('Conseil : veille technologique et devoir de conseil.', 'Advice: technology watch and duty to advise.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'advice { watch { frequency yearly } }',
  block: { statements: [watch, duty] },
};

const client: StatementSpec = {
  keyword: 'client',
  doc: doc('Obligations du client : accès, référent, licences, information, délais de collaboration.', 'Client obligations: access, referent, licences, information, cooperation delays.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'client { access premises, systems, admin_accounts; referent "Marc Leroy"; licences valid; inform_changes 5 business_days; cooperation 2 business_days }',
  block: {
    statements: [
      list('access', 'Accès que le client garantit au prestataire.', 'Access the client guarantees to the provider.', [
        ev('premises', 'locaux', 'premises'), ev('systems', 'systèmes', 'systems'), ev('admin_accounts', 'comptes d’administration', 'admin accounts'),
        ev('documentation', 'documentation existante', 'existing documentation'), ev('vendors', 'contacts des éditeurs et fournisseurs', 'vendor and supplier contacts'),
      ], 'access premises, systems, admin_accounts'),
      { keyword: 'referent', doc: doc('Référent désigné par le client.', 'Referent named by the client.'), args: [value('name', t.string())], cardinality: 'one', example: 'referent "Marc Leroy"' },
      {
        keyword: 'licences', doc: doc('Le client détient des licences valides, à son nom, pour les logiciels couverts.', 'The client holds valid licences, in its name, for the covered software.'),
        args: [value('rule', t.enum([ev('valid', 'licences valides au nom du client', 'valid licences in the client’s name'), ev('provider_supplied', 'licences fournies par le prestataire', 'licences supplied by the provider')]))],
        cardinality: 'one', example: 'licences valid',
      },
      { keyword: 'inform_changes', doc: doc('Délai dans lequel le client informe le prestataire de tout changement de son SI.', 'Delay within which the client informs the provider of changes to its systems.'), args: [value('delay', t.duration())], cardinality: 'one', example: 'inform_changes 5 business_days' },
      { keyword: 'cooperation', doc: doc('Délai de réponse du client aux demandes du prestataire (au-delà, les délais du SLA sont suspendus).', 'Client response delay to the provider’s requests (beyond it, SLA clocks pause).'), args: [value('delay', t.duration())], cardinality: 'one', example: 'cooperation 2 business_days' },
    ],
  },
};

const provider: StatementSpec = {
  keyword: 'provider',
  doc: doc('Obligations du prestataire : personnel qualifié, règles de sécurité du client, tenue de la documentation.', 'Provider obligations: qualified staff, client security rules, documentation upkeep.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'provider { staffing named; qualifications "Microsoft 365 Certified"; site_rules comply; documentation quarterly }',
  block: {
    statements: [
      {
        keyword: 'staffing', doc: doc('Organisation des intervenants.', 'How staff is assigned.'),
        args: [value('mode', t.enum([ev('named', 'intervenants nommés', 'named staff'), ev('team', 'équipe dédiée', 'dedicated team'), ev('pool', 'centre de services mutualisé', 'shared service desk')]))],
        cardinality: 'one', example: 'staffing named',
      },
      { keyword: 'qualifications', doc: doc('Qualifications ou certifications des intervenants.', 'Qualifications or certifications of the staff.'), args: [value('items', t.string(), { list: true })], cardinality: 'one', example: 'qualifications "Microsoft 365 Certified", "Fortinet NSE 4"' },
      {
        keyword: 'site_rules', doc: doc('Respect des règles de sécurité et d’accès du client sur site.', 'Compliance with the client’s security and access rules on site.'),
        args: [value('rule', t.enum([ev('comply', 'le prestataire respecte les règles du client', 'the provider complies with the client’s rules')]))],
        cardinality: 'one', example: 'site_rules comply',
      },
      { keyword: 'documentation', doc: doc('Fréquence de mise à jour de la documentation d’exploitation.', 'Update frequency of the operations documentation.'), args: [value('frequency', frequency)], cardinality: 'one', example: 'documentation quarterly' },
    ],
  },
};

export const obligations: StatementSpec = {
  keyword: 'obligations',
  doc: doc('Obligations du client et du prestataire.', 'Obligations of the client and of the provider.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'obligations { client { referent "Marc Leroy" } }',
  block: { statements: [client, provider] },
};

export const REPORT_CONTENTS = ['tickets_by_priority', 'sla_attainment', 'penalties', 'preventive_actions', 'recommendations'] as const;

export const governance: StatementSpec = {
  keyword: 'governance',
  doc: doc('Suivi du contrat : rapport périodique et comité de pilotage.', 'Contract governance: periodic report and steering committee.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'governance { report monthly { contents tickets_by_priority, sla_attainment }; steering quarterly }',
  block: {
    statements: [
      {
        keyword: 'report', doc: doc('Rapport périodique et sa fréquence.', 'Periodic report and its frequency.'),
        args: [value('frequency', frequency)], cardinality: 'one', example: 'report monthly { contents tickets_by_priority, sla_attainment, preventive_actions, recommendations }',
        block: {
          statements: [
            list('contents', 'Contenu du rapport.', 'Contents of the report.', [
              ev('tickets_by_priority', 'tickets par priorité', 'tickets by priority'), ev('sla_attainment', 'respect des niveaux de service', 'SLA attainment'),
              ev('penalties', 'pénalités dues', 'penalties due'), ev('preventive_actions', 'actions préventives réalisées', 'preventive actions done'),
              ev('recommendations', 'recommandations', 'recommendations'), ev('inventory_changes', 'évolutions du parc', 'inventory changes'), ev('security_events', 'événements de sécurité', 'security events'),
            ], 'contents tickets_by_priority, sla_attainment'),
            { keyword: 'within', doc: doc('Délai de remise après la fin de la période.', 'Delivery delay after the end of the period.'), args: [value('delay', t.duration())], cardinality: 'one', example: 'within 10 business_days' },
          ],
        },
      },
      { keyword: 'steering', doc: doc('Fréquence du comité de pilotage.', 'Frequency of the steering committee.'), args: [value('frequency', frequency)], cardinality: 'one', example: 'steering quarterly' },
    ],
  },
};
