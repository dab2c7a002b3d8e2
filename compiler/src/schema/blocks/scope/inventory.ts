import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { countries } from '../common.ts';
import { byValue, equipmentKinds, kindPhrase } from './shared.ts';

// The inventory annex — brief §2.5 `scope.inventory`, `scope.exclusions`. Sites declare the `site`
// namespace; `region` is an ISO 3166-2 code (FR-69, FR-67, CH-GE) read by the SLA checks to match the
// holiday calendars to the sites.

const str = (keyword: string, fr: string, en: string, example: string): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('value', t.string())], cardinality: 'one', example,
  phrase: { fr: '{value}', en: '{value}' },
});

const count: StatementSpec = {
  keyword: 'count', doc: doc('Quantité d’éléments de cette catégorie.', 'Number of items of this category.'),
  args: [value('count', t.integer(1))], cardinality: 'one', example: 'count 10',
  phrase: { fr: '{count}', en: '{count}' },
};

const ids: StatementSpec = {
  keyword: 'ids',
  doc: doc('Identifiants des éléments (numéros de série, étiquettes d’inventaire, noms d’hôte).', 'Identifiers of the items (serial numbers, asset tags, host names).'),
  args: [value('ids', t.string(), { list: true })], cardinality: 'one', example: 'ids "PC-01", "PC-02", "PC-03"',
  phrase: { fr: '{ids}', en: '{ids}' },
};

const at: StatementSpec = {
  keyword: 'at', doc: doc('Site(s) où se trouvent les éléments.', 'Site(s) where the items are located.'),
  args: [value('sites', t.ref('site'), { list: true })], cardinality: 'one', example: 'at hq',
  phrase: { fr: '{sites}', en: '{sites}' },
};

const endOfSupport = (fr: string, en: string): StatementSpec => ({
  keyword: 'end_of_support', doc: doc(fr, en), args: [value('date', t.date())], cardinality: 'one', example: 'end_of_support 2028-10-14',
  phrase: { fr: 'fin de support le {date}', en: 'end of support on {date}' },
});

/**
 * `unit_price 25.00 EUR per month`: what one more (or one less) item of the category costs, so that a
 * change of scope changes the fee by a determinable amount (FR C. civ. 1163: the price must be
 * determinable). The rate card of the price annex and the inventory annex print it.
 */
const unitPrice = (each: { fr: string; en: string }, example: string): StatementSpec => ({
  keyword: 'unit_price',
  doc: doc(
    `Prix unitaire hors taxes ${each.fr}, par mois ou par an : il valorise les variations du périmètre (scope { price_change unit_prices }).`,
    `Unit price excluding VAT ${each.en}, per month or per year: it values changes in scope (scope { price_change unit_prices }).`,
  ),
  legalBasis: 'FR: C. civ. 1163 (prix déterminable); CH: CO 1, 394 al. 3; BE: C. civ. 5.69',
  args: [value('amount', t.money()), word('per'), value('period', t.enum([ev('month', 'mois', 'month', { fr: 'par mois', en: 'per month' }), ev('year', 'an', 'year', { fr: 'par an', en: 'per year' })]))],
  cardinality: 'one', example,
  phrase: { fr: `{amount} hors taxes ${each.fr} et {period}`, en: `{amount} excluding VAT ${each.en} {period}` },
});

const label = str('label', 'Désignation (modèle, nom d’hôte, libellé de l’annexe).', 'Designation (model, host name, label in the annex).', 'label "Dell OptiPlex 7010"');

const site: StatementSpec = {
  keyword: 'site',
  doc: doc('Site couvert par le contrat (locaux du client).', 'Site covered by the contract (client premises).'),
  args: [value('id', t.name(), { doc: doc('Nom court du site.', 'Short name of the site.') })],
  declares: { slot: 'id', namespace: 'site' },
  cardinality: 'many',
  blockRequired: true,
  example: 'site hq { address "8 place Bellecour, 69002 Lyon"; country FR; region FR-69 }',
  block: {
    statements: [
      str('label', 'Nom usuel du site.', 'Usual name of the site.', 'label "Siège"'),
      str('address', 'Adresse postale du site.', 'Postal address of the site.', 'address "8 place Bellecour, 69002 Lyon"'),
      { keyword: 'country', doc: doc('Pays du site.', 'Country of the site.'), args: [value('country', countries)], cardinality: 'one', example: 'country FR', phrase: { fr: '{country}', en: '{country}' } },
      {
        keyword: 'region',
        doc: doc(
          'Subdivision ISO 3166-2 du site (FR-69, FR-67, CH-GE…) : détermine les jours fériés applicables aux délais.',
          'ISO 3166-2 subdivision of the site (FR-69, FR-67, CH-GE…): selects the public holidays that apply to deadlines.',
        ),
        legalBasis: 'ISO 3166-2; FR: C. trav. L3134-13 (Alsace-Moselle)',
        args: [value('region', t.name())], cardinality: 'one', example: 'region FR-69',
        // The subdivision by its name (« Rhône », « canton de Genève »), never its code.
        phrase: { fr: '{region|region}', en: '{region|region}' },
      },
    ],
  },
};

const equipment: StatementSpec = {
  keyword: 'equipment',
  doc: doc('Catégorie de matériel couverte (postes, portables, serveurs, tablettes…).', 'Category of covered hardware (desktops, laptops, servers, tablets…).'),
  args: [value('id', t.name())],
  declares: { slot: 'id', namespace: 'equipment' },
  cardinality: 'many',
  blockRequired: true,
  example: 'equipment desktops { kind desktop; count 10; at hq }',
  block: {
    statements: [
      { keyword: 'kind', doc: doc('Nature du matériel.', 'Kind of hardware.'), args: [value('kind', equipmentKinds)], cardinality: 'one', example: 'kind desktop', phrase: kindPhrase },
      count, ids, at, label,
      str('os', 'Système d’exploitation installé.', 'Installed operating system.', 'os "Windows 11 Professionnel"'),
      endOfSupport('Fin de support constructeur (matériel ou système).', 'Manufacturer end of support (hardware or system).'),
      unitPrice({ fr: 'par équipement', en: 'per item' }, 'unit_price 25.00 EUR per month'),
    ],
  },
};

const network: StatementSpec = {
  keyword: 'network',
  doc: doc(
    'Élément réseau ou télécom couvert (pare-feu, commutateur, borne Wi-Fi, lien internet…) ; il est référencé comme un équipement.',
    'Covered network or telecom item (firewall, switch, Wi-Fi access point, internet link…); it is referred to as equipment.',
  ),
  args: [value('id', t.name())],
  declares: { slot: 'id', namespace: 'equipment' },
  cardinality: 'many',
  blockRequired: true,
  example: 'network fw { kind firewall; count 1; label "Fortinet FortiGate 40F"; at hq }',
  block: {
    statements: [
      {
        keyword: 'kind', doc: doc('Nature de l’élément réseau.', 'Kind of network item.'),
        args: [value('kind', t.enum([
          ev('firewall', 'pare-feu', 'firewall'),
          ev('router', 'routeur', 'router'),
          ev('switch', 'commutateur', 'switch'),
          ev('wifi', 'borne Wi-Fi', 'Wi-Fi access point'),
          ev('internet_link', 'accès internet', 'internet link'),
          ev('vpn', 'VPN / interconnexion de sites', 'VPN / site interconnection'),
          ev('telephony', 'téléphonie', 'telephony'),
          ev('other', 'autre élément réseau', 'other network item'),
        ]))],
        cardinality: 'one', example: 'kind firewall',
        phrase: { fr: '{kind|capital}', en: '{kind|capital}' },
      },
      count, ids, at, label,
      { ...str('carrier', 'Opérateur (pour un lien ou une ligne).', 'Carrier (for a link or line).', 'carrier "Orange Business"'), phrase: { fr: 'opérateur {value}', en: 'carrier: {value}' } },
      unitPrice({ fr: 'par élément', en: 'per item' }, 'unit_price 15.00 EUR per month'),
    ],
  },
};

const software: StatementSpec = {
  keyword: 'software',
  doc: doc('Logiciel couvert (système, bureautique, messagerie, sécurité, métier…).', 'Covered software (operating system, office suite, mail, security, business application…).'),
  args: [value('id', t.name())],
  declares: { slot: 'id', namespace: 'software' },
  cardinality: 'many',
  blockRequired: true,
  example: 'software m365 { name "Microsoft 365 Business Premium"; category office; licences 12; holder dupont }',
  block: {
    statements: [
      str('name', 'Nom commercial et édition.', 'Product name and edition.', 'name "Microsoft 365 Business Premium"'),
      {
        keyword: 'category', doc: doc('Catégorie du logiciel.', 'Software category.'),
        args: [value('category', t.enum([
          ev('os', 'système d’exploitation', 'operating system'),
          ev('office', 'suite bureautique', 'office suite'),
          ev('mail', 'messagerie', 'mail'),
          ev('security', 'sécurité (antivirus, EDR, filtrage)', 'security (antivirus, EDR, filtering)'),
          ev('backup', 'sauvegarde', 'backup'),
          ev('business', 'application métier', 'business application'),
          ev('other', 'autre logiciel', 'other software'),
        ]))],
        cardinality: 'one', example: 'category office',
        phrase: { fr: '{category|capital}', en: '{category|capital}' },
      },
      { keyword: 'licences', doc: doc('Nombre de licences.', 'Number of licences.'), args: [value('count', t.integer(1))], cardinality: 'one', example: 'licences 12', phrase: { fr: '{count}', en: '{count}' } },
      { keyword: 'holder', doc: doc('Titulaire des licences.', 'Licence holder.'), args: [value('party', t.ref('party'))], cardinality: 'one', example: 'holder dupont', phrase: { fr: '{party}', en: '{party}' } },
      { ...str('version', 'Version couverte.', 'Covered version.', 'version "2025"'), phrase: { fr: 'version {value}', en: 'version {value}' } },
      { ...str('editor', 'Éditeur.', 'Publisher.', 'editor "Microsoft"'), phrase: { fr: 'éditeur {value}', en: 'published by {value}' } },
      endOfSupport('Fin de support de l’éditeur.', 'Publisher end of support.'),
      at,
      unitPrice({ fr: 'par licence', en: 'per licence' }, 'unit_price 12.00 EUR per month'),
    ],
  },
};

const cloud: StatementSpec = {
  keyword: 'cloud',
  doc: doc('Service cloud couvert (locataire, abonnement).', 'Covered cloud service (tenant, subscription).'),
  args: [value('id', t.name())],
  declares: { slot: 'id', namespace: 'cloud' },
  cardinality: 'many',
  blockRequired: true,
  example: 'cloud tenant_m365 { name "Microsoft 365"; tenant "cabinetdupont.onmicrosoft.com"; supplied_by client }',
  block: {
    statements: [
      str('name', 'Nom du service.', 'Name of the service.', 'name "Microsoft 365"'),
      { ...str('tenant', 'Nom du locataire ou identifiant de l’abonnement.', 'Tenant name or subscription identifier.', 'tenant "cabinetdupont.onmicrosoft.com"'), phrase: { fr: 'locataire {value}', en: 'tenant {value}' } },
      {
        keyword: 'supplied_by', doc: doc('Qui souscrit le service auprès du fournisseur cloud.', 'Who subscribes to the service with the cloud vendor.'),
        args: [value('party', t.enum([ev('client', 'le client', 'the client'), ev('provider', 'le prestataire (revente)', 'the provider (resale)')]))],
        cardinality: 'one', example: 'supplied_by client',
        phrase: {
          fr: byValue('party', { client: 'Le Client', provider: 'Le Prestataire, qui le revend au Client' }),
          en: byValue('party', { client: 'The Client', provider: 'The Provider, which resells it to the Client' }),
        },
      },
      str('vendor', 'Fournisseur du service cloud.', 'Cloud vendor.', 'vendor "Microsoft Ireland Operations Ltd"'),
      { keyword: 'location', doc: doc('Pays d’hébergement des données.', 'Country where the data is hosted.'), args: [value('country', countries)], cardinality: 'one', example: 'location FR', phrase: { fr: '{country}', en: '{country}' } },
      {
        keyword: 'seats', doc: doc('Nombre d’utilisateurs ou de comptes.', 'Number of users or accounts.'), args: [value('count', t.integer(1))], cardinality: 'one', example: 'seats 12',
        phrase: { fr: '{count|count:compte:comptes}', en: '{count|count:account:accounts}' },
      },
      unitPrice({ fr: 'par compte', en: 'per account' }, 'unit_price 8.00 EUR per month'),
    ],
  },
};

/** How a change in the inventory changes the price: the sentence of the scope clause, per mode. */
const priceChange: StatementSpec = {
  keyword: 'price_change',
  doc: doc(
    'Effet d’une variation du périmètre sur la redevance : ajustement selon les prix unitaires (unit_prices), avenant préalable (amendment) ou redevance forfaitaire inchangée (none) ; `beyond` fixe le seuil de variation en deçà duquel la redevance ne change pas.',
    'Effect of a change in scope on the fee: adjustment at the unit prices (unit_prices), prior amendment (amendment) or unchanged flat fee (none); `beyond` sets the threshold of variation below which the fee does not change.',
  ),
  legalBasis: 'FR: C. civ. 1163 (prix déterminable), 1193 (modification par consentement mutuel); CH: CO 1, 394 al. 3; BE: C. civ. 5.69',
  args: [
    value('mode', t.enum([
      ev('unit_prices', 'ajustement de la redevance aux prix unitaires', 'fee adjusted at the unit prices'),
      ev('amendment', 'nouveau prix fixé par avenant', 'new price set by amendment'),
      ev('none', 'redevance forfaitaire inchangée', 'flat fee unchanged'),
    ])),
    group(word('beyond'), value('threshold', t.percent(0, 100))),
  ],
  cardinality: 'one',
  example: 'price_change unit_prices beyond 10%',
  phrase: {
    fr: byValue('mode', {
      unit_prices: 'toute variation du périmètre{if threshold} excédant {threshold} du nombre d’éléments d’une catégorie de l’inventaire{end} entraîne l’ajustement de la redevance, à la hausse comme à la baisse, sur la base des prix unitaires convenus, à compter du premier jour du mois qui suit la mise à jour de l’inventaire',
      amendment: 'toute variation du périmètre{if threshold} excédant {threshold} du nombre d’éléments d’une catégorie de l’inventaire{end} qui a une incidence sur le prix ne prend effet qu’après la conclusion d’un avenant fixant le nouveau prix',
      none: 'la redevance forfaitaire couvre les variations du périmètre{if threshold} dans la limite de {threshold} du nombre d’éléments de chaque catégorie de l’inventaire ; au-delà, le nouveau prix est fixé par avenant{end}',
    }),
    en: byValue('mode', {
      unit_prices: 'any change in scope{if threshold} exceeding {threshold} of the number of items of a category of the inventory{end} adjusts the fee, upwards or downwards, at the agreed unit prices, from the first day of the month following the update of the inventory',
      amendment: 'any change in scope{if threshold} exceeding {threshold} of the number of items of a category of the inventory{end} that affects the price takes effect only once an amendment setting the new price has been signed',
      none: 'the flat fee covers changes in scope{if threshold} up to {threshold} of the number of items of each category of the inventory; beyond that, the new price is set by amendment{end}',
    }),
  },
};

export const scope: StatementSpec = {
  keyword: 'scope',
  doc: doc(
    'Périmètre : inventaire des sites, matériels, éléments réseau, logiciels et services cloud couverts, exclusions, mise à jour de l’inventaire et effet d’une variation du périmètre sur le prix.',
    'Scope: inventory of the covered sites, hardware, network items, software and cloud services, exclusions, inventory updates and the effect of a change in scope on the price.',
  ),
  args: [],
  cardinality: 'one',
  blockRequired: true,
  example: 'scope { site hq { address "8 place Bellecour, 69002 Lyon"; country FR; region FR-69 } }',
  block: {
    statements: [
      site, equipment, network, software, cloud,
      {
        keyword: 'excludes',
        doc: doc(
          'Éléments exclus du périmètre (matériel en fin de vie, logiciels sans licence, consommables, formation…), un par chaîne.',
          'Items excluded from the scope (end-of-life hardware, unlicensed software, consumables, training…), one per string.',
        ),
        args: [value('items', t.prose(), { list: true })],
        cardinality: 'many',
        example: 'excludes "Téléphonie IP", "Consommables d’impression"',
        phrase: { fr: '{items}', en: '{items}' },
      },
      {
        keyword: 'inventory_date', doc: doc('Date de l’inventaire (version de l’annexe).', 'Date of the inventory (version of the annex).'),
        args: [value('date', t.date())], cardinality: 'one', example: 'inventory_date 2026-11-30',
        phrase: { fr: '{date}', en: '{date}' },
      },
      {
        keyword: 'annex', doc: doc('Relevé d’inventaire détaillé dont l’annexe d’inventaire est extraite (export de l’outil de gestion de parc), et sa date.', 'Detailed inventory record the inventory annex is drawn from (export of the asset-management tool), and its date.'),
        args: [value('reference', t.prose()), opt('date', t.date())], cardinality: 'one', example: 'annex "Relevé d’inventaire du parc (export NinjaOne)" 2026-11-30',
        phrase: { fr: '« {reference} »{if date} du {date}{end}', en: '“{reference}”{if date} of {date}{end}' },
      },
      {
        keyword: 'updates', doc: doc('Mise à jour de l’inventaire : à chaque changement ou périodiquement, et délai.', 'Inventory updates: on each change or periodically, and the delay.'),
        legalBasis: 'FR: C. civ. 1163; CH: CO 1; BE: C. civ. 5.69',
        args: [value('frequency', t.enum([ev('on_change', 'à chaque changement', 'on each change'), ev('monthly', 'mensuelle', 'monthly'), ev('quarterly', 'trimestrielle', 'quarterly'), ev('yearly', 'annuelle', 'yearly')])),
          group(word('within'), value('delay', t.duration()))],
        cardinality: 'one', example: 'updates on_change within 10 business_days',
        phrase: {
          fr: `{if frequency is on_change}{if delay}dans un délai de {delay} à compter de tout changement du périmètre{else}à chaque changement du périmètre{end}{end}${byValue('frequency', { monthly: 'chaque mois', quarterly: 'chaque trimestre', yearly: 'chaque année' })}{if not frequency is on_change}{if delay}, dans un délai de {delay} à compter de la fin de la période{end}{end}`,
          en: `{if frequency is on_change}{if delay}within {delay} of any change in scope{else}on each change in scope{end}{end}${byValue('frequency', { monthly: 'every month', quarterly: 'every quarter', yearly: 'every year' })}{if not frequency is on_change}{if delay}, within {delay} of the end of the period{end}{end}`,
        },
      },
      priceChange,
    ],
  },
};
