// Catalogue band IG10xx: the lexer, the parser and the literals (strings, dates, times).
import { defineCode } from '../catalogue.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `"${s}"`;

export const unexpectedCharacter = defineCode<{ text: string }>({
  code: 'IG1001',
  severity: 'error',
  title: { fr: 'Caractère inattendu', en: 'Unexpected character' },
  message: {
    fr: (a) => `${q(a.text)} n'a pas de sens ici ; supprimez-le ou mettez le texte entre guillemets.`,
    en: (a) => `${dq(a.text)} is not valid here; delete it or put the text in double quotes.`,
  },
  doc: {
    explanation: {
      fr: 'Hors des chaînes et des commentaires, un fichier .infog ne contient que des noms, des nombres, des dates, des heures, des pourcentages et la ponctuation { } , ; .. — tout autre caractère est une faute de frappe ou du texte à mettre entre guillemets.',
      en: 'Outside strings and comments, an .infog file contains only names, numbers, dates, times, percentages and the punctuation { } , ; .. — any other character is a typo or text that belongs in quotes.',
    },
    example: 'email contact@dupont.fr',
    fixed: 'email "contact@dupont.fr"',
  },
});

export const unclosedComment = defineCode<Record<string, never>>({
  code: 'IG1002',
  severity: 'error',
  title: { fr: 'Commentaire non fermé', en: 'Unclosed comment' },
  message: {
    fr: () => 'Ce commentaire « /* » n\'est jamais fermé : tout le reste du fichier est ignoré. Ajoutez « */ » à la fin du commentaire.',
    en: () => 'This "/*" comment is never closed: the whole rest of the file is ignored. Add "*/" where the comment ends.',
  },
  doc: {
    explanation: {
      fr: 'Un commentaire « /* … */ » court jusqu\'au premier « */ ». Sans lui, le commentaire avale la fin du fichier.',
      en: 'A "/* … */" comment runs to the first "*/". Without one, the comment swallows the end of the file.',
    },
    example: '/* brouillon\nfee 1450.00 EUR per month',
    fixed: '/* brouillon */\nfee 1450.00 EUR per month',
  },
});

export const unterminatedString = defineCode<Record<string, never>>({
  code: 'IG1003',
  severity: 'error',
  title: { fr: 'Chaîne non terminée', en: 'Unterminated string' },
  message: {
    fr: () => 'Cette chaîne n\'a pas de guillemet fermant sur sa ligne ; ajoutez « " » à la fin (pour un texte sur plusieurs lignes, utilisez « """ »).',
    en: () => 'This string has no closing double quote on its line; add one at its end (for text over several lines, use """).',
  },
  doc: {
    explanation: {
      fr: 'Une chaîne "…" tient sur une ligne. Un texte sur plusieurs lignes s\'écrit entre triples guillemets """ … """.',
      en: 'A "…" string fits on one line. Text over several lines is written between triple quotes """ … """.',
    },
    example: 'name "Network Service SARL',
    fixed: 'name "Network Service SARL"',
  },
});

export const invalidEscape = defineCode<{ escape: string }>({
  code: 'IG1004',
  severity: 'error',
  title: { fr: "Séquence d'échappement invalide", en: 'Invalid escape sequence' },
  message: {
    fr: (a) =>
      `${q(a.escape)} n'est pas un échappement valide ; utilisez \\" \\\\ \\n \\t \\r ou \\u{…} (1 à 6 chiffres hexadécimaux), ou doublez la barre : \\\\.`,
    en: (a) =>
      `${dq(a.escape)} is not a valid escape; use \\" \\\\ \\n \\t \\r or \\u{…} (1 to 6 hex digits), or double the backslash: \\\\.`,
  },
  doc: {
    explanation: {
      fr: 'Dans une chaîne, la barre oblique inverse introduit un échappement. Pour écrire une barre elle-même (chemin Windows), doublez-la, ou utilisez un bloc de texte """ … """ où rien n\'est échappé.',
      en: 'In a string the backslash starts an escape. To write a backslash itself (a Windows path), double it, or use a """ … """ text block where nothing is escaped.',
    },
    example: 'path "C:\\dossiers\\client"',
    fixed: 'path "C:\\\\dossiers\\\\client"',
  },
});

export const unterminatedTextBlock = defineCode<Record<string, never>>({
  code: 'IG1005',
  severity: 'error',
  title: { fr: 'Bloc de texte non fermé', en: 'Unclosed text block' },
  message: {
    fr: () => 'Ce bloc de texte « """ » n\'est jamais fermé : il avale le reste du fichier. Ajoutez « """ » à la fin du texte.',
    en: () => 'This """ text block is never closed: it swallows the rest of the file. Add """ where the text ends.',
  },
  doc: {
    explanation: {
      fr: 'Un bloc de texte court des « """ » ouvrants jusqu\'aux « """ » suivants.',
      en: 'A text block runs from the opening """ to the next """.',
    },
    example: 'wording """\n  Le prestataire s\'engage…\n',
    fixed: 'wording """\n  Le prestataire s\'engage…\n  """',
  },
});

export const invalidDate = defineCode<{ text: string }>({
  code: 'IG1006',
  severity: 'error',
  title: { fr: 'Date impossible', en: 'Impossible date' },
  message: {
    fr: (a) => `${q(a.text)} n'est pas une date du calendrier ; écrivez AAAA-MM-JJ avec un mois de 01 à 12 et un jour qui existe dans ce mois.`,
    en: (a) => `${dq(a.text)} is not a calendar date; write YYYY-MM-DD with a month from 01 to 12 and a day that exists in that month.`,
  },
  doc: {
    explanation: {
      fr: 'Les dates suivent la norme ISO 8601 (AAAA-MM-JJ) du calendrier grégorien ; le 29 février n\'existe que les années bissextiles.',
      en: 'Dates follow ISO 8601 (YYYY-MM-DD) in the Gregorian calendar; 29 February exists only in leap years.',
    },
    example: 'effective 2027-02-30',
    fixed: 'effective 2027-02-28',
  },
});

export const invalidMonth = defineCode<{ text: string }>({
  code: 'IG1007',
  severity: 'error',
  title: { fr: 'Mois impossible', en: 'Impossible month' },
  message: {
    fr: (a) => `${q(a.text)} n'est pas un mois ; écrivez AAAA-MM avec un mois de 01 à 12.`,
    en: (a) => `${dq(a.text)} is not a month; write YYYY-MM with a month from 01 to 12.`,
  },
  doc: {
    explanation: {
      fr: 'Un mois s\'écrit AAAA-MM (ISO 8601), par exemple le mois de base d\'une révision de prix.',
      en: 'A month is written YYYY-MM (ISO 8601), for example the base month of a price revision.',
    },
    example: 'base_month 2026-13',
    fixed: 'base_month 2026-12',
  },
});

export const invalidTime = defineCode<{ text: string }>({
  code: 'IG1008',
  severity: 'error',
  title: { fr: 'Heure impossible', en: 'Impossible time' },
  message: {
    fr: (a) =>
      `${q(a.text)} n'est pas une heure valide ; écrivez HH:MM avec HH de 00 à 23 et MM de 00 à 59 (24:00 n'est admis qu'en fin de plage).`,
    en: (a) =>
      `${dq(a.text)} is not a valid time; write HH:MM with HH from 00 to 23 and MM from 00 to 59 (24:00 is allowed only as the end of a range).`,
  },
  doc: {
    explanation: {
      fr: 'Les heures s\'écrivent sur 24 heures, HH:MM. « 24:00 » désigne la fin de la journée et ne peut donc que terminer une plage (08:00-24:00).',
      en: 'Times use the 24-hour clock, HH:MM. "24:00" means the end of the day, so it can only end a range (08:00-24:00).',
    },
    example: 'time 08:00-18:60',
    fixed: 'time 08:00-19:00',
  },
});

export const missingCloseBrace = defineCode<{ line: number }>({
  code: 'IG1009',
  severity: 'error',
  title: { fr: 'Accolade fermante manquante', en: "Missing '}'" },
  message: {
    fr: (a) => `Il manque « } » pour fermer le bloc ouvert ligne ${a.line} ; ajoutez-la à la fin du bloc.`,
    en: (a) => `Missing "}" to close the block opened at line ${a.line}; add it at the end of the block.`,
  },
  doc: {
    explanation: {
      fr: 'Chaque « { » ouvre un bloc qu\'une « } » doit fermer. L\'erreur est signalée en fin de fichier ; l\'accolade ouvrante est indiquée en information liée.',
      en: 'Every "{" opens a block that a "}" must close. The error is reported at the end of the file; the opening brace is shown as related information.',
    },
    example: 'party provider ns {\n  name "Network Service SARL"\n',
    fixed: 'party provider ns {\n  name "Network Service SARL"\n}',
  },
});

export const unexpectedCloseBrace = defineCode<Record<string, never>>({
  code: 'IG1010',
  severity: 'error',
  title: { fr: 'Accolade fermante en trop', en: "Unexpected '}'" },
  message: {
    fr: () => 'Cette « } » ne ferme aucun bloc ; supprimez-la, ou ajoutez la « { » qui manque plus haut.',
    en: () => 'This "}" closes no block; delete it, or add the missing "{" above.',
  },
  doc: {
    explanation: {
      fr: 'Une accolade fermante au niveau du fichier n\'a pas de bloc à fermer.',
      en: 'A closing brace at file level has no block to close.',
    },
    example: 'term {\n  initial 36 months\n}\n}',
    fixed: 'term {\n  initial 36 months\n}',
  },
});

export const statementWithoutName = defineCode<{ found: string }>({
  code: 'IG1011',
  severity: 'error',
  title: { fr: 'Instruction sans mot-clé', en: 'Statement without a keyword' },
  message: {
    fr: (a) => `Une instruction commence par un mot-clé, pas par ${q(a.found)} ; écrivez le mot-clé d'abord (par exemple « count 25 »). La ligne est ignorée.`,
    en: (a) => `A statement starts with a keyword, not with ${dq(a.found)}; write the keyword first (for example "count 25"). The line is ignored.`,
  },
  doc: {
    explanation: {
      fr: 'Chaque ligne a la forme « mot-clé valeurs… { … } ». Une valeur seule sur une ligne vient souvent d\'une ligne coupée en deux ou d\'un mot-clé oublié.',
      en: 'Every line has the form "keyword values… { … }". A value alone on a line often comes from a line split in two or a forgotten keyword.',
    },
    example: 'scope {\n  25 desktops\n}',
    fixed: 'scope {\n  count 25\n}',
  },
});

export const blockWithoutName = defineCode<Record<string, never>>({
  code: 'IG1012',
  severity: 'error',
  title: { fr: 'Bloc sans mot-clé', en: 'Block without a keyword' },
  message: {
    fr: () => 'Ce bloc « { … } » n\'appartient à aucune instruction ; écrivez son mot-clé devant « { » sur la même ligne. Son contenu est ignoré.',
    en: () => 'This "{ … }" block belongs to no statement; write its keyword before "{" on the same line. Its content is ignored.',
  },
  doc: {
    explanation: {
      fr: 'Un bloc prolonge l\'instruction dont il suit le mot-clé et les valeurs, sur la même ligne. Une « { » en début de ligne (style Allman) ne se rattache à rien.',
      en: 'A block extends the statement whose keyword and values it follows, on the same line. A "{" at the start of a line (Allman style) attaches to nothing.',
    },
    example: 'term\n{\n  initial 36 months\n}',
    fixed: 'term {\n  initial 36 months\n}',
  },
});

export const valueExpectedAfterComma = defineCode<Record<string, never>>({
  code: 'IG1013',
  severity: 'error',
  title: { fr: 'Valeur attendue après la virgule', en: "Value expected after ','" },
  message: {
    fr: () => 'Une valeur est attendue après « , » ; ajoutez-la ou supprimez la virgule.',
    en: () => 'Expected a value after ","; add one or delete the comma.',
  },
  doc: {
    explanation: {
      fr: 'Une liste s\'écrit « a, b, c ». Une virgule finale ou doublée laisse une place vide.',
      en: 'A list is written "a, b, c". A trailing or doubled comma leaves an empty slot.',
    },
    example: 'channels phone, , email',
    fixed: 'channels phone, email',
  },
});

export const valueExpectedBeforeComma = defineCode<Record<string, never>>({
  code: 'IG1014',
  severity: 'error',
  title: { fr: 'Valeur attendue avant la virgule', en: "Value expected before ','" },
  message: {
    fr: () => 'Une virgule sépare deux valeurs ; il manque la valeur qui la précède. Supprimez la virgule ou ajoutez la valeur.',
    en: () => 'A comma separates two values; the value before it is missing. Delete the comma or add the value.',
  },
  doc: {
    explanation: {
      fr: 'Une liste ne commence pas par une virgule.',
      en: 'A list does not start with a comma.',
    },
    example: 'channels , phone, email',
    fixed: 'channels phone, email',
  },
});

export const incompleteNameRange = defineCode<Record<string, never>>({
  code: 'IG1015',
  severity: 'error',
  title: { fr: 'Intervalle incomplet', en: 'Incomplete range' },
  message: {
    fr: () => '« .. » relie deux noms, comme dans « mon..fri » ; écrivez un nom de chaque côté, sans espace.',
    en: () => '".." joins two names, as in "mon..fri"; write a name on each side.',
  },
  doc: {
    explanation: {
      fr: 'Un intervalle de noms (jours de la semaine par exemple) s\'écrit « début..fin ».',
      en: 'A range of names (weekdays, for example) is written "first..last".',
    },
    example: 'days mon..',
    fixed: 'days mon..fri',
  },
});

export const missingSeparator = defineCode<{ found: string }>({
  code: 'IG1016',
  severity: 'error',
  title: { fr: 'Fin de ligne attendue', en: 'Line break expected' },
  message: {
    fr: (a) => `Passez à la ligne (ou mettez « ; ») avant ${q(a.found)} : une instruction se termine à la fin de sa ligne ou de son bloc.`,
    en: (a) => `Start a new line (or put ";") before ${dq(a.found)}: a statement ends at the end of its line or of its block.`,
  },
  doc: {
    explanation: {
      fr: 'Après la « } » qui ferme un bloc, l\'instruction est terminée ; la suivante commence sur une nouvelle ligne ou après « ; ».',
      en: 'After the "}" that closes a block the statement is over; the next one starts on a new line or after ";".',
    },
    example: 'signatory "Jean Martin" { capacity "Gérant" } rcs "Lyon"',
    fixed: 'signatory "Jean Martin" { capacity "Gérant" }\nrcs "Lyon"',
  },
});

export const importNotAtTopLevel = defineCode<Record<string, never>>({
  code: 'IG1017',
  severity: 'error',
  title: { fr: 'Import dans un bloc', en: 'Import inside a block' },
  message: {
    fr: () => '« import » ne s\'écrit qu\'au niveau du fichier, hors de tout bloc ; déplacez-le en tête du fichier.',
    en: () => '"import" is only allowed at file level, outside any block; move it to the top of the file.',
  },
  doc: {
    explanation: {
      fr: 'Les imports rendent visibles les déclarations d\'un autre fichier dans tout le fichier courant ; ils se placent donc en tête. « import » est le seul mot réservé du langage.',
      en: 'Imports make another file\'s declarations visible in the whole current file, so they go at the top. "import" is the only reserved word of the language.',
    },
    example: 'sla {\n  import "std/sla/tiers"\n}',
    fixed: 'import "std/sla/tiers"\nsla {\n}',
  },
});

export const importPathExpected = defineCode<Record<string, never>>({
  code: 'IG1018',
  severity: 'error',
  title: { fr: 'Chemin d\'import attendu', en: 'Import path expected' },
  message: {
    fr: () => '« import » doit être suivi du chemin du module entre guillemets, par exemple « import "std/sla/tiers" ».',
    en: () => '"import" must be followed by the module path in double quotes, for example import "std/sla/tiers".',
  },
  doc: {
    explanation: {
      fr: 'Le chemin d\'un import est une chaîne : un module de la bibliothèque standard (std/…) ou un fichier du projet (./…).',
      en: 'An import path is a string: a standard-library module (std/…) or a project file (./…).',
    },
    example: 'import std/sla/tiers',
    fixed: 'import "std/sla/tiers"',
  },
});

export const unexpectedAfterImport = defineCode<Record<string, never>>({
  code: 'IG1019',
  severity: 'error',
  title: { fr: 'Texte en trop après l\'import', en: 'Unexpected text after import' },
  message: {
    fr: () => 'Un import ne prend qu\'un chemin ; supprimez ce qui le suit ou passez à la ligne.',
    en: () => 'An import takes a single path; delete what follows it or start a new line.',
  },
  doc: {
    explanation: {
      fr: 'Chaque import est seul sur sa ligne et désigne un seul module.',
      en: 'Each import is alone on its line and names a single module.',
    },
    example: 'import "std/sla/tiers" "std/calendars"',
    fixed: 'import "std/sla/tiers"\nimport "std/calendars"',
  },
});

export const groupedDigits = defineCode<{ written: string; number: string }>({
  code: 'IG1030',
  severity: 'error',
  title: { fr: 'Séparateur de milliers', en: 'Thousands separator' },
  message: {
    fr: (a) => `Les nombres s’écrivent sans séparateur de milliers : écrivez ${a.number} au lieu de ${a.written}.`,
    en: (a) => `Numbers are written without a thousands separator: write ${a.number} instead of ${a.written}.`,
  },
  doc: {
    explanation: {
      fr: 'Un montant s’écrit avec un point décimal et sans séparateur (`2400.00 CHF`) : l’apostrophe suisse, l’espace ou la virgule entre les milliers ne sont pas des chiffres. Le nombre est lu tel que voulu ; la correction retire les séparateurs.',
      en: 'An amount is written with a decimal point and no separator (`2400.00 CHF`): the Swiss apostrophe, a space or a comma between thousands are not digits. The number is read as meant; the fix removes the separators.',
    },
    example: "price {\n  fee 2'400.00 CHF per month excl_vat\n}",
    fixed: 'price {\n  fee 2400.00 CHF per month excl_vat\n}',
  },
});

// Internal: the grammar is total (../../syntax/index.ts), so Chevrotain reporting an error of its own
// means a defect of the grammar, whatever the input.
export const unexpectedToken = defineCode<{ found: string }>({
  code: 'IG1020',
  severity: 'error',
  internal: true,
  title: { fr: 'Syntaxe inattendue', en: 'Unexpected syntax' },
  message: {
    fr: (a) => `${q(a.found)} est inattendu ici ; vérifiez l'orthographe et la ponctuation de la ligne.`,
    en: (a) => `${dq(a.found)} is unexpected here; check the spelling and punctuation of the line.`,
  },
  doc: {
    explanation: {
      fr: 'L\'analyseur n\'a pas pu lire cette partie du fichier. Les erreurs plus précises (accolade manquante, virgule en trop…) ont leurs propres codes ; celui-ci couvre le reste.',
      en: 'The parser could not read this part of the file. More precise errors (missing brace, extra comma…) have their own codes; this one covers the rest.',
    },
  },
});
