// Catalogue band IG4001–IG4049: party identifiers and IBANs (domain brief §3.1), emitted by the
// checker from the results of model/validate/identifiers.ts. One code per identifier kind, the precise
// problem passed as `reason`; mismatches between two identifiers of the same party have their own codes.
import { defineCode } from '../catalogue.ts';
import type { DiagnosticCode } from '../catalogue.ts';
import type { Locale } from '../types.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `"${s}"`;
const quote = (s: string, l: Locale): string => (l === 'fr' ? q(s) : dq(s));

/**
 * Arguments of an invalid-identifier diagnostic. `reason` is an `IdReason` of
 * model/validate/identifiers.ts (this stage cannot import the model); `expected` is the corrected
 * identifier when the check digits can be computed from the rest, else empty.
 */
export type InvalidIdentifierArgs = { value: string; reason: string; expected: string };

interface KindSpec {
  readonly code: string;
  readonly rule?: string;
  readonly noun: { readonly fr: string; readonly en: string };
  /** The expected shape, e.g. "9 chiffres" / "9 digits". */
  readonly shape: { readonly fr: string; readonly en: string };
  readonly prefix?: string;
  /** The check algorithm, named in the checksum message. */
  readonly algorithm: { readonly fr: string; readonly en: string };
  /** Where the author can look the number up. */
  readonly source: { readonly fr: string; readonly en: string };
  readonly explanation: { readonly fr: string; readonly en: string };
  readonly legalBasis?: string;
  readonly example: string;
  readonly fixed: string;
}

type ProblemSpec = Pick<KindSpec, 'shape' | 'prefix' | 'algorithm'>;

function problem(k: ProblemSpec, a: InvalidIdentifierArgs, l: Locale): string {
  const fr = l === 'fr';
  switch (a.reason) {
    case 'empty': return fr ? 'le numéro est vide' : 'the number is empty';
    case 'length': return fr ? `il doit comporter ${k.shape.fr}` : `it must have ${k.shape.en}`;
    case 'charset': return fr ? `il contient un caractère non autorisé (forme attendue : ${k.shape.fr})` : `it contains a character that is not allowed (expected: ${k.shape.en})`;
    case 'prefix': return fr ? `il doit commencer par ${q(k.prefix ?? '')}` : `it must start with ${dq(k.prefix ?? '')}`;
    case 'siren': return fr ? 'le SIREN qu’il contient est lui-même invalide (clé de Luhn)' : 'the SIREN it contains is itself invalid (Luhn check)';
    case 'establishment-unit': return fr ? 'c’est un numéro d’unité d’établissement (premier chiffre 2 à 8), pas un numéro d’entreprise' : 'it is an establishment-unit number (first digit 2 to 8), not an enterprise number';
    case 'first-digit': return fr ? 'un numéro d’entreprise commence par 0 ou 1' : 'an enterprise number starts with 0 or 1';
    case 'suffix': return fr ? 'il doit se terminer par TVA, MWST, IVA ou TPV' : 'it must end with TVA, MWST, IVA or TPV';
    case 'country': return fr ? 'il doit commencer par le code pays (2 lettres) et 2 chiffres de contrôle' : 'it must start with the country code (2 letters) and 2 check digits';
    default: return fr ? `la clé de contrôle ne correspond pas (${k.algorithm.fr})` : `the check digits do not match (${k.algorithm.en})`;
  }
}

function fixHint(k: KindSpec, a: InvalidIdentifierArgs, l: Locale): string {
  const fr = l === 'fr';
  if (a.reason === 'checksum' && a.expected !== '') {
    return fr
      ? ` Si les autres chiffres sont justes, le numéro est ${q(a.expected)} ; sinon vérifiez-le sur ${k.source.fr}.`
      : ` If the other digits are right, the number is ${dq(a.expected)}; otherwise check it on ${k.source.en}.`;
  }
  if (a.expected !== '') return fr ? ` Forme attendue : ${q(a.expected)}.` : ` Expected: ${dq(a.expected)}.`;
  return fr ? ` Vérifiez-le sur ${k.source.fr}.` : ` Check it on ${k.source.en}.`;
}

function invalidIdentifier(k: KindSpec): DiagnosticCode<InvalidIdentifierArgs> {
  return defineCode<InvalidIdentifierArgs>({
    code: k.code,
    severity: 'error',
    ...(k.rule === undefined ? {} : { rule: k.rule }),
    title: { fr: `${k.noun.fr} invalide`, en: `Invalid ${k.noun.en}` },
    message: {
      fr: (a) => `${k.noun.fr} ${quote(a.value, 'fr')} invalide : ${problem(k, a, 'fr')}.${fixHint(k, a, 'fr')}`,
      en: (a) => `Invalid ${k.noun.en} ${quote(a.value, 'en')}: ${problem(k, a, 'en')}.${fixHint(k, a, 'en')}`,
    },
    doc: {
      explanation: k.explanation,
      ...(k.legalBasis === undefined ? {} : { legalBasis: k.legalBasis }),
      example: k.example,
      fixed: k.fixed,
    },
  });
}

const ID_RULE = 'parties.identification';
const FR_SOURCE = { fr: 'l’extrait Kbis ou annuaire-entreprises.data.gouv.fr', en: 'the Kbis extract or annuaire-entreprises.data.gouv.fr' };
const CH_SOURCE = { fr: 'le registre IDE (uid.admin.ch)', en: 'the UID register (uid.admin.ch)' };
const BE_SOURCE = { fr: 'la Banque-Carrefour des Entreprises (kbopub.economie.fgov.be)', en: 'the Crossroads Bank for Enterprises (kbopub.economie.fgov.be)' };
const LUHN = { fr: 'algorithme de Luhn', en: 'Luhn algorithm' };
const MOD97 = { fr: 'modulo 97', en: 'modulo 97' };
const FR_ID_LAW = 'C. com. R123-237 (SIREN et RCS sur les documents commerciaux)';

export const invalidSiren = invalidIdentifier({
  code: 'IG4001', rule: ID_RULE,
  noun: { fr: 'Numéro SIREN', en: 'SIREN number' },
  shape: { fr: '9 chiffres', en: '9 digits' },
  algorithm: LUHN, source: FR_SOURCE, legalBasis: FR_ID_LAW,
  explanation: {
    fr: 'Le SIREN identifie l’entreprise française (9 chiffres, le dernier est une clé de Luhn). Il doit figurer sur les documents commerciaux ; un numéro faux rend la partie non identifiable.',
    en: 'The SIREN identifies a French company (9 digits, the last one a Luhn check digit). It must appear on business documents; a wrong number leaves the party unidentified.',
  },
  example: 'siren "501967344"',
  fixed: 'siren "501967343"',
});

export const invalidSiret = invalidIdentifier({
  code: 'IG4002', rule: ID_RULE,
  noun: { fr: 'Numéro SIRET', en: 'SIRET number' },
  shape: { fr: '14 chiffres (SIREN + NIC)', en: '14 digits (SIREN + NIC)' },
  algorithm: LUHN, source: FR_SOURCE, legalBasis: FR_ID_LAW,
  explanation: {
    fr: 'Le SIRET identifie un établissement : le SIREN (9 chiffres) suivi du NIC (5 chiffres) ; les 14 chiffres vérifient la clé de Luhn. Exception : les établissements de La Poste (SIREN 356000000, hors siège) dont la somme des chiffres est un multiple de 5.',
    en: 'The SIRET identifies an establishment: the SIREN (9 digits) followed by the NIC (5 digits); the 14 digits pass the Luhn check. Exception: La Poste establishments (SIREN 356000000, except the head office), whose digit sum is a multiple of 5.',
  },
  example: 'siret "50196734300029"',
  fixed: 'siret "50196734300028"',
});

const FR_VAT: ProblemSpec = {
  shape: { fr: 'FR + 2 caractères + 9 chiffres', en: 'FR + 2 characters + 9 digits' },
  prefix: 'FR',
  algorithm: MOD97,
};

export const invalidFrVat = defineCode<InvalidIdentifierArgs>({
  code: 'IG4003',
  severity: 'error',
  rule: ID_RULE,
  title: { fr: 'Numéro de TVA français invalide', en: 'Invalid French VAT number' },
  message: {
    fr: (a) =>
      a.reason === 'checksum' && a.expected !== ''
        ? `Numéro de TVA ${q(a.value)} invalide : la clé pour le SIREN ${a.expected.slice(4)} est ${a.expected.slice(2, 4)} : ${q(a.expected)}.`
        : `Numéro de TVA ${q(a.value)} invalide : ${problem(FR_VAT, a, 'fr')}. Forme attendue : FR + clé (2 caractères) + SIREN.`,
    en: (a) =>
      a.reason === 'checksum' && a.expected !== ''
        ? `Invalid VAT number ${dq(a.value)}: the key for SIREN ${a.expected.slice(4)} is ${a.expected.slice(2, 4)}: ${dq(a.expected)}.`
        : `Invalid VAT number ${dq(a.value)}: ${problem(FR_VAT, a, 'en')}. Expected: FR + key (2 characters) + SIREN.`,
  },
  doc: {
    explanation: {
      fr: 'Le numéro de TVA intracommunautaire français est FR, une clé de 2 caractères et le SIREN. Clé numérique = (12 + 3 × (SIREN mod 97)) mod 97 ; certaines clés récentes contiennent des lettres (sans I ni O) et suivent une autre formule, également vérifiée. Les numéros monégasques (000 après la clé) n’ont pas de SIREN.',
      en: 'The French EU VAT number is FR, a 2-character key and the SIREN. Numeric key = (12 + 3 × (SIREN mod 97)) mod 97; some recent keys contain letters (no I or O) and follow another formula, also checked. Monaco numbers (000 after the key) carry no SIREN.',
    },
    legalBasis: 'CGI art. 286 ter et 242 nonies A, annexe II (mentions des factures) ; directive 2006/112/CE art. 214',
    example: 'vat "FR31501967343"',
    fixed: 'vat "FR30501967343"',
  },
});

export const invalidChUid = invalidIdentifier({
  code: 'IG4004', rule: ID_RULE,
  noun: { fr: 'Numéro IDE', en: 'UID number' },
  shape: { fr: 'CHE + 9 chiffres (CHE-123.456.789)', en: 'CHE + 9 digits (CHE-123.456.789)' }, prefix: 'CHE',
  algorithm: { fr: 'modulo 11, poids 5 4 3 2 7 6 5 4', en: 'modulo 11, weights 5 4 3 2 7 6 5 4' },
  source: CH_SOURCE,
  legalBasis: 'LIDE (RS 431.03) et OIDE (RS 431.031) ; ORC (RS 221.411)',
  explanation: {
    fr: 'Le numéro d’identification des entreprises suisse (IDE, UID en allemand) s’écrit CHE-123.456.789 ; le dernier chiffre est une clé modulo 11. « IDE » ou « UID » en tête sont acceptés et lus « CHE ».',
    en: 'The Swiss business identification number (UID, IDE in French) reads CHE-123.456.789; the last digit is a modulo-11 check digit. A leading "IDE" or "UID" is accepted and read as "CHE".',
  },
  example: 'uid "CHE-100.155.213"',
  fixed: 'uid "CHE-100.155.212"',
});

export const invalidChVat = invalidIdentifier({
  code: 'IG4005', rule: ID_RULE,
  noun: { fr: 'Numéro de TVA suisse', en: 'Swiss VAT number' },
  shape: { fr: 'IDE suivi de TVA, MWST, IVA ou TPV', en: 'UID followed by TVA, MWST, IVA or TPV' }, prefix: 'CHE',
  algorithm: { fr: 'modulo 11 de l’IDE', en: 'modulo 11 of the UID' },
  source: CH_SOURCE,
  legalBasis: 'LTVA (RS 641.20) art. 26 (mentions des factures) ; OIDE (RS 431.031)',
  explanation: {
    fr: 'Le numéro de TVA suisse est l’IDE de l’entreprise suivi de TVA (français), MWST (allemand), IVA (italien) ou TPV (romanche).',
    en: 'The Swiss VAT number is the company’s UID followed by TVA (French), MWST (German), IVA (Italian) or TPV (Romansh).',
  },
  example: 'vat "CHE-107.787.577"',
  fixed: 'vat "CHE-107.787.577 TVA"',
});

export const invalidBeEnterprise = invalidIdentifier({
  code: 'IG4006', rule: ID_RULE,
  noun: { fr: 'Numéro d’entreprise BCE', en: 'BCE/KBO enterprise number' },
  shape: { fr: '10 chiffres commençant par 0 ou 1 (0123.456.789)', en: '10 digits starting with 0 or 1 (0123.456.789)' },
  algorithm: MOD97, source: BE_SOURCE,
  legalBasis: 'Code de droit économique, livre III, titre 2 (BCE) ; art. III.25 (mentions obligatoires)',
  explanation: {
    fr: 'Le numéro d’entreprise belge compte 10 chiffres (0 ou 1 en tête ; les anciens numéros à 9 chiffres prennent un 0) ; les deux derniers valent 97 − (8 premiers mod 97).',
    en: 'The Belgian enterprise number has 10 digits (0 or 1 first; old 9-digit numbers take a leading 0); the last two equal 97 − (first 8 mod 97).',
  },
  example: 'bce "0431150351"',
  fixed: 'bce "0428759497"',
});

export const invalidBeVat = invalidIdentifier({
  code: 'IG4007', rule: ID_RULE,
  noun: { fr: 'Numéro de TVA belge', en: 'Belgian VAT number' },
  shape: { fr: 'BE + 10 chiffres', en: 'BE + 10 digits' }, prefix: 'BE',
  algorithm: MOD97, source: BE_SOURCE,
  legalBasis: 'Code de la TVA, art. 50 (numéro d’identification) ; Code de droit économique, livre III, titre 2',
  explanation: {
    fr: 'Le numéro de TVA belge est BE suivi du numéro d’entreprise (10 chiffres).',
    en: 'The Belgian VAT number is BE followed by the enterprise number (10 digits).',
  },
  example: 'vat "BE0431150351"',
  fixed: 'vat "BE0428759497"',
});

export const invalidIban = invalidIdentifier({
  code: 'IG4008',
  noun: { fr: 'IBAN', en: 'IBAN' },
  shape: { fr: 'code pays, 2 chiffres de contrôle et le numéro de compte (FR : 27 caractères, BE : 16, CH : 21)', en: 'country code, 2 check digits and the account number (FR: 27 characters, BE: 16, CH: 21)' },
  algorithm: { fr: 'ISO 13616, modulo 97', en: 'ISO 13616, modulo 97' },
  source: { fr: 'le relevé d’identité bancaire (RIB)', en: 'the bank account details' },
  legalBasis: 'ISO 13616-1 ; règlement (UE) n° 260/2012 (SEPA)',
  explanation: {
    fr: 'Un IBAN faux fait échouer les paiements. Sa longueur dépend du pays et ses chiffres de contrôle vérifient le modulo 97 (ISO 13616).',
    en: 'A wrong IBAN makes payments fail. Its length depends on the country and its check digits pass modulo 97 (ISO 13616).',
  },
  example: 'iban "FR7630006000011234567890188"',
  fixed: 'iban "FR7630006000011234567890189"',
});

export const beEstablishmentUnit = defineCode<{ value: string }>({
  code: 'IG4009',
  severity: 'error',
  rule: ID_RULE,
  title: { fr: 'Numéro d’unité d’établissement au lieu du numéro d’entreprise', en: 'Establishment-unit number instead of the enterprise number' },
  message: {
    fr: (a) => `${q(a.value)} est un numéro d’unité d’établissement (premier chiffre 2 à 8) ; indiquez le numéro d’entreprise (0 ou 1 en tête), visible sur kbopub.economie.fgov.be.`,
    en: (a) => `${dq(a.value)} is an establishment-unit number (first digit 2 to 8); give the enterprise number (starting with 0 or 1), shown on kbopub.economie.fgov.be.`,
  },
  doc: {
    explanation: {
      fr: 'La BCE numérote aussi chaque unité d’établissement (10 chiffres, premier chiffre 2 à 8). Le contrat identifie l’entité juridique : c’est le numéro d’entreprise qui est requis.',
      en: 'The Crossroads Bank also numbers each establishment unit (10 digits, first digit 2 to 8). The contract identifies the legal entity: the enterprise number is required.',
    },
    legalBasis: 'Code de droit économique, livre III, titre 2 (BCE) ; art. III.25',
    example: 'bce "2123456789"',
    fixed: 'bce "0403019261"',
  },
});

export const siretSirenMismatch = defineCode<{ siret: string; siren: string }>({
  code: 'IG4010',
  severity: 'error',
  rule: ID_RULE,
  title: { fr: 'SIRET et SIREN discordants', en: 'SIRET and SIREN disagree' },
  message: {
    fr: (a) => `Le SIRET ${q(a.siret)} ne commence pas par le SIREN ${q(a.siren)} de la partie ; les 9 premiers chiffres du SIRET sont le SIREN.`,
    en: (a) => `SIRET ${dq(a.siret)} does not start with the party's SIREN ${dq(a.siren)}; the first 9 digits of a SIRET are the SIREN.`,
  },
  doc: {
    explanation: {
      fr: 'Un SIRET est le SIREN de l’entreprise suivi du numéro d’établissement (NIC). Deux numéros discordants désignent deux entreprises différentes.',
      en: 'A SIRET is the company’s SIREN followed by the establishment number (NIC). Two numbers that disagree name two different companies.',
    },
    example: 'siren "732829320"\nsiret "50196734300028"',
    fixed: 'siren "501967343"\nsiret "50196734300028"',
  },
});

export const frVatSirenMismatch = defineCode<{ vat: string; siren: string; expected: string }>({
  code: 'IG4011',
  severity: 'error',
  rule: ID_RULE,
  title: { fr: 'TVA et SIREN discordants', en: 'VAT number and SIREN disagree' },
  message: {
    fr: (a) => `Le numéro de TVA ${q(a.vat)} ne correspond pas au SIREN ${q(a.siren)} de la partie ; pour ce SIREN, c’est ${q(a.expected)}.`,
    en: (a) => `VAT number ${dq(a.vat)} does not match the party's SIREN ${dq(a.siren)}; for this SIREN it is ${dq(a.expected)}.`,
  },
  doc: {
    explanation: {
      fr: 'Le numéro de TVA français contient le SIREN (9 derniers chiffres). Il doit être celui du SIREN ou du SIRET déclarés pour la même partie.',
      en: 'The French VAT number contains the SIREN (last 9 digits). It must be the one of the SIREN or SIRET declared for the same party.',
    },
    legalBasis: 'CGI art. 286 ter',
    example: 'siret "50196734300028"\nvat "FR44732829320"',
    fixed: 'siret "50196734300028"\nvat "FR30501967343"',
  },
});

export const beVatEnterpriseMismatch = defineCode<{ vat: string; bce: string; expected: string }>({
  code: 'IG4012',
  severity: 'error',
  rule: ID_RULE,
  title: { fr: 'TVA et numéro d’entreprise discordants', en: 'VAT number and enterprise number disagree' },
  message: {
    fr: (a) => `Le numéro de TVA ${q(a.vat)} ne correspond pas au numéro d’entreprise ${q(a.bce)} ; il devrait être ${q(a.expected)}.`,
    en: (a) => `VAT number ${dq(a.vat)} does not match the enterprise number ${dq(a.bce)}; it should be ${dq(a.expected)}.`,
  },
  doc: {
    explanation: {
      fr: 'En Belgique, le numéro de TVA est BE suivi du numéro d’entreprise lui-même.',
      en: 'In Belgium the VAT number is BE followed by the enterprise number itself.',
    },
    legalBasis: 'Code de la TVA, art. 50',
    example: 'bce "0403019261"\nvat "BE0428759497"',
    fixed: 'bce "0403019261"\nvat "BE0403019261"',
  },
});

export const chVatUidMismatch = defineCode<{ vat: string; uid: string; expected: string }>({
  code: 'IG4013',
  severity: 'error',
  rule: ID_RULE,
  title: { fr: 'TVA et IDE discordants', en: 'VAT number and UID disagree' },
  message: {
    fr: (a) => `Le numéro de TVA ${q(a.vat)} ne reprend pas l’IDE ${q(a.uid)} de la partie ; il devrait être ${q(a.expected)}.`,
    en: (a) => `VAT number ${dq(a.vat)} is not built on the party's UID ${dq(a.uid)}; it should be ${dq(a.expected)}.`,
  },
  doc: {
    explanation: {
      fr: 'En Suisse, le numéro de TVA est l’IDE de l’entreprise suivi de TVA, MWST, IVA ou TPV.',
      en: 'In Switzerland the VAT number is the company’s UID followed by TVA, MWST, IVA or TPV.',
    },
    legalBasis: 'OIDE (RS 431.031) ; LTVA (RS 641.20)',
    example: 'uid "CHE-100.155.212"\nvat "CHE-107.787.577 TVA"',
    fixed: 'uid "CHE-100.155.212"\nvat "CHE-100.155.212 TVA"',
  },
});
