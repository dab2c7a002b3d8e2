import { doc, ev, opt, t, value } from '../../value-types.ts';
import type { StatementSpec, ValueType } from '../../types.ts';
import { yesNo } from '../common.ts';
import { enumList, oneEnum } from './shared.ts';
import { phrased } from './phrase.ts';

// `ip { … }`: intellectual property — the deliverables, the provider's pre-existing tools, third-party
// licences. Under French law (CPI L131-3) an assignment is valid only if each assigned right is mentioned
// separately and its field of exploitation is delimited by extent, destination, place and duration:
// each of those is a fact here, so the checker can say which one is missing.

const territory: ValueType = t.enum([
  ev('worldwide', 'monde entier', 'worldwide', { fr: 'pour le monde entier', en: 'throughout the world' }),
  ev('eea', 'Espace économique européen', 'European Economic Area', { fr: 'pour le territoire de l’Espace économique européen', en: 'for the territory of the European Economic Area' }),
  ev('france', 'France', 'France', { fr: 'pour le territoire français', en: 'for the territory of France' }),
  ev('switzerland', 'Suisse', 'Switzerland', { fr: 'pour le territoire suisse', en: 'for the territory of Switzerland' }),
  ev('belgium', 'Belgique', 'Belgium', { fr: 'pour le territoire belge', en: 'for the territory of Belgium' }),
]);

const rightsDuration = (example: string): StatementSpec => ({
  keyword: 'duration', doc: doc('Durée de la cession ou de la licence.', 'Duration of the assignment or licence.'),
  args: [opt('until', t.enum([
    ev('legal_protection', 'durée légale de protection des droits d’auteur', 'legal term of copyright protection'),
    ev('contract_term', 'durée du contrat', 'term of the contract'),
    ev('perpetual', 'perpétuelle (licence)', 'perpetual (licence)'),
  ])), opt('period', t.duration(['year', 'years', 'month', 'months']))],
  cardinality: 'one', example,
  phrase: {
    fr: '{if until is legal_protection}pour toute la durée de protection légale des droits d’auteur, y compris ses prolongations{end}{if until is contract_term}pour la durée du Contrat{end}{if until is perpetual}à titre perpétuel{end}{if period}{if until}, et au moins {else}pour une durée de {end}{period}{end}',
    en: '{if until is legal_protection}for the whole term of legal protection of copyright, including any extension{end}{if until is contract_term}for the term of the Contract{end}{if until is perpetual}in perpetuity{end}{if period}{if until}, and for at least {else}for a period of {end}{period}{end}',
  },
});

const assignment: StatementSpec = {
  keyword: 'assignment',
  doc: doc('Cession des droits patrimoniaux sur les livrables.', 'Assignment of the economic rights in the deliverables.'),
  legalBasis: 'FR: CPI L131-3, L131-4 al. 2 4° (prix forfaitaire pour un logiciel), L122-6; BE: CDE XI.167; CH: LDA art. 16',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'assignment { rights reproduction, representation, adaptation; extent all_media; destination internal_operation; territory worldwide; duration legal_protection; price included }',
  block: {
    statements: [
      phrased(enumList('rights', 'Droits cédés, chacun mentionné distinctement.', 'Rights assigned, each mentioned separately.', t.enum([
        ev('reproduction', 'droit de reproduction', 'right of reproduction', { fr: 'de reproduction permanente ou provisoire', en: 'permanent or temporary reproduction' }),
        ev('representation', 'droit de représentation et d’utilisation', 'right of representation and use', { fr: 'de représentation', en: 'representation' }),
        ev('adaptation', 'droit d’adaptation et de modification', 'right of adaptation and modification', { fr: 'd’adaptation et de modification', en: 'adaptation and modification' }),
        ev('translation', 'droit de traduction (dans toute langue et tout langage de programmation)', 'right of translation (into any language, including programming languages)', { fr: 'de traduction dans toute langue ou tout langage de programmation', en: 'translation into any natural or programming language' }),
        ev('distribution', 'droit de distribution et de mise sur le marché', 'right of distribution', { fr: 'de distribution', en: 'distribution' }),
      ]), 'rights reproduction, representation, adaptation, translation, distribution', 'CPI L131-3'),
        'les droits {items}', 'the rights of {items}'),
      phrased(enumList('extent', 'Étendue : supports et modes d’exploitation.', 'Extent: media and modes of exploitation.', t.enum([
        ev('all_media', 'tous supports connus à la signature', 'all media known at signature', { fr: 'sur tous supports et par tous procédés connus à la date de signature du Contrat', en: 'on any medium and by any process known at the date of signature of the Contract' }),
        ev('digital', 'supports numériques', 'digital media', { fr: 'sur tout support numérique', en: 'on any digital medium' }),
        ev('paper', 'supports papier', 'paper', { fr: 'sur support papier', en: 'on paper' }),
        ev('networks', 'réseaux (intranet, internet)', 'networks (intranet, internet)', { fr: 'par tout réseau de communication, intranet ou internet', en: 'over any communication network, intranet or internet' }),
      ]), 'extent all_media'), '{items}', '{items}'),
      phrased(enumList('destination', 'Destination : usages autorisés.', 'Destination: permitted uses.', t.enum([
        ev('internal_operation', 'exploitation interne du SI du client', 'internal operation of the client’s IS', { fr: 'pour l’exploitation interne du système d’information du Client', en: 'for the internal operation of the Client’s information system' }),
        ev('third_party_maintenance', 'maintenance par un tiers ou un successeur', 'maintenance by a third party or a successor', { fr: 'pour la maintenance et l’évolution des Livrables par le Client, par tout tiers ou par un prestataire successeur', en: 'for the maintenance and development of the Deliverables by the Client, any third party or a successor provider' }),
        ev('group_entities', 'entités du groupe du client', 'the client’s group entities', { fr: 'pour l’usage des entités du groupe du Client', en: 'for use by the entities of the Client’s group' }),
        ev('commercial', 'exploitation commerciale', 'commercial exploitation', { fr: 'pour l’exploitation commerciale des Livrables', en: 'for the commercial exploitation of the Deliverables' }),
      ]), 'destination internal_operation, third_party_maintenance'),
        '{items}', '{items}'),
      phrased(oneEnum('territory', 'Lieu : territoire de la cession.', 'Place: territory of the assignment.', territory, 'territory worldwide'), '{value}', '{value}'),
      rightsDuration('duration legal_protection'),
      {
        keyword: 'price', doc: doc('Prix de la cession : inclus dans la redevance ou montant distinct.', 'Price of the assignment: included in the fee or a separate amount.'),
        args: [opt('mode', t.enum([ev('included', 'inclus dans la redevance', 'included in the fee')])), opt('amount', t.money())],
        cardinality: 'one', example: 'price included',
        legalBasis: 'FR: CPI L131-4 al. 2 4° (logiciel : rémunération forfaitaire admise)',
        phrase: {
          fr: '{if mode is included}moyennant un prix forfaitaire compris dans la redevance{end}{if amount}moyennant un prix forfaitaire de {amount} hors taxes{end}',
          en: '{if mode is included}for a lump-sum price included in the fee{end}{if amount}for a lump-sum price of {amount} excluding VAT{end}',
        },
      },
    ],
  },
};

const licence: StatementSpec = {
  keyword: 'licence',
  doc: doc('Licence concédée sur les livrables.', 'Licence granted on the deliverables.'),
  legalBasis: 'FR: CPI L122-6, L131-3; BE: CDE XI.167; CH: LDA art. 16',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'licence { exclusive no; duration perpetual; territory worldwide; transferable yes }',
  block: {
    statements: [
      phrased(oneEnum('exclusive', 'Licence exclusive ?', 'Exclusive licence?', yesNo, 'exclusive no'), '{if value is yes}à titre exclusif{end}{if value is no}à titre non exclusif{end}', '{if value is yes}on an exclusive basis{end}{if value is no}on a non-exclusive basis{end}'),
      rightsDuration('duration perpetual'),
      phrased(oneEnum('territory', 'Territoire de la licence.', 'Territory of the licence.', territory, 'territory worldwide'), '{value}', '{value}'),
      phrased(oneEnum('transferable', 'Licence transmissible (notamment à un successeur) ?', 'Transferable licence (notably to a successor)?', yesNo, 'transferable yes'),
        '{if value is yes}Le Client peut transmettre cette licence, notamment à un prestataire successeur chargé de la maintenance des Livrables{end}{if value is no}Cette licence est personnelle au Client et ne peut être transmise{end}',
        '{if value is yes}The Client may transfer this licence, in particular to a successor provider in charge of maintaining the Deliverables{end}{if value is no}This licence is personal to the Client and may not be transferred{end}'),
    ],
  },
};

export const ip: StatementSpec = {
  keyword: 'ip',
  doc: doc('Propriété intellectuelle : livrables, outils préexistants, licences de tiers.', 'Intellectual property: deliverables, pre-existing tools, third-party licences.'),
  legalBasis: 'FR: CPI L131-3, L131-4, L113-9, L122-6; BE: CDE XI.165, XI.167; CH: LDA art. 16–17',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'ip { deliverables scripts, documentation; regime assignment }',
  block: {
    statements: [
      phrased(enumList('deliverables', 'Types de livrables produits pour le client.', 'Types of deliverables produced for the client.', t.enum([
        ev('scripts', 'scripts et automatisations', 'scripts and automations', { fr: 'les scripts d’automatisation', en: 'automation scripts' }),
        ev('software', 'logiciels et développements spécifiques', 'software and custom developments', { fr: 'les développements logiciels spécifiques', en: 'custom software developments' }),
        ev('documentation', 'documentation et procédures', 'documentation and procedures', { fr: 'la documentation d’exploitation', en: 'operating documentation' }),
        ev('configurations', 'configurations et paramétrages', 'configurations and settings', { fr: 'les paramétrages des équipements et services', en: 'settings of devices and services' }),
        ev('reports', 'rapports et audits', 'reports and audits', { fr: 'les rapports d’audit et d’activité', en: 'audit and activity reports' }),
        ev('none', 'aucun livrable', 'no deliverable', { fr: 'aucun livrable', en: 'no deliverable' }),
      ]), 'deliverables scripts, documentation, configurations'),
        '{if items is none}Le Contrat ne prévoit la réalisation d’aucun Livrable{else}Constituent des Livrables, au sens du Contrat, {items} que le Prestataire réalise spécifiquement pour le Client au titre du Contrat{end}',
        '{if items is none}The Contract provides for no Deliverable{else}The Deliverables, within the meaning of the Contract, are the {items} which the Provider produces specifically for the Client under the Contract{end}'),
      phrased(oneEnum('regime', 'Régime des droits sur les livrables.', 'Regime of the rights in the deliverables.', t.enum([
        ev('assignment', 'cession des droits au client', 'assignment of the rights to the client'),
        ev('licence', 'licence au client', 'licence to the client'),
        ev('provider_ownership_licence', 'propriété du prestataire et licence au client', 'provider ownership and licence to the client'),
      ]), 'regime assignment', 'CPI L131-3'),
        '{if value is assignment}Le Prestataire cède les droits patrimoniaux d’auteur sur les Livrables au Client, à titre exclusif et au fur et à mesure de leur réalisation{end}{if value is licence}Le Prestataire, qui demeure titulaire des droits sur les Livrables, en concède une licence d’utilisation au Client{end}{if value is provider_ownership_licence}Le Prestataire conserve la propriété des Livrables et en concède une licence d’utilisation au Client pour les besoins de son activité{end}',
        '{if value is assignment}The Provider assigns to the Client, exclusively and as they are produced, the economic rights of copyright in the Deliverables{end}{if value is licence}The Provider, which remains the owner of the rights in the Deliverables, grants the Client a licence to use them{end}{if value is provider_ownership_licence}The Provider retains ownership of the Deliverables and grants the Client a licence to use them for the purposes of its business{end}'),
      assignment,
      licence,
      phrased(oneEnum('know_how', 'Le prestataire peut-il réutiliser son savoir-faire générique ?', 'May the provider reuse its generic know-how?', t.enum([
        ev('reuse', 'réutilisation du savoir-faire générique, sans données du client', 'reuse of generic know-how, without client data'),
        ev('no_reuse', 'aucune réutilisation', 'no reuse'),
      ]), 'know_how reuse'),
        '{if value is reuse}Chaque Partie conserve la libre utilisation de son savoir-faire, de ses méthodes et de ses connaissances générales ; le Prestataire peut les réutiliser pour d’autres clients, à l’exclusion de toute donnée et de toute information confidentielle du Client{end}{if value is no_reuse}Le Prestataire s’interdit de réutiliser au profit de tiers les méthodes et outils développés spécifiquement pour le Client{end}',
        '{if value is reuse}Each Party remains free to use its know-how, methods and general knowledge; the Provider may reuse them for other clients, excluding any data and any confidential information of the Client{end}{if value is no_reuse}The Provider shall not reuse for the benefit of third parties the methods and tools developed specifically for the Client{end}'),
      {
        keyword: 'preexisting', doc: doc('Outils, scripts et RMM préexistants du prestataire.', 'The provider’s pre-existing tools, scripts and RMM.'),
        legalBasis: 'FR: CPI L122-6, C. civ. 1104, 1194; BE: CDE XI.167, C. civ. 5.73; CH: LDA art. 16, CC art. 2 al. 1',
        args: [], cardinality: 'one', blockRequired: true,
        example: 'preexisting { owner provider; licence contract_term; after_exit embedded_scripts }',
        block: {
          statements: [
            phrased(oneEnum('owner', 'Titulaire des droits sur les outils préexistants.', 'Owner of the rights in the pre-existing tools.', t.enum([
              ev('provider', 'le prestataire (ou ses fournisseurs)', 'the provider (or its suppliers)'),
            ]), 'owner provider'),
              '{if value is provider}demeurent la propriété du Prestataire ou de ses fournisseurs{end}',
              '{if value is provider}remain the property of the Provider or its suppliers{end}'),
            phrased(oneEnum('licence', 'Licence d’utilisation accordée au client.', 'Licence of use granted to the client.', t.enum([
              ev('contract_term', 'pour la durée du contrat', 'for the term of the contract'),
              ev('contract_and_reversibility', 'pour la durée du contrat et de la réversibilité', 'for the term of the contract and of the reversibility'),
              ev('none', 'aucune licence (outils internes du prestataire)', 'no licence (provider’s internal tools)'),
            ]), 'licence contract_term'),
              '{if value is contract_term}Le Prestataire en concède le droit d’utilisation au Client, à titre non exclusif et sans supplément de prix, pour la durée du Contrat{end}{if value is contract_and_reversibility}Le Prestataire en concède le droit d’utilisation au Client, à titre non exclusif et sans supplément de prix, pour la durée du Contrat et de la réversibilité{end}{if value is none}Ces outils restent internes au Prestataire et le Client ne reçoit aucun droit d’utilisation sur eux{end}',
              '{if value is contract_term}The Provider grants the Client, at no additional cost, a non-exclusive right to use them for the term of the Contract{end}{if value is contract_and_reversibility}The Provider grants the Client, at no additional cost, a non-exclusive right to use them for the term of the Contract and of the reversibility{end}{if value is none}These tools remain internal to the Provider and the Client receives no right to use them{end}'),
            phrased(oneEnum('after_exit', 'Ce qui reste utilisable après la sortie.', 'What remains usable after exit.', t.enum([
              ev('nothing', 'rien : outils désinstallés', 'nothing: tools are removed'),
              ev('embedded_scripts', 'les scripts intégrés aux livrables, sous licence perpétuelle', 'scripts embedded in the deliverables, under a perpetual licence'),
              ev('perpetual_licence', 'licence perpétuelle sur les outils remis', 'perpetual licence on the tools handed over'),
            ]), 'after_exit embedded_scripts'),
              '{if value is nothing}À la fin du Contrat, le Prestataire désinstalle ces outils, dont le Client cesse tout usage{end}{if value is embedded_scripts}À la fin du Contrat, le Client conserve, à titre gratuit, non exclusif et perpétuel, le droit d’utiliser, de modifier et de faire maintenir par tout tiers les éléments préexistants intégrés aux Livrables ; les autres outils sont désinstallés{end}{if value is perpetual_licence}À la fin du Contrat, le Client conserve, à titre gratuit, non exclusif et perpétuel, le droit d’utiliser les outils qui lui ont été remis{end}',
              '{if value is nothing}At the end of the Contract, the Provider removes these tools and the Client ceases to use them{end}{if value is embedded_scripts}At the end of the Contract, the Client retains, free of charge, on a non-exclusive and perpetual basis, the right to use, modify and have maintained by any third party the pre-existing elements embedded in the Deliverables; the other tools are removed{end}{if value is perpetual_licence}At the end of the Contract, the Client retains, free of charge, on a non-exclusive and perpetual basis, the right to use the tools handed over to it{end}'),
            { keyword: 'tools', doc: doc('Outils concernés.', 'Tools concerned.'), args: [value('items', t.prose(), { list: true })], cardinality: 'one', example: 'tools "Scripts de déploiement NS", "Console RMM"', phrase: { fr: '{items}', en: '{items}' } },
          ],
        },
      },
      {
        keyword: 'third_party_licences', doc: doc('Licences logicielles et abonnements cloud : titulaire, payeur, administrateur.', 'Software licences and cloud subscriptions: holder, payer, administrator.'),
        legalBasis: 'FR: C. civ. 1104, 1194 (continuité à la sortie); BE: C. civ. 5.73; CH: CO 400 al. 1',
        args: [], cardinality: 'one', blockRequired: true,
        example: 'third_party_licences { holder client; payer client; administrator provider }',
        block: {
          statements: [
            phrased(oneEnum('holder', 'Au nom de qui les licences et abonnements sont souscrits (le client, de préférence).', 'In whose name licences and subscriptions are held (preferably the client).', t.enum([
              ev('client', 'le client', 'the client'), ev('provider', 'le prestataire', 'the provider'),
            ]), 'holder client'),
              '{if value is client}au nom du Client, qui en est seul titulaire{end}{if value is provider}au nom du Prestataire, qui les transfère au Client ou à son successeur à la fin du Contrat{end}',
              '{if value is client}in the name of the Client, which is their sole holder{end}{if value is provider}in the name of the Provider, which transfers them to the Client or its successor at the end of the Contract{end}'),
            phrased(oneEnum('payer', 'Qui paie les licences.', 'Who pays for the licences.', t.enum([
              ev('client', 'le client, directement', 'the client, directly'),
              ev('provider_rebilled', 'le prestataire, refacturé au client', 'the provider, re-billed to the client'),
              ev('provider_included', 'le prestataire, inclus dans la redevance', 'the provider, included in the fee'),
            ]), 'payer client'),
              '{if value is client}le Client en règle directement le prix aux éditeurs{end}{if value is provider_rebilled}le Prestataire en règle le prix aux éditeurs et le refacture au Client{end}{if value is provider_included}leur prix est compris dans la redevance{end}',
              '{if value is client}the Client pays their price directly to the vendors{end}{if value is provider_rebilled}the Provider pays their price to the vendors and re-invoices it to the Client{end}{if value is provider_included}their price is included in the fee{end}'),
            phrased(oneEnum('administrator', 'Qui administre les consoles des éditeurs.', 'Who administers the vendors’ consoles.', t.enum([
              ev('client', 'le client', 'the client'), ev('provider', 'le prestataire, par délégation du client', 'the provider, by delegation of the client'),
            ]), 'administrator provider'),
              '{if value is client}le Client administre lui-même les consoles des éditeurs{end}{if value is provider}le Prestataire administre les consoles des éditeurs par délégation du Client{end}',
              '{if value is client}the Client administers the vendors’ consoles itself{end}{if value is provider}the Provider administers the vendors’ consoles on the Client’s behalf{end}'),
          ],
        },
      },
    ],
  },
};
