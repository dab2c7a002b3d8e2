import { doc, ev, opt, t, value } from '../../value-types.ts';
import type { StatementSpec, ValueType } from '../../types.ts';
import { yesNo } from '../common.ts';
import { enumList, oneEnum } from './shared.ts';

// `ip { … }`: intellectual property — brief §2.7 ip.deliverables, ip.preexisting, ip.third-party-licences.
// Under French law (CPI L131-3) an assignment is valid only if each assigned right is mentioned
// separately and its field of exploitation is delimited by extent, destination, place and duration:
// each of those is a fact here, so the checker can say which one is missing.

const territory: ValueType = t.enum([
  ev('worldwide', 'monde entier', 'worldwide'),
  ev('eea', 'Espace économique européen', 'European Economic Area'),
  ev('france', 'France', 'France'),
  ev('switzerland', 'Suisse', 'Switzerland'),
  ev('belgium', 'Belgique', 'Belgium'),
]);

const rightsDuration = (example: string): StatementSpec => ({
  keyword: 'duration', doc: doc('Durée de la cession ou de la licence.', 'Duration of the assignment or licence.'),
  args: [opt('until', t.enum([
    ev('legal_protection', 'durée légale de protection des droits d’auteur', 'legal term of copyright protection'),
    ev('contract_term', 'durée du contrat', 'term of the contract'),
    ev('perpetual', 'perpétuelle (licence)', 'perpetual (licence)'),
  ])), opt('period', t.duration(['year', 'years', 'month', 'months']))],
  cardinality: 'one', example,
});

const assignment: StatementSpec = {
  keyword: 'assignment',
  doc: doc('Cession des droits patrimoniaux sur les livrables.', 'Assignment of the economic rights in the deliverables.'),
  legalBasis: 'FR: CPI L131-3, L113-9; BE: CDE XI.167; CH: LDA art. 16',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'assignment { rights reproduction, representation, adaptation; extent all_media; destination internal_operation; territory worldwide; duration legal_protection; price included }',
  block: {
    statements: [
      enumList('rights', 'Droits cédés, chacun mentionné distinctement.', 'Rights assigned, each mentioned separately.', t.enum([
        ev('reproduction', 'droit de reproduction', 'right of reproduction'),
        ev('representation', 'droit de représentation et d’utilisation', 'right of representation and use'),
        ev('adaptation', 'droit d’adaptation et de modification', 'right of adaptation and modification'),
        ev('translation', 'droit de traduction (y compris dans d’autres langages)', 'right of translation (including into other languages)'),
        ev('distribution', 'droit de distribution et de mise sur le marché', 'right of distribution'),
      ]), 'rights reproduction, representation, adaptation, translation, distribution', 'CPI L131-3'),
      enumList('extent', 'Étendue : supports et modes d’exploitation.', 'Extent: media and modes of exploitation.', t.enum([
        ev('all_media', 'tous supports connus à la signature', 'all media known at signature'),
        ev('digital', 'supports numériques', 'digital media'),
        ev('paper', 'supports papier', 'paper'),
        ev('networks', 'réseaux (intranet, internet)', 'networks (intranet, internet)'),
      ]), 'extent all_media'),
      enumList('destination', 'Destination : usages autorisés.', 'Destination: permitted uses.', t.enum([
        ev('internal_operation', 'exploitation interne du SI du client', 'internal operation of the client’s IS'),
        ev('third_party_maintenance', 'maintenance par un tiers ou un successeur', 'maintenance by a third party or a successor'),
        ev('group_entities', 'entités du groupe du client', 'the client’s group entities'),
        ev('commercial', 'exploitation commerciale', 'commercial exploitation'),
      ]), 'destination internal_operation, third_party_maintenance'),
      oneEnum('territory', 'Lieu : territoire de la cession.', 'Place: territory of the assignment.', territory, 'territory worldwide'),
      rightsDuration('duration legal_protection'),
      {
        keyword: 'price', doc: doc('Prix de la cession : inclus dans la redevance ou montant distinct.', 'Price of the assignment: included in the fee or a separate amount.'),
        args: [opt('mode', t.enum([ev('included', 'inclus dans la redevance', 'included in the fee')])), opt('amount', t.money())],
        cardinality: 'one', example: 'price included',
      },
    ],
  },
};

const licence: StatementSpec = {
  keyword: 'licence',
  doc: doc('Licence concédée sur les livrables.', 'Licence granted on the deliverables.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'licence { exclusive no; duration perpetual; territory worldwide; transferable yes }',
  block: {
    statements: [
      oneEnum('exclusive', 'Licence exclusive ?', 'Exclusive licence?', yesNo, 'exclusive no'),
      rightsDuration('duration perpetual'),
      oneEnum('territory', 'Territoire de la licence.', 'Territory of the licence.', territory, 'territory worldwide'),
      oneEnum('transferable', 'Licence transmissible (notamment à un successeur) ?', 'Transferable licence (notably to a successor)?', yesNo, 'transferable yes'),
    ],
  },
};

export const ip: StatementSpec = {
  keyword: 'ip',
  doc: doc('Propriété intellectuelle : livrables, outils préexistants, licences de tiers.', 'Intellectual property: deliverables, pre-existing tools, third-party licences.'),
  legalBasis: 'FR: CPI L131-3, L113-9; CDE livre XI; LDA',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'ip { deliverables scripts, documentation; regime assignment }',
  block: {
    statements: [
      enumList('deliverables', 'Types de livrables produits pour le client.', 'Types of deliverables produced for the client.', t.enum([
        ev('scripts', 'scripts et automatisations', 'scripts and automations'),
        ev('software', 'logiciels et développements spécifiques', 'software and custom developments'),
        ev('documentation', 'documentation et procédures', 'documentation and procedures'),
        ev('configurations', 'configurations et paramétrages', 'configurations and settings'),
        ev('reports', 'rapports et audits', 'reports and audits'),
        ev('none', 'aucun livrable', 'no deliverable'),
      ]), 'deliverables scripts, documentation, configurations'),
      oneEnum('regime', 'Régime des droits sur les livrables.', 'Regime of the rights in the deliverables.', t.enum([
        ev('assignment', 'cession des droits au client', 'assignment of the rights to the client'),
        ev('licence', 'licence au client', 'licence to the client'),
        ev('provider_ownership_licence', 'propriété du prestataire et licence au client', 'provider ownership and licence to the client'),
      ]), 'regime assignment', 'CPI L131-3'),
      assignment,
      licence,
      oneEnum('know_how', 'Le prestataire peut-il réutiliser son savoir-faire générique ?', 'May the provider reuse its generic know-how?', t.enum([
        ev('reuse', 'réutilisation du savoir-faire générique, sans données du client', 'reuse of generic know-how, without client data'),
        ev('no_reuse', 'aucune réutilisation', 'no reuse'),
      ]), 'know_how reuse'),
      {
        keyword: 'preexisting', doc: doc('Outils, scripts et RMM préexistants du prestataire.', 'The provider’s pre-existing tools, scripts and RMM.'),
        args: [], cardinality: 'one', blockRequired: true,
        example: 'preexisting { owner provider; licence contract_term; after_exit embedded_scripts }',
        block: {
          statements: [
            oneEnum('owner', 'Titulaire des droits sur les outils préexistants.', 'Owner of the rights in the pre-existing tools.', t.enum([
              ev('provider', 'le prestataire (ou ses fournisseurs)', 'the provider (or its suppliers)'),
            ]), 'owner provider'),
            oneEnum('licence', 'Licence d’utilisation accordée au client.', 'Licence of use granted to the client.', t.enum([
              ev('contract_term', 'pour la durée du contrat', 'for the term of the contract'),
              ev('contract_and_reversibility', 'pour la durée du contrat et de la réversibilité', 'for the term of the contract and of the reversibility'),
              ev('none', 'aucune licence (outils internes du prestataire)', 'no licence (provider’s internal tools)'),
            ]), 'licence contract_term'),
            oneEnum('after_exit', 'Ce qui reste utilisable après la sortie.', 'What remains usable after exit.', t.enum([
              ev('nothing', 'rien : outils désinstallés', 'nothing: tools are removed'),
              ev('embedded_scripts', 'les scripts intégrés aux livrables, sous licence perpétuelle', 'scripts embedded in the deliverables, under a perpetual licence'),
              ev('perpetual_licence', 'licence perpétuelle sur les outils remis', 'perpetual licence on the tools handed over'),
            ]), 'after_exit embedded_scripts'),
            { keyword: 'tools', doc: doc('Outils concernés.', 'Tools concerned.'), args: [value('items', t.prose(), { list: true })], cardinality: 'one', example: 'tools "Scripts de déploiement NS", "Console RMM"' },
          ],
        },
      },
      {
        keyword: 'third_party_licences', doc: doc('Licences logicielles et abonnements cloud : titulaire, payeur, administrateur.', 'Software licences and cloud subscriptions: holder, payer, administrator.'),
        args: [], cardinality: 'one', blockRequired: true,
        example: 'third_party_licences { holder client; payer client; administrator provider }',
        block: {
          statements: [
            oneEnum('holder', 'Au nom de qui les licences et abonnements sont souscrits (le client, de préférence).', 'In whose name licences and subscriptions are held (preferably the client).', t.enum([
              ev('client', 'le client', 'the client'), ev('provider', 'le prestataire', 'the provider'),
            ]), 'holder client'),
            oneEnum('payer', 'Qui paie les licences.', 'Who pays for the licences.', t.enum([
              ev('client', 'le client, directement', 'the client, directly'),
              ev('provider_rebilled', 'le prestataire, refacturé au client', 'the provider, re-billed to the client'),
              ev('provider_included', 'le prestataire, inclus dans la redevance', 'the provider, included in the fee'),
            ]), 'payer client'),
            oneEnum('administrator', 'Qui administre les consoles des éditeurs.', 'Who administers the vendors’ consoles.', t.enum([
              ev('client', 'le client', 'the client'), ev('provider', 'le prestataire, par délégation du client', 'the provider, by delegation of the client'),
            ]), 'administrator provider'),
          ],
        },
      },
    ],
  },
};
