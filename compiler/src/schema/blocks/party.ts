import { doc, ev, opt, t, value } from '../value-types.ts';
import type { EnumValue, StatementSpec } from '../types.ts';
import { countries, yesNo } from './common.ts';

// Parties — brief §2.1 `parties.identification`, `parties.signatories`, `parties.contacts`.
// Identifier values are checked by model/validate/identifiers.ts (brief §3.1). Each statement's phrase
// is how it reads in the parties block of the contract (« immatriculée au registre du commerce et des
// sociétés de Lyon sous le numéro 501 967 343 »), the register mentions of each country: FR C. com.
// R123-237; CH ORC art. 93 (commercial register of the canton); BE CSA art. 2:20 (enterprise number,
// « RPM » and the seat of the enterprise court).

const str = (keyword: string, fr: string, en: string, example: string, extra: Partial<StatementSpec> = {}): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('value', t.string())], cardinality: 'one', example, ...extra,
});

const civility: StatementSpec = {
  keyword: 'civility',
  doc: doc(
    'Civilité du signataire (« M. », « Mme ») : elle accorde « dûment habilité(e) ».',
    'Title of the signatory ("Mr", "Ms"): it gives the agreement of « dûment habilité(e) » in French.',
  ),
  args: [value('title', t.enum([
    ev('mr', 'monsieur', 'Mr', { fr: 'M.', en: 'Mr' }),
    ev('ms', 'madame', 'Ms', { fr: 'Mme', en: 'Ms' }),
  ]))],
  cardinality: 'one',
  example: 'civility mr',
  phrase: { fr: '{title}', en: '{title}' },
};

const signatory: StatementSpec = {
  keyword: 'signatory',
  doc: doc('Personne qui signe pour la partie, avec sa qualité.', 'Person signing for the party, with their capacity.'),
  args: [value('name', t.string())],
  cardinality: 'many',
  example: 'signatory "Jean Martin" { civility mr; capacity "Gérant" "Manager"; authority statutory }',
  // « M. Jean Martin, en sa qualité de gérant, dûment habilité aux fins des présentes ».
  phrase: {
    fr: '{if civility}{civility} {end}{name}{if capacity}, {capacity}{end}{if authority}, {authority}{end}',
    en: '{if civility}{civility} {end}{name}{if capacity}, {capacity}{end}{if authority}, {authority}{end}',
  },
  block: {
    statements: [
      civility,
      {
        keyword: 'capacity',
        doc: doc('Qualité du signataire (gérant, président, administrateur délégué, fondé de pouvoir…).', 'Capacity of the signatory (manager, chair, managing director, attorney…).'),
        args: [value('value', t.prose())],
        cardinality: 'one',
        example: 'capacity "Gérant" "Manager"',
        phrase: { fr: 'en sa qualité de {value|lower}', en: 'as {value}' },
      },
      {
        keyword: 'authority',
        doc: doc(
          'Fondement du pouvoir de signer : représentant légal, ou délégation / procuration (à référencer).',
          'Basis of the authority to sign: statutory representative, or delegation / power of attorney (to be referenced).',
        ),
        legalBasis: 'FR: C. civ. 1153–1156 (représentation); CH: CO 32–33, 458–459; BE: C. civ. 5.11, CSA 2:49',
        args: [
          value('basis', t.enum([
            ev('statutory', 'représentant légal', 'statutory representative'),
            ev('delegation', 'délégation de pouvoir', 'delegation of authority'),
            ev('power_of_attorney', 'procuration', 'power of attorney'),
          ])),
          opt('reference', t.prose(), { doc: doc('Référence de la délégation ou de la procuration, lue à la suite de son nom (« du 3 janvier 2026 »).', 'Reference of the delegation or power of attorney, read after its name ("of 3 January 2026").') }),
        ],
        cardinality: 'one',
        example: 'authority delegation "du 3 janvier 2026" "of 3 January 2026"',
        // One formula per basis; without a civility the French avoids the agreement of « habilité ».
        phrase: {
          fr: '{if basis is statutory}{if civility is ms}dûment habilitée aux fins des présentes{end}{if civility is mr}dûment habilité aux fins des présentes{end}{if not civility}ayant tous pouvoirs à l’effet des présentes{end}{end}{if basis is delegation}agissant en vertu d’une délégation de pouvoir{end}{if basis is power_of_attorney}agissant en vertu d’une procuration{end}{if reference} {reference}{end}',
          en: '{if basis is statutory}duly authorised for the purposes hereof{end}{if basis is delegation}acting under a delegation of authority{end}{if basis is power_of_attorney}acting under a power of attorney{end}{if reference} {reference}{end}',
        },
      },
      {
        ...str('email', 'Adresse électronique du signataire, à laquelle lui est adressée l’invitation à signer électroniquement.', 'E-mail address of the signatory, to which the invitation to sign electronically is sent.', 'email "jean.martin@example.fr"'),
        phrase: { fr: '{value}', en: '{value}' },
      },
    ],
  },
};

const contact: StatementSpec = {
  keyword: 'contact',
  doc: doc('Interlocuteur désigné par la partie pour le suivi du contrat.', 'Contact person designated by the party for the contract.'),
  args: [
    value('role', t.enum([
      ev('contract_manager', 'responsable du contrat', 'contract manager'),
      ev('technical_referent', 'référent technique', 'technical referent', { fr: 'référent technique', en: 'technical point of contact' }),
      ev('billing', 'contact facturation', 'billing contact', { fr: 'interlocuteur pour la facturation', en: 'billing contact' }),
      ev('security', 'contact sécurité', 'security contact', { fr: 'interlocuteur pour la sécurité', en: 'security contact' }),
      ev('dpo', 'délégué à la protection des données', 'data protection officer'),
      ev('escalation', "contact d'escalade", 'escalation contact', { fr: 'interlocuteur pour l’escalade', en: 'escalation contact' }),
    ])),
    value('name', t.string()),
  ],
  cardinality: 'many',
  example: 'contact contract_manager "Claire Dupont" { email "c.dupont@example.fr" }',
  phrase: {
    fr: '{name}, {role}{if email}, {email}{end}{if phone}, {phone}{end}',
    en: '{name}, {role}{if email}, {email}{end}{if phone}, {phone}{end}',
  },
  block: {
    statements: [
      { ...str('email', 'Adresse électronique.', 'E-mail address.', 'email "c.dupont@example.fr"'), phrase: { fr: '{value}', en: '{value}' } },
      { ...str('phone', 'Téléphone.', 'Phone number.', 'phone "+33 4 72 00 00 00"'), phrase: { fr: '{value}', en: '{value}' } },
    ],
  },
};

/** The 26 cantons, read after « inscrite au registre du commerce »: « du canton de Genève ». */
const CANTONS: readonly (readonly [string, string, string, string])[] = [
  ['AG', 'Argovie', 'd’Argovie', 'Aargau'], ['AI', 'Appenzell Rhodes-Intérieures', 'd’Appenzell Rhodes-Intérieures', 'Appenzell Innerrhoden'],
  ['AR', 'Appenzell Rhodes-Extérieures', 'd’Appenzell Rhodes-Extérieures', 'Appenzell Ausserrhoden'], ['BE', 'Berne', 'de Berne', 'Bern'],
  ['BL', 'Bâle-Campagne', 'de Bâle-Campagne', 'Basel-Landschaft'], ['BS', 'Bâle-Ville', 'de Bâle-Ville', 'Basel-Stadt'],
  ['FR', 'Fribourg', 'de Fribourg', 'Fribourg'], ['GE', 'Genève', 'de Genève', 'Geneva'], ['GL', 'Glaris', 'de Glaris', 'Glarus'],
  ['GR', 'Grisons', 'des Grisons', 'Graubünden'], ['JU', 'Jura', 'du Jura', 'Jura'], ['LU', 'Lucerne', 'de Lucerne', 'Lucerne'],
  ['NE', 'Neuchâtel', 'de Neuchâtel', 'Neuchâtel'], ['NW', 'Nidwald', 'de Nidwald', 'Nidwalden'], ['OW', 'Obwald', 'd’Obwald', 'Obwalden'],
  ['SG', 'Saint-Gall', 'de Saint-Gall', 'St. Gallen'], ['SH', 'Schaffhouse', 'de Schaffhouse', 'Schaffhausen'], ['SO', 'Soleure', 'de Soleure', 'Solothurn'],
  ['SZ', 'Schwyz', 'de Schwyz', 'Schwyz'], ['TG', 'Thurgovie', 'de Thurgovie', 'Thurgau'], ['TI', 'Tessin', 'du Tessin', 'Ticino'],
  ['UR', 'Uri', 'd’Uri', 'Uri'], ['VD', 'Vaud', 'de Vaud', 'Vaud'], ['VS', 'Valais', 'du Valais', 'Valais'],
  ['ZG', 'Zoug', 'de Zoug', 'Zug'], ['ZH', 'Zurich', 'de Zurich', 'Zurich'],
];
const cantons: readonly EnumValue[] = CANTONS.map(([code, fr, of, en]) => ev(code, `canton de ${fr}`, `Canton of ${en}`, { fr: `du canton ${of}`, en: `of the Canton of ${en}` }));

export const party: StatementSpec = {
  keyword: 'party',
  doc: doc(
    'Une partie au contrat : le prestataire (infogérant) ou le client, identifiée selon son pays.',
    'A party to the contract: the provider (MSP) or the client, identified according to its country.',
  ),
  legalBasis: 'FR: C. com. R123-237 (mentions obligatoires); CH: ORC art. 93; BE: CSA art. 2:20, CDE III.25',
  args: [
    value('role', t.enum([ev('provider', 'prestataire', 'provider'), ev('client', 'client', 'client')])),
    value('id', t.name(), { doc: doc('Nom court de la partie, utilisé pour y faire référence.', 'Short name of the party, used to refer to it.') }),
  ],
  declares: { slot: 'id', namespace: 'party' },
  cardinality: 'many',
  blockRequired: true,
  example: 'party provider ns { name "Network Service SARL" }',
  // A party is named in the text by its defined term.
  phrase: {
    fr: '{if role is provider}le Prestataire{end}{if role is client}le Client{end}',
    en: '{if role is provider}the Provider{end}{if role is client}the Client{end}',
  },
  block: {
    statements: [
      { ...str('name', 'Dénomination sociale.', 'Registered company name.', 'name "Network Service SARL"', { required: true }), phrase: { fr: '{value}', en: '{value}' } },
      {
        ...str('legal_form', 'Forme juridique (SARL, SAS, SA, SELARL, Sàrl, SRL…) : le contrat l’écrit en toutes lettres selon le pays de la partie.', 'Legal form (SARL, SAS, SA, SELARL, Sàrl, SRL…): the contract states it in full according to the party’s country.', 'legal_form "SARL"'),
        // « société à responsabilité limitée », "a French limited liability company".
        phrase: {
          fr: '{if country is FR}{value|legal_form:FR}{end}{if country is CH}{value|legal_form:CH}{end}{if country is BE}{value|legal_form:BE}{end}{if not country is FR, CH, BE}{value}{end}',
          en: 'a {if country is FR}French {value|legal_form:FR}{end}{if country is CH}Swiss {value|legal_form:CH}{end}{if country is BE}Belgian {value|legal_form:BE}{end}{if not country is FR, CH, BE}{value}{end}',
        },
      },
      {
        keyword: 'share_capital', doc: doc('Capital social.', 'Share capital.'), args: [value('amount', t.money())], cardinality: 'one', example: 'share_capital 10000 EUR',
        phrase: { fr: 'au capital de {amount}', en: 'with a share capital of {amount}' },
      },
      {
        ...str('address', 'Adresse du siège social.', 'Registered office address.', 'address "12 rue de la République, 69002 Lyon"'),
        phrase: { fr: 'dont le siège social est situé {value}', en: 'whose registered office is at {value}' },
      },
      {
        keyword: 'country', doc: doc('Pays du siège (détermine l’identifiant attendu).', 'Country of the registered office (selects the expected identifier).'), args: [value('country', countries)], cardinality: 'one', example: 'country FR',
        phrase: { fr: '{country}', en: '{country}' },
      },
      { ...str('siren', 'Numéro SIREN (9 chiffres, clé de Luhn).', 'French SIREN company number (9 digits, Luhn check).', 'siren "501967343"'), phrase: { fr: 'sous le numéro {value|siren}', en: 'under number {value|siren}' } },
      { ...str('siret', 'Numéro SIRET de l’établissement (14 chiffres).', 'French SIRET establishment number (14 digits).', 'siret "50196734300028"'), phrase: { fr: 'sous le numéro {value|siren}', en: 'under number {value|siren}' } },
      {
        ...str('rcs', 'Ville du greffe du RCS (ou « dispensé d’immatriculation »).', 'City of the trade-register court (or "exempt from registration").', 'rcs "Lyon"'),
        phrase: { fr: 'au registre du commerce et des sociétés de {value}', en: 'with the {value} Trade and Companies Register' },
      },
      { ...str('uid', 'Numéro IDE/UID suisse (CHE-123.456.789).', 'Swiss UID/IDE number (CHE-123.456.789).', 'uid "CHE-100.155.212"'), phrase: { fr: 'sous le numéro IDE {value}', en: 'under UID number {value}' } },
      {
        keyword: 'canton',
        doc: doc('Canton du registre du commerce où la partie suisse est inscrite.', 'Canton of the commercial register where the Swiss party is registered.'),
        legalBasis: 'CH: CO 927, ORC art. 93',
        args: [value('canton', t.enum(cantons))],
        cardinality: 'one',
        example: 'canton GE',
        phrase: { fr: '{canton}', en: '{canton}' },
      },
      { ...str('bce', 'Numéro d’entreprise BCE/KBO belge (0123.456.789).', 'Belgian BCE/KBO enterprise number (0123.456.789).', 'bce "0403019261"'), phrase: { fr: 'sous le numéro d’entreprise {value|bce}', en: 'under enterprise number {value|bce}' } },
      {
        ...str('rpm', 'Registre des personnes morales (Belgique) : siège et division du tribunal de l’entreprise, tel qu’il figure après « RPM » (« Liège, division Namur »).', 'Register of legal entities (Belgium): seat and division of the enterprise court, as written after "RPM" ("Liège, division Namur").', 'rpm "Liège, division Namur"', { legalBasis: 'BE: CSA art. 2:20' }),
        phrase: { fr: 'RPM {value}', en: 'RLE {value}' },
      },
      {
        ...str('vat', 'Numéro de TVA (intracommunautaire, ou UID + TVA/MWST/IVA en Suisse).', 'VAT number (EU, or UID + TVA/MWST/IVA in Switzerland).', 'vat "FR30501967343"'),
        phrase: { fr: '{if country is CH}numéro TVA {value}{else}numéro de TVA {value}{end}', en: 'VAT number {value}' },
      },
      {
        keyword: 'vat_registered', doc: doc('La partie est-elle assujettie à la TVA ?', 'Is the party VAT-registered?'), args: [value('value', yesNo)], cardinality: 'one', example: 'vat_registered no',
        phrase: { fr: '{if value is no}non assujettie à la TVA{else}assujettie à la TVA{end}', en: '{if value is no}not registered for VAT{else}registered for VAT{end}' },
      },
      {
        keyword: 'headcount', doc: doc('Effectif salarié (déclenche la règle des clients de 5 salariés au plus).', 'Number of employees (triggers the ≤ 5 employees client rule).'), legalBasis: 'C. consom. L221-3', args: [value('count', t.integer(0))], cardinality: 'one', example: 'headcount 12',
        phrase: { fr: '{count|count:salarié:salariés:s}', en: '{count|count:employee:employees:s}' },
      },
      {
        keyword: 'merchant', doc: doc('La partie est-elle commerçante (validité de la clause attributive de juridiction) ?', 'Is the party a merchant (validity of a choice-of-court clause)?'), legalBasis: 'CPC art. 48', args: [value('value', yesNo)], cardinality: 'one', example: 'merchant yes',
        phrase: { fr: '{if value is yes}a la qualité de commerçant{else}n’a pas la qualité de commerçant{end}', en: '{if value is yes}is a merchant{else}is not a merchant{end}' },
      },
      signatory,
      contact,
    ],
  },
};
