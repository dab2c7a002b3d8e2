import { doc, ev, group, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { byValue, frequency } from './shared.ts';

// Advice, obligations of each party and governance — brief §2.5 advice.technology-watch, advice.duty,
// client.obligations, provider.obligations, governance.reporting; and what a real managed-services
// contract adds: committees with their members, agenda and minutes, an escalation ladder for
// difficulties of performance, a quality assurance plan. Each phrase reads inside the sentence of
// stdlib/clauses/services.infog or obligations.infog that prints it.

const list = (keyword: string, fr: string, en: string, values: ReturnType<typeof ev>[], example: string): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('items', t.enum(values), { list: true })], cardinality: 'one', example,
  phrase: { fr: '{items}', en: '{items}' },
});

const delay = (keyword: string, fr: string, en: string, example: string, phrase: { fr: string; en: string }): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('delay', t.duration())], cardinality: 'one', example, phrase,
});

const watch: StatementSpec = {
  keyword: 'watch',
  doc: doc('Veille technologique : forme, fréquence et thèmes des recommandations.', 'Technology watch: form, frequency and topics of the recommendations.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'watch { form meeting, written_report; frequency yearly; topics end_of_support, security, licensing, capacity }',
  block: {
    statements: [
      list('form', 'Forme des recommandations.', 'Form of the recommendations.', [
        ev('meeting', 'réunion de revue', 'review meeting', { fr: 'lors d’une réunion de revue', en: 'at a review meeting' }),
        ev('written_report', 'recommandations écrites', 'written recommendations', { fr: 'par des recommandations écrites', en: 'in written recommendations' }),
        ev('newsletter', 'lettre d’information', 'newsletter', { fr: 'par une lettre d’information', en: 'in a newsletter' }),
      ], 'form meeting, written_report'),
      { keyword: 'frequency', doc: doc('Fréquence de la revue.', 'Frequency of the review.'), args: [value('frequency', frequency)], cardinality: 'one', example: 'frequency yearly', phrase: { fr: '{frequency}', en: '{frequency}' } },
      list('topics', 'Thèmes couverts.', 'Topics covered.', [
        ev('end_of_support', 'fins de support', 'end of support', { fr: 'les fins de support annoncées par les constructeurs et les éditeurs', en: 'the end of support announced by manufacturers and publishers' }),
        ev('security', 'sécurité', 'security', { fr: 'les menaces et les vulnérabilités de sécurité', en: 'security threats and vulnerabilities' }),
        ev('licensing', 'licences', 'licensing', { fr: 'l’évolution des licences', en: 'changes in licensing' }),
        ev('capacity', 'capacité', 'capacity', { fr: 'la capacité des équipements au regard de l’usage', en: 'the capacity of the equipment in the light of its use' }),
        ev('budget', 'budget et renouvellements', 'budget and renewals', { fr: 'la planification budgétaire des renouvellements', en: 'budget planning for renewals' }),
        ev('compliance', 'conformité', 'compliance', { fr: 'la conformité réglementaire', en: 'regulatory compliance' }),
      ], 'topics end_of_support, security, licensing, capacity'),
    ],
  },
};

/** What the duty to advise and warn extends to: each value is an undertaking of the advice clause. */
const DUTY_SUBJECTS = [
  ev('needs', 'compréhension des besoins', 'understanding the needs', {
    fr: 's’informer des besoins du Client et de leur évolution, en l’interrogeant au besoin',
    en: 'inform itself of the Client’s needs and of how they change, asking the Client where needed',
  }),
  ev('specification', 'erreurs du cahier des charges', 'errors in the specification', {
    fr: 'signaler par écrit au Client les erreurs, lacunes ou incohérences de son expression des besoins ou de ses instructions qu’un professionnel diligent peut déceler',
    en: 'point out to the Client in writing any errors, gaps or inconsistencies in its statement of requirements or instructions that a diligent professional can detect',
  }),
  ev('changes', 'inconvénients et risques des changements', 'drawbacks and risks of changes', {
    fr: 'exposer au Client, avant qu’il ne valide une évolution ou un changement, ses inconvénients, ses risques et ses conséquences sur le fonctionnement du système d’information',
    en: 'explain to the Client, before it approves any change, its drawbacks, its risks and its consequences for the operation of the information system',
  }),
  ev('organisation', 'incidences organisationnelles', 'organisational impact', {
    fr: 'conseiller le Client sur les incidences organisationnelles de ces évolutions, notamment en matière de formation des utilisateurs, d’effectifs ou de réorganisation du travail',
    en: 'advise the Client on the organisational impact of those changes, in particular as regards user training, staffing or reorganisation of work',
  }),
  ev('obsolescence', 'obsolescence et fins de support', 'obsolescence and end of support', {
    fr: 'mettre en garde le Client contre le maintien en service d’un élément dont le support a pris fin ou va prendre fin',
    en: 'warn the Client against keeping in service any item whose support has ended or is about to end',
  }),
];

const duty: StatementSpec = {
  keyword: 'duty',
  doc: doc(
    'Devoir de conseil et de mise en garde : ce qu’il couvre, forme des mises en garde, acceptation écrite du client qui passe outre, document d’expression des besoins.',
    'Duty to advise and warn: what it covers, form of the warnings, written acknowledgement of a client who overrides advice, needs document.',
  ),
  legalBasis: 'FR: C. civ. 1104, 1112-1, 1194; CH: CO 398 al. 2 (diligence du mandataire); BE: C. civ. 5.73',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'duty { subjects needs, specification, changes, organisation; alerts written; acknowledgement written; needs_document "Expression des besoins du 15 novembre 2026" }',
  block: {
    statements: [
      {
        keyword: 'subjects', doc: doc(
          'Ce que couvre le devoir de conseil : compréhension des besoins, erreurs du cahier des charges, risques des changements avant validation, incidences organisationnelles (formation, effectifs), obsolescence.',
          'What the duty to advise covers: understanding the needs, errors in the specification, risks of changes before approval, organisational impact (training, staffing), obsolescence.',
        ),
        args: [value('items', t.enum(DUTY_SUBJECTS), { list: true })], cardinality: 'one', example: 'subjects needs, specification, changes, organisation',
        phrase: { fr: '{items}', en: '{items}' },
      },
      {
        keyword: 'alerts', doc: doc('Forme des mises en garde sur les choix risqués du client.', 'Form of the warnings about the client’s risky choices.'),
        args: [value('form', t.enum([
          ev('written', 'écrit (courrier ou courriel)', 'in writing (letter or e-mail)', { fr: 'par écrit, par courrier ou par courriel', en: 'in writing, by letter or e-mail' }),
          ev('report', 'dans le rapport périodique', 'in the periodic report', { fr: 'par écrit, dans son rapport d’activité', en: 'in writing, in its activity report' }),
          ev('registered_letter', 'lettre recommandée', 'registered letter', { fr: 'par lettre recommandée avec demande d’avis de réception', en: 'by registered letter with acknowledgement of receipt' }),
        ]))],
        cardinality: 'one', example: 'alerts written',
        phrase: { fr: '{form}', en: '{form}' },
      },
      {
        keyword: 'acknowledgement', doc: doc('Forme de l’acceptation du client qui passe outre un conseil.', 'Form of the client’s acknowledgement when overriding advice.'),
        args: [value('form', t.enum([
          ev('written', 'écrite', 'in writing', { fr: 'par écrit', en: 'in writing' }),
          ev('signed', 'signée', 'signed', { fr: 'par un écrit signé de son représentant', en: 'in a document signed by its representative' }),
          ev('email', 'par courriel', 'by e-mail', { fr: 'par courriel', en: 'by e-mail' }),
        ]))],
        cardinality: 'one', example: 'acknowledgement written',
        phrase: { fr: '{form}', en: '{form}' },
      },
      {
        keyword: 'needs_document', doc: doc('Document d’expression des besoins (cahier des charges) de référence.', 'Reference needs document (requirements specification).'), args: [value('reference', t.prose())], cardinality: 'one', example: 'needs_document "Expression des besoins du 15 novembre 2026"',
        phrase: { fr: '« {reference} »', en: '“{reference}”' },
      },
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
  legalBasis: 'FR: C. civ. 1104, 1194 (obligation de collaboration); CH: CC 2, CO 394; BE: C. civ. 5.73',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'client { access premises, systems, admin_accounts; referent "Marc Leroy"; licences valid; inform_changes 5 business_days; cooperation 2 business_days }',
  block: {
    statements: [
      list('access', 'Accès que le client garantit au prestataire.', 'Access the client guarantees to the provider.', [
        ev('premises', 'locaux', 'premises', { fr: 'à ses locaux', en: 'to its premises' }),
        ev('systems', 'systèmes', 'systems', { fr: 'à ses systèmes', en: 'to its systems' }),
        ev('admin_accounts', 'comptes d’administration', 'admin accounts', { fr: 'aux comptes d’administration', en: 'to the administrator accounts' }),
        ev('documentation', 'documentation existante', 'existing documentation', { fr: 'à la documentation existante', en: 'to the existing documentation' }),
        ev('vendors', 'contacts des éditeurs et fournisseurs', 'vendor and supplier contacts', { fr: 'aux contacts de ses éditeurs et fournisseurs', en: 'to its publishers’ and suppliers’ contacts' }),
      ], 'access premises, systems, admin_accounts'),
      { keyword: 'referent', doc: doc('Référent désigné par le client.', 'Referent named by the client.'), args: [value('name', t.string())], cardinality: 'one', example: 'referent "Marc Leroy"', phrase: { fr: '{name}', en: '{name}' } },
      {
        keyword: 'licences', doc: doc('Le client détient des licences valides, à son nom, pour les logiciels couverts.', 'The client holds valid licences, in its name, for the covered software.'),
        args: [value('rule', t.enum([ev('valid', 'licences valides au nom du client', 'valid licences in the client’s name'), ev('provider_supplied', 'licences fournies par le prestataire', 'licences supplied by the provider')]))],
        cardinality: 'one', example: 'licences valid',
        phrase: {
          fr: byValue('rule', {
            valid: 'il détient, à son nom, des licences valides pour les logiciels du périmètre',
            provider_supplied: 'les licences des logiciels du périmètre lui sont fournies par le Prestataire, aux conditions de l’inventaire',
          }),
          en: byValue('rule', {
            valid: 'it holds valid licences, in its own name, for the software in scope',
            provider_supplied: 'the licences for the software in scope are supplied to it by the Provider, on the terms of the inventory',
          }),
        },
      },
      delay('inform_changes', 'Délai dans lequel le client informe le prestataire de tout changement de son SI.', 'Delay within which the client informs the provider of changes to its systems.', 'inform_changes 5 business_days',
        { fr: 'dans un délai de {delay}', en: 'within {delay}' }),
      delay('cooperation', 'Délai de réponse du client aux demandes du prestataire (au-delà, les délais du SLA sont suspendus).', 'Client response delay to the provider’s requests (beyond it, SLA clocks pause).', 'cooperation 2 business_days',
        { fr: 'dans un délai de {delay}', en: 'within {delay}' }),
    ],
  },
};

const provider: StatementSpec = {
  keyword: 'provider',
  doc: doc('Obligations du prestataire : personnel qualifié, règles de sécurité du client, tenue de la documentation.', 'Provider obligations: qualified staff, client security rules, documentation upkeep.'),
  legalBasis: 'FR: C. civ. 1104, 1231-1; CH: CO 398; BE: C. civ. 5.72, 5.73',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'provider { staffing named; qualifications "Microsoft 365 Certified"; site_rules comply; documentation quarterly }',
  block: {
    statements: [
      {
        keyword: 'staffing', doc: doc('Organisation des intervenants.', 'How staff is assigned.'),
        args: [value('mode', t.enum([ev('named', 'intervenants nommés', 'named staff'), ev('team', 'équipe dédiée', 'dedicated team'), ev('pool', 'centre de services mutualisé', 'shared service desk')]))],
        cardinality: 'one', example: 'staffing named',
        phrase: {
          fr: byValue('mode', {
            named: 'des intervenants nommément désignés, dont tout remplacement est notifié au Client',
            team: 'une équipe dédiée au Client, dont la composition est communiquée au Client',
            pool: 'les techniciens de son centre de services',
          }),
          en: byValue('mode', {
            named: 'named staff, any replacement of whom is notified to the Client',
            team: 'a team dedicated to the Client, whose members are notified to the Client',
            pool: 'the technicians of its service desk',
          }),
        },
      },
      {
        keyword: 'qualifications', doc: doc('Qualifications ou certifications des intervenants.', 'Qualifications or certifications of the staff.'), args: [value('items', t.string(), { list: true })], cardinality: 'one', example: 'qualifications "Microsoft 365 Certified", "Fortinet NSE 4"',
        phrase: { fr: '{items}', en: '{items}' },
      },
      {
        keyword: 'site_rules', doc: doc('Respect des règles de sécurité et d’accès du client sur site.', 'Compliance with the client’s security and access rules on site.'),
        args: [value('rule', t.enum([ev('comply', 'le prestataire respecte les règles du client', 'the provider complies with the client’s rules')]))],
        cardinality: 'one', example: 'site_rules comply',
        phrase: {
          fr: '{if rule is comply}son personnel respecte le règlement intérieur et les règles d’hygiène, de sécurité et d’accès en vigueur sur les sites du Client, qui lui ont été communiqués{end}',
          en: '{if rule is comply}its staff comply with the internal rules and the health, safety and access rules in force on the Client’s premises, as notified to it{end}',
        },
      },
      {
        keyword: 'documentation', doc: doc('Fréquence de mise à jour de la documentation d’exploitation.', 'Update frequency of the operations documentation.'), args: [value('frequency', frequency)], cardinality: 'one', example: 'documentation quarterly',
        phrase: { fr: '{frequency}', en: '{frequency}' },
      },
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

/** Members of a committee, by the role they hold for their Party; read after « composé » (« composé des … »). */
const MEMBERS = [
  ev('contract_managers', 'responsables du contrat', 'contract managers', { fr: 'des responsables du contrat de chaque Partie', en: 'each Party’s contract manager' }),
  ev('technical_referents', 'référents techniques', 'technical points of contact', { fr: 'des référents techniques', en: 'the technical points of contact' }),
  ev('executives', 'dirigeants', 'executives', { fr: 'd’un dirigeant de chaque Partie', en: 'a senior executive of each Party' }),
  ev('security_contacts', 'responsables de la sécurité', 'security contacts', { fr: 'des interlocuteurs chargés de la sécurité', en: 'the security contacts' }),
  ev('dpos', 'délégués à la protection des données', 'data protection officers', { fr: 'des délégués à la protection des données', en: 'the data protection officers' }),
  ev('service_manager', 'responsable du centre de services', 'service desk manager', { fr: 'du responsable du centre de services du Prestataire', en: 'the Provider’s service desk manager' }),
];

const AGENDA = [
  ev('sla_review', 'niveaux de service et pénalités', 'service levels and service credits', { fr: 'le respect des niveaux de service et les pénalités', en: 'performance against the service levels and any service credits' }),
  ev('incidents', 'incidents significatifs', 'significant incidents', { fr: 'les Incidents significatifs et leurs causes', en: 'significant Incidents and their causes' }),
  ev('changes', 'changements et évolutions', 'changes', { fr: 'les demandes de changement et les évolutions en cours', en: 'change requests and changes in progress' }),
  ev('inventory', 'évolutions de l’inventaire', 'inventory changes', { fr: 'les évolutions de l’inventaire', en: 'changes to the inventory' }),
  ev('security', 'sécurité', 'security', { fr: 'la sécurité du système d’information', en: 'the security of the information system' }),
  ev('recommendations', 'recommandations', 'recommendations', { fr: 'les recommandations du Prestataire', en: 'the Provider’s recommendations' }),
  ev('roadmap', 'plan d’évolution', 'roadmap', { fr: 'le plan d’évolution du système d’information', en: 'the roadmap of the information system' }),
  ev('invoicing', 'facturation', 'invoicing', { fr: 'la facturation', en: 'invoicing' }),
  ev('quality_plan', 'plan d’assurance qualité', 'quality assurance plan', { fr: 'le plan d’assurance qualité', en: 'the quality assurance plan' }),
];

/** The block of a committee: who sits on it, what it discusses, who writes its minutes and when. */
const committeeBlock = {
  statements: [
    list('members', 'Membres du comité.', 'Members of the committee.', MEMBERS, 'members contract_managers, technical_referents'),
    list('agenda', 'Ordre du jour permanent du comité.', 'Standing agenda of the committee.', AGENDA, 'agenda sla_review, incidents, changes'),
    {
      keyword: 'minutes', doc: doc(
        'Compte rendu de séance : qui le rédige, dans quel délai, et délai d’observations au-delà duquel il est réputé approuvé.',
        'Minutes of each meeting: who drafts them, within what delay, and the delay for comments after which they are deemed approved.',
      ),
      args: [
        value('by', t.enum([ev('provider', 'le prestataire', 'the provider'), ev('client', 'le client', 'the client')])),
        group(word('within'), value('delay', t.duration())),
        group(word('objections'), value('objections', t.duration())),
      ],
      cardinality: 'one', example: 'minutes provider within 5 business_days objections 10 business_days',
      phrase: {
        fr: `un compte rendu rédigé par ${byValue('by', { provider: 'le Prestataire', client: 'le Client' })}{if delay} et adressé à l’autre Partie dans un délai de {delay} à compter de la réunion{end}{if objections} ; ce compte rendu est réputé approuvé à défaut d’observations écrites dans un délai de {objections} à compter de sa réception{end}`,
        en: `minutes drafted by ${byValue('by', { provider: 'the Provider', client: 'the Client' })}{if delay} and sent to the other Party within {delay} of the meeting{end}{if objections}; the minutes are deemed approved absent written comments within {objections} of their receipt{end}`,
      },
    },
  ],
} as const;

const committee = (keyword: string, fr: string, en: string, example: string, phrase: { fr: string; en: string }): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('frequency', frequency)], cardinality: 'one', example, block: committeeBlock, phrase,
});

/** A contract-level escalation: who is seized of a difficulty of performance, in turn, and how long each has. */
const escalation: StatementSpec = {
  keyword: 'escalation',
  doc: doc(
    'Procédure d’escalade des difficultés d’exécution du contrat (distincte des escalades d’incidents du SLA) : instances saisies successivement et délai de chacune.',
    'Escalation of difficulties in the performance of the contract (distinct from the SLA’s incident escalations): bodies seized in turn and the time each has.',
  ),
  legalBasis: 'FR: C. civ. 1104; CH: CC 2; BE: C. civ. 5.73',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'escalation { level contract_managers within 5 business_days; level steering within 10 business_days; level executives within 15 business_days }',
  block: {
    statements: [{
      keyword: 'level', doc: doc('Échelon de l’escalade et délai dont il dispose pour résoudre la difficulté.', 'Escalation step and the time it has to resolve the difficulty.'),
      args: [
        value('who', t.enum([
          ev('contract_managers', 'responsables du contrat', 'contract managers', { fr: 'les responsables du contrat des deux Parties', en: 'the contract managers of both Parties' }),
          ev('operational', 'comité opérationnel', 'operational committee', { fr: 'le comité opérationnel, réuni en séance extraordinaire', en: 'the operational committee, in an extraordinary meeting' }),
          ev('steering', 'comité de pilotage', 'steering committee', { fr: 'le comité de pilotage, réuni en séance extraordinaire', en: 'the steering committee, in an extraordinary meeting' }),
          ev('executives', 'dirigeants', 'executives', { fr: 'les dirigeants des Parties', en: 'the senior executives of the Parties' }),
        ])),
        group(word('within'), value('delay', t.duration())),
      ],
      cardinality: 'many', example: 'level steering within 10 business_days',
      phrase: { fr: '{who}{if delay}, dans un délai de {delay}{end}', en: '{who}{if delay}, within {delay}{end}' },
    }],
  },
};

/** The quality assurance plan: when it is delivered, what it describes, how often it is reviewed. */
const qualityPlan: StatementSpec = {
  keyword: 'quality_plan',
  doc: doc(
    'Plan d’assurance qualité (PAQ) : délai de remise, contenu, fréquence de revue ; il précise l’exécution sans pouvoir déroger au contrat.',
    'Quality assurance plan: delivery delay, contents, review frequency; it details performance without derogating from the contract.',
  ),
  legalBasis: 'FR: C. civ. 1194; norme NF EN ISO 9001 (plan qualité)',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'quality_plan { delivery 1 month; contents organisation, procedures, indicators; review yearly }',
  block: {
    statements: [
      delay('delivery', 'Délai de remise du plan, à compter de l’entrée en vigueur.', 'Delay to deliver the plan, from entry into force.', 'delivery 1 month',
        { fr: 'dans un délai de {delay} à compter de l’entrée en vigueur du Contrat', en: 'within {delay} of the entry into force of the Contract' }),
      list('contents', 'Contenu du plan.', 'Contents of the plan.', [
        ev('organisation', 'organisation et interlocuteurs', 'organisation and contacts', { fr: 'l’organisation du Prestataire et ses interlocuteurs', en: 'the Provider’s organisation and contacts' }),
        ev('procedures', 'procédures d’exploitation', 'operating procedures', { fr: 'les procédures d’exploitation et de gestion des changements', en: 'the operating and change-management procedures' }),
        ev('tools', 'outils', 'tools', { fr: 'les outils utilisés', en: 'the tools used' }),
        ev('indicators', 'indicateurs de qualité', 'quality indicators', { fr: 'les indicateurs de qualité et leur mode de calcul', en: 'the quality indicators and how they are calculated' }),
        ev('risks', 'gestion des risques', 'risk management', { fr: 'la gestion des risques', en: 'risk management' }),
        ev('security', 'mesures de sécurité', 'security measures', { fr: 'les mesures de sécurité', en: 'the security measures' }),
        ev('reversibility', 'réversibilité', 'reversibility', { fr: 'les modalités de la réversibilité', en: 'the reversibility arrangements' }),
      ], 'contents organisation, procedures, indicators'),
      { keyword: 'review', doc: doc('Fréquence de revue du plan.', 'Review frequency of the plan.'), args: [value('frequency', frequency)], cardinality: 'one', example: 'review yearly', phrase: { fr: '{frequency}', en: '{frequency}' } },
    ],
  },
};

export const governance: StatementSpec = {
  keyword: 'governance',
  doc: doc(
    'Suivi du contrat : rapport périodique, comités (opérationnel, de pilotage) avec leurs membres, ordre du jour et comptes rendus, procédure d’escalade, plan d’assurance qualité.',
    'Contract governance: periodic report, committees (operational, steering) with their members, agenda and minutes, escalation procedure, quality assurance plan.',
  ),
  legalBasis: 'FR: C. civ. 1104, 1194; CH: CO 398, 400 (reddition de comptes); BE: C. civ. 5.73',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'governance { report monthly { contents tickets_by_priority, sla_attainment }; steering quarterly }',
  block: {
    statements: [
      {
        keyword: 'report', doc: doc('Rapport périodique et sa fréquence.', 'Periodic report and its frequency.'),
        args: [value('frequency', frequency)], cardinality: 'one', example: 'report monthly { contents tickets_by_priority, sla_attainment, preventive_actions, recommendations }',
        phrase: { fr: '{frequency}', en: '{frequency}' },
        block: {
          statements: [
            list('contents', 'Contenu du rapport.', 'Contents of the report.', [
              ev('tickets_by_priority', 'tickets par priorité', 'tickets by priority', { fr: 'le nombre de demandes et d’Incidents par Priorité', en: 'the number of requests and Incidents by Priority' }),
              ev('sla_attainment', 'respect des niveaux de service', 'SLA attainment', { fr: 'le respect des niveaux de service', en: 'performance against the service levels' }),
              ev('penalties', 'pénalités dues', 'penalties due', { fr: 'les pénalités dues', en: 'the service credits due' }),
              ev('preventive_actions', 'actions préventives réalisées', 'preventive actions done', { fr: 'les opérations de maintenance préventive réalisées', en: 'the preventive maintenance carried out' }),
              ev('recommendations', 'recommandations', 'recommendations', { fr: 'les recommandations du Prestataire', en: 'the Provider’s recommendations' }),
              ev('inventory_changes', 'évolutions du parc', 'inventory changes', { fr: 'les évolutions du parc', en: 'changes to the estate' }),
              ev('security_events', 'événements de sécurité', 'security events', { fr: 'les événements de sécurité', en: 'security events' }),
            ], 'contents tickets_by_priority, sla_attainment'),
            delay('within', 'Délai de remise après la fin de la période.', 'Delivery delay after the end of the period.', 'within 10 business_days',
              { fr: 'dans un délai de {delay} à compter de la fin de la période qu’il couvre', en: 'within {delay} of the end of the period it covers' }),
          ],
        },
      },
      committee('operational', 'Comité opérationnel (suivi courant de l’exécution) et sa fréquence.', 'Operational committee (day-to-day follow-up) and its frequency.', 'operational monthly { members contract_managers, technical_referents; agenda incidents, changes, inventory }',
        { fr: 'un comité opérationnel {frequency}', en: 'an operational committee {frequency}' }),
      committee('steering', 'Comité de pilotage (orientations, niveaux de service, évolutions) et sa fréquence.', 'Steering committee (direction, service levels, changes) and its frequency.', 'steering quarterly { members executives, contract_managers; agenda sla_review, recommendations, roadmap }',
        { fr: 'un comité de pilotage {frequency}', en: 'a steering committee {frequency}' }),
      escalation,
      qualityPlan,
    ],
  },
};
