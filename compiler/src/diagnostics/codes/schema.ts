// Catalogue band IG20xx: statements checked against the vocabulary (../../schema).
import { defineCode, suggestion } from '../catalogue.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `"${s}"`;

export const unknownKeyword = defineCode<{ keyword: string; parent: string; suggestions: readonly string[] }>({
  code: 'IG2001',
  severity: 'error',
  title: { fr: 'Mot-clé inconnu', en: 'Unknown keyword' },
  message: {
    fr: (a) => `Mot-clé ${q(a.keyword)} inconnu ${a.parent ? `dans le bloc ${q(a.parent)}` : 'au premier niveau du fichier'}.${suggestion(a.suggestions, 'fr')}`,
    en: (a) => `Unknown keyword ${dq(a.keyword)} ${a.parent ? `in block ${dq(a.parent)}` : 'at the top level of the file'}.${suggestion(a.suggestions, 'en')}`,
  },
  doc: {
    explanation: {
      fr: "Chaque bloc n'accepte que les mots-clés de son vocabulaire (voir `infog explain` et la documentation du langage). Une faute de frappe est signalée avec la suggestion la plus proche.",
      en: 'Each block accepts only the keywords of its vocabulary (see the language documentation). A typo is reported with the closest suggestion.',
    },
    example: 'term {\n  efective 2027-01-01\n}',
    fixed: 'term {\n  effective 2027-01-01\n}',
  },
});

export const wrongValueType = defineCode<{ keyword: string; expectedFr: string; expectedEn: string; foundFr: string; foundEn: string; example: string }>({
  code: 'IG2002',
  severity: 'error',
  title: { fr: 'Valeur de mauvais type', en: 'Value of the wrong type' },
  message: {
    fr: (a) => `${q(a.keyword)} attend ${a.expectedFr}, pas ${a.foundFr}. Exemple : ${a.example}`,
    en: (a) => `${dq(a.keyword)} expects ${a.expectedEn}, not ${a.foundEn}. Example: ${a.example}`,
  },
  doc: {
    explanation: {
      fr: 'Les valeurs sont typées : une durée porte une unité (`30 min`), un montant une devise (`1450.00 EUR`), une date est écrite `AAAA-MM-JJ`.',
      en: 'Values are typed: a duration carries a unit (`30 min`), an amount a currency (`1450.00 EUR`), a date is written `YYYY-MM-DD`.',
    },
    example: 'term {\n  initial "trois ans"\n}',
    fixed: 'term {\n  initial 36 months\n}',
  },
});

export const missingArgument = defineCode<{ keyword: string; expectedFr: string; expectedEn: string; example: string }>({
  code: 'IG2003',
  severity: 'error',
  title: { fr: 'Valeur manquante', en: 'Missing value' },
  message: {
    fr: (a) => `${q(a.keyword)} attend ${a.expectedFr}. Exemple : ${a.example}`,
    en: (a) => `${dq(a.keyword)} expects ${a.expectedEn}. Example: ${a.example}`,
  },
  doc: {
    explanation: { fr: 'Une instruction doit donner toutes les valeurs que son mot-clé attend.', en: 'A statement must give every value its keyword expects.' },
    example: 'term {\n  initial\n}',
    fixed: 'term {\n  initial 36 months\n}',
  },
});

export const unexpectedValue = defineCode<{ keyword: string; example: string }>({
  code: 'IG2004',
  severity: 'error',
  title: { fr: 'Valeur en trop', en: 'Unexpected value' },
  message: {
    fr: (a) => `Valeur en trop après ${q(a.keyword)}. Forme attendue : ${a.example}`,
    en: (a) => `Unexpected value after ${dq(a.keyword)}. Expected form: ${a.example}`,
  },
  doc: {
    explanation: { fr: 'L’instruction contient plus de valeurs que son mot-clé n’en accepte ; deux instructions sur une même ligne doivent être séparées par « ; ».', en: 'The statement has more values than its keyword accepts; two statements on one line must be separated by ";".' },
    example: 'term { effective 2027-01-01 initial 36 months }',
    fixed: 'term { effective 2027-01-01; initial 36 months }',
  },
});

export const duplicateStatement = defineCode<{ keyword: string }>({
  code: 'IG2005',
  severity: 'error',
  title: { fr: 'Instruction en double', en: 'Duplicate statement' },
  message: {
    fr: (a) => `${q(a.keyword)} ne peut apparaître qu'une fois dans ce bloc ; supprimez ou fusionnez le doublon.`,
    en: (a) => `${dq(a.keyword)} may appear only once in this block; remove or merge the duplicate.`,
  },
  doc: {
    explanation: { fr: 'Deux valeurs pour le même fait rendraient le contrat ambigu.', en: 'Two values for the same fact would make the contract ambiguous.' },
    example: 'term {\n  initial 36 months\n  initial 24 months\n}',
    fixed: 'term {\n  initial 36 months\n}',
  },
});

export const missingField = defineCode<{ keyword: string; block: string; example: string }>({
  code: 'IG2006',
  severity: 'error',
  title: { fr: 'Champ obligatoire manquant', en: 'Missing required field' },
  message: {
    fr: (a) => `Le bloc ${q(a.block)} doit contenir ${q(a.keyword)}. Exemple : ${a.example}`,
    en: (a) => `Block ${dq(a.block)} must contain ${dq(a.keyword)}. Example: ${a.example}`,
  },
  doc: {
    explanation: { fr: 'Certains champs sont nécessaires pour que le bloc ait un sens (par exemple la dénomination d’une partie).', en: 'Some fields are needed for the block to make sense (for instance the name of a party).' },
    example: 'party client dupont {\n  address "8 place Bellecour, 69002 Lyon"\n}',
    fixed: 'party client dupont {\n  name "Cabinet Dupont SELARL"\n  address "8 place Bellecour, 69002 Lyon"\n}',
  },
});

export const blockNotAllowed = defineCode<{ keyword: string }>({
  code: 'IG2007',
  severity: 'error',
  title: { fr: 'Bloc non attendu', en: 'Unexpected block' },
  message: {
    fr: (a) => `${q(a.keyword)} ne prend pas de bloc { … } ; retirez les accolades.`,
    en: (a) => `${dq(a.keyword)} takes no { … } block; remove the braces.`,
  },
  doc: {
    explanation: { fr: 'Seules certaines instructions ouvrent un bloc de détails.', en: 'Only some statements open a block of details.' },
    example: 'term {\n  initial 36 months { period 12 months }\n}',
    fixed: 'term {\n  initial 36 months\n}',
  },
});

export const blockRequired = defineCode<{ keyword: string; example: string }>({
  code: 'IG2008',
  severity: 'error',
  title: { fr: 'Bloc attendu', en: 'Block expected' },
  message: {
    fr: (a) => `${q(a.keyword)} doit être suivi d'un bloc { … }. Exemple : ${a.example}`,
    en: (a) => `${dq(a.keyword)} must be followed by a { … } block. Example: ${a.example}`,
  },
  doc: {
    explanation: { fr: 'Ce mot-clé regroupe des faits qui se déclarent dans un bloc.', en: 'This keyword groups facts that are stated inside a block.' },
    example: 'term',
    fixed: 'term {\n  effective 2027-01-01\n}',
  },
});

export const unknownEnumValue = defineCode<{ keyword: string; value: string; allowed: readonly string[]; suggestions: readonly string[] }>({
  code: 'IG2009',
  severity: 'error',
  title: { fr: 'Valeur non reconnue', en: 'Unknown value' },
  message: {
    fr: (a) => `${q(a.value)} n'est pas une valeur possible pour ${q(a.keyword)} (valeurs : ${a.allowed.join(', ')}).${suggestion(a.suggestions, 'fr')}`,
    en: (a) => `${dq(a.value)} is not a valid value for ${dq(a.keyword)} (values: ${a.allowed.join(', ')}).${suggestion(a.suggestions, 'en')}`,
  },
  doc: {
    explanation: { fr: 'Ce champ n’accepte qu’une liste fermée de valeurs.', en: 'This field accepts only a closed list of values.' },
    example: 'renewal tacite { period 12 months }',
    fixed: 'renewal tacit { period 12 months }',
  },
});

export const valueOutOfRange = defineCode<{ keyword: string; value: string; bounds: string }>({
  code: 'IG2010',
  severity: 'error',
  title: { fr: 'Valeur hors limites', en: 'Value out of range' },
  message: {
    fr: (a) => (a.bounds === 'integer' ? `${a.value} n’est pas un nombre entier : ${q(a.keyword)} attend un nombre entier.` : `${a.value} est hors limites pour ${q(a.keyword)} : ${a.bounds}.`),
    en: (a) => (a.bounds === 'integer' ? `${a.value} is not a whole number: ${dq(a.keyword)} expects a whole number.` : `${a.value} is out of range for ${dq(a.keyword)}: ${a.bounds}.`),
  },
  doc: {
    explanation: { fr: 'Le vocabulaire fixe des bornes pour certaines valeurs (par exemple un effectif ne peut être négatif).', en: 'The vocabulary sets bounds on some values (for instance a headcount cannot be negative).' },
    example: 'party client c { name "C"; headcount 2.5 }',
    fixed: 'party client c { name "C"; headcount 3 }',
  },
});

export const wrongUnit = defineCode<{ keyword: string; unit: string; allowed: readonly string[] }>({
  code: 'IG2011',
  severity: 'error',
  title: { fr: 'Unité non admise', en: 'Unit not allowed' },
  message: {
    fr: (a) => `L'unité ${q(a.unit)} n'est pas admise pour ${q(a.keyword)} ; utilisez ${a.allowed.join(', ')}.`,
    en: (a) => `Unit ${dq(a.unit)} is not allowed for ${dq(a.keyword)}; use ${a.allowed.join(', ')}.`,
  },
  doc: {
    explanation: { fr: 'Une durée de contrat se compte en mois ou en années, un délai de SLA en minutes, heures ou jours.', en: 'A contract term is counted in months or years, an SLA target in minutes, hours or days.' },
    example: 'term { initial 1000 days }',
    fixed: 'term { initial 36 months }',
  },
});

export const noContract = defineCode<Record<string, never>>({
  code: 'IG2012',
  severity: 'error',
  title: { fr: 'Aucun contrat', en: 'No contract' },
  message: {
    fr: () => 'Ce fichier ne contient aucun contrat : ajoutez contract "Titre" { … }.',
    en: () => 'This file contains no contract: add contract "Title" { … }.',
  },
  doc: {
    explanation: { fr: 'Un fichier de contrat contient une instruction `contract` (les modules importés peuvent n’en contenir aucune).', en: 'A contract file holds one `contract` statement (imported modules may hold none).' },
    example: '// vide',
    fixed: 'contract "Infogérance" {\n  law FR\n}',
  },
});

export const wordTooLong = defineCode<{ keyword: string; length: number; max: number; start: string }>({
  code: 'IG2013',
  severity: 'error',
  title: { fr: 'Mot trop long pour le document', en: 'Word too long for the document' },
  message: {
    fr: (a) => `La valeur de ${q(a.keyword)} contient un mot de ${a.length} caractères sans espace (${q(a.start)}), au-delà de ${a.max} : le document ne peut pas le mettre en page. Séparez-le par des espaces ou raccourcissez-le ; la valeur est ignorée.`,
    en: (a) => `The value of ${dq(a.keyword)} holds a word of ${a.length} characters without a space (${dq(a.start)}), over ${a.max}: the document cannot lay it out. Separate it with spaces or shorten it; the value is ignored.`,
  },
  doc: {
    explanation: {
      fr: 'Le texte des contrats est mis en page dans le PDF ; un mot sans espace plus long qu’une ligne doit être coupé caractère par caractère, et un mot de milliers de caractères rend la compilation très lente (20 000 caractères : 20 s, un million : mémoire épuisée). Aucune adresse, URL ou référence réelle n’approche cette limite ; la valeur est refusée, même pour un projet (--draft).',
      en: 'Contract text is laid out in the PDF; a word without spaces longer than a line must be cut character by character, and a word of thousands of characters makes compiling very slow (20,000 characters: 20 s, a million: out of memory). No real address, URL or reference comes near the limit; the value is refused, even for a draft (--draft).',
    },
    example: `reference "NS-${'0'.repeat(300)}"`,
    fixed: 'reference "NS-2027-014"',
  },
});
