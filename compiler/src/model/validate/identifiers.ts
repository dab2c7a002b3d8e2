// Checksums of the party identifiers of France, Switzerland and Belgium, and of IBANs (domain brief
// §3.1). Pure functions: never throw, no I/O. Each returns a discriminated result; the checker maps a
// failure to the matching IG40xx code and passes `expected` on, so the message can give the fix.
// The algorithms follow python-stdnum (fr/siren, fr/siret, fr/tva, ch/uid, ch/vat, be/vat); IBANs are
// checked with ibantools.
import { composeIBAN, getCountrySpecifications, validateIBAN, ValidationErrorsIBAN } from 'ibantools';

export type IdReason =
  | 'empty'
  /** Wrong number of characters once separators are stripped. */
  | 'length'
  /** A character that the identifier cannot contain. */
  | 'charset'
  /** Missing or wrong country / register prefix (`FR`, `CHE`, `BE`). */
  | 'prefix'
  | 'checksum'
  /** The SIREN inside a SIRET or a French VAT number is itself invalid. */
  | 'siren'
  /** A Belgian establishment-unit number (first digit 2–8) where an enterprise number is expected. */
  | 'establishment-unit'
  /** First digit of a Belgian number is 9: neither an enterprise nor an establishment unit. */
  | 'first-digit'
  /** Swiss VAT number without (or with an unknown) `TVA`/`MWST`/`IVA`/`TPV` suffix. */
  | 'suffix'
  /** IBAN country code that is not two letters. */
  | 'country';

export interface IdOk {
  readonly ok: true;
  /** Compact form: no separators, upper case. What the SLA JSON and comparisons use. */
  readonly normalized: string;
  /** Form for print (`732 829 320`, `CHE-100.155.212`, `0403.019.261`). */
  readonly display: string;
}

export interface IdFailure {
  readonly ok: false;
  readonly reason: IdReason;
  readonly normalized: string;
  /** The corrected identifier when it can be computed from the rest (check digits, VAT key). */
  readonly expected?: string;
}

export type IdResult = IdOk | IdFailure;

export interface FrVatOk extends IdOk {
  /** The SIREN part; `null` for Monaco numbers (digits 3–5 `000`), which carry no SIREN. */
  readonly siren: string | null;
  /** `letters`: a new-style key containing letters, checked with the alternative algorithm. */
  readonly key: 'numeric' | 'letters';
}
export type FrVatResult = FrVatOk | IdFailure;

export interface ChVatOk extends IdOk {
  readonly uid: string;
  readonly suffix: ChVatSuffix;
}
export type ChVatResult = ChVatOk | IdFailure;
export type ChVatSuffix = 'TVA' | 'MWST' | 'IVA' | 'TPV';

/** Strips spaces, dots, dashes and slashes, upper-cases (brief §3.1 "normalise first"). */
export function normalizeIdentifier(text: string): string {
  return text.replace(/[\s./-]/gu, '').toUpperCase();
}

const DIGITS = /^[0-9]*$/u;
const fail = (reason: IdReason, normalized: string, expected?: string): IdFailure =>
  expected === undefined ? { ok: false, reason, normalized } : { ok: false, reason, normalized, expected };

function digitCheck(n: string, length: number): IdFailure | undefined {
  if (n.length === 0) return fail('empty', n);
  if (!DIGITS.test(n)) return fail('charset', n);
  if (n.length !== length) return fail('length', n);
  return undefined;
}

// ---- Luhn and mod 97 ----------------------------------------------------------------------------

/** Luhn sum mod 10 of a digit string: doubles every second digit from the right. */
function luhnRemainder(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10;
}

export function luhnValid(digits: string): boolean {
  return DIGITS.test(digits) && digits.length > 0 && luhnRemainder(digits) === 0;
}

/** The digit that, appended to `payload`, makes it Luhn-valid. */
export function luhnCheckDigit(payload: string): number {
  return (10 - luhnRemainder(`${payload}0`)) % 10;
}

/** `value mod 97` of a long digit string, without bigint. */
export function mod97(digits: string): number {
  let r = 0;
  for (const c of digits) r = (r * 10 + (c.charCodeAt(0) - 48)) % 97;
  return r;
}

// ---- France -------------------------------------------------------------------------------------

/** SIREN: 9 digits, Luhn over all of them (INSEE; brief §3.1). */
export function checkSiren(text: string): IdResult {
  const n = normalizeIdentifier(text);
  const shape = digitCheck(n, 9);
  if (shape) return shape;
  if (!luhnValid(n)) return fail('checksum', n, n.slice(0, 8) + String(luhnCheckDigit(n.slice(0, 8))));
  return { ok: true, normalized: n, display: `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` };
}

const LA_POSTE = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/**
 * SIRET: SIREN + 5-digit NIC, Luhn over the 14 digits. La Poste establishments (SIREN 356000000, except
 * the head office) are numbered outside Luhn: their digit sum is a multiple of 5 instead.
 */
export function checkSiret(text: string): IdResult {
  const n = normalizeIdentifier(text);
  const shape = digitCheck(n, 14);
  if (shape) return shape;
  if (!checkSiren(n.slice(0, 9)).ok) return fail('siren', n);
  const ok =
    n.startsWith(LA_POSTE) && n !== LA_POSTE_HEAD_OFFICE
      ? [...n].reduce((s, c) => s + Number(c), 0) % 5 === 0
      : luhnValid(n);
  if (!ok) {
    const expected = n.startsWith(LA_POSTE) ? undefined : n.slice(0, 13) + String(luhnCheckDigit(n.slice(0, 13)));
    return fail('checksum', n, expected);
  }
  return { ok: true, normalized: n, display: `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 9)} ${n.slice(9)}` };
}

/** The SIREN (first 9 digits) of a SIRET, or `undefined` when the SIRET is invalid. */
export function sirenOfSiret(siret: string): string | undefined {
  const r = checkSiret(siret);
  return r.ok ? r.normalized.slice(0, 9) : undefined;
}

/** Numeric key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97 (CGI, brief §3.1). */
export function frVatKey(siren: string): string {
  return String((12 + 3 * mod97(siren)) % 97).padStart(2, '0');
}

/** The VAT number a SIREN should have, e.g. `FR30501967343`. */
export function frVatOfSiren(siren: string): string {
  return `FR${frVatKey(siren)}${siren}`;
}

// New-style keys draw from the digits and letters without I and O (python-stdnum fr/tva.py).
const FR_VAT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function frLetterKeyValid(key: string, rest: string): boolean {
  const a = FR_VAT_ALPHABET.indexOf(key.charAt(0));
  const b = FR_VAT_ALPHABET.indexOf(key.charAt(1));
  const check = a < 10 ? a * 24 + b - 10 : a * 34 + b - 100;
  return (Number(rest) + 1 + Math.floor(check / 11)) % 11 === check % 11;
}

/** French VAT number: `FR` + 2-character key + SIREN. Monaco numbers have `000` after the key. */
export function checkFrVat(text: string): FrVatResult {
  const n = normalizeIdentifier(text);
  if (n.length === 0) return fail('empty', n);
  if (!n.startsWith('FR')) return fail('prefix', n);
  const key = n.slice(2, 4);
  const rest = n.slice(4);
  if (![...key].every((c) => FR_VAT_ALPHABET.includes(c)) || !DIGITS.test(rest)) return fail('charset', n);
  if (n.length !== 13) return fail('length', n);
  const monaco = rest.startsWith('000');
  if (!monaco && !checkSiren(rest).ok) return fail('siren', n);
  const numeric = DIGITS.test(key);
  const ok = numeric ? key === frVatKey(rest) : frLetterKeyValid(key, rest);
  if (!ok) return fail('checksum', n, frVatOfSiren(rest));
  return { ok: true, normalized: n, display: n, siren: monaco ? null : rest, key: numeric ? 'numeric' : 'letters' };
}

/** Whether a French VAT number carries this SIREN; `false` when either is invalid. */
export function frVatMatchesSiren(vat: string, siren: string): boolean {
  const v = checkFrVat(vat);
  const s = checkSiren(siren);
  return v.ok && s.ok && v.siren === s.normalized;
}

// ---- Switzerland --------------------------------------------------------------------------------

const UID_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4] as const;

/** Check digit of a UID from its first 8 digits; `null` when it would be 10 (never issued). */
export function chUidCheckDigit(first8: string): number | null {
  let sum = 0;
  UID_WEIGHTS.forEach((w, i) => (sum += w * (first8.charCodeAt(i) - 48)));
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : check;
}

const displayUid = (digits: string): string =>
  `CHE-${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`;

/**
 * Swiss UID (IDE/IDI in French and Italian, UID in German; Ordinance on the UID, RS 431.031):
 * `CHE` + 9 digits, mod-11 check digit. The number itself always reads `CHE-…` whatever the language,
 * so a leading `IDE` or `UID` typed by the author is accepted as a synonym and normalised to `CHE`.
 */
export function checkChUid(text: string): IdResult {
  let n = normalizeIdentifier(text);
  if (n.length === 0) return fail('empty', n);
  if (n.startsWith('IDE') || n.startsWith('UID')) n = `CHE${n.slice(3)}`;
  if (!n.startsWith('CHE')) return fail('prefix', n);
  const digits = n.slice(3);
  if (!DIGITS.test(digits)) return fail('charset', n);
  if (digits.length !== 9) return fail('length', n);
  const check = chUidCheckDigit(digits);
  if (check !== Number(digits.charAt(8))) {
    return fail('checksum', n, check === null ? undefined : displayUid(digits.slice(0, 8) + String(check)));
  }
  return { ok: true, normalized: n, display: displayUid(digits) };
}

const CH_VAT_SUFFIXES: readonly ChVatSuffix[] = ['MWST', 'TVA', 'IVA', 'TPV'];

/** Swiss VAT number: a valid UID followed by `TVA` (fr), `MWST` (de), `IVA` (it) or `TPV` (rm). */
export function checkChVat(text: string): ChVatResult {
  const n = normalizeIdentifier(text);
  if (n.length === 0) return fail('empty', n);
  const suffix = CH_VAT_SUFFIXES.find((s) => n.endsWith(s) && n.length > s.length);
  if (suffix === undefined) {
    const uid = checkChUid(n);
    return uid.ok ? fail('suffix', n, `${uid.display} TVA`) : uid;
  }
  const uid = checkChUid(n.slice(0, -suffix.length));
  if (!uid.ok) return fail(uid.reason, n, uid.expected === undefined ? undefined : `${uid.expected} ${suffix}`);
  return { ok: true, normalized: uid.normalized + suffix, display: `${uid.display} ${suffix}`, uid: uid.normalized, suffix };
}

/** Whether a Swiss VAT number is built on this UID; `false` when either is invalid. */
export function chVatMatchesUid(vat: string, uid: string): boolean {
  const v = checkChVat(vat);
  const u = checkChUid(uid);
  return v.ok && u.ok && v.uid === u.normalized;
}

// ---- Belgium ------------------------------------------------------------------------------------

/** The two check digits of a Belgian number: 97 − (first 8 digits mod 97) (Crossroads Bank, BCE/KBO). */
export function beCheckDigits(first8: string): string {
  return String(97 - mod97(first8)).padStart(2, '0');
}

const displayBe = (n: string): string => `${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}`;

function checkBeDigits(n: string, body: string): IdResult {
  if (body.length === 0) return fail('empty', n);
  if (!DIGITS.test(body)) return fail('charset', n);
  // Numbers issued before 2005 had 9 digits; they take a leading 0.
  const d = body.length === 9 ? `0${body}` : body;
  if (d.length !== 10) return fail('length', n);
  const first = d.charAt(0);
  if (first >= '2' && first <= '8') return fail('establishment-unit', n);
  if (first === '9') return fail('first-digit', n);
  const check = beCheckDigits(d.slice(0, 8));
  if (d.slice(8) !== check) return fail('checksum', n, displayBe(d.slice(0, 8) + check));
  return { ok: true, normalized: d, display: displayBe(d) };
}

/** Belgian enterprise number (numéro d'entreprise / ondernemingsnummer, Code de droit économique art. III.17). */
export function checkBeEnterprise(text: string): IdResult {
  const n = normalizeIdentifier(text);
  return checkBeDigits(n, n);
}

/** Belgian VAT number: `BE` + the enterprise number. */
export function checkBeVat(text: string): IdResult {
  const n = normalizeIdentifier(text);
  if (n.length === 0) return fail('empty', n);
  if (!n.startsWith('BE')) return fail('prefix', n);
  const r = checkBeDigits(n, n.slice(2));
  if (!r.ok) return r.expected === undefined ? r : fail(r.reason, n, `BE ${r.expected}`);
  return { ok: true, normalized: `BE${r.normalized}`, display: `BE ${r.display}` };
}

/** Whether a Belgian VAT number is built on this enterprise number; `false` when either is invalid. */
export function beVatMatchesEnterprise(vat: string, enterprise: string): boolean {
  const v = checkBeVat(vat);
  const e = checkBeEnterprise(enterprise);
  return v.ok && e.ok && v.normalized === `BE${e.normalized}`;
}

// ---- IBAN ---------------------------------------------------------------------------------------

// The registry of IBAN formats (country, length, BBAN pattern, national check digits) is ibantools'
// copy of the SWIFT IBAN registry (ISO 13616): data kept by a maintained library, not by us.

/** IBAN: country + 2 check digits + BBAN of the country's length and pattern; mod 97 must give 1. */
export function checkIban(text: string): IdResult {
  const n = normalizeIdentifier(text);
  if (n.length === 0) return fail('empty', n);
  if (!/^[A-Z0-9]+$/u.test(n)) return fail('charset', n);
  const country = n.slice(0, 2);
  const spec = getCountrySpecifications()[country];
  if (!/^[A-Z]{2}$/u.test(country) || !/^[0-9]{2}$/u.test(n.slice(2, 4)) || spec?.chars === undefined || spec.chars === null) return fail('country', n);
  if (n.length !== spec.chars) return fail('length', n);
  const bban = n.slice(4);
  const errors = validateIBAN(n).errorCodes;
  if (errors.includes(ValidationErrorsIBAN.WrongBBANFormat)) return fail('charset', n);
  if (errors.includes(ValidationErrorsIBAN.WrongIBANChecksum)) {
    // The fix is offered only when it makes a valid IBAN (the BBAN's own key may be wrong too).
    const fixed = composeIBAN({ countryCode: country, bban });
    return fail('checksum', n, fixed !== null && validateIBAN(fixed).valid ? fixed : undefined);
  }
  // The country's own key inside the BBAN (the French RIB key, the Belgian mod 97…): no fix to offer.
  if (errors.length > 0) return fail('checksum', n);
  return { ok: true, normalized: n, display: n.replace(/(.{4})(?=.)/gu, '$1 ') };
}

/** Expected IBAN length for a country, from the registry. */
export function ibanLength(country: string): number | undefined {
  return getCountrySpecifications()[country.toUpperCase()]?.chars ?? undefined;
}

/** The two check digits of an IBAN for a country and BBAN: 98 − (BBAN + country + "00") mod 97. */
export function ibanCheckDigits(country: string, bban: string): string {
  return composeIBAN({ countryCode: country, bban })?.slice(2, 4) ?? '';
}

/** The country a VAT number belongs to, by its prefix (CHE… is Swiss, BE Belgian, FR French). */
export function vatCountry(text: string): 'FR' | 'CH' | 'BE' | undefined {
  const n = normalizeIdentifier(text);
  if (n.startsWith('CHE')) return 'CH';
  if (n.startsWith('BE')) return 'BE';
  if (n.startsWith('FR')) return 'FR';
  return undefined;
}

/** Checks a VAT number with the rules of its country (French rules when the prefix is unknown). */
export function checkVat(text: string): IdResult {
  const country = vatCountry(text);
  return country === 'CH' ? checkChVat(text) : country === 'BE' ? checkBeVat(text) : checkFrVat(text);
}

/** The identifier fields of a party (schema/blocks/party.ts, and `iban`) and their checks, by keyword. */
export const IDENTIFIER_CHECKS: Readonly<Record<string, (text: string) => IdResult>> = {
  siren: checkSiren, siret: checkSiret, uid: checkChUid, bce: checkBeEnterprise, vat: checkVat, iban: checkIban,
};
