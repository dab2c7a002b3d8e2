import { doc, ev, opt, t, value } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { noticeForms } from '../common.ts';
import { block, duration, one } from './helpers.ts';

// Jurisdiction, amicable settlement, amendments, notices, assignment, NIS2, due diligence
// (brief §2.4, §2.8 compliance.vigilance).

export const jurisdiction = one(
  'jurisdiction', 'Juridiction compétente : type de tribunal et siège, ou règles de compétence de droit commun.',
  'Competent court: type of court and seat, or the ordinary rules of jurisdiction.',
  [value('court', t.enum([
    ev('commercial_court', 'tribunal des activités économiques / de commerce', 'commercial court'),
    ev('judicial_court', 'tribunal judiciaire', 'civil court (tribunal judiciaire)'),
    ev('enterprise_court', 'tribunal de l’entreprise (Belgique)', 'enterprise court (Belgium)'),
    ev('cantonal_court', 'tribunaux ordinaires du canton (Suisse)', 'ordinary courts of the canton (Switzerland)'),
    ev('ordinary_rules', 'tribunaux compétents selon les règles de droit commun', 'courts competent under the ordinary rules'),
  ])), opt('seat', t.string())],
  'jurisdiction commercial_court "Lyon"',
  { legalBasis: 'FR: CPC 48; CH: CPC 17; BE: C. jud. 624, Règlement (UE) 1215/2012 art. 25' },
);

export const dispute = block(
  'dispute', 'Règlement amiable préalable des différends.', 'Prior amicable dispute settlement.',
  [
    one('escalation', 'Étapes successives du règlement amiable.', 'Successive steps of the amicable settlement.', [value('steps', t.enum([
      ev('steering_committee', 'comité de pilotage', 'steering committee'),
      ev('executives', 'dirigeants des parties', 'the parties’ executives'),
      ev('mediation', 'médiation', 'mediation'),
      ev('conciliation', 'conciliation', 'conciliation'),
    ]), { list: true })], 'escalation steering_committee, executives, mediation'),
    one('mediator', 'Médiateur ou centre de médiation désigné.', 'Designated mediator or mediation centre.', [value('name', t.string())], 'mediator "Centre interprofessionnel de médiation et d’arbitrage de Lyon"'),
    duration('before_court', 'Délai du règlement amiable avant toute action en justice (hors référé).', 'Time allowed for amicable settlement before any court action (except interim relief).', 'before_court 60 days', { legalBasis: 'FR: CPC 1528 ss.; Cass. ch. mixte, 14 février 2003 (fin de non-recevoir)' }),
  ],
  'dispute { escalation steering_committee, executives, mediation; before_court 60 days }',
  { legalBasis: 'FR: CPC 1528–1535' },
);

export const amendments = block(
  'amendments', 'Modifications du contrat : avenant écrit, mise à jour de l’inventaire.', 'Changes to the contract: written amendment, inventory update.',
  [
    one('written_for', 'Modifications qui exigent un avenant écrit signé des deux parties.', 'Changes that require a written amendment signed by both parties.', [value('subjects', t.enum([
      ev('scope', 'périmètre', 'scope'),
      ev('sla', 'niveaux de service', 'service levels'),
      ev('price', 'prix', 'price'),
      ev('term', 'durée', 'term'),
      ev('any', 'toute modification', 'any change'),
    ]), { list: true })], 'written_for scope, sla, price'),
    one('inventory_update', 'Procédure de mise à jour de l’annexe d’inventaire.', 'Procedure to update the inventory annex.', [value('procedure', t.enum([
      ev('change_request', 'demande de changement validée par le client, puis annexe mise à jour', 'change request approved by the client, then annex updated'),
      ev('periodic_review', 'revue périodique en comité de pilotage', 'periodic review in the steering committee'),
      ev('amendment', 'avenant', 'amendment'),
    ]))], 'inventory_update change_request'),
    duration('inventory_review', 'Fréquence de revue de l’inventaire.', 'Frequency of the inventory review.', 'inventory_review 3 months'),
  ],
  'amendments { written_for scope, sla, price; inventory_update change_request }',
  { legalBasis: 'FR: C. civ. 1193' },
);

export const notices = block(
  'notices', 'Notifications entre les parties : formes admises et adresses.', 'Notices between the parties: accepted forms and addresses.',
  [
    one('forms', 'Formes de notification admises.', 'Accepted forms of notice.', [value('forms', noticeForms, { list: true })], 'forms registered_letter, email_ack'),
    {
      keyword: 'to', doc: doc('Adresse de notification d’une partie.', 'Notice address of a party.'),
      args: [value('party', t.ref('party')), value('address', t.string()), opt('email', t.string())], cardinality: 'many',
      example: 'to ns "12 rue de la République, 69002 Lyon" "contrats@network-service.fr"',
    },
    duration('deemed_received', 'Délai après lequel une notification est réputée reçue.', 'Time after which a notice is deemed received.', 'deemed_received 3 business_days'),
  ],
  'notices { forms registered_letter, email_ack; to ns "12 rue de la République, 69002 Lyon" }',
);

export const assignment = one(
  'assignment', 'Cession du contrat : conditions.', 'Assignment of the contract: conditions.',
  [value('rule', t.enum([
    ev('prior_written_consent', 'avec l’accord écrit préalable de l’autre partie', 'with the other party’s prior written consent'),
    ev('free_within_group', 'libre au sein du groupe, sur notification ; sinon avec accord', 'free within the group on notice; otherwise with consent'),
    ev('forbidden', 'interdite', 'forbidden'),
  ]))],
  'assignment prior_written_consent',
  { legalBasis: 'FR: C. civ. 1216; CH: CO 164 ss. (cession de créance), reprise de contrat conventionnelle' },
);

export const vigilance = block(
  'vigilance', 'Obligation de vigilance : pièces que le prestataire remet à la signature puis périodiquement.', 'Due-diligence duty: documents the provider supplies at signature and then periodically.',
  [
    one('documents', 'Pièces remises.', 'Documents supplied.', [value('documents', t.enum([
      ev('urssaf_certificate', 'attestation de vigilance URSSAF', 'URSSAF due-diligence certificate'),
      ev('registration_proof', 'extrait Kbis ou preuve d’immatriculation', 'Kbis extract or proof of registration'),
      ev('foreign_workers_list', 'liste des salariés étrangers soumis à autorisation de travail', 'list of foreign employees requiring a work permit'),
    ]), { list: true })], 'documents urssaf_certificate, registration_proof', { legalBasis: 'C. trav. D8222-5' }),
    duration('every', 'Périodicité de remise (6 mois au plus, jusqu’à la fin du contrat).', 'Periodicity of delivery (6 months at most, until the end of the contract).', 'every 6 months', { legalBasis: 'C. trav. L8222-1' }),
  ],
  'vigilance { documents urssaf_certificate, registration_proof; every 6 months }',
  { legalBasis: 'C. trav. L8222-1, D8222-5' },
);

export const clauseStatements: readonly StatementSpec[] = [jurisdiction, dispute, amendments, notices, assignment, vigilance];

