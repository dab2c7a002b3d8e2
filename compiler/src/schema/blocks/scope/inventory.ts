import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { countries } from '../common.ts';
import { equipmentKinds } from './shared.ts';

// The inventory annex — brief §2.5 `scope.inventory`, `scope.exclusions`. Sites declare the `site`
// namespace; `region` is an ISO 3166-2 code (FR-69, FR-67, CH-GE) read by the SLA checks to match the
// holiday calendars to the sites.

const str = (keyword: string, fr: string, en: string, example: string): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('value', t.string())], cardinality: 'one', example,
});

const count: StatementSpec = {
  keyword: 'count', doc: doc('Quantité d’éléments de cette catégorie.', 'Number of items of this category.'),
  args: [value('count', t.integer(1))], cardinality: 'one', example: 'count 10',
};

const ids: StatementSpec = {
  keyword: 'ids',
  doc: doc('Identifiants des éléments (numéros de série, étiquettes d’inventaire, noms d’hôte).', 'Identifiers of the items (serial numbers, asset tags, host names).'),
  args: [value('ids', t.string(), { list: true })], cardinality: 'one', example: 'ids "PC-01", "PC-02", "PC-03"',
};

const at: StatementSpec = {
  keyword: 'at', doc: doc('Site(s) où se trouvent les éléments.', 'Site(s) where the items are located.'),
  args: [value('sites', t.ref('site'), { list: true })], cardinality: 'one', example: 'at hq',
};

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
      { keyword: 'country', doc: doc('Pays du site.', 'Country of the site.'), args: [value('country', countries)], cardinality: 'one', example: 'country FR' },
      {
        keyword: 'region',
        doc: doc(
          'Subdivision ISO 3166-2 du site (FR-69, FR-67, CH-GE…) : détermine les jours fériés applicables aux délais.',
          'ISO 3166-2 subdivision of the site (FR-69, FR-67, CH-GE…): selects the public holidays that apply to deadlines.',
        ),
        legalBasis: 'ISO 3166-2; FR: C. trav. L3134-13 (Alsace-Moselle)',
        args: [value('region', t.name())], cardinality: 'one', example: 'region FR-69',
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
      { keyword: 'kind', doc: doc('Nature du matériel.', 'Kind of hardware.'), args: [value('kind', equipmentKinds)], cardinality: 'one', example: 'kind desktop' },
      count, ids, at, label,
      str('os', 'Système d’exploitation installé.', 'Installed operating system.', 'os "Windows 11 Professionnel"'),
      { keyword: 'end_of_support', doc: doc('Fin de support constructeur (matériel ou système).', 'Manufacturer end of support (hardware or system).'), args: [value('date', t.date())], cardinality: 'one', example: 'end_of_support 2028-10-14' },
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
      },
      count, ids, at, label,
      str('carrier', 'Opérateur (pour un lien ou une ligne).', 'Carrier (for a link or line).', 'carrier "Orange Business"'),
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
      },
      { keyword: 'licences', doc: doc('Nombre de licences.', 'Number of licences.'), args: [value('count', t.integer(1))], cardinality: 'one', example: 'licences 12' },
      { keyword: 'holder', doc: doc('Titulaire des licences.', 'Licence holder.'), args: [value('party', t.ref('party'))], cardinality: 'one', example: 'holder dupont' },
      str('version', 'Version couverte.', 'Covered version.', 'version "2025"'),
      str('editor', 'Éditeur.', 'Publisher.', 'editor "Microsoft"'),
      { keyword: 'end_of_support', doc: doc('Fin de support de l’éditeur.', 'Publisher end of support.'), args: [value('date', t.date())], cardinality: 'one', example: 'end_of_support 2029-10-09' },
      at,
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
      str('tenant', 'Nom du locataire ou identifiant de l’abonnement.', 'Tenant name or subscription identifier.', 'tenant "cabinetdupont.onmicrosoft.com"'),
      {
        keyword: 'supplied_by', doc: doc('Qui souscrit le service auprès du fournisseur cloud.', 'Who subscribes to the service with the cloud vendor.'),
        args: [value('party', t.enum([ev('client', 'le client', 'the client'), ev('provider', 'le prestataire (revente)', 'the provider (resale)')]))],
        cardinality: 'one', example: 'supplied_by client',
      },
      str('vendor', 'Fournisseur du service cloud.', 'Cloud vendor.', 'vendor "Microsoft Ireland Operations Ltd"'),
      { keyword: 'location', doc: doc('Pays d’hébergement des données.', 'Country where the data is hosted.'), args: [value('country', countries)], cardinality: 'one', example: 'location FR' },
      { keyword: 'seats', doc: doc('Nombre d’utilisateurs ou de comptes.', 'Number of users or accounts.'), args: [value('count', t.integer(1))], cardinality: 'one', example: 'seats 12' },
    ],
  },
};

export const scope: StatementSpec = {
  keyword: 'scope',
  doc: doc(
    'Périmètre : inventaire des sites, matériels, éléments réseau, logiciels et services cloud couverts, et exclusions.',
    'Scope: inventory of the covered sites, hardware, network items, software and cloud services, and exclusions.',
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
      },
      {
        keyword: 'inventory_date', doc: doc('Date de l’inventaire (version de l’annexe).', 'Date of the inventory (version of the annex).'),
        args: [value('date', t.date())], cardinality: 'one', example: 'inventory_date 2026-11-30',
      },
      {
        keyword: 'annex', doc: doc('Référence de l’annexe d’inventaire détaillé.', 'Reference of the detailed inventory annex.'),
        args: [value('reference', t.prose()), opt('date', t.date())], cardinality: 'one', example: 'annex "Annexe 2 — Inventaire du parc" 2026-11-30',
      },
      {
        keyword: 'updates', doc: doc('Mise à jour de l’inventaire : fréquence et délai après un changement.', 'Inventory updates: frequency and delay after a change.'),
        args: [value('frequency', t.enum([ev('on_change', 'à chaque changement', 'on each change'), ev('monthly', 'mensuelle', 'monthly'), ev('quarterly', 'trimestrielle', 'quarterly'), ev('yearly', 'annuelle', 'yearly')])),
          group(word('within'), value('delay', t.duration()))],
        cardinality: 'one', example: 'updates on_change within 10 business_days',
      },
    ],
  },
};
