import { doc, ev, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { yesNo } from '../common.ts';
import { countries } from '../countries.ts';
import { enumList, flag, frequency, oneEnum, text, within } from './shared.ts';

// `personal_data { … }`: the processing agreement of GDPR art. 28 and of nLPD art. 9 — brief §2.7
// data.gdpr-dpa, data.subprocessors, data.transfers, data.ch-nlpd; validation §3.5.
//
// Design (EDPB Guidelines 07/2020, §§ 109–160): the agreement must say *how* the processor meets each
// duty of art. 28(3)(a)–(h), not restate the article. So every duty is a block whose facts are the
// "how" — the channel through which instructions are documented, the deadline for assisting with a
// data-subject request, the notice and frequency of audits — and the checker counts a duty as present
// only when those facts are stated. A bare keyword (`audits`) would be a restatement of the article,
// which is exactly what the EDPB says is insufficient; it is accepted by the grammar but not by the
// rule. Duty (g), return or deletion at the end, is stated once in `exit { data_return { … } }`.

const HOURS = ['h', 'hour', 'hours'];

const channel = enumList('channel', 'Moyen par lequel les instructions sont documentées.', 'How instructions are documented.',
  t.enum([
    ev('contract', 'le contrat et ses annexes', 'the contract and its annexes'),
    ev('ticket', 'ticket dans l’outil de support', 'ticket in the support tool'),
    ev('email', 'courriel d’une personne habilitée', 'e-mail from an authorised person'),
    ev('signed_order', 'bon de commande ou avenant signé', 'signed order or amendment'),
  ]), 'channel contract, ticket');

const controllerBlock: StatementSpec = {
  keyword: 'controller',
  doc: doc('Obligations et droits du responsable du traitement (RGPD art. 28(3), 7e élément).', 'Obligations and rights of the controller (GDPR art. 28(3), 7th element).'),
  legalBasis: 'RGPD art. 28(3)', args: [], cardinality: 'one', blockRequired: true,
  example: 'controller { obligations lawful_basis, documented_instructions; rights audit, instruct, object_subprocessors }',
  block: {
    statements: [
      enumList('obligations', 'Obligations du responsable du traitement.', 'Obligations of the controller.', t.enum([
        ev('lawful_basis', 'disposer d’une base légale pour chaque traitement', 'have a lawful basis for each processing'),
        ev('documented_instructions', 'donner des instructions documentées', 'give documented instructions'),
        ev('inform_subjects', 'informer les personnes concernées', 'inform the data subjects'),
        ev('records', 'tenir le registre des traitements', 'keep the record of processing activities'),
        ev('cooperation', 'coopérer avec le sous-traitant (accès, informations nécessaires)', 'cooperate with the processor (access, necessary information)'),
        ev('supervise', 'superviser le traitement', 'supervise the processing'),
      ]), 'obligations lawful_basis, documented_instructions, inform_subjects'),
      enumList('rights', 'Droits du responsable du traitement.', 'Rights of the controller.', t.enum([
        ev('instruct', 'donner des instructions', 'give instructions'),
        ev('audit', 'auditer le sous-traitant', 'audit the processor'),
        ev('object_subprocessors', 's’opposer à un nouveau sous-traitant ultérieur', 'object to a new sub-processor'),
        ev('obtain_return', 'obtenir la restitution des données', 'obtain the return of the data'),
        ev('suspend', 'suspendre le traitement', 'suspend the processing'),
        ev('terminate', 'résilier en cas de manquement', 'terminate for breach'),
      ]), 'rights instruct, audit, object_subprocessors'),
    ],
  },
};

const subprocessor: StatementSpec = {
  keyword: 'subprocessor',
  doc: doc('Sous-traitant ultérieur autorisé : dénomination, pays de traitement, service rendu.', 'Authorised sub-processor: name, country of processing, service provided.'),
  legalBasis: 'RGPD art. 28(2) et (4)',
  args: [value('id', t.name()), value('name', t.string())],
  declares: { slot: 'id', namespace: 'subprocessor' },
  cardinality: 'many', blockRequired: true,
  example: 'subprocessor ninja "NinjaOne LLC" { country US; service rmm }',
  block: {
    statements: [
      enumList('country', 'Pays où le sous-traitant ultérieur traite ou héberge les données.', 'Countries where the sub-processor processes or hosts the data.', countries, 'country FR'),
      enumList('service', 'Service confié.', 'Service entrusted.', t.enum([
        ev('rmm', 'supervision et télémaintenance (RMM)', 'remote monitoring and management (RMM)'),
        ev('backup', 'sauvegarde externalisée', 'off-site backup'),
        ev('hosting', 'hébergement', 'hosting'),
        ev('mail', 'messagerie', 'e-mail'),
        ev('helpdesk', 'outil de support (tickets)', 'helpdesk (ticketing) tool'),
        ev('security', 'sécurité (EDR, antivirus, filtrage)', 'security (EDR, antivirus, filtering)'),
        ev('datacenter', 'centre de données', 'data centre'),
        ev('support', 'support de niveau 2 ou 3', 'second- or third-level support'),
        ev('other', 'autre service', 'other service'),
      ]), 'service rmm'),
      text('description', 'Description du service confié.', 'Description of the service entrusted.', 'description "Agent de supervision des postes"'),
    ],
  },
};

const subprocessors: StatementSpec = {
  keyword: 'subprocessors',
  doc: doc('Recours à des sous-traitants ultérieurs : mode d’autorisation, liste, information préalable, opposition.', 'Use of sub-processors: authorisation mode, list, prior notice, objection.'),
  legalBasis: 'RGPD art. 28(2) et (4); nLPD art. 9 al. 3',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'subprocessors { authorisation general; notice 30 days; objection { within 15 days } }',
  block: {
    statements: [
      oneEnum('authorisation', 'Autorisation préalable écrite : spécifique (chaque sous-traitant) ou générale (liste + information et opposition).', 'Prior written authorisation: specific (each sub-processor) or general (list + notice and objection).', t.enum([
        ev('specific', 'autorisation spécifique', 'specific authorisation'),
        ev('general', 'autorisation générale', 'general authorisation'),
      ]), 'authorisation general', 'RGPD art. 28(2)'),
      { keyword: 'notice', doc: doc('Délai d’information préalable avant tout ajout ou remplacement.', 'Prior notice before any addition or replacement.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'notice 30 days' },
      {
        keyword: 'objection', doc: doc('Procédure d’opposition du client à un changement.', 'The client’s objection procedure against a change.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'objection { within 15 days; effect termination_without_penalty }',
        block: {
          statements: [
            within('Délai pour s’opposer après l’information.', 'Time to object after the notice.', 'within 15 days'),
            oneEnum('effect', 'Conséquence d’une opposition motivée.', 'Consequence of a reasoned objection.', t.enum([
              ev('change_withdrawn', 'le prestataire renonce au changement', 'the provider withdraws the change'),
              ev('termination_without_penalty', 'résiliation sans pénalité du service concerné', 'termination of the affected service without penalty'),
              ev('negotiation', 'négociation de bonne foi puis résiliation possible', 'good-faith negotiation, then termination possible'),
            ]), 'effect termination_without_penalty'),
          ],
        },
      },
      oneEnum('flow_down', 'Mêmes obligations de protection des données imposées au sous-traitant ultérieur (art. 28(4)).', 'Same data-protection obligations imposed on the sub-processor (art. 28(4)).', t.enum([
        ev('same_obligations', 'mêmes obligations par contrat écrit', 'same obligations by written contract'),
      ]), 'flow_down same_obligations', 'RGPD art. 28(4)'),
      oneEnum('liability', 'Le sous-traitant initial demeure pleinement responsable.', 'The initial processor remains fully liable.', t.enum([
        ev('full', 'pleinement responsable envers le client', 'fully liable to the client'),
      ]), 'liability full', 'RGPD art. 28(4)'),
      flag('none', 'Aucun sous-traitant ultérieur à la signature.', 'No sub-processor at signature.'),
      subprocessor,
    ],
  },
};

const transfer: StatementSpec = {
  keyword: 'transfer',
  doc: doc('Transfert vers un pays tiers : destination et mécanisme d’encadrement.', 'Transfer to a third country: destination and transfer mechanism.'),
  legalBasis: 'RGPD art. 44–49; nLPD art. 16–17',
  args: [value('country', countries)],
  cardinality: 'many', blockRequired: true,
  example: 'transfer US { mechanism dpf; recipients ninja }',
  block: {
    statements: [
      oneEnum('mechanism', 'Mécanisme d’encadrement du transfert.', 'Transfer mechanism.', t.enum([
        ev('adequacy', 'décision d’adéquation', 'adequacy decision'),
        ev('dpf', 'Data Privacy Framework (destinataire certifié)', 'Data Privacy Framework (certified recipient)'),
        ev('scc', 'clauses contractuelles types', 'standard contractual clauses'),
        ev('bcr', 'règles d’entreprise contraignantes', 'binding corporate rules'),
        ev('code_of_conduct', 'code de conduite approuvé', 'approved code of conduct'),
        ev('certification', 'certification approuvée', 'approved certification'),
        ev('derogation', 'dérogation de l’art. 49 (exceptionnelle)', 'art. 49 derogation (exceptional)'),
      ]), 'mechanism scc', 'RGPD art. 45–49'),
      { keyword: 'recipients', doc: doc('Sous-traitants ultérieurs destinataires.', 'Receiving sub-processors.'), args: [value('items', t.ref('subprocessor'), { list: true })], cardinality: 'one', example: 'recipients ninja' },
      oneEnum('tia', 'Analyse d’impact du transfert réalisée.', 'Transfer impact assessment carried out.', yesNo, 'tia yes'),
      text('measures', 'Mesures supplémentaires (chiffrement, pseudonymisation…).', 'Supplementary measures (encryption, pseudonymisation…).', 'measures "Chiffrement de bout en bout, clés détenues dans l’UE"'),
    ],
  },
};

export const personalData: StatementSpec = {
  keyword: 'personal_data',
  doc: doc(
    'Traitement de données personnelles pour le compte du client : accord de sous-traitance (RGPD art. 28 / nLPD art. 9).',
    'Processing of personal data on behalf of the client: processing agreement (GDPR art. 28 / nLPD art. 9).',
  ),
  legalBasis: 'RGPD art. 28, 32–36; nLPD art. 9; Lignes directrices CEPD 07/2020',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'personal_data { subject_matter workstations, mail; purposes it_maintenance }',
  block: {
    statements: [
      oneEnum('processing', 'Le prestataire traite-t-il des données personnelles pour le client ? (toujours oui pour la télémaintenance des postes ou de la messagerie)', 'Does the provider process personal data for the client? (always yes for remote maintenance of workstations or mail)', yesNo, 'processing yes'),
      enumList('subjects_location', 'Où se trouvent les personnes concernées.', 'Where the data subjects are.', t.enum([
        ev('eu', 'dans l’Union européenne', 'in the European Union'),
        ev('ch', 'en Suisse', 'in Switzerland'),
        ev('other', 'ailleurs', 'elsewhere'),
      ]), 'subjects_location eu', 'RGPD art. 3'),
      enumList('form', 'Forme de l’accord (écrite, y compris électronique).', 'Form of the agreement (written, including electronic).', t.enum([
        ev('written', 'écrite', 'written'),
        ev('electronic', 'électronique', 'electronic'),
      ]), 'form written, electronic', 'RGPD art. 28(9)'),
      enumList('subject_matter', 'Objet du traitement : périmètre du SI concerné.', 'Subject-matter of the processing: the part of the IS concerned.', t.enum([
        ev('workstations', 'postes de travail', 'workstations'),
        ev('servers', 'serveurs', 'servers'),
        ev('mail', 'messagerie', 'e-mail'),
        ev('file_shares', 'partages de fichiers', 'file shares'),
        ev('backup', 'sauvegardes', 'backups'),
        ev('business_apps', 'applications métier', 'business applications'),
        ev('network', 'réseau et sécurité', 'network and security'),
        ev('hosting', 'hébergement', 'hosting'),
        ev('helpdesk', 'assistance aux utilisateurs', 'user support'),
      ]), 'subject_matter workstations, servers, mail', 'RGPD art. 28(3)'),
      {
        keyword: 'duration', doc: doc('Durée du traitement.', 'Duration of the processing.'), legalBasis: 'RGPD art. 28(3)',
        args: [opt('until', t.enum([
          ev('contract_term', 'durée du contrat', 'term of the contract'),
          ev('contract_and_reversibility', 'durée du contrat et de la réversibilité', 'term of the contract and of the reversibility'),
        ])), opt('period', t.duration())],
        cardinality: 'one', example: 'duration contract_and_reversibility',
      },
      enumList('nature', 'Nature des opérations de traitement.', 'Nature of the processing operations.', t.enum([
        ev('hosting', 'hébergement', 'hosting'),
        ev('storage', 'conservation', 'storage'),
        ev('consultation', 'consultation', 'consultation'),
        ev('remote_access', 'accès à distance', 'remote access'),
        ev('modification', 'modification', 'modification'),
        ev('backup', 'sauvegarde', 'backup'),
        ev('restoration', 'restauration', 'restoration'),
        ev('migration', 'migration', 'migration'),
        ev('transfer', 'transfert', 'transfer'),
        ev('deletion', 'effacement et destruction', 'erasure and destruction'),
      ]), 'nature remote_access, backup, restoration', 'RGPD art. 28(3)'),
      enumList('purposes', 'Finalités du traitement.', 'Purposes of the processing.', t.enum([
        ev('it_maintenance', 'maintien en condition opérationnelle du SI', 'keeping the IS operational'),
        ev('user_support', 'assistance aux utilisateurs', 'user support'),
        ev('backup', 'sauvegarde et restauration', 'backup and restoration'),
        ev('hosting', 'hébergement', 'hosting'),
        ev('security', 'sécurité du SI', 'IS security'),
        ev('supervision', 'supervision', 'monitoring'),
        ev('migration', 'migration', 'migration'),
      ]), 'purposes it_maintenance, user_support, backup', 'RGPD art. 28(3); nLPD art. 9 al. 1 let. a'),
      enumList('data_types', 'Types de données personnelles.', 'Types of personal data.', t.enum([
        ev('identity', 'état civil, identité', 'identity'),
        ev('contact', 'coordonnées', 'contact details'),
        ev('professional', 'vie professionnelle', 'professional life'),
        ev('connection_logs', 'données de connexion et journaux', 'connection data and logs'),
        ev('correspondence', 'correspondances (courriels)', 'correspondence (e-mails)'),
        ev('documents', 'contenu des documents et fichiers', 'content of documents and files'),
        ev('financial', 'données économiques et financières', 'economic and financial data'),
        ev('health', 'données de santé (catégorie particulière)', 'health data (special category)'),
        ev('judicial', 'données relatives aux infractions', 'data relating to offences'),
        ev('identifiers', 'numéros d’identification (NIR, AVS…)', 'identification numbers (social security…)'),
      ]), 'data_types identity, contact, connection_logs, correspondence', 'RGPD art. 28(3)'),
      enumList('data_subjects', 'Catégories de personnes concernées.', 'Categories of data subjects.', t.enum([
        ev('employees', 'salariés et collaborateurs', 'employees and staff'),
        ev('clients', 'clients', 'customers'),
        ev('prospects', 'prospects', 'prospects'),
        ev('suppliers', 'fournisseurs', 'suppliers'),
        ev('patients', 'patients', 'patients'),
        ev('partners', 'partenaires', 'partners'),
        ev('visitors', 'visiteurs', 'visitors'),
      ]), 'data_subjects employees, clients', 'RGPD art. 28(3)'),
      controllerBlock,
      enumList('location', 'Pays où le prestataire traite ou héberge les données.', 'Countries where the provider processes or hosts the data.', countries, 'location FR', 'RGPD art. 44; nLPD art. 16'),
      {
        keyword: 'instructions', doc: doc('(a) Traitement sur instruction documentée du client, y compris pour les transferts.', '(a) Processing only on the controller’s documented instructions, including transfers.'),
        legalBasis: 'RGPD art. 28(3)(a); nLPD art. 9 al. 1 let. a', args: [], cardinality: 'one', blockRequired: true,
        example: 'instructions { channel contract, ticket; legal_requirement inform_beforehand }',
        block: {
          statements: [
            channel,
            oneEnum('legal_requirement', 'Si le droit impose un traitement, le client en est informé au préalable.', 'If law requires a processing, the controller is informed beforehand.', t.enum([
              ev('inform_beforehand', 'information préalable du client, sauf interdiction légale', 'prior information of the controller unless legally prohibited'),
            ]), 'legal_requirement inform_beforehand'),
          ],
        },
      },
      {
        keyword: 'staff_confidentiality', doc: doc('(b) Personnes autorisées soumises à la confidentialité.', '(b) Authorised persons bound by confidentiality.'),
        legalBasis: 'RGPD art. 28(3)(b)', args: [], cardinality: 'one', blockRequired: true,
        example: 'staff_confidentiality { means employment_contract, signed_undertaking; training yearly }',
        block: {
          statements: [
            enumList('means', 'Comment la confidentialité est imposée.', 'How confidentiality is imposed.', t.enum([
              ev('employment_contract', 'clause du contrat de travail', 'employment-contract clause'),
              ev('signed_undertaking', 'engagement individuel signé', 'signed individual undertaking'),
              ev('statutory', 'obligation légale de secret', 'statutory secrecy obligation'),
              ev('it_charter', 'charte informatique opposable', 'binding IT charter'),
            ]), 'means employment_contract, signed_undertaking'),
            oneEnum('training', 'Fréquence de sensibilisation du personnel.', 'Frequency of staff awareness training.', frequency, 'training yearly'),
          ],
        },
      },
      {
        keyword: 'security', doc: doc('(c) Mesures de sécurité de l’art. 32.', '(c) Security measures of art. 32.'),
        legalBasis: 'RGPD art. 28(3)(c), 32; nLPD art. 8', args: [], cardinality: 'one', blockRequired: true,
        example: 'security { measures mfa, encryption_at_rest, backups, patching, access_control, logging }',
        block: {
          statements: [
            enumList('measures', 'Mesures techniques et organisationnelles.', 'Technical and organisational measures.', t.enum([
              ev('mfa', 'authentification multifacteur', 'multi-factor authentication'),
              ev('encryption_at_rest', 'chiffrement au repos', 'encryption at rest'),
              ev('encryption_in_transit', 'chiffrement en transit', 'encryption in transit'),
              ev('pseudonymisation', 'pseudonymisation', 'pseudonymisation'),
              ev('access_control', 'contrôle des accès et moindre privilège', 'access control and least privilege'),
              ev('logging', 'journalisation des accès', 'access logging'),
              ev('backups', 'sauvegardes testées', 'tested backups'),
              ev('patching', 'mises à jour de sécurité', 'security patching'),
              ev('endpoint_protection', 'protection des postes (EDR, antivirus)', 'endpoint protection (EDR, antivirus)'),
              ev('physical', 'sécurité physique', 'physical security'),
              ev('incident_response', 'procédure de gestion des incidents', 'incident-response procedure'),
            ]), 'measures mfa, encryption_at_rest, backups'),
            oneEnum('review', 'Fréquence de revue des mesures.', 'Frequency of review of the measures.', frequency, 'review yearly'),
            text('annex', 'Annexe détaillant les mesures.', 'Annex detailing the measures.', 'annex "Annexe 4 — Mesures de sécurité"'),
          ],
        },
      },
      subprocessors,
      {
        keyword: 'assist_rights', doc: doc('(e) Aide au client pour répondre aux demandes d’exercice des droits.', '(e) Assistance with data-subject rights requests.'),
        legalBasis: 'RGPD art. 28(3)(e), 12–22', args: [], cardinality: 'one', blockRequired: true,
        example: 'assist_rights { within 5 business_days; forward_requests yes }',
        block: {
          statements: [
            within('Délai d’assistance après la demande du client.', 'Time to assist after the controller’s request.', 'within 5 business_days'),
            oneEnum('forward_requests', 'Les demandes reçues directement sont transmises au client.', 'Requests received directly are forwarded to the controller.', yesNo, 'forward_requests yes'),
          ],
        },
      },
      {
        keyword: 'assist_compliance', doc: doc('(f) Aide au client pour la sécurité, les violations, l’AIPD et la consultation préalable (art. 32–36).', '(f) Assistance with security, breaches, DPIA and prior consultation (art. 32–36).'),
        legalBasis: 'RGPD art. 28(3)(f), 32–36', args: [], cardinality: 'one', blockRequired: true,
        example: 'assist_compliance { covers security, breach, dpia, prior_consultation; within 10 business_days }',
        block: {
          statements: [
            enumList('covers', 'Obligations pour lesquelles le prestataire apporte son aide.', 'Obligations the provider assists with.', t.enum([
              ev('security', 'sécurité du traitement (art. 32)', 'security of processing (art. 32)'),
              ev('breach', 'notification des violations (art. 33–34)', 'breach notification (art. 33–34)'),
              ev('dpia', 'analyse d’impact (art. 35)', 'impact assessment (art. 35)'),
              ev('prior_consultation', 'consultation préalable (art. 36)', 'prior consultation (art. 36)'),
            ]), 'covers security, breach, dpia, prior_consultation'),
            within('Délai de réponse aux demandes d’assistance.', 'Response time to assistance requests.', 'within 10 business_days'),
            oneEnum('billing', 'Prise en charge du coût de l’assistance.', 'Who bears the cost of assistance.', t.enum([
              ev('included', 'inclus dans la redevance', 'included in the fee'),
              ev('rate_card', 'selon le tarif en vigueur', 'at the current rate card'),
            ]), 'billing included'),
          ],
        },
      },
      {
        keyword: 'audits', doc: doc('(h) Informations et audits : préavis, fréquence, auditeur.', '(h) Information and audits: notice, frequency, auditor.'),
        legalBasis: 'RGPD art. 28(3)(h)', args: [], cardinality: 'one', blockRequired: true,
        example: 'audits { notice 30 days; frequency yearly; by client, mandated_auditor }',
        block: {
          statements: [
            { keyword: 'notice', doc: doc('Préavis avant un audit.', 'Notice before an audit.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'notice 30 days' },
            oneEnum('frequency', 'Fréquence maximale des audits (hors audit après incident).', 'Maximum frequency of audits (besides post-incident audits).', frequency, 'frequency yearly'),
            enumList('by', 'Qui peut auditer.', 'Who may audit.', t.enum([
              ev('client', 'le client', 'the client'),
              ev('mandated_auditor', 'un auditeur mandaté par le client', 'an auditor mandated by the client'),
              ev('authority', 'l’autorité de contrôle', 'the supervisory authority'),
            ]), 'by client, mandated_auditor'),
            oneEnum('cost', 'Qui supporte le coût de l’audit.', 'Who bears the cost of the audit.', whoPays(), 'cost client'),
          ],
        },
      },
      {
        keyword: 'infringing_instruction', doc: doc('Information immédiate du client si une instruction paraît contraire au droit.', 'Immediate information of the controller if an instruction appears to infringe the law.'),
        legalBasis: 'RGPD art. 28(3), dernière phrase', args: [], cardinality: 'one', blockRequired: true,
        example: 'infringing_instruction { notify within 1 business_day; suspend yes }',
        block: {
          statements: [
            { keyword: 'notify', doc: doc('Délai d’information du client.', 'Time to inform the controller.'), args: [word('within', true), value('duration', t.duration())], cardinality: 'one', example: 'notify within 1 business_day' },
            oneEnum('suspend', 'Le prestataire peut suspendre l’exécution de l’instruction.', 'The provider may suspend executing the instruction.', yesNo, 'suspend yes'),
          ],
        },
      },
      {
        keyword: 'breach_notification', doc: doc('Notification des violations de données au client, en heures.', 'Notification of personal-data breaches to the controller, in hours.'),
        legalBasis: 'RGPD art. 33(2); nLPD art. 24', args: [], cardinality: 'one', blockRequired: true,
        example: 'breach_notification { within 24 h; channel phone, email }',
        block: {
          statements: [
            within('Délai maximal de notification au client après la découverte, en heures.', 'Maximum time to notify the controller after discovery, in hours.', 'within 24 h', HOURS),
            enumList('channel', 'Moyens de notification.', 'Notification channels.', t.enum([
              ev('phone', 'téléphone', 'phone'), ev('email', 'courriel', 'e-mail'), ev('portal', 'portail', 'portal'),
            ]), 'channel phone, email'),
            enumList('content', 'Informations fournies.', 'Information supplied.', t.enum([
              ev('nature', 'nature de la violation', 'nature of the breach'),
              ev('categories', 'catégories et nombre de personnes et d’enregistrements', 'categories and number of subjects and records'),
              ev('consequences', 'conséquences probables', 'likely consequences'),
              ev('measures', 'mesures prises ou proposées', 'measures taken or proposed'),
              ev('contact', 'point de contact', 'contact point'),
            ]), 'content nature, categories, consequences, measures, contact', 'RGPD art. 33(3)'),
          ],
        },
      },
      transfer,
    ],
  },
};

function whoPays(): ReturnType<typeof t.enum> {
  return t.enum([ev('client', 'le client', 'the client'), ev('provider', 'le prestataire', 'the provider'), ev('shared', 'partagé', 'shared')]);
}
