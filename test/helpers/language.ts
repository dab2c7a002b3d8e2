// Whether a text written for French readers contains English words, or the reverse. Quoted spans
// (« … », "…", `…`) and the contract language's own words (keywords, enum values, units: `business_hours`,
// `for`, `with` are vocabulary, not English) are left out; what remains must be in one language.

const ENGLISH = new Set([
  'the', 'is', 'are', 'was', 'not', 'and', 'keeps', 'keep', 'tool', 'slot', 'number', 'string', 'must', 'missing', 'unknown',
  'which', 'this', 'that', 'found', 'expected', 'expects', 'should', 'cannot', 'instead', 'value', 'values', 'has', 'have',
  'been', 'there', 'would', 'could', 'does', 'when', 'where', 'what', 'write', 'name', 'needs', 'given', 'twice',
  'unexpected', 'file', 'directory', 'error', 'errors', 'warning', 'warnings', 'see', 'help', 'command',
  'invalid', 'required', 'only', 'also', 'than', 'more', 'less', 'every', 'each', 'one', 'two', 'three', 'its', 'it',
  'be', 'no', 'or', 'of', 'in', 'by', 'an', 'if', 'else', 'from', 'into', 'after', 'before', 'between',
  'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'business',
  'did', 'you', 'mean', 'time', 'text', 'list', 'block', 'range', 'about', 'out', 'without',
]);

const FRENCH = new Set([
  'le', 'la', 'les', 'des', 'du', 'de', 'est', 'sont', 'pas', 'et', 'ou', 'avec', 'sans', 'pour', 'dans', 'une', 'un', 'doit',
  'manque', 'écrivez', 'jour', 'jours', 'heure', 'heures', 'ouvré', 'ouvrés', 'ouvrée', 'ouvrées', 'délai', 'valeur', 'inconnu',
  'inconnue', 'vérifiez', 'au', 'aux', 'ce', 'cette', 'qui', 'que', 'ne', 'sur', 'mois', 'an', 'ans', 'semaine', 'semaines',
  'fichier', 'erreur', 'avertissement', 'attend', 'indiquez', 'outil', 'garde', 'voir', 'aide', 'commande',
  'vouliez', 'vous', 'dire', 'incomplet', 'incomplète', 'présent', 'requis', 'nombre', 'texte', 'entre', 'guillemets',
]);

/** Proper names that read as words of the other language. */
const PROPER_NAMES = /\bLa Poste\b/gu;

/** Text without quoted spans, code, options (`--out`) and placeholders (`<dir>`), as lower-case words. */
function words(text: string): string[] {
  const bare = text
    .replace(PROPER_NAMES, ' ')
    .replace(/(^|[\s(,|[])--?[A-Za-z][\w=-]*/gu, '$1')
    .replace(/<[^<>\n]*>/gu, ' ')
    .replace(/«[^»]*»/gu, ' ')
    .replace(/"[^"]*"/gu, ' ')
    .replace(/`[^`]*`/gu, ' ')
    .replace(/“[^”]*”/gu, ' ');
  return bare.toLowerCase().split(/[^\p{L}\p{M}_']+/u).flatMap((w) => w.split(/['’]/u)).filter((w) => w.length > 0);
}

/**
 * A duration written in the contract's spelling inside French prose (« de 13 months », « (1
 * business_hours) »), outside quotes, and not after a keyword (`every 12 months` is code).
 */
const SOURCE_DURATION = /([\p{L}_]+)?\s?\(?\b\d+(?:[.,]\d+)? (?:minutes|hours|days|weeks|months|years|business_\w+|working_\w+|calendar_\w+)\b/gu;

/** The words of `text` that belong to the other language (empty when the text is in `locale` only). */
export function foreignWords(text: string, locale: 'fr' | 'en', vocabulary: ReadonlySet<string> = new Set(), keywords: ReadonlySet<string> = vocabulary): string[] {
  const other = locale === 'fr' ? ENGLISH : FRENCH;
  const own = locale === 'fr' ? FRENCH : ENGLISH;
  const durations = locale === 'fr'
    ? [...unquoted(text).matchAll(SOURCE_DURATION)].filter((m) => !keywords.has((m[1] ?? '').toLowerCase())).map((m) => m[0])
    : [];
  return [...durations, ...words(text).filter((w) => other.has(w) && !own.has(w) && !vocabulary.has(w) && !w.includes('_'))];
}

function unquoted(text: string): string {
  return text.replace(/«[^»]*»/gu, ' ').replace(/"[^"]*"/gu, ' ').replace(/`[^`]*`/gu, ' ').replace(/“[^”]*”/gu, ' ');
}
