import { doc, t, value } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { one, text } from './helpers.ts';

// The amendments a contract has had (`amendments { amendment 1 { … } }`): the consolidated version
// prints them (stdlib/clauses/amendment.infog), an amendment document cites the earlier ones in its
// recitals and takes its own number, dates and object from the latest (docs/amendments.md).

export const amendmentRecord: StatementSpec = {
  keyword: 'amendment',
  doc: doc('Avenant au contrat : numéro, dates de signature et de prise d’effet, objet.', 'Amendment to the contract: number, signature and effective dates, subject.'),
  legalBasis: 'FR: C. civ. 1193; CH: CO 1, 12; BE: C. civ. 5.69',
  args: [value('number', t.integer(1))],
  cardinality: 'many',
  blockRequired: true,
  block: {
    statements: [
      one('signature', 'Date de signature de l’avenant.', 'Date the amendment was signed.', [value('date', t.date())], 'signature 2027-06-15', {
        phrase: { fr: 'signé le {date}', en: 'signed on {date}' },
      }),
      one('effective', 'Date de prise d’effet de l’avenant.', 'Date the amendment takes effect.', [value('date', t.date())], 'effective 2027-07-01', {
        phrase: { fr: 'prenant effet le {date}', en: 'effective on {date}' },
      }),
      text('object', 'Objet de l’avenant, en une phrase (français, puis anglais).', 'Subject of the amendment, in one sentence (French, then English).', 'object "Ajout du site d’Annecy" "Addition of the Annecy site"', {
        phrase: { fr: '{text}', en: '{text}' },
      }),
    ],
  },
  example: 'amendment 1 { signature 2027-06-15; effective 2027-07-01; object "Ajout du site d’Annecy" "Addition of the Annecy site" }',
  phrase: {
    fr: 'avenant n° {number}{if signature}, {signature}{end}{if effective}, {effective}{end}{if object} ({object}){end}',
    en: 'Amendment No. {number}{if signature}, {signature}{end}{if effective}, {effective}{end}{if object} ({object}){end}',
  },
};
