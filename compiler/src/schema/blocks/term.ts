import { doc, ev, t, value, word } from '../value-types.ts';
import type { StatementSpec } from '../types.ts';
import { noticeForms, whoMay } from './common.ts';

// Duration and termination — brief §2.2 and validation §3.2. Durations read with their number in
// words, as contracts write them (« trente-six (36) mois »); forms of notice after « par ».

const notice: StatementSpec = {
  keyword: 'notice', doc: doc('Durée du préavis.', 'Length of the notice period.'),
  args: [value('duration', t.duration())], cardinality: 'one', example: 'notice 3 months',
  phrase: { fr: '{duration|spelled}', en: '{duration|spelled}' },
};
const form: StatementSpec = {
  keyword: 'form', doc: doc('Forme de la notification.', 'Form of the notice.'),
  args: [value('forms', noticeForms, { list: true })], cardinality: 'one', example: 'form registered_letter',
  phrase: { fr: 'par {forms|or}', en: 'by {forms|or}' },
};

const date = (keyword: string, fr: string, en: string, example: string): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('date', t.date())], cardinality: 'one', example,
  phrase: { fr: '{date}', en: '{date}' },
});

/** How the contract is signed: two formulas, never mixed (brief §5.51). */
const signing: StatementSpec = {
  keyword: 'signing',
  doc: doc(
    'Mode de signature : exemplaires originaux sur papier, ou signature électronique (avec son niveau).',
    'How the contract is signed: paper originals, or electronic signature (with its level).',
  ),
  legalBasis: 'FR: C. civ. 1366–1367, 1375; UE: règlement (UE) n° 910/2014 (eIDAS) modifié par le règlement (UE) 2024/1183; CH: CO 14 al. 2bis, SCSE (RS 943.03); BE: C. civ. 8.1',
  args: [value('mode', t.enum([
    ev('paper', 'sur papier, en exemplaires originaux', 'on paper, in originals'),
    ev('electronic', 'par signature électronique', 'by electronic signature'),
  ]))],
  cardinality: 'one',
  example: 'signing electronic { level qualified; service "Yousign" }',
  phrase: {
    fr: '{if mode is paper}sur support papier{end}{if mode is electronic}par voie électronique{end}',
    en: '{if mode is paper}on paper{end}{if mode is electronic}electronically{end}',
  },
  block: {
    statements: [
      {
        keyword: 'originals', doc: doc('Nombre d’exemplaires originaux sur papier (un par partie au moins).', 'Number of paper originals (at least one per party).'),
        legalBasis: 'FR: C. civ. 1375',
        args: [value('count', t.integer(1))], cardinality: 'one', example: 'originals 2',
        phrase: { fr: 'en {count|count:exemplaire original:exemplaires originaux:s}', en: 'in {count|count:original:originals:s}' },
      },
      {
        keyword: 'level', doc: doc('Niveau de la signature électronique (avancée ou qualifiée).', 'Level of the electronic signature (advanced or qualified).'),
        args: [value('level', t.enum([
          ev('advanced', 'signature électronique avancée', 'advanced electronic signature'),
          ev('qualified', 'signature électronique qualifiée', 'qualified electronic signature'),
        ]))],
        cardinality: 'one', example: 'level qualified',
        phrase: { fr: '{if level is advanced}une signature électronique avancée{end}{if level is qualified}une signature électronique qualifiée{end}', en: '{if level is advanced}an advanced electronic signature{end}{if level is qualified}a qualified electronic signature{end}' },
      },
      {
        keyword: 'service', doc: doc('Service de signature électronique utilisé (nom du prestataire de services de confiance).', 'Electronic signature service used (name of the trust service provider).'),
        args: [value('value', t.string())], cardinality: 'one', example: 'service "Yousign"',
        phrase: { fr: '{value}', en: '{value}' },
      },
    ],
  },
};

export const term: StatementSpec = {
  keyword: 'term',
  doc: doc('Dates, durée, renouvellement et résiliation du contrat.', 'Dates, term, renewal and termination of the contract.'),
  legalBasis: 'FR: C. civ. 1210–1215, 1224–1226; CH: CO 107–109, 404; BE: C. civ. 5.90–5.96, CDE VI.91/5',
  args: [],
  cardinality: 'one',
  blockRequired: true,
  example: 'term { signature 2026-12-15; effective 2027-01-01; initial 36 months }',
  block: {
    statements: [
      date('signature', 'Date de signature (peut être complétée à la signature).', 'Signature date (may be filled in at signing).', 'signature 2026-12-15'),
      date('effective', "Date d'entrée en vigueur.", 'Entry-into-force date.', 'effective 2027-01-01'),
      {
        keyword: 'signature_place', doc: doc('Lieu de signature (la ville) des exemplaires sur papier, imprimé au-dessus des signatures.', 'Place of signature (the town) of paper originals, printed above the signatures.'),
        args: [value('value', t.string())], cardinality: 'one', example: 'signature_place "Lyon"',
        phrase: { fr: '{value}', en: '{value}' },
      },
      signing,
      date('service_start', 'Date de début des prestations (par défaut : entrée en vigueur).', 'Service start date (defaults to the entry-into-force date).', 'service_start 2027-01-01'),
      {
        keyword: 'initial', doc: doc('Durée initiale du contrat.', 'Initial term of the contract.'),
        args: [value('duration', t.duration(['month', 'months', 'year', 'years']))], cardinality: 'one', example: 'initial 36 months',
        phrase: { fr: '{duration|spelled}', en: '{duration|spelled}' },
      },
      {
        keyword: 'indefinite', doc: doc('Durée indéterminée, résiliable avec préavis.', 'Indefinite term, terminable with notice.'),
        legalBasis: 'FR: C. civ. 1211', args: [], cardinality: 'one', example: 'indefinite { notice 6 months }',
        block: { statements: [notice, form] },
      },
      {
        keyword: 'renewal', doc: doc('Mode de renouvellement à l’échéance.', 'Renewal at the end of the term.'),
        legalBasis: 'FR: C. civ. 1214–1215; BE: CDE VI.91/5',
        args: [value('mode', t.enum([
          ev('tacit', 'tacite reconduction', 'automatic (tacit) renewal'),
          ev('express', 'renouvellement exprès', 'express renewal'),
          ev('none', 'pas de renouvellement', 'no renewal'),
        ]))],
        cardinality: 'one', example: 'renewal tacit { period 12 months; notice 3 months }',
        // The verb of the renewal sentence: « À l’échéance de la durée initiale, le Contrat {term.renewal}… ».
        phrase: {
          fr: '{if mode is tacit}est renouvelé par tacite reconduction{end}{if mode is express}ne peut être renouvelé que par un accord écrit des Parties{end}{if mode is none}prend fin de plein droit, sans renouvellement{end}',
          en: '{if mode is tacit}is renewed automatically{end}{if mode is express}may be renewed only by written agreement of the Parties{end}{if mode is none}ends automatically, without renewal{end}',
        },
        block: {
          statements: [
            {
              keyword: 'period', doc: doc('Durée de chaque période de renouvellement.', 'Length of each renewal period.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'period 12 months',
              phrase: { fr: '{duration|spelled}', en: '{duration|spelled}' },
            },
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
        phrase: {
          fr: '{if case is convenience}la résiliation du Contrat pour convenance{end}{if case is breach}la résiliation du Contrat pour manquement{end}',
          en: '{if case is convenience}termination of the Contract for convenience{end}{if case is breach}termination of the Contract for breach{end}',
        },
        block: {
          statements: [
            notice,
            form,
            {
              keyword: 'by', doc: doc('Qui peut résilier (à défaut : le client seul).', 'Who may terminate (by default: the client only).'), args: [value('who', whoMay)], cardinality: 'one', example: 'by client',
              phrase: { fr: '{who}', en: '{who}' },
            },
            {
              keyword: 'cure', doc: doc('Délai pour remédier au manquement après mise en demeure.', 'Cure period after formal notice.'), legalBasis: 'FR: C. civ. 1225–1226; CH: CO 107; BE: C. civ. 5.93', args: [value('duration', t.duration())], cardinality: 'one', example: 'cure 30 days',
              phrase: { fr: '{duration|spelled}', en: '{duration|spelled}' },
            },
            {
              keyword: 'formal_notice', doc: doc('Mise en demeure préalable requise.', 'Prior formal notice required.'), legalBasis: 'FR: C. civ. 1225 al. 2', args: [], cardinality: 'one', example: 'formal_notice',
              phrase: { fr: 'une mise en demeure', en: 'a formal notice' },
            },
            {
              keyword: 'breaches', doc: doc('Manquements graves visés, énumérés limitativement.', 'Serious breaches covered, listed exhaustively.'), legalBasis: 'FR: C. civ. 1225 al. 1', args: [value('items', t.prose(), { list: true })], cardinality: 'one', example: 'breaches "Défaut de paiement" "Failure to pay"',
              phrase: { fr: '{items}', en: '{items}' },
            },
            {
              keyword: 'sla_threshold', doc: doc('Seuil de manquements au SLA ouvrant la résiliation.', 'Number of SLA breaches that opens termination.'),
              args: [value('count', t.integer(1)), value('priority', t.ref('priority')), word('breaches'), word('within'), value('window', t.duration())],
              cardinality: 'many', example: 'sla_threshold 3 P1 breaches within 6 months',
              phrase: {
                fr: 'la survenance de {count|count:manquement:manquements:s} aux délais de Priorité « {priority} » sur une période de {window|spelled}',
                en: 'the occurrence of {count|count:breach:breaches:s} of the time limits of the “{priority}” Priority within a period of {window|spelled}',
              },
            },
            {
              keyword: 'fees', doc: doc('Conséquences financières (sommes dues jusqu’à la fin du préavis, indemnité).', 'Financial consequences (fees due until the end of notice, early-termination fee).'), args: [value('text', t.proseText())], cardinality: 'one', example: 'fees "Redevances dues jusqu’au terme du préavis" "Fees due until the end of the notice period"',
              phrase: { fr: '{text}', en: '{text}' },
            },
            {
              keyword: 'fee', doc: doc('Indemnité de résiliation anticipée, en mois de redevance.', 'Early-termination fee, in months of fees.'), args: [value('months', t.integer(0)), word('months_of_fees')], cardinality: 'one', example: 'fee 3 months_of_fees',
              phrase: {
                fr: '{if months is 0}sans indemnité{else}moyennant une indemnité égale à {months|spelled} mois de redevance, due par la Partie qui résilie{end}',
                en: '{if months is 0}without compensation{else}against a fee equal to {months|spelled} {if months is 1}month’s{else}months’{end} fees, payable by the terminating Party{end}',
              },
            },
          ],
        },
      },
    ],
  },
};
