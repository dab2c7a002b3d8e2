import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beCheckDigits,
  beVatMatchesEnterprise,
  checkBeEnterprise,
  checkBeVat,
  checkChUid,
  checkChVat,
  checkFrVat,
  checkIban,
  checkSiren,
  checkSiret,
  chUidCheckDigit,
  chVatMatchesUid,
  frVatKey,
  frVatMatchesSiren,
  frVatOfSiren,
  ibanCheckDigits,
  luhnCheckDigit,
  luhnValid,
  normalizeIdentifier,
  sirenOfSiret,
} from '../../compiler/src/model/validate/identifiers.ts';
import type { IdResult } from '../../compiler/src/model/validate/identifiers.ts';

const reason = (r: IdResult): string => (r.ok ? 'ok' : r.reason);
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
/** Replaces the digit at `i` by a different one. */
const mutate = (s: string, i: number, delta: number): string =>
  s.slice(0, i) + String((Number(s.charAt(i)) + delta) % 10) + s.slice(i + 1);

describe('normalisation', () => {
  it('strips spaces, dots, dashes and slashes and upper-cases', () => {
    expect(normalizeIdentifier(' che-100.155/212 ')).toBe('CHE100155212');
  });
});

describe('SIREN (brief §3.1 vectors)', () => {
  it.each(['732829320', '501967343', '732 829 320', '501.967.343'])('%s is valid', (v) => {
    expect(checkSiren(v).ok).toBe(true);
  });
  it('displays in groups of three', () => {
    expect(checkSiren('501967343')).toEqual({ ok: true, normalized: '501967343', display: '501 967 343' });
  });
  it.each([
    ['732829321', 'checksum'],
    ['50196734', 'length'],
    ['5019673430', 'length'],
    ['50196734A', 'charset'],
    ['', 'empty'],
  ])('%s is rejected: %s', (v, why) => expect(reason(checkSiren(v))).toBe(why));
  it('gives the corrected check digit', () => {
    expect(checkSiren('501967344')).toMatchObject({ ok: false, reason: 'checksum', expected: '501967343' });
  });
});

describe('SIRET', () => {
  it.each(['73282932000074', '50196734300028', '732 829 320 00074'])('%s is valid', (v) => {
    expect(checkSiret(v).ok).toBe(true);
  });
  it('73282932000079 is invalid, with the Luhn-correct last digit', () => {
    expect(checkSiret('73282932000079')).toMatchObject({ ok: false, reason: 'checksum', expected: '73282932000074' });
  });
  it('rejects a SIRET whose SIREN part is invalid', () => {
    expect(reason(checkSiret('73282932100074'))).toBe('siren');
  });
  it.each([
    ['7328293200007', 'length'],
    ['7328293200007X', 'charset'],
  ])('%s is rejected: %s', (v, why) => expect(reason(checkSiret(v))).toBe(why));
  it('displays SIREN groups then the NIC', () => {
    expect(checkSiret('50196734300028')).toMatchObject({ display: '501 967 343 00028' });
  });
  it('extracts the SIREN', () => {
    expect(sirenOfSiret('501 967 343 00028')).toBe('501967343');
    expect(sirenOfSiret('73282932000079')).toBeUndefined();
  });
});

describe('La Poste SIRET exception', () => {
  it('head office 35600000000048 is valid by Luhn', () => {
    expect(luhnValid('35600000000048')).toBe(true);
    expect(checkSiret('35600000000048').ok).toBe(true);
  });
  it('another establishment is valid iff its digit sum is a multiple of 5', () => {
    // 3+5+6 + 4+9+8+3+7 = 45
    expect(checkSiret('35600000049837').ok).toBe(true);
    expect(luhnValid('35600000049837')).toBe(false);
    expect(checkSiret('35600000049838')).toMatchObject({ ok: false, reason: 'checksum' });
  });
  it('a Luhn-valid La Poste number whose digit sum is not a multiple of 5 is rejected', () => {
    const payload = '3560000001234';
    const luhnOk = payload + String(luhnCheckDigit(payload));
    expect(luhnValid(luhnOk)).toBe(true);
    const sum = [...luhnOk].reduce((s, c) => s + Number(c), 0);
    expect(checkSiret(luhnOk).ok).toBe(sum % 5 === 0);
  });
});

describe('French VAT', () => {
  it('SIREN 732829320 → FR44732829320; SIREN 501967343 → key 30', () => {
    expect(frVatKey('732829320')).toBe('44');
    expect(frVatKey('501967343')).toBe('30');
    expect(frVatOfSiren('501967343')).toBe('FR30501967343');
  });
  it.each(['FR44732829320', 'FR30501967343', 'fr 30 501 967 343', 'FR40303265045', 'FR23334175221'])('%s is valid', (v) => {
    expect(checkFrVat(v)).toMatchObject({ ok: true, key: 'numeric' });
  });
  it('gives the expected key on a checksum error', () => {
    expect(checkFrVat('FR31501967343')).toEqual({ ok: false, reason: 'checksum', normalized: 'FR31501967343', expected: 'FR30501967343' });
    // python-stdnum rejects FR84323140391: its SIREN part fails Luhn, which we report as such.
    expect(reason(checkFrVat('FR84323140391'))).toBe('siren');
  });
  it('accepts new-style letter keys (python-stdnum fr/tva.py vectors)', () => {
    expect(checkFrVat('FRK7399859412')).toMatchObject({ ok: true, key: 'letters', siren: '399859412' });
    expect(checkFrVat('FR4Z123456782')).toMatchObject({ ok: true, key: 'letters' });
    expect(reason(checkFrVat('FRK8399859412'))).toBe('checksum');
  });
  it('rejects I and O in the key', () => {
    expect(reason(checkFrVat('FRIO334175221'))).toBe('charset');
  });
  it('Monaco numbers (000 after the key) have no SIREN check', () => {
    const rest = '000123456';
    const vat = `FR${frVatKey(rest)}${rest}`;
    expect(checkFrVat(vat)).toMatchObject({ ok: true, siren: null });
  });
  it.each([
    ['44732829320', 'prefix'],
    ['BE44732829320', 'prefix'],
    ['FR4473282932', 'length'],
    ['FR44732829321', 'siren'],
    ['', 'empty'],
  ])('%s is rejected: %s', (v, why) => expect(reason(checkFrVat(v))).toBe(why));
  it('cross-checks against the SIREN', () => {
    expect(frVatMatchesSiren('FR30501967343', '501967343')).toBe(true);
    expect(frVatMatchesSiren('FR44732829320', '501967343')).toBe(false);
    expect(frVatMatchesSiren('FR31501967343', '501967343')).toBe(false);
  });
});

describe('Swiss UID and VAT', () => {
  it('CHE-100.155.212 is valid and displayed canonically', () => {
    expect(checkChUid('CHE-100.155.212')).toEqual({ ok: true, normalized: 'CHE100155212', display: 'CHE-100.155.212' });
  });
  it('CHE-100.155.213 is invalid, with the right check digit', () => {
    expect(checkChUid('CHE-100.155.213')).toMatchObject({ ok: false, reason: 'checksum', expected: 'CHE-100.155.212' });
  });
  it('IDE and UID prefixes are synonyms of CHE', () => {
    expect(checkChUid('IDE-100.155.212')).toMatchObject({ ok: true, normalized: 'CHE100155212' });
    expect(checkChUid('UID 100 155 212')).toMatchObject({ ok: true, display: 'CHE-100.155.212' });
  });
  it.each([
    ['100.155.212', 'prefix'],
    ['CHE-100.155.21', 'length'],
    ['CHE-100.155.21X', 'charset'],
  ])('%s is rejected: %s', (v, why) => expect(reason(checkChUid(v))).toBe(why));
  it('a check digit of 10 is never valid', () => {
    const first8 = [...Array(100_000).keys()].map((i) => String(10_000_000 + i)).find((s) => chUidCheckDigit(s) === null);
    expect(first8).toBeDefined();
    for (const last of '0123456789') expect(checkChUid(`CHE${first8}${last}`).ok).toBe(false);
  });
  it('CHE-107.787.577 IVA is a valid VAT number', () => {
    expect(checkChVat('CHE-107.787.577 IVA')).toEqual({
      ok: true, normalized: 'CHE107787577IVA', display: 'CHE-107.787.577 IVA', uid: 'CHE107787577', suffix: 'IVA',
    });
  });
  it.each(['TVA', 'MWST', 'TPV'])('suffix %s is accepted', (s) => expect(checkChVat(`CHE-107.787.577 ${s}`).ok).toBe(true));
  it('rejects a missing suffix and a bad UID', () => {
    expect(reason(checkChVat('CHE-107.787.577'))).toBe('suffix');
    expect(checkChVat('CHE-100.155.213 MWST')).toMatchObject({ reason: 'checksum', expected: 'CHE-100.155.212 MWST' });
  });
  it('cross-checks VAT and UID', () => {
    expect(chVatMatchesUid('CHE-100.155.212 TVA', 'CHE-100.155.212')).toBe(true);
    expect(chVatMatchesUid('CHE-107.787.577 IVA', 'CHE-100.155.212')).toBe(false);
  });
});

describe('Belgian enterprise and VAT numbers', () => {
  it.each(['0403019261', '0428759497', '0403.019.261', '403019261'])('%s is valid', (v) => {
    expect(checkBeEnterprise(v).ok).toBe(true);
  });
  it('0431150351 is invalid, with the right check digits', () => {
    const check = beCheckDigits('04311503');
    expect(check).not.toBe('51');
    expect(checkBeEnterprise('0431150351')).toMatchObject({ ok: false, reason: 'checksum', expected: `0431.150.3${check}` });
  });
  it('old 9-digit numbers take a leading 0; display 0123.456.789', () => {
    expect(checkBeEnterprise('403019261')).toEqual({ ok: true, normalized: '0403019261', display: '0403.019.261' });
  });
  it('a 1-series number is accepted when its check digits are right', () => {
    const n = `10000000${beCheckDigits('10000000')}`;
    expect(checkBeEnterprise(n).ok).toBe(true);
  });
  it.each(['2', '5', '8'])('an establishment-unit number starting with %s is rejected', (d) => {
    const first8 = `${d}0000000`;
    expect(reason(checkBeEnterprise(first8 + beCheckDigits(first8)))).toBe('establishment-unit');
  });
  it.each([
    ['9000000097', 'first-digit'],
    ['04030192', 'length'],
    ['040301926A', 'charset'],
  ])('%s is rejected: %s', (v, why) => expect(reason(checkBeEnterprise(v))).toBe(why));
  it('a first-8 multiple of 97 takes check digits 97, never 00', () => {
    const first8 = String(97 * 1_000).padStart(8, '0');
    expect(checkBeEnterprise(`${first8}97`).ok).toBe(true);
    expect(checkBeEnterprise(`${first8}00`).ok).toBe(false);
  });
  it('VAT is BE + the same digits', () => {
    expect(checkBeVat('BE 0403.019.261')).toEqual({ ok: true, normalized: 'BE0403019261', display: 'BE 0403.019.261' });
    expect(checkBeVat('BE403019261').ok).toBe(true);
    expect(reason(checkBeVat('0403019261'))).toBe('prefix');
    expect(checkBeVat('BE0431150351')).toMatchObject({ reason: 'checksum' });
    expect(beVatMatchesEnterprise('BE0403019261', '0403.019.261')).toBe(true);
    expect(beVatMatchesEnterprise('BE0428759497', '0403019261')).toBe(false);
  });
});

describe('IBAN', () => {
  it.each([
    'FR76 3000 6000 0112 3456 7890 189',
    'BE68 5390 0754 7034',
    'CH93 0076 2011 6238 5295 7',
    'DE89 3704 0044 0532 0130 00',
    'GB82 WEST 1234 5698 7654 32',
  ])('%s is valid', (v) => expect(checkIban(v).ok).toBe(true));
  it('displays in groups of four', () => {
    expect(checkIban('BE68539007547034')).toMatchObject({ display: 'BE68 5390 0754 7034' });
  });
  it('gives the right check digits', () => {
    expect(checkIban('FR7630006000011234567890188')).toMatchObject({ reason: 'checksum' });
    expect(checkIban('BE69539007547034')).toMatchObject({ reason: 'checksum', expected: 'BE68539007547034' });
  });
  it.each([
    ['FR763000600001123456789018', 'length'],
    ['BE6853900754703', 'length'],
    ['CH930076201162385295', 'length'],
    ['1268539007547034', 'country'],
    ['BE68_5390', 'charset'],
    // Issue 17: lengths and national keys of the whole ISO 13616 registry (ibantools), not a short list.
    ['NO938601111794', 'length'],
    ['MT84MALT011000012345MTLCAST001', 'length'],
    ['FR7630006000011234567890188', 'checksum'],
    ['ZZ68539007547034', 'country'],
  ])('%s is rejected: %s', (v, why) => expect(reason(checkIban(v))).toBe(why));
  it('knows countries beyond Europe\'s short list (Kosovo, Brazil)', () => {
    expect(checkIban('XK051212012345678906').ok).toBe(true);
    expect(checkIban('BR1800360305000010009795493C1').ok).toBe(true);
  });
  it('checks the French RIB key inside the BBAN, and offers a fix only when it makes a valid IBAN', () => {
    // Right mod 97 for a BBAN whose RIB key is wrong (…188 instead of …189).
    const bban = '30006000011234567890188';
    expect(checkIban(`FR${ibanCheckDigits('FR', bban)}${bban}`)).toMatchObject({ ok: false, reason: 'checksum' });
    expect(checkIban('FR7630006000011234567890188')).not.toHaveProperty('expected');
    expect(checkIban('FR7730006000011234567890189')).toMatchObject({ reason: 'checksum', expected: 'FR7630006000011234567890189' });
    expect(checkIban('NO9386011117947').ok).toBe(true);
    expect(checkIban('MT84MALT011000012345MTLCK1234567').ok).toBe(false);
    expect(checkIban('MT84MALT011000012345MTLCAST001S').ok).toBe(true);
  });
});

describe('properties', () => {
  it('appending the Luhn digit to a SIREN payload validates; changing one digit fails', () => {
    fc.assert(
      fc.property(digits(8), fc.nat(8), fc.integer({ min: 1, max: 9 }), (p, i, delta) => {
        const siren = p + String(luhnCheckDigit(p));
        expect(checkSiren(siren).ok).toBe(true);
        expect(checkSiren(mutate(siren, i, delta)).ok).toBe(false);
      }),
    );
  });
  it('a SIRET built on a valid SIREN validates (outside La Poste); one changed digit fails', () => {
    fc.assert(
      fc.property(digits(8), digits(4), fc.nat(13), fc.integer({ min: 1, max: 9 }), (p, nic, i, delta) => {
        const siren = p + String(luhnCheckDigit(p));
        fc.pre(siren !== '356000000');
        const siret = siren + nic + String(luhnCheckDigit(siren + nic));
        expect(checkSiret(siret).ok).toBe(true);
        expect(checkSiret(mutate(siret, i, delta)).ok).toBe(false);
      }),
    );
  });
  it('the VAT key computed from a SIREN validates and matches it', () => {
    fc.assert(
      fc.property(digits(8), (p) => {
        const siren = p + String(luhnCheckDigit(p));
        fc.pre(!siren.startsWith('000'));
        expect(checkFrVat(frVatOfSiren(siren)).ok).toBe(true);
        expect(frVatMatchesSiren(frVatOfSiren(siren), siren)).toBe(true);
      }),
    );
  });
  it('Belgian check digits validate; one changed digit fails (mod 97 catches every single-digit error)', () => {
    fc.assert(
      fc.property(fc.constantFrom('0', '1'), digits(7), fc.nat(9), fc.integer({ min: 1, max: 9 }), (first, rest, i, delta) => {
        const n = first + rest + beCheckDigits(first + rest);
        expect(checkBeEnterprise(n).ok).toBe(true);
        expect(checkBeEnterprise(mutate(n, i, delta)).ok).toBe(false);
      }),
    );
  });
  it('UID check digits validate; changing the check digit fails', () => {
    fc.assert(
      fc.property(digits(8), fc.integer({ min: 1, max: 9 }), (p, delta) => {
        const check = chUidCheckDigit(p);
        fc.pre(check !== null);
        const uid = `CHE${p}${check}`;
        expect(checkChUid(uid).ok).toBe(true);
        expect(checkChUid(mutate(uid, 11, delta)).ok).toBe(false);
      }),
    );
  });
  it('IBAN check digits computed for a BBAN validate; one changed digit fails', () => {
    // A French BBAN carries its own key (clé RIB): 97 − (89 × bank + 15 × branch + 3 × account) mod 97.
    const ribKey = (p: string): string => String(97n - ((89n * BigInt(p.slice(0, 5)) + 15n * BigInt(p.slice(5, 10)) + 3n * BigInt(p.slice(10))) % 97n)).padStart(2, '0');
    fc.assert(
      fc.property(digits(21), fc.nat(22), fc.integer({ min: 1, max: 9 }), (payload, i, delta) => {
        const bban = payload + ribKey(payload);
        const iban = `FR${ibanCheckDigits('FR', bban)}${bban}`;
        expect(checkIban(iban).ok).toBe(true);
        expect(checkIban(mutate(iban, 4 + i, delta)).ok).toBe(false);
      }),
    );
  });
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const f of [checkSiren, checkSiret, checkFrVat, checkChUid, checkChVat, checkBeEnterprise, checkBeVat, checkIban]) {
          expect(typeof f(s).ok).toBe('boolean');
        }
      }),
    );
  });
});
