// Catalogue band file; see ../index.ts for the bands. IG2206–IG2219: values written the way people
// write them elsewhere — a unit in French or with a typo, facts written after a keyword instead of in
// its block. One mistake gives one error, which says what to write; the binder then reads the value
// as meant, so nothing else is reported about it.
import { defineCode, suggestion } from '../catalogue.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `"${s}"`;

export const unknownUnit = defineCode<{
  keyword: string; unit: string; dimension: string; french: string; allowed: readonly string[]; suggestions: readonly string[];
}>({
  code: 'IG2206',
  severity: 'error',
  title: { fr: 'Unité inconnue', en: 'Unknown unit' },
  message: {
    fr: (a) => `${q(a.unit)} n'est pas ${a.dimension === 'currency' ? 'une devise' : 'une unité de durée'} pour ${q(a.keyword)}${a.french === 'yes' ? ' : les unités s’écrivent en anglais' : ''}.${suggestion(a.suggestions, 'fr')} (${a.dimension === 'currency' ? 'devises' : 'unités'} : ${a.allowed.join(', ')})`,
    en: (a) => `${dq(a.unit)} is not ${a.dimension === 'currency' ? 'a currency' : 'a unit of duration'} for ${dq(a.keyword)}${a.french === 'yes' ? ': units are written in English' : ''}.${suggestion(a.suggestions, 'en')} (${a.dimension === 'currency' ? 'currencies' : 'units'}: ${a.allowed.join(', ')})`,
  },
  doc: {
    explanation: {
      fr: 'Une durée s’écrit avec une unité du langage, en anglais (`36 months`, `4 business_hours`, `30 min`), un montant avec son code de devise ISO 4217 (`2400.00 CHF`). Une unité mal orthographiée ou en français est signalée une fois, avec l’unité voulue.',
      en: 'A duration is written with a unit of the language, in English (`36 months`, `4 business_hours`, `30 min`), an amount with its ISO 4217 currency code (`2400.00 CHF`). A misspelt or French unit is reported once, with the unit meant.',
    },
    example: 'term {\n  initial 36 mnths\n}',
    fixed: 'term {\n  initial 36 months\n}',
  },
});

export const factsOutsideBlock = defineCode<{ keyword: string; written: string; fixed: string }>({
  code: 'IG2207',
  severity: 'error',
  title: { fr: 'Faits à écrire dans le bloc', en: 'Facts to write in the block' },
  message: {
    fr: (a) => `${q(a.written)} : ce qui suit ${q(a.keyword)} s’écrit dans son bloc { … } ; écrivez ${q(a.fixed)}.`,
    en: (a) => `${dq(a.written)}: what follows ${dq(a.keyword)} is written in its { … } block; write ${dq(a.fixed)}.`,
  },
  doc: {
    explanation: {
      fr: 'Certains mots-clés regroupent des faits dans un bloc. Un fait de ce bloc écrit à la suite du mot-clé est lu comme s’il était dans le bloc, et signalé une seule fois.',
      en: 'Some keywords group facts in a block. A fact of that block written after the keyword is read as if it were in the block, and reported once.',
    },
    example: 'personal_data {\n  subprocessors none\n}',
    fixed: 'personal_data {\n  subprocessors { none }\n}',
  },
});
