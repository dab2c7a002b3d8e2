import { doc, ev, opt, t, value } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { noticeForms } from '../common.ts';
import { amendmentRecord } from './amendment-history.ts';
import { block, duration, one } from './helpers.ts';

// Jurisdiction, amicable settlement, amendments, notices, assignment, NIS2, due diligence
// (brief §2.4, §2.8 compliance.vigilance).

export const jurisdiction = one(
  'jurisdiction', 'Juridiction compétente : type de tribunal et siège, ou règles de compétence de droit commun.',
  'Competent court: type of court and seat, or the ordinary rules of jurisdiction.',
  [value('court', t.enum([
    ev('commercial_court', 'tribunal de commerce', 'commercial court'),
    ev('economic_court', 'tribunal des activités économiques (juridictions de l’expérimentation)', 'economic activities court (courts of the pilot scheme)'),
    ev('judicial_court', 'tribunal judiciaire', 'civil court (tribunal judiciaire)'),
    ev('enterprise_court', 'tribunal de l’entreprise (Belgique)', 'enterprise court (Belgium)'),
    ev('cantonal_court', 'tribunaux ordinaires du canton (Suisse)', 'ordinary courts of the canton (Switzerland)'),
    ev('ordinary_rules', 'tribunaux compétents selon les règles de droit commun', 'courts competent under the ordinary rules'),
  ])), opt('seat', t.string(), { doc: doc('Siège du tribunal, tel qu’il suit « de » : « Lyon », « Liège, division de Namur », « Genève ».', 'Seat of the court, as it follows "of": "Lyon", "Liège, division de Namur", "Genève".') })],
  'jurisdiction commercial_court "Lyon"',
  {
    legalBasis: 'FR: CPC 48; CH: CPC 17; BE: C. jud. 573, 624; Règlement (UE) n° 1215/2012, art. 25',
    // « le tribunal de l’entreprise de Liège, division de Namur », « les tribunaux ordinaires du canton de Genève ».
    phrase: {
      fr: '{if court is commercial_court}le tribunal de commerce{end}{if court is economic_court}le tribunal des activités économiques{end}{if court is judicial_court}le tribunal judiciaire{end}{if court is enterprise_court}le tribunal de l’entreprise{end}{if court is cantonal_court}les tribunaux ordinaires du canton{end}{if court is ordinary_rules}la juridiction compétente selon les règles de droit commun{end}{if seat} de {seat}{end}',
      en: '{if court is commercial_court}the Commercial Court{end}{if court is economic_court}the Economic Activities Court{end}{if court is judicial_court}the Judicial Court{end}{if court is enterprise_court}the Enterprise Court{end}{if court is cantonal_court}the ordinary courts of the Canton{end}{if court is ordinary_rules}the court having jurisdiction under the ordinary rules{end}{if seat} of {seat}{end}',
    },
  },
);

export const dispute = block(
  'dispute', 'Règlement amiable préalable des différends.', 'Prior amicable dispute settlement.',
  [
    one('escalation', 'Étapes successives du règlement amiable.', 'Successive steps of the amicable settlement.', [value('steps', t.enum([
      ev('steering_committee', 'comité de pilotage', 'steering committee', { fr: 'le comité de pilotage', en: 'the steering committee' }),
      ev('executives', 'dirigeants des parties', 'the parties’ executives', { fr: 'les dirigeants des Parties', en: 'the Parties’ senior executives' }),
      ev('mediation', 'médiation', 'mediation', { fr: 'la médiation', en: 'mediation' }),
      ev('conciliation', 'conciliation', 'conciliation', { fr: 'la conciliation', en: 'conciliation' }),
    ]), { list: true })], 'escalation steering_committee, executives, mediation', { phrase: { fr: '{steps}', en: '{steps}' } }),
    one('mediator', 'Médiateur ou centre de médiation désigné, avec son article (« le Centre… », « un médiateur agréé… »).', 'Designated mediator or mediation centre, with its article ("the Centre…", "a mediator accredited…").',
      [value('name', t.prose())], 'mediator "le Centre interprofessionnel de médiation et d’arbitrage de Lyon" "the Lyon Interprofessional Mediation and Arbitration Centre"', { phrase: { fr: '{name}', en: '{name}' } }),
    duration('before_court', 'Délai du règlement amiable avant toute action en justice (hors mesures d’urgence, provisoires ou conservatoires).', 'Time allowed for amicable settlement before any court action (except urgent, interim or protective measures).', 'before_court 60 days', {
      legalBasis: 'FR: CPC 1528 ss.; Cass. ch. mixte, 14 février 2003 (fin de non-recevoir); CH: CPC 197, 213; BE: C. jud. 1724 ss.',
      phrase: { fr: '{duration|spelled}', en: '{duration|spelled}' },
    }),
  ],
  'dispute { escalation steering_committee, executives, mediation; before_court 60 days }',
  { legalBasis: 'FR: CPC 1528–1535; CH: CPC 213–218; BE: C. jud. 1723/1–1737' },
);

export const amendments = block(
  'amendments', 'Modifications du contrat : avenant écrit, mise à jour de l’inventaire.', 'Changes to the contract: written amendment, inventory update.',
  [
    one('written_for', 'Modifications qui exigent un avenant écrit signé des deux parties.', 'Changes that require a written amendment signed by both parties.', [value('subjects', t.enum([
      ev('scope', 'périmètre', 'scope', { fr: 'le périmètre', en: 'the scope' }),
      ev('sla', 'niveaux de service', 'service levels', { fr: 'les niveaux de service', en: 'the service levels' }),
      ev('price', 'prix', 'price', { fr: 'le prix', en: 'the price' }),
      ev('term', 'durée', 'term', { fr: 'la durée', en: 'the term' }),
      ev('any', 'toute modification', 'any change', { fr: 'toute stipulation du Contrat', en: 'any provision of the Contract' }),
    ]), { list: true })], 'written_for scope, sla, price', { phrase: { fr: '{subjects}', en: '{subjects}' } }),
    // A noun phrase read after « par » / "by": « mis à jour par avenant ».
    one('inventory_update', 'Procédure de mise à jour de l’annexe d’inventaire.', 'Procedure to update the inventory annex.', [value('procedure', t.enum([
      ev('change_request', 'demande de changement validée par le client, puis annexe mise à jour', 'change request approved by the client, then annex updated', { fr: 'demande de changement validée par écrit par le Client, suivie de la mise à jour de l’annexe d’inventaire', en: 'a change request approved in writing by the Client, followed by the update of the inventory annex' }),
      ev('periodic_review', 'revue périodique en comité de pilotage', 'periodic review in the steering committee', { fr: 'revue périodique en comité de pilotage', en: 'a periodic review in the steering committee' }),
      ev('amendment', 'avenant', 'amendment', { fr: 'avenant', en: 'amendment' }),
    ]))], 'inventory_update change_request', { phrase: { fr: '{procedure}', en: '{procedure}' } }),
    duration('inventory_review', 'Fréquence de revue de l’inventaire.', 'Frequency of the inventory review.', 'inventory_review 3 months', { phrase: { fr: '{duration|spelled}', en: '{duration|spelled}' } }),
    amendmentRecord,
  ],
  'amendments { written_for scope, sla, price; inventory_update change_request }',
  { legalBasis: 'FR: C. civ. 1193; CH: CO 12, 16; BE: C. civ. 5.69' },
);

export const notices = block(
  'notices', 'Notifications entre les parties : formes admises et adresses.', 'Notices between the parties: accepted forms and addresses.',
  [
    one('forms', 'Formes de notification admises.', 'Accepted forms of notice.', [value('forms', noticeForms, { list: true })], 'forms registered_letter, email_ack', { phrase: { fr: 'par {forms|or}', en: 'by {forms|or}' } }),
    {
      keyword: 'to', doc: doc('Adresses de notification d’une partie : postale, et électronique pour les notifications par courriel.', 'Notice addresses of a party: postal, and electronic for notices by e-mail.'),
      args: [value('party', t.ref('party')), value('address', t.string()), opt('email', t.string())], cardinality: 'many',
      example: 'to ns "12 rue de la République, 69002 Lyon" "contrats@network-service.fr"',
      // The e-mail first, so the postal address closes the sentence.
      phrase: {
        fr: 'à {party}, {if email}par courriel à l’adresse {email} et {end}par courrier à l’adresse {address}',
        en: 'to {party}, {if email}by e-mail at {email} and {end}by post at {address}',
      },
    },
    duration('deemed_received', 'Délai après lequel une notification est réputée reçue.', 'Time after which a notice is deemed received.', 'deemed_received 3 business_days', { phrase: { fr: '{duration|spelled}', en: '{duration|spelled}' } }),
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
  {
    legalBasis: 'FR: C. civ. 1216; CH: CO 164 ss. (cession de créance), reprise de contrat conventionnelle; BE: C. civ. 5.181',
    phrase: {
      fr: '{if rule is forbidden}Aucune Partie ne peut céder le Contrat, en tout ou partie.{end}{if rule is free_within_group}Chaque Partie peut céder le Contrat à une société du groupe auquel elle appartient, après en avoir informé l’autre Partie par écrit ; toute autre cession requiert l’accord préalable et écrit de l’autre Partie.{end}{if rule is prior_written_consent}Aucune Partie ne peut céder le Contrat, en tout ou partie, sans l’accord préalable et écrit de l’autre Partie.{end}',
      en: '{if rule is forbidden}Neither Party may assign the Contract, in whole or in part.{end}{if rule is free_within_group}Each Party may assign the Contract to a company of the group to which it belongs after informing the other Party in writing; any other assignment requires the other Party’s prior written consent.{end}{if rule is prior_written_consent}Neither Party may assign the Contract, in whole or in part, without the other Party’s prior written consent.{end}',
    },
  },
);

export const vigilance = block(
  'vigilance', 'Obligation de vigilance : pièces que le prestataire remet à la signature puis périodiquement.', 'Due-diligence duty: documents the provider supplies at signature and then periodically.',
  [
    one('documents', 'Pièces remises.', 'Documents supplied.', [value('documents', t.enum([
      ev('urssaf_certificate', 'attestation de vigilance URSSAF', 'URSSAF due-diligence certificate', { fr: 'l’attestation de vigilance délivrée par l’URSSAF', en: 'the due-diligence certificate issued by URSSAF' }),
      ev('registration_proof', 'extrait Kbis ou preuve d’immatriculation', 'Kbis extract or proof of registration', { fr: 'un extrait d’immatriculation au registre du commerce et des sociétés (extrait Kbis)', en: 'an extract of its registration in the Trade and Companies Register (Kbis extract)' }),
      ev('foreign_workers_list', 'liste des salariés étrangers soumis à autorisation de travail', 'list of foreign employees requiring a work permit', { fr: 'la liste nominative des salariés étrangers soumis à autorisation de travail', en: 'the list of its foreign employees who require a work permit' }),
    ]), { list: true })], 'documents urssaf_certificate, registration_proof', { legalBasis: 'C. trav. D8222-5', phrase: { fr: '{documents}', en: '{documents}' } }),
    duration('every', 'Périodicité de remise (6 mois au plus, jusqu’à la fin du contrat).', 'Periodicity of delivery (6 months at most, until the end of the contract).', 'every 6 months', { legalBasis: 'C. trav. L8222-1', phrase: { fr: '{duration|spelled}', en: '{duration|spelled}' } }),
  ],
  'vigilance { documents urssaf_certificate, registration_proof; every 6 months }',
  { legalBasis: 'C. trav. L8222-1, D8222-5' },
);

export const clauseStatements: readonly StatementSpec[] = [jurisdiction, dispute, amendments, notices, assignment, vigilance];

