import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { enumList, oneEnum, updated, whoSide, within } from './shared.ts';
import { frequencyPhrase, phrased } from './phrase.ts';

// `reversibility { … }`: the reversibility plan — its triggers, plan, assistance, formats, cost and its
// cap, the timetable of its phases, parallel run, knowledge transfer and acceptance. The technical
// dossier, credentials and the other exit obligations are in `exit { … }` (./exit.ts): reversibility
// is the organised transfer, exit is what is owed on the last day.

const formatFamily = (keyword: string, fr: string, en: string, example: string): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('formats', t.prose(), { list: true })], cardinality: 'one', example,
  phrase: { fr: '{formats}', en: '{formats}' },
});

// The phases of a reversibility, in their order: the annex prints them as a timetable.
const phaseName = t.enum([
  ev('preparation', 'préparation', 'preparation', { fr: 'Préparation', en: 'Preparation' }),
  ev('transfer', 'transfert', 'transfer', { fr: 'Transfert', en: 'Transfer' }),
  ev('parallel_run', 'marche en parallèle', 'parallel run', { fr: 'Marche en parallèle', en: 'Parallel run' }),
  ev('acceptance', 'recette', 'acceptance', { fr: 'Recette', en: 'Acceptance' }),
]);

const timetable: StatementSpec = {
  keyword: 'timetable',
  doc: doc('Calendrier de la réversibilité : durée de chaque phase, à compter de son déclenchement.', 'Reversibility timetable: the length of each phase, from its start.'),
  legalBasis: 'FR: C. civ. 1104, 1194; CH: CO 398 al. 2; BE: C. civ. 5.73',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'timetable { phase preparation 2 weeks; phase transfer 4 weeks; phase parallel_run 2 weeks; phase acceptance 15 days }',
  block: {
    statements: [{
      keyword: 'phase', doc: doc('Une phase de la réversibilité et sa durée.', 'A phase of the reversibility and its length.'),
      args: [value('name', phaseName), value('duration', t.duration())],
      cardinality: 'many', example: 'phase preparation 2 weeks',
      phrase: {
        fr: '{if name is preparation}une phase de préparation{end}{if name is transfer}une phase de transfert{end}{if name is parallel_run}une phase de marche en parallèle{end}{if name is acceptance}une phase de recette{end} de {duration}',
        en: '{if name is preparation}a preparation phase{end}{if name is transfer}a transfer phase{end}{if name is parallel_run}a parallel-run phase{end}{if name is acceptance}an acceptance phase{end} of {duration}',
      },
    }],
  },
};

export const reversibility: StatementSpec = {
  keyword: 'reversibility',
  doc: doc(
    'Réversibilité : reprise du SI par le client ou transfert à un successeur, avec assistance, formats et coût.',
    'Reversibility: take-back by the client or transfer to a successor, with assistance, formats and cost.',
  ),
  legalBasis: 'FR: C. civ. 1104, 1194; BE: C. civ. 5.73; CH: CO 398 al. 2, 400 al. 1; RGPD art. 28(3)(g); Règlement (UE) 2023/2854 art. 23–31',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'reversibility { triggers expiry, termination; assistance { duration 3 months; from end_notice } }',
  block: {
    statements: [
      phrased(enumList('triggers', 'Événements qui ouvrent la réversibilité.', 'Events that open the reversibility.', t.enum([
        ev('expiry', 'arrivée du terme', 'expiry', { fr: 'à l’arrivée du terme du Contrat', en: 'on expiry of the Contract' }),
        ev('termination', 'toute résiliation, quelle qu’en soit la cause', 'any termination, whatever its cause', { fr: 'en cas de résiliation du Contrat pour quelque cause que ce soit', en: 'on termination of the Contract for any reason whatsoever' }),
        ev('partial', 'réversibilité partielle (retrait d’un service)', 'partial reversibility (withdrawal of a service)', { fr: 'en cas de retrait d’un service du périmètre (réversibilité partielle)', en: 'on withdrawal of a service from the scope (partial reversibility)' }),
        ev('client_request', 'demande du client en cours de contrat', 'client request during the contract', { fr: 'à la demande du Client en cours de Contrat', en: 'at the Client’s request during the Contract' }),
      ]), 'triggers expiry, termination, partial'), '{items|or}', '{items|or}'),
      {
        keyword: 'plan', doc: doc('Plan de réversibilité : remise et mise à jour.', 'Reversibility plan: delivery and updates.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'plan { within 3 months; updated yearly }',
        block: {
          statements: [
            phrased(within('Délai de remise du plan après le début des prestations.', 'Time to deliver the plan after service start.', 'within 3 months'),
              'dans un délai de {duration} à compter du début des prestations', 'within {duration} of the start of the services'),
            { ...updated('Fréquence de mise à jour du plan.', 'Update frequency of the plan.'), phrase: frequencyPhrase('frequency', 'period') },
          ],
        },
      },
      {
        keyword: 'assistance', doc: doc('Assistance à la réversibilité : durée et point de départ.', 'Reversibility assistance: duration and start point.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'assistance { duration 3 months; from end_notice }',
        block: {
          statements: [
            { keyword: 'duration', doc: doc('Durée de l’assistance.', 'Duration of the assistance.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'duration 3 months', phrase: { fr: 'pendant {duration}', en: 'for {duration}' } },
            phrased(oneEnum('from', 'Point de départ de l’assistance.', 'Start point of the assistance.', t.enum([
              ev('end_notice', 'notification de la fin du contrat (résiliation ou non-reconduction)', 'notice of the end of the contract (termination or non-renewal)'),
              ev('client_request', 'demande écrite du client', 'written request of the client'),
              ev('end_date', 'date de fin du contrat', 'end date of the contract'),
            ]), 'from end_notice'),
              '{if value is end_notice}à compter de la notification de la fin du Contrat, quelle qu’en soit la cause{end}{if value is client_request}à compter de la demande écrite du Client{end}{if value is end_date}à compter de la date de fin du Contrat{end}',
              '{if value is end_notice}from the notice of the end of the Contract, whatever its cause{end}{if value is client_request}from the Client’s written request{end}{if value is end_date}from the end date of the Contract{end}'),
          ],
        },
      },
      {
        keyword: 'formats', doc: doc('Formats de restitution, ouverts et documentés, par famille de données.', 'Restitution formats, open and documented, per data family.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'formats { files "formats natifs"; mailboxes "PST"; databases "SQL dump" }',
        block: {
          statements: [
            formatFamily('files', 'Fichiers et partages.', 'Files and shares.', 'files "Arborescence d’origine, formats natifs"'),
            formatFamily('mailboxes', 'Boîtes aux lettres.', 'Mailboxes.', 'mailboxes "PST", "EML"'),
            formatFamily('databases', 'Bases de données.', 'Databases.', 'databases "SQL dump", "CSV"'),
            formatFamily('vm_images', 'Images de machines virtuelles.', 'Virtual-machine images.', 'vm_images "OVA"'),
            formatFamily('configurations', 'Configurations des équipements et services.', 'Configurations of devices and services.', 'configurations "JSON", "exports natifs"'),
          ],
        },
      },
      phrased(enumList('transfer_method', 'Méthode de transfert des données.', 'Data transfer method.', t.enum([
        ev('sftp', 'transfert SFTP', 'SFTP transfer', { fr: 'par transfert sécurisé de fichiers (SFTP)', en: 'by secure file transfer (SFTP)' }),
        ev('encrypted_media', 'support physique chiffré remis en main propre', 'encrypted physical media handed over', { fr: 'sur support physique chiffré remis en main propre', en: 'on encrypted physical media delivered by hand' }),
        ev('direct_migration', 'migration directe vers le successeur', 'direct migration to the successor', { fr: 'par migration directe vers le prestataire successeur', en: 'by direct migration to the successor provider' }),
        ev('cloud_to_cloud', 'transfert de tenant à tenant', 'tenant-to-tenant transfer', { fr: 'par transfert direct d’un environnement en nuage à un autre', en: 'by direct transfer from one cloud environment to another' }),
      ]), 'transfer_method sftp, encrypted_media'), '{items|or}', '{items|or}'),
      {
        keyword: 'cost', doc: doc('Coût de la réversibilité : inclus, plafonné ou au tarif (dossier technique et identifiants jamais facturés).', 'Cost of reversibility: included, capped or rate card (technical dossier and credentials never billed).'),
        args: [value('mode', t.enum([
          ev('included', 'inclus dans la redevance', 'included in the fee'),
          ev('capped', 'facturé dans la limite d’un plafond', 'billed up to a cap'),
          ev('rate_card', 'au tarif journalier', 'at a daily rate'),
        ])), opt('amount', t.money()), group(word('per'), value('unit', t.enum([ev('day', 'jour', 'day'), ev('hour', 'heure', 'hour')])))],
        cardinality: 'one', example: 'cost rate_card 650.00 EUR per day',
        phrase: {
          fr: '{if mode is included}est comprise dans la redevance{end}{if mode is capped}est facturée au temps passé{if amount}, dans la limite de {amount} hors taxes{end}{if unit} (décompte par {unit}){end}{end}{if mode is rate_card}est facturée au temps passé{if amount}, au tarif de {amount} hors taxes{end}{if unit} par {unit}{end}{end}',
          en: '{if mode is included}is included in the fee{end}{if mode is capped}is billed on a time-spent basis{if amount}, up to {amount} excluding VAT{end}{if unit} (counted per {unit}){end}{end}{if mode is rate_card}is billed on a time-spent basis{if amount}, at the rate of {amount} excluding VAT{end}{if unit} per {unit}{end}{end}',
        },
      },
      {
        keyword: 'price_cap',
        doc: doc('Plafond du prix total de la réversibilité, hors taxes (le dossier technique et les identifiants restent gratuits).', 'Cap on the total price of the reversibility, excluding VAT (the technical dossier and credentials stay free).'),
        legalBasis: 'FR: C. civ. 1164 (prix fixé unilatéralement : abus sanctionné), 1171; BE: C. civ. 5.52; CH: CO 394 al. 3',
        args: [value('amount', t.money())], cardinality: 'one', example: 'price_cap 15000.00 EUR',
        phrase: { fr: '{amount} hors taxes', en: '{amount} excluding VAT' },
      },
      timetable,
      {
        keyword: 'transition', doc: doc('Période de transition : marche en parallèle et niveaux de service maintenus.', 'Transition period: parallel run and service levels maintained.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'transition { parallel_run 2 weeks; service_levels maintained }',
        block: {
          statements: [
            {
              keyword: 'parallel_run', doc: doc('Durée de fonctionnement en parallèle avec le successeur, ou « none ».', 'Duration of the parallel run with the successor, or "none".'),
              args: [opt('none', t.enum([ev('none', 'aucune marche en parallèle', 'no parallel run')])), opt('duration', t.duration())],
              cardinality: 'one', example: 'parallel_run 2 weeks',
              phrase: {
                fr: '{if none is none}Aucune période de fonctionnement en parallèle n’est prévue{end}{if duration}Les prestations du Prestataire et celles du prestataire successeur sont exécutées en parallèle pendant {duration}{end}',
                en: '{if none is none}No parallel-run period is provided for{end}{if duration}The Provider’s services and those of the successor provider run in parallel for {duration}{end}',
              },
            },
            phrased(oneEnum('service_levels', 'Niveaux de service pendant la transition.', 'Service levels during the transition.', t.enum([
              ev('maintained', 'maintenus à l’identique', 'maintained unchanged'),
              ev('best_effort', 'obligation de moyens renforcée, pénalités suspendues', 'best efforts, penalties suspended'),
            ]), 'service_levels maintained'),
              '{if value is maintained}les niveaux de service et les pénalités prévus au Contrat continuent de s’appliquer sans changement{end}{if value is best_effort}le Prestataire est tenu d’une obligation de moyens renforcée et les pénalités sont suspendues{end}',
              '{if value is maintained}the service levels and service credits provided for in the Contract continue to apply unchanged{end}{if value is best_effort}the Provider is bound by an enhanced obligation of means and service credits are suspended{end}'),
          ],
        },
      },
      {
        keyword: 'knowledge_transfer', doc: doc('Transfert de compétences au client ou au successeur.', 'Knowledge transfer to the client or the successor.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'knowledge_transfer { sessions 3; duration 2 h; with successor }',
        block: {
          statements: [
            { keyword: 'sessions', doc: doc('Nombre de sessions.', 'Number of sessions.'), args: [value('count', t.integer(1))], cardinality: 'one', example: 'sessions 3',
              phrase: { fr: '{count|spelled:f} {if count is 1}session{else}sessions{end}', en: '{count|spelled} {if count is 1}session{else}sessions{end}' } },
            { keyword: 'duration', doc: doc('Durée de chaque session.', 'Length of each session.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'duration 2 h',
              phrase: { fr: 'de {duration}', en: 'of {duration}' } },
            phrased(oneEnum('with', 'Bénéficiaire.', 'Beneficiary.', whoSide, 'with successor'),
              '{if value is client}au profit des équipes du Client{end}{if value is provider}au profit des équipes du Prestataire{end}{if value is successor}au profit du prestataire successeur désigné par le Client{end}',
              '{if value is client}for the Client’s teams{end}{if value is provider}for the Provider’s teams{end}{if value is successor}for the successor provider appointed by the Client{end}'),
          ],
        },
      },
      {
        keyword: 'acceptance', doc: doc('Recette de fin de réversibilité.', 'End-of-reversibility acceptance.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'acceptance { report signed; within 15 days }',
        block: {
          statements: [
            phrased(oneEnum('report', 'Forme du constat de fin de réversibilité.', 'Form of the end-of-reversibility record.', t.enum([
              ev('signed', 'procès-verbal signé par les deux parties', 'record signed by both parties'),
            ]), 'report signed'),
              '{if value is signed}un procès-verbal de fin de réversibilité signé des deux Parties{end}',
              '{if value is signed}an end-of-reversibility report signed by both Parties{end}'),
            phrased(within('Délai pour prononcer la recette (ou émettre des réserves).', 'Time to accept (or state reservations).', 'within 15 days'),
              'dans un délai de {duration} à compter de l’achèvement des opérations de transfert', 'within {duration} of the completion of the transfer operations'),
          ],
        },
      },
    ],
  },
};
