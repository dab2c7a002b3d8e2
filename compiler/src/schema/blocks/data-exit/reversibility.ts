import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { enumList, oneEnum, updated, whoSide, within } from './shared.ts';

// `reversibility { … }`: the reversibility plan — brief §2.8 reversibility.plan (nine facts) and the
// assistance range of §3.5. The technical dossier, credentials and the other exit obligations are in
// `exit { … }` (./exit.ts): reversibility is the organised transfer, exit is what is owed on the last day.

const formatFamily = (keyword: string, fr: string, en: string, example: string): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('formats', t.prose(), { list: true })], cardinality: 'one', example,
});

export const reversibility: StatementSpec = {
  keyword: 'reversibility',
  doc: doc(
    'Réversibilité : reprise du SI par le client ou transfert à un successeur, avec assistance, formats et coût.',
    'Reversibility: take-back by the client or transfer to a successor, with assistance, formats and cost.',
  ),
  legalBasis: 'Guide ANSSI externalisation; SecNumCloud; RGPD art. 28(3)(g); Data Act ch. VI',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'reversibility { triggers expiry, termination; assistance { duration 3 months; from end_notice } }',
  block: {
    statements: [
      enumList('triggers', 'Événements qui ouvrent la réversibilité.', 'Events that open the reversibility.', t.enum([
        ev('expiry', 'arrivée du terme', 'expiry'),
        ev('termination', 'toute résiliation, quelle qu’en soit la cause', 'any termination, whatever its cause'),
        ev('partial', 'réversibilité partielle (retrait d’un service)', 'partial reversibility (withdrawal of a service)'),
        ev('client_request', 'demande du client en cours de contrat', 'client request during the contract'),
      ]), 'triggers expiry, termination, partial'),
      {
        keyword: 'plan', doc: doc('Plan de réversibilité : remise et mise à jour.', 'Reversibility plan: delivery and updates.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'plan { within 3 months; updated yearly }',
        block: {
          statements: [
            within('Délai de remise du plan après le début des prestations.', 'Time to deliver the plan after service start.', 'within 3 months'),
            updated('Fréquence de mise à jour du plan.', 'Update frequency of the plan.'),
          ],
        },
      },
      {
        keyword: 'assistance', doc: doc('Assistance à la réversibilité : durée et point de départ.', 'Reversibility assistance: duration and start point.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'assistance { duration 3 months; from end_notice }',
        block: {
          statements: [
            { keyword: 'duration', doc: doc('Durée de l’assistance.', 'Duration of the assistance.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'duration 3 months' },
            oneEnum('from', 'Point de départ de l’assistance.', 'Start point of the assistance.', t.enum([
              ev('end_notice', 'notification de la fin du contrat (résiliation ou non-reconduction)', 'notice of the end of the contract (termination or non-renewal)'),
              ev('client_request', 'demande écrite du client', 'written request of the client'),
              ev('end_date', 'date de fin du contrat', 'end date of the contract'),
            ]), 'from end_notice'),
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
      enumList('transfer_method', 'Méthode de transfert des données.', 'Data transfer method.', t.enum([
        ev('sftp', 'transfert SFTP', 'SFTP transfer'),
        ev('encrypted_media', 'support physique chiffré remis en main propre', 'encrypted physical media handed over'),
        ev('direct_migration', 'migration directe vers le successeur', 'direct migration to the successor'),
        ev('cloud_to_cloud', 'transfert de tenant à tenant', 'tenant-to-tenant transfer'),
      ]), 'transfer_method sftp, encrypted_media'),
      {
        keyword: 'cost', doc: doc('Coût de la réversibilité : inclus, plafonné ou au tarif (dossier technique et identifiants jamais facturés).', 'Cost of reversibility: included, capped or rate card (technical dossier and credentials never billed).'),
        args: [value('mode', t.enum([
          ev('included', 'inclus dans la redevance', 'included in the fee'),
          ev('capped', 'facturé dans la limite d’un plafond', 'billed up to a cap'),
          ev('rate_card', 'au tarif journalier', 'at a daily rate'),
        ])), opt('amount', t.money()), group(word('per'), value('unit', t.enum([ev('day', 'jour', 'day'), ev('hour', 'heure', 'hour')])))],
        cardinality: 'one', example: 'cost rate_card 650.00 EUR per day',
      },
      {
        keyword: 'transition', doc: doc('Période de transition : marche en parallèle et niveaux de service maintenus.', 'Transition period: parallel run and service levels maintained.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'transition { parallel_run 2 weeks; service_levels maintained }',
        block: {
          statements: [
            {
              keyword: 'parallel_run', doc: doc('Durée de fonctionnement en parallèle avec le successeur, ou « none ».', 'Duration of the parallel run with the successor, or "none".'),
              args: [opt('none', t.enum([ev('none', 'aucune marche en parallèle', 'no parallel run')])), opt('duration', t.duration())],
              cardinality: 'one', example: 'parallel_run 2 weeks',
            },
            oneEnum('service_levels', 'Niveaux de service pendant la transition.', 'Service levels during the transition.', t.enum([
              ev('maintained', 'maintenus à l’identique', 'maintained unchanged'),
              ev('best_effort', 'obligation de moyens renforcée, pénalités suspendues', 'best efforts, penalties suspended'),
            ]), 'service_levels maintained'),
          ],
        },
      },
      {
        keyword: 'knowledge_transfer', doc: doc('Transfert de compétences au client ou au successeur.', 'Knowledge transfer to the client or the successor.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'knowledge_transfer { sessions 3; duration 2 h; with successor }',
        block: {
          statements: [
            { keyword: 'sessions', doc: doc('Nombre de sessions.', 'Number of sessions.'), args: [value('count', t.integer(1))], cardinality: 'one', example: 'sessions 3' },
            { keyword: 'duration', doc: doc('Durée de chaque session.', 'Length of each session.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'duration 2 h' },
            oneEnum('with', 'Bénéficiaire.', 'Beneficiary.', whoSide, 'with successor'),
          ],
        },
      },
      {
        keyword: 'acceptance', doc: doc('Recette de fin de réversibilité.', 'End-of-reversibility acceptance.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'acceptance { report signed; within 15 days }',
        block: {
          statements: [
            oneEnum('report', 'Forme du constat de fin de réversibilité.', 'Form of the end-of-reversibility record.', t.enum([
              ev('signed', 'procès-verbal signé par les deux parties', 'record signed by both parties'),
            ]), 'report signed'),
            within('Délai pour prononcer la recette (ou émettre des réserves).', 'Time to accept (or state reservations).', 'within 15 days'),
          ],
        },
      },
    ],
  },
};
