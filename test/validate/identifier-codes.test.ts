import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../compiler/src/diagnostics/index.ts';
import type { Diagnostic } from '../../compiler/src/diagnostics/index.ts';
import {
  beEstablishmentUnit,
  beVatEnterpriseMismatch,
  chVatUidMismatch,
  frVatSirenMismatch,
  invalidBeEnterprise,
  invalidBeVat,
  invalidChUid,
  invalidChVat,
  invalidFrVat,
  invalidIban,
  invalidSiren,
  invalidSiret,
  siretSirenMismatch,
} from '../../compiler/src/diagnostics/codes/identifiers.ts';
import {
  beVatMatchesEnterprise,
  checkBeEnterprise,
  checkBeVat,
  checkChUid,
  checkChVat,
  checkFrVat,
  checkIban,
  checkSiren,
  checkSiret,
  chVatMatchesUid,
  frVatMatchesSiren,
  sirenOfSiret,
} from '../../compiler/src/model/validate/identifiers.ts';
import type { IdResult } from '../../compiler/src/model/validate/identifiers.ts';
import { rangeOf } from '../../compiler/src/text/index.ts';

const at = rangeOf(0, 1);
const both = (d: Diagnostic): { fr: string; en: string } => ({ fr: renderMessage(d, 'fr'), en: renderMessage(d, 'en') });
const quoted = (src: string): string[] => [...src.matchAll(/"([^"]+)"/gu)].map((m) => m[1] ?? '');

describe('identifier codes', () => {
  it('the French VAT message gives the key computed from the SIREN', () => {
    const r = checkFrVat('FR31501967343');
    if (r.ok) throw new Error('expected a failure');
    const d = invalidFrVat.create('a.infog', at, { value: 'FR31501967343', reason: r.reason, expected: r.expected ?? '' });
    expect(both(d)).toEqual({
      fr: 'Numéro de TVA « FR31501967343 » invalide : la clé pour le SIREN 501967343 est 30 : « FR30501967343 ».',
      en: 'Invalid VAT number "FR31501967343": the key for SIREN 501967343 is 30: "FR30501967343".',
    });
    expect(d).toMatchObject({ code: 'IG4003', severity: 'error', rule: 'parties.identification' });
  });

  it('a checksum message proposes the corrected number and where to check it', () => {
    const d = invalidChUid.create('a.infog', at, { value: 'CHE-100.155.213', reason: 'checksum', expected: 'CHE-100.155.212' });
    expect(renderMessage(d, 'en')).toBe(
      'Invalid UID number "CHE-100.155.213": the check digits do not match (modulo 11, weights 5 4 3 2 7 6 5 4). If the other digits are right, the number is "CHE-100.155.212"; otherwise check it on the UID register (uid.admin.ch).',
    );
    expect(renderMessage(d, 'fr')).toContain('« CHE-100.155.212 »');
  });

  it.each(['empty', 'length', 'charset', 'prefix', 'siren', 'establishment-unit', 'first-digit', 'suffix', 'country', 'checksum'])(
    'reason %s has its own wording in both languages',
    (reason) => {
      const d = invalidSiret.create('a.infog', at, { value: 'x', reason, expected: '' });
      expect(renderMessage(d, 'fr')).toMatch(/^Numéro SIRET « x » invalide : .+\./u);
      expect(renderMessage(d, 'en')).toMatch(/^Invalid SIRET number "x": .+\./u);
    },
  );

  it('IBAN carries no checklist rule; party identifiers carry parties.identification', () => {
    expect(invalidIban.create('a', at, { value: 'x', reason: 'length', expected: '' }).rule).toBeUndefined();
    for (const c of [invalidSiren, invalidSiret, invalidFrVat, invalidChUid, invalidChVat, invalidBeEnterprise, invalidBeVat, beEstablishmentUnit, siretSirenMismatch, frVatSirenMismatch, beVatEnterpriseMismatch, chVatUidMismatch]) {
      expect(c.rule).toBe('parties.identification');
    }
  });

  it('codes are IG4001–IG4013, in the band', () => {
    const codes = [invalidSiren, invalidSiret, invalidFrVat, invalidChUid, invalidChVat, invalidBeEnterprise, invalidBeVat, invalidIban, beEstablishmentUnit, siretSirenMismatch, frVatSirenMismatch, beVatEnterpriseMismatch, chVatUidMismatch].map((c) => c.code);
    expect(codes).toEqual([
      'IG4001', 'IG4002', 'IG4003', 'IG4004', 'IG4005', 'IG4006', 'IG4007',
      'IG4008', 'IG4009', 'IG4010', 'IG4011', 'IG4012', 'IG4013',
    ]);
  });

  it('mismatch messages name both numbers and the fix', () => {
    const d = frVatSirenMismatch.create('a', at, { vat: 'FR44732829320', siren: '501967343', expected: 'FR30501967343' });
    expect(renderMessage(d, 'fr')).toBe('Le numéro de TVA « FR44732829320 » ne correspond pas au SIREN « 501967343 » de la partie ; pour ce SIREN, c’est « FR30501967343 ».');
    expect(renderMessage(beEstablishmentUnit.create('a', at, { value: '2123456789' }), 'en')).toContain('establishment-unit number');
  });
});

describe('documentation examples agree with the validators', () => {
  const single: [{ doc: { example?: string; fixed?: string } }, (s: string) => IdResult][] = [
    [invalidSiren, checkSiren],
    [invalidSiret, checkSiret],
    [invalidFrVat, checkFrVat],
    [invalidChUid, checkChUid],
    [invalidChVat, checkChVat],
    [invalidBeEnterprise, checkBeEnterprise],
    [invalidBeVat, checkBeVat],
    [invalidIban, checkIban],
    [beEstablishmentUnit, checkBeEnterprise],
  ];
  it.each(single.map(([c, f], i) => [i, c, f] as const))('example %i fails, its fix passes', (_i, c, check) => {
    const [bad] = quoted(c.doc.example ?? '');
    const [good] = quoted(c.doc.fixed ?? '');
    expect(check(bad ?? '').ok).toBe(false);
    expect(check(good ?? '').ok).toBe(true);
  });
  it('mismatch examples mismatch, fixes match', () => {
    const [siren1, siret1] = quoted(siretSirenMismatch.doc.example ?? '');
    const [siren2, siret2] = quoted(siretSirenMismatch.doc.fixed ?? '');
    expect(sirenOfSiret(siret1 ?? '')).not.toBe(siren1);
    expect(sirenOfSiret(siret2 ?? '')).toBe(siren2);
    const [s3, v3] = quoted(frVatSirenMismatch.doc.example ?? '');
    const [s4, v4] = quoted(frVatSirenMismatch.doc.fixed ?? '');
    expect(frVatMatchesSiren(v3 ?? '', sirenOfSiret(s3 ?? '') ?? '')).toBe(false);
    expect(frVatMatchesSiren(v4 ?? '', sirenOfSiret(s4 ?? '') ?? '')).toBe(true);
    const [b5, v5] = quoted(beVatEnterpriseMismatch.doc.example ?? '');
    const [b6, v6] = quoted(beVatEnterpriseMismatch.doc.fixed ?? '');
    expect(beVatMatchesEnterprise(v5 ?? '', b5 ?? '')).toBe(false);
    expect(beVatMatchesEnterprise(v6 ?? '', b6 ?? '')).toBe(true);
    const [u7, v7] = quoted(chVatUidMismatch.doc.example ?? '');
    const [u8, v8] = quoted(chVatUidMismatch.doc.fixed ?? '');
    expect(chVatMatchesUid(v7 ?? '', u7 ?? '')).toBe(false);
    expect(chVatMatchesUid(v8 ?? '', u8 ?? '')).toBe(true);
  });
});
