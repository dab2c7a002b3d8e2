import type { Locale } from '../../compiler/src/diagnostics/index.ts';
import { allStatements, RULES } from '../../compiler/src/index.ts';
import type { ContractDocument, Inline, Section } from '../../compiler/src/backends/document/index.ts';

// A proof-reader's pass over the text of a contract document, in the language it is written in: what
// a lawyer would strike in a first read. Each finding names its rule and quotes the passage. The
// rules are deliberately plain regular expressions over the text every renderer shares, so the same
// pass runs on the PDF read back, the Word file and the Markdown.

export interface Finding {
  readonly rule: string;
  readonly excerpt: string;
}

/** Identifiers of the language a reader must never see: keywords, enum values, rule ids. */
function vocabulary(): ReadonlySet<string> {
  const words = new Set<string>();
  for (const { spec } of allStatements()) {
    words.add(spec.keyword);
    const slots = (a: typeof spec.args): void => a.forEach((s) => {
      if (s.kind === 'group') slots(s.slots);
      else if (s.kind === 'value' && s.type.kind === 'enum') s.type.values.forEach((v) => words.add(v.name));
    });
    slots(spec.args);
  }
  return words;
}
let vocab: ReadonlySet<string> | undefined;
const RULE_IDS = new Set(RULES.map((r) => r.code.rule).filter((r): r is string => r !== undefined));

const FR_FUNCTION = new Set(['le', 'la', 'les', 'des', 'du', 'est', 'sont', 'avec', 'pour', 'dans', 'une', 'aux', 'au', 'qui', 'que', 'sur', 'par', 'ou', 'et', 'de']);
const EN_FUNCTION = new Set(['the', 'of', 'and', 'to', 'is', 'are', 'shall', 'with', 'for', 'by', 'in', 'on', 'an', 'which', 'that', 'be', 'or']);
// Words ending in -s that French and English use unchanged after « 1 ».
const INVARIABLE = /^(mois|fois|cas|prix|temps|pays|avis|accès|process|bus|days?|hours?|Kbps|Mbps|Gbps|TB|GB|jours?)$/u;

const excerpt = (text: string, at: number, len: number): string =>
  text.slice(Math.max(0, at - 30), Math.min(text.length, at + len + 30)).replace(/\s+/gu, ' ').trim();

function each(re: RegExp, text: string, rule: string, out: Finding[], keep: (m: RegExpExecArray) => boolean = () => true): void {
  for (const m of text.matchAll(re)) if (keep(m)) out.push({ rule, excerpt: excerpt(text, m.index ?? 0, m[0].length) });
}

/**
 * Proof-reads one language's text. `names` are proper names of the contract (parties, sites,
 * products, the mediator…): they are blanked before the language check, since a French company name
 * is not a French sentence in an English contract.
 */
const INFINITIVE = String.raw`(?:\p{L}*(?:[^i\P{L}]er|ir|oir|faire|prendre|mettre|duire|truire|crire|suivre|rendre|tendre|fendre|vendre|soudre|joindre|dire|lire|croire|paraître)|(?:vérifi|modifi|notifi|certifi|confi|copi|justifi)er)(?!\p{L})`;

export function proofread(text: string, lang: Locale, names: readonly string[] = []): Finding[] {
  const out: Finding[] = [];
  vocab ??= vocabulary();
  // Addresses, e-mails, URLs and phone numbers are facts whose dots and underscores are not prose. They
  // are masked by a non-letter, not a space, so « adressées à x@y.fr, sont » is no « à , » punctuation slip.
  const prose = text.replace(/\b[\w.+-]+@[\w.-]+\b|\bhttps?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\.(?:fr|ch|be|com|net|org|eu|io)\b/gu, '\u00B7');
  each(/\b[a-z]+(?:_[a-z0-9]+)+\b/gu, prose, 'identifier', out);
  each(/\bIG\d{4}\b/gu, prose, 'rule-id', out);
  each(/\b[a-z]+(?:\.[a-z][a-z0-9_-]*)+\b/gu, prose, 'rule-id', out, (m) => RULE_IDS.has(m[0]));
  each(/\(([a-z][a-z_]*)\)/gu, prose, 'keyword-in-parentheses', out, (m) => (vocab as ReadonlySet<string>).has(m[1] ?? ''));
  // « limitée à 12. »: a number alone ends a sentence (a year, an article or annex number may).
  each(/(\S+)[ \u00A0\u202F](\d+(?:[.,]\d+)?)\.(?=\s|$)/gu, prose, 'bare-number', out, (m) => {
    const before = (m[1] ?? '').toLowerCase().replace(/^[ld][’']/u, '');
    const n = m[2] ?? '';
    if (/^\+?\d+$/u.test(before)) return false; // the end of a phone number
    if (/^(article|articles|annexe|annexes|annex|clause|clauses|alinéa|al\.|n°|no\.|version|rs|art\.|page|§)$/u.test(before)) return false;
    return !/^\d{4}$/u.test(n);
  });
  each(/\p{Ll}[.;:,][\p{Lu}]/gu, prose, 'missing-space', out);
  each(/\b(\p{L}{2,})[ \u00A0]+\1\b/giu, prose, 'doubled-word', out, (m) => !/^(nous|vous)$/iu.test(m[1] ?? ''));
  each(/\b(\p{L}{2,}), \1\b/gu, prose, 'doubled-word', out);
  each(/\.\.(?!\.)|[ \u00A0][,.](?!\d)|;\s*\./gu, prose, 'punctuation', out);
  each(/(?<![\d.,])\b1[ \u00A0]+(\p{L}+s)\b/gu, prose, 'agreement', out, (m) => !INVARIABLE.test(m[1] ?? ''));
  if (lang === 'fr') {
    // Not after a letter: JavaScript's \b is ASCII, so « accède à » would read as « de à ».
    each(/(?<!\p{L})(de|le|la|que|ne|se|ce|jusque|lorsque|puisque)[ \u00A0]+(?=[aeiouyàâéèêëîïôûœ])(?!onze|oui\b|ouate|yacht|yaourt)\p{L}/giu, prose, 'elision', out);
    // « à le respecter », « de les informer »: before an infinitive, « le » and « les » are pronouns and
    // do not contract. Infinitives are told apart from nouns by their ending (-er but not -ier, which
    // is mostly nouns: « dossier », « fichier »; -ir, -oir; the usual -re verbs).
    each(new RegExp(`(?<!\\p{L})(de|à)[ \\u00A0]+(le|les)[ \\u00A0](?!${INFINITIVE})`, 'giu'), prose, 'contraction', out);
    each(/\b(?:suivante?s?|par|à|incombe à|qualifiée par)[ \u00A0]?:[ \u00A0]/gu, prose, 'label-colon', out);
    each(/\b(?:le|du|au|au)[ \u00A0]+(?:prestataire|client)\b(?![ \u00A0]+(?:successeur|sortant|entrant|final|de services de paiement))/gu, prose, 'defined-term-case', out);
    each(/\bLes deux parties[^.]{0,40}\bs[’']interdit\b/gu, prose, 'agreement', out);
  }
  // Sentences of the other language.
  let masked = prose;
  for (const n of [...names].sort((a, b) => b.length - a.length)) if (n.length > 2) masked = masked.split(n).join(' ');
  masked = masked.replace(/«[^»]*»|“[^”]*”|"[^"]*"/gu, ' ');
  const other = lang === 'fr' ? EN_FUNCTION : FR_FUNCTION;
  const own = lang === 'fr' ? FR_FUNCTION : EN_FUNCTION;
  for (const sentence of masked.split(/(?<=[.;:!?])\s+|\n/u)) {
    const words = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
    const foreign = words.filter((w) => other.has(w) && !own.has(w)).length;
    if (words.length >= 4 && foreign >= 3 && foreign * 4 >= words.length) out.push({ rule: 'other-language', excerpt: sentence.trim().slice(0, 120) });
  }
  return out;
}

/** « 1er » printed flat: the document should carry a superscript node. */
export function flatOrdinals(doc: ContractDocument): Finding[] {
  const out: Finding[] = [];
  const inl = (c: readonly Inline[]): void => c.forEach((i) => {
    if (i.kind === 'text') each(/\b1er\b/gu, i.text, 'ordinal', out);
    else if (i.kind !== 'sup') inl(i.content);
  });
  const sec = (s: Section): void => {
    s.blocks.forEach((b) => {
      if (b.kind === 'para') inl(b.content);
      else if (b.kind === 'list') b.items.forEach(inl);
      else b.rows.forEach((r) => r.forEach(inl));
    });
    s.children.forEach(sec);
  };
  doc.sections.forEach(sec);
  doc.cover.meta.forEach(inl);
  return out;
}
