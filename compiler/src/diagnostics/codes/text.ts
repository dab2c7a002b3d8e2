// Catalogue band IG00xx: the text itself — encoding, invisible characters, and the size limits that keep
// the compiler fast and safe on any input (see ../../syntax/limits.ts for the values).
import { defineCode } from '../catalogue.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `"${s}"`;

export const invalidUtf8 = defineCode<{ byteOffset: number }>({
  code: 'IG0001',
  severity: 'error',
  title: { fr: 'Encodage UTF-8 invalide', en: 'Invalid UTF-8 encoding' },
  message: {
    fr: (a) =>
      `Octets invalides en UTF-8 à l'octet ${a.byteOffset} (remplacés par « � ») ; enregistrez le fichier en UTF-8 (il est sans doute en Latin-1 ou Windows-1252).`,
    en: (a) =>
      `Invalid UTF-8 bytes at byte ${a.byteOffset} (replaced by "�"); save the file as UTF-8 (it is probably Latin-1 or Windows-1252).`,
  },
  doc: {
    explanation: {
      fr: "Les fichiers .infog sont en UTF-8. Un fichier enregistré dans un autre encodage perd ses accents : « société » devient « soci�t� », ce qui change les noms et le texte juridique. Rouvrez le fichier avec le bon encodage et enregistrez-le en UTF-8.",
      en: '.infog files are UTF-8. A file saved in another encoding loses its accents: "société" becomes "soci�t�", which changes names and legal wording. Reopen the file with the right encoding and save it as UTF-8.',
    },
    example: 'name "Soci\\xE9t\\xE9 G\\xE9n\\xE9rale"   // bytes of a Latin-1 file',
    fixed: 'name "Société Générale"',
  },
});

export const fileTooLarge = defineCode<{ size: number; max: number }>({
  code: 'IG0002',
  severity: 'error',
  title: { fr: 'Fichier trop volumineux', en: 'File too large' },
  message: {
    fr: (a) =>
      `Le fichier compte ${a.size} caractères, au-delà de la limite de ${a.max} ; il n'a pas été analysé. Découpez-le en plusieurs fichiers reliés par « import ».`,
    en: (a) =>
      `The file has ${a.size} characters, over the limit of ${a.max}; it was not parsed. Split it into several files joined with "import".`,
  },
  doc: {
    explanation: {
      fr: "Un contrat tient en quelques milliers de lignes. Au-delà de la limite, le fichier est presque sûrement une erreur (fichier binaire, export accidentel) et l'analyser bloquerait l'éditeur.",
      en: 'A contract fits in a few thousand lines. Above the limit the file is almost certainly a mistake (a binary file, an accidental export) and parsing it would freeze the editor.',
    },
  },
});

export const nestingTooDeep = defineCode<{ max: number }>({
  code: 'IG0003',
  severity: 'error',
  title: { fr: 'Blocs trop imbriqués', en: 'Blocks nested too deeply' },
  message: {
    fr: (a) =>
      `Ce bloc dépasse la profondeur maximale de ${a.max} blocs imbriqués ; son contenu est ignoré. Réduisez l'imbrication ou vérifiez qu'une « } » ne manque pas plus haut.`,
    en: (a) =>
      `This block goes deeper than the maximum of ${a.max} nested blocks; its content is ignored. Reduce the nesting, or check for a missing "}" above.`,
  },
  doc: {
    explanation: {
      fr: "La grammaire n'a besoin que de quelques niveaux de blocs. Une imbrication extrême vient presque toujours d'accolades fermantes oubliées ou d'un fichier généré par erreur ; le contenu trop profond est ignoré pour que l'analyse reste sûre.",
      en: 'The grammar needs only a few levels of blocks. Extreme nesting almost always comes from forgotten closing braces or a wrongly generated file; content that is too deep is ignored so that parsing stays safe.',
    },
  },
});

export const nameTooLong = defineCode<{ length: number; max: number }>({
  code: 'IG0004',
  severity: 'error',
  title: { fr: 'Nom trop long', en: 'Name too long' },
  message: {
    fr: (a) => `Ce nom compte ${a.length} caractères, au-delà de la limite de ${a.max} ; choisissez un nom plus court.`,
    en: (a) => `This name has ${a.length} characters, over the limit of ${a.max}; choose a shorter name.`,
  },
  doc: {
    explanation: {
      fr: 'Les noms servent de références (parties, sites, priorités). Un nom de plusieurs centaines de caractères est une erreur de saisie ou du texte qui devrait être entre guillemets.',
      en: 'Names are used as references (parties, sites, priorities). A name hundreds of characters long is a typing mistake or text that belongs in quotes.',
    },
  },
});

export const literalTooLong = defineCode<{ length: number; max: number }>({
  code: 'IG0005',
  severity: 'error',
  title: { fr: 'Texte trop long', en: 'Text too long' },
  message: {
    fr: (a) =>
      `Ce texte compte ${a.length} caractères, au-delà de la limite de ${a.max} ; déplacez-le dans un fichier de clauses séparé ou découpez-le.`,
    en: (a) => `This text has ${a.length} characters, over the limit of ${a.max}; move it to a separate clause file or split it.`,
  },
  doc: {
    explanation: {
      fr: "Une chaîne ou un bloc de texte de plus d'un mébioctet n'est pas une clause réaliste ; c'est le plus souvent un guillemet mal fermé qui a avalé le reste du fichier.",
      en: 'A string or text block over one mebibyte is not a realistic clause; it is most often a badly closed quote that swallowed the rest of the file.',
    },
  },
});

export const bidiControl = defineCode<{ codePoint: string }>({
  code: 'IG0006',
  severity: 'error',
  title: { fr: 'Caractère de contrôle bidirectionnel', en: 'Bidirectional control character' },
  message: {
    fr: (a) =>
      `Caractère invisible de contrôle bidirectionnel ${a.codePoint} : il peut faire afficher un texte différent de celui qui est compilé. Supprimez-le.`,
    en: (a) =>
      `Invisible bidirectional control character ${a.codePoint}: it can make the text display differently from what is compiled. Delete it.`,
  },
  doc: {
    explanation: {
      fr: "Les caractères U+202A–U+202E et U+2066–U+2069 réordonnent l'affichage du texte (attaque « Trojan Source », CVE-2021-42574). Dans un contrat, le texte relu doit être exactement le texte compilé ; ils sont donc refusés partout, même dans les chaînes et les commentaires.",
      en: 'Characters U+202A–U+202E and U+2066–U+2069 reorder how text is displayed (the "Trojan Source" attack, CVE-2021-42574). In a contract the text reviewed must be exactly the text compiled, so they are rejected everywhere, even in strings and comments.',
    },
    example: 'name "Network\u202E Service"',
    fixed: 'name "Network Service"',
  },
});

export const controlCharacter = defineCode<{ codePoint: string }>({
  code: 'IG0007',
  severity: 'error',
  title: { fr: 'Caractère de contrôle', en: 'Control character' },
  message: {
    fr: (a) =>
      `Caractère de contrôle invisible ${a.codePoint} ; supprimez-le (seuls la tabulation et les retours à la ligne sont admis).`,
    en: (a) => `Invisible control character ${a.codePoint}; delete it (only tab and line breaks are allowed).`,
  },
  doc: {
    explanation: {
      fr: "Les caractères de contrôle (octet nul, retour arrière, etc.) sont invisibles dans l'éditeur et n'ont pas leur place dans un contrat ; ils viennent en général d'un copier-coller ou d'un fichier binaire.",
      en: 'Control characters (NUL, backspace, etc.) are invisible in the editor and have no place in a contract; they usually come from a copy-paste or a binary file.',
    },
  },
});

export const tooManyErrors = defineCode<{ max: number; hidden: number }>({
  code: 'IG0008',
  severity: 'error',
  title: { fr: "Trop d'erreurs", en: 'Too many errors' },
  message: {
    fr: (a) =>
      `Plus de ${a.max} erreurs : ${a.hidden} autres ne sont pas affichées. Corrigez les premières (ou vérifiez qu'il s'agit bien d'un fichier .infog en UTF-8).`,
    en: (a) =>
      `More than ${a.max} errors: ${a.hidden} more are not shown. Fix the first ones (or check that this really is a UTF-8 .infog file).`,
  },
  doc: {
    explanation: {
      fr: "Au-delà d'un certain nombre, les erreurs découlent presque toutes de la première, ou le fichier n'est pas un fichier .infog ; les afficher toutes ralentirait l'éditeur sans aider.",
      en: 'Beyond a certain number, errors almost all follow from the first one, or the file is not an .infog file; showing them all would slow the editor without helping.',
    },
  },
});

export const utf16File = defineCode<{ encoding: string }>({
  code: 'IG0009',
  severity: 'error',
  title: { fr: 'Fichier en UTF-16', en: 'UTF-16 file' },
  message: {
    fr: (a) => `Ce fichier est encodé en ${a.encoding} (marque d’ordre des octets en tête) ; les fichiers .infog sont en UTF-8 : enregistrez-le en UTF-8.`,
    en: (a) => `This file is encoded in ${a.encoding} (byte order mark at the start); .infog files are UTF-8: save it as UTF-8.`,
  },
  doc: {
    explanation: {
      fr: "Certains éditeurs Windows enregistrent en UTF-16 (« Unicode »). Le fichier est lu pour que ses autres problèmes s'affichent, mais il doit être réenregistré en UTF-8 : les outils qui le lisent comme du texte (git, infog fmt, les imports) attendent de l'UTF-8.",
      en: 'Some Windows editors save as UTF-16 ("Unicode"). The file is read so that its other problems show, but it must be saved again as UTF-8: the tools that read it as text (git, infog fmt, imports) expect UTF-8.',
    },
    example: '// the file starts with the bytes FF FE (UTF-16 LE)',
    fixed: '// the same text saved as UTF-8',
  },
});

export const internalError = defineCode<{ detail: string }>({
  code: 'IG0099',
  severity: 'error',
  internal: true,
  title: { fr: 'Erreur interne', en: 'Internal error' },
  message: {
    fr: (a) =>
      `Erreur interne de l'analyseur (${q(a.detail)}) ; le fichier n'a pas pu être lu. Merci de signaler ce problème avec le fichier en cause.`,
    en: (a) => `Internal parser error (${dq(a.detail)}); the file could not be read. Please report this problem with the file attached.`,
  },
  doc: {
    explanation: {
      fr: "L'analyseur ne doit jamais échouer, quelle que soit l'entrée. Ce diagnostic signale un défaut du compilateur, pas du contrat.",
      en: 'The parser must never fail, whatever the input. This diagnostic reports a defect of the compiler, not of the contract.',
    },
  },
});
