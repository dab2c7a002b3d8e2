import { doc, ev, opt, t, value } from '../value-types.ts';
import type { StatementSpec } from '../types.ts';
import { countries, yesNo } from './common.ts';

// Parties — brief §2.1 `parties.identification`, `parties.signatories`, `parties.contacts`.
// Identifier values are checked by model/validate/identifiers.ts (brief §3.1).

const str = (keyword: string, fr: string, en: string, example: string, extra: Partial<StatementSpec> = {}): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('value', t.string())], cardinality: 'one', example, ...extra,
});

const signatory: StatementSpec = {
  keyword: 'signatory',
  doc: doc('Personne qui signe pour la partie, avec sa qualité.', 'Person signing for the party, with their capacity.'),
  args: [value('name', t.string())],
  cardinality: 'many',
  example: 'signatory "Jean Martin" { capacity "Gérant" }',
  block: {
    statements: [
      { ...str('capacity', 'Qualité du signataire (gérant, président, administrateur délégué, fondé de pouvoir…).', 'Capacity of the signatory (manager, chair, managing director, attorney…).', 'capacity "Gérant" "Manager"'), args: [value('value', t.prose())] },
      {
        keyword: 'authority',
        doc: doc(
          'Fondement du pouvoir de signer : représentant légal, ou délégation / procuration (à référencer).',
          'Basis of the authority to sign: statutory representative, or delegation / power of attorney (to be referenced).',
        ),
        args: [
          value('basis', t.enum([
            ev('statutory', 'représentant légal', 'statutory representative'),
            ev('delegation', 'délégation de pouvoir', 'delegation of authority'),
            ev('power_of_attorney', 'procuration', 'power of attorney'),
          ])),
          opt('reference', t.prose(), { doc: doc('Référence de la délégation ou de la procuration.', 'Reference of the delegation or power of attorney.') }),
        ],
        cardinality: 'one',
        example: 'authority delegation "Délégation du 3 janvier 2026"',
      },
      str('email', 'Adresse électronique du signataire (signature électronique).', 'E-mail address of the signatory (electronic signature).', 'email "jean.martin@example.fr"'),
    ],
  },
};

const contact: StatementSpec = {
  keyword: 'contact',
  doc: doc('Interlocuteur désigné par la partie pour le suivi du contrat.', 'Contact person designated by the party for the contract.'),
  args: [
    value('role', t.enum([
      ev('contract_manager', 'responsable du contrat', 'contract manager'),
      ev('technical_referent', 'référent technique', 'technical referent'),
      ev('billing', 'contact facturation', 'billing contact'),
      ev('security', 'contact sécurité', 'security contact'),
      ev('dpo', 'délégué à la protection des données', 'data protection officer'),
      ev('escalation', "contact d'escalade", 'escalation contact'),
    ])),
    value('name', t.string()),
  ],
  cardinality: 'many',
  example: 'contact contract_manager "Claire Dupont" { email "c.dupont@example.fr" }',
  block: {
    statements: [
      str('email', 'Adresse électronique.', 'E-mail address.', 'email "c.dupont@example.fr"'),
      str('phone', 'Téléphone.', 'Phone number.', 'phone "+33 4 72 00 00 00"'),
    ],
  },
};

export const party: StatementSpec = {
  keyword: 'party',
  doc: doc(
    'Une partie au contrat : le prestataire (infogérant) ou le client, identifiée selon son pays.',
    'A party to the contract: the provider (MSP) or the client, identified according to its country.',
  ),
  legalBasis: 'FR: C. com. R123-237 (mentions obligatoires); CH: ORC; BE: CDE III.25',
  args: [
    value('role', t.enum([ev('provider', 'prestataire', 'provider'), ev('client', 'client', 'client')])),
    value('id', t.name(), { doc: doc('Nom court de la partie, utilisé pour y faire référence.', 'Short name of the party, used to refer to it.') }),
  ],
  declares: { slot: 'id', namespace: 'party' },
  cardinality: 'many',
  blockRequired: true,
  example: 'party provider ns { name "Network Service SARL" }',
  block: {
    statements: [
      str('name', 'Dénomination sociale.', 'Registered company name.', 'name "Network Service SARL"', { required: true }),
      str('legal_form', 'Forme juridique (SARL, SAS, SA, Sàrl, SRL…).', 'Legal form (SARL, SAS, SA, Sàrl, SRL…).', 'legal_form "SARL"'),
      { keyword: 'share_capital', doc: doc('Capital social.', 'Share capital.'), args: [value('amount', t.money())], cardinality: 'one', example: 'share_capital 10000 EUR' },
      str('address', 'Adresse du siège social.', 'Registered office address.', 'address "12 rue de la République, 69002 Lyon"'),
      { keyword: 'country', doc: doc('Pays du siège (détermine l’identifiant attendu).', 'Country of the registered office (selects the expected identifier).'), args: [value('country', countries)], cardinality: 'one', example: 'country FR' },
      str('siren', 'Numéro SIREN (9 chiffres, clé de Luhn).', 'French SIREN company number (9 digits, Luhn check).', 'siren "501967343"'),
      str('siret', 'Numéro SIRET de l’établissement (14 chiffres).', 'French SIRET establishment number (14 digits).', 'siret "50196734300028"'),
      str('rcs', 'Ville du greffe du RCS (ou « dispensé d’immatriculation »).', 'City of the trade-register court (or "exempt from registration").', 'rcs "Lyon"'),
      str('uid', 'Numéro IDE/UID suisse (CHE-123.456.789).', 'Swiss UID/IDE number (CHE-123.456.789).', 'uid "CHE-100.155.212"'),
      str('bce', 'Numéro d’entreprise BCE/KBO belge (0123.456.789).', 'Belgian BCE/KBO enterprise number (0123.456.789).', 'bce "0403019261"'),
      str('vat', 'Numéro de TVA (intracommunautaire, ou UID + TVA/MWST/IVA en Suisse).', 'VAT number (EU, or UID + TVA/MWST/IVA in Switzerland).', 'vat "FR30501967343"'),
      { keyword: 'vat_registered', doc: doc('La partie est-elle assujettie à la TVA ?', 'Is the party VAT-registered?'), args: [value('value', yesNo)], cardinality: 'one', example: 'vat_registered no' },
      { keyword: 'headcount', doc: doc('Effectif salarié (déclenche la règle des clients de 5 salariés au plus).', 'Number of employees (triggers the ≤ 5 employees client rule).'), legalBasis: 'C. consom. L221-3', args: [value('count', t.integer(0))], cardinality: 'one', example: 'headcount 12' },
      { keyword: 'merchant', doc: doc('La partie est-elle commerçante (validité de la clause attributive de juridiction) ?', 'Is the party a merchant (validity of a choice-of-court clause)?'), legalBasis: 'CPC art. 48', args: [value('value', yesNo)], cardinality: 'one', example: 'merchant yes' },
      signatory,
      contact,
    ],
  },
};
