import { doc, ev, t, value, word } from '../value-types.ts';
import type { StatementSpec } from '../types.ts';
import { noticeForms, whoMay } from './common.ts';

// Duration and termination — brief §2.2 and validation §3.2.

const notice: StatementSpec = {
  keyword: 'notice', doc: doc('Durée du préavis.', 'Length of the notice period.'),
  args: [value('duration', t.duration())], cardinality: 'one', example: 'notice 3 months',
};
const form: StatementSpec = {
  keyword: 'form', doc: doc('Forme de la notification.', 'Form of the notice.'),
  args: [value('forms', noticeForms, { list: true })], cardinality: 'one', example: 'form registered_letter',
};

const date = (keyword: string, fr: string, en: string, example: string): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('date', t.date())], cardinality: 'one', example,
});

export const term: StatementSpec = {
  keyword: 'term',
  doc: doc('Dates, durée, renouvellement et résiliation du contrat.', 'Dates, term, renewal and termination of the contract.'),
  legalBasis: 'FR: C. civ. 1210–1215; CH: CO 404; BE: CDE VI.91/5',
  args: [],
  cardinality: 'one',
  blockRequired: true,
  example: 'term { signature 2026-12-15; effective 2027-01-01; initial 36 months }',
  block: {
    statements: [
      date('signature', 'Date de signature (peut être complétée à la signature).', 'Signature date (may be filled in at signing).', 'signature 2026-12-15'),
      date('effective', "Date d'entrée en vigueur.", 'Entry-into-force date.', 'effective 2027-01-01'),
      {
        keyword: 'signature_place', doc: doc('Lieu de signature (la ville), imprimé au-dessus des signatures.', 'Place of signature (the town), printed above the signatures.'),
        args: [value('value', t.string())], cardinality: 'one', example: 'signature_place "Lyon"',
      },
      date('service_start', 'Date de début des prestations (par défaut : entrée en vigueur).', 'Service start date (defaults to the entry-into-force date).', 'service_start 2027-01-01'),
      {
        keyword: 'initial', doc: doc('Durée ferme initiale.', 'Fixed initial term.'),
        args: [value('duration', t.duration(['month', 'months', 'year', 'years']))], cardinality: 'one', example: 'initial 36 months',
      },
      {
        keyword: 'indefinite', doc: doc('Durée indéterminée, résiliable avec préavis.', 'Indefinite term, terminable with notice.'),
        legalBasis: 'FR: C. civ. 1211', args: [], cardinality: 'one', example: 'indefinite { notice 6 months }',
        block: { statements: [notice, form] },
      },
      {
        keyword: 'renewal', doc: doc('Mode de renouvellement à l’échéance.', 'Renewal at the end of the term.'),
        legalBasis: 'FR: C. civ. 1214–1215',
        args: [value('mode', t.enum([
          ev('tacit', 'tacite reconduction', 'automatic (tacit) renewal'),
          ev('express', 'renouvellement exprès', 'express renewal'),
          ev('none', 'pas de renouvellement', 'no renewal'),
        ]))],
        cardinality: 'one', example: 'renewal tacit { period 12 months; notice 3 months }',
        block: {
          statements: [
            { keyword: 'period', doc: doc('Durée de chaque période de renouvellement.', 'Length of each renewal period.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'period 12 months' },
            notice,
            form,
          ],
        },
      },
      {
        keyword: 'termination', doc: doc('Cas de résiliation anticipée.', 'Early termination cases.'),
        args: [value('case', t.enum([
          ev('convenience', 'résiliation pour convenance', 'termination for convenience'),
          ev('breach', 'résiliation pour manquement', 'termination for breach'),
        ]))],
        cardinality: 'many', example: 'termination breach { cure 30 days }',
        block: {
          statements: [
            notice,
            form,
            { keyword: 'by', doc: doc('Qui peut résilier.', 'Who may terminate.'), args: [value('who', whoMay)], cardinality: 'one', example: 'by both' },
            { keyword: 'cure', doc: doc('Délai pour remédier au manquement après mise en demeure.', 'Cure period after formal notice.'), legalBasis: 'FR: C. civ. 1225–1226', args: [value('duration', t.duration())], cardinality: 'one', example: 'cure 30 days' },
            { keyword: 'formal_notice', doc: doc('Mise en demeure préalable requise.', 'Prior formal notice required.'), args: [], cardinality: 'one', example: 'formal_notice' },
            { keyword: 'breaches', doc: doc('Manquements graves visés.', 'Serious breaches covered.'), args: [value('items', t.prose(), { list: true })], cardinality: 'one', example: 'breaches "Non-respect répété de la GTR", "Défaut de paiement"' },
            {
              keyword: 'sla_threshold', doc: doc('Seuil de manquements au SLA ouvrant la résiliation.', 'Number of SLA breaches that opens termination.'),
              args: [value('count', t.integer(1)), value('priority', t.ref('priority')), word('breaches'), word('within'), value('window', t.duration())],
              cardinality: 'many', example: 'sla_threshold 3 P1 breaches within 6 months',
            },
            { keyword: 'fees', doc: doc('Conséquences financières (sommes dues jusqu’à la fin du préavis, indemnité).', 'Financial consequences (fees due until the end of notice, early-termination fee).'), args: [value('text', t.proseText())], cardinality: 'one', example: 'fees "Redevances dues jusqu’au terme du préavis"' },
            { keyword: 'fee', doc: doc('Indemnité de résiliation anticipée, en mois de redevance.', 'Early-termination fee, in months of fees.'), args: [value('months', t.integer(0)), word('months_of_fees')], cardinality: 'one', example: 'fee 3 months_of_fees' },
          ],
        },
      },
    ],
  },
};

