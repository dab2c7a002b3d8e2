import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, renderMessage, type Diagnostic } from '../../compiler/src/index.ts';
import { forLaw, lawRows } from '../../compiler/src/diagnostics/law-hints.ts';
import { MemoryHost, REPO } from '../helpers/host.ts';

// Messages that describe what the user wrote. A rule's message says "not mentioned" only when the
// element is absent; when some facts are there, it says "incomplete", names what is present and what
// is missing. One mistake gives one error (the differential tests: the mistaken spelling adds exactly
// one diagnostic to those of the correct spelling). Swiss and Belgian contracts get Swiss and Belgian
// hints. The examples are the inputs: each is checked once per variant, in memory.

const EXAMPLE = {
  FR: readFileSync(join(REPO, 'examples', 'cabinet-dupont.infog'), 'utf8'),
  CH: readFileSync(join(REPO, 'examples', 'geneve-atelier-rochat.infog'), 'utf8'),
  BE: readFileSync(join(REPO, 'examples', 'namur-dentisterie.infog'), 'utf8'),
};

function check(text: string): Diagnostic[] {
  return [...checkSource({ path: 'c.infog', text }, new MemoryHost({ 'c.infog': text })).diagnostics];
}

/** The example with `from` replaced by `to` (which must occur exactly once). */
function variant(base: string, from: string, to: string): string {
  expect(base.split(from).length - 1, from).toBe(1);
  return base.replace(from, to);
}

const messages = (ds: readonly Diagnostic[], code: string, locale: 'fr' | 'en'): string[] =>
  ds.filter((d) => d.code === code).map((d) => renderMessage(d, locale));

/** A diagnostic's identity apart from its position (positions move when a line changes length). */
const key = (d: Diagnostic): string => `${d.code} ${d.severity} ${renderMessage(d, 'en')}`;

describe('a rule says what is present and what is missing', () => {
  const cases = [
    { code: 'IG3023', remove: '    cover 4000000.00 CHF per year\n', present: ['assureur', 'montant garanti par sinistre'], missing: 'montant garanti par an', absent: 'non mentionnée' },
    // Six facts are there: a long list of them is summed up as a count.
    { code: 'IG3051', remove: '        penalties,\n', present: ['Présent : 6 éléments sur 7'], missing: 'pénalités dues dans le rapport', absent: 'Aucun reporting' },
    { code: 'IG3063', remove: '      termination_link general_breach\n', present: ['plafond des pénalités', 'règlement des pénalités'], missing: 'lien avec la résiliation', absent: 'sans formule de calcul ni plafond' },
    { code: 'IG3060', remove: '      stop update client_informed\n', present: ['événement de départ', 'états suspensifs'], missing: 'événement d\'arrêt', absent: 'non définies' },
    { code: 'IG3048', remove: EXAMPLE.CH.split('\n').find((l) => l.includes('needs_document')) + '\n', present: ['forme des mises en garde'], missing: 'document d’expression des besoins', absent: 'non formalisé' },
  ];
  for (const c of cases) {
    it(`${c.code}: incomplete, not absent, when some facts are there`, () => {
      const [fr] = messages(check(variant(EXAMPLE.CH, c.remove, '')), c.code, 'fr');
      expect(fr, c.code).toBeDefined();
      expect(fr).toContain('à compléter');
      expect(fr).not.toContain(c.absent);
      expect(fr).toMatch(/Présent : [^.]+\. Manque : /u);
      for (const p of c.present) expect(fr).toContain(p);
      expect(fr).toContain(c.missing);
      const [en] = messages(check(variant(EXAMPLE.CH, c.remove, '')), c.code, 'en');
      expect(en).toMatch(/: incomplete\. Present: [^.]+\. Missing: /);
    });
  }

  it('keeps the "not mentioned" summary for an element that is absent', () => {
    const start = EXAMPLE.CH.indexOf('  insurance {');
    const end = EXAMPLE.CH.indexOf('  force_majeure {');
    const [fr] = messages(check(EXAMPLE.CH.slice(0, start) + EXAMPLE.CH.slice(end)), 'IG3023', 'fr');
    expect(fr).toBe('Assurance RC professionnelle du prestataire non mentionnée. Manque : assurance (insurance { … }).');
  });

  it('never lists as present a fact that does not apply (a Swiss contract owes no recovery fee)', () => {
    const ds = check(variant(EXAMPLE.CH, '    late_interest 5%\n', ''));
    const [fr] = messages(ds, 'IG3018', 'fr');
    expect(fr).toContain('Manque : taux des pénalités de retard');
    expect(fr).not.toContain('recouvrement');
  });
});

describe('one mistake, one error', () => {
  const SUBPROCESSORS_FR = /    subprocessors \{\n[\s\S]*?\n    \}\n(?=    assist_rights)/;
  const cases = [
    { name: 'facts written after a block keyword', law: 'FR' as const, wrong: (t: string) => t.replace(SUBPROCESSORS_FR, '    subprocessors none\n'), right: (t: string) => t.replace(SUBPROCESSORS_FR, '    subprocessors { none }\n'), code: 'IG2207' },
    { name: 'a misspelt unit', law: 'CH' as const, wrong: (t: string) => variant(t, 'initial       24 months', 'initial       24 mnths'), right: (t: string) => t, code: 'IG2206' },
    { name: 'a French unit', law: 'CH' as const, wrong: (t: string) => variant(t, 'onsite   8 business_hours', 'onsite   8 heures_ouvrées'), right: (t: string) => t, code: 'IG2206' },
    { name: 'a Swiss thousands separator', law: 'CH' as const, wrong: (t: string) => variant(t, 'fee 2350.00 CHF', "fee 2'350.00 CHF"), right: (t: string) => t, code: 'IG1030' },
    { name: 'a holiday set without its country', law: 'CH' as const, wrong: (t: string) => variant(t, 'holidays CH-GE', 'holidays GE'), right: (t: string) => t, code: 'IG5007' },
    { name: 'a city that is not a tz zone', law: 'CH' as const, wrong: (t: string) => variant(t, '"Europe/Zurich"', '"Europe/Geneva"'), right: (t: string) => t, code: 'IG5001' },
  ];
  for (const c of cases) {
    it(`${c.name}: exactly one ${c.code} more than the correct spelling`, () => {
      const base = EXAMPLE[c.law];
      const right = c.right(base);
      const wrong = c.wrong(base);
      expect(wrong).not.toBe(right);
      const before = check(right).map(key);
      const after = check(wrong).map(key);
      const added = after.filter((k) => !before.includes(k));
      const removed = before.filter((k) => !after.includes(k));
      expect(removed).toEqual([]);
      expect(added.length, added.join('\n')).toBe(1);
      expect(added[0]).toMatch(new RegExp(`^${c.code} error `));
    });
  }

  it('says what to write, with a fix that writes it', () => {
    const ds = check(variant(EXAMPLE.CH, 'fee 2350.00 CHF', "fee 2'350.00 CHF"));
    const d = ds.find((x) => x.code === 'IG1030');
    expect(renderMessage(d as Diagnostic, 'fr')).toBe('Les nombres s’écrivent sans séparateur de milliers : écrivez 2350.00 au lieu de 2\'350.00.');
    expect(d?.fixes?.[0]?.edits[0]?.newText).toBe('2350.00');
    const unit = check(variant(EXAMPLE.CH, 'initial       24 months', 'initial       24 mnths')).find((x) => x.code === 'IG2206');
    expect(renderMessage(unit as Diagnostic, 'fr')).toBe('« mnths » n\'est pas une unité de durée pour « initial ». Vouliez-vous dire « months » ? (unités : months, years)');
    expect(unit?.fixes?.[0]?.edits[0]?.newText).toBe('months');
    const french = check(variant(EXAMPLE.CH, 'response 1 business_hours', 'response 1 heure_ouvrée')).find((x) => x.code === 'IG2206');
    expect(renderMessage(french as Diagnostic, 'en')).toContain('units are written in English. Did you mean "business_hour"?');
    const zone = check(variant(EXAMPLE.CH, '"Europe/Zurich"', '"Europe/Geneva"')).find((x) => x.code === 'IG5001');
    expect(renderMessage(zone as Diagnostic, 'en')).toBe('The time zone "Europe/Geneva" is not a known IANA name. Did you mean "Europe/Zurich"?');
    expect(zone?.fixes?.[0]?.edits[0]?.newText).toBe('Europe/Zurich');
    const set = check(variant(EXAMPLE.CH, 'holidays CH-GE', 'holidays GE')).find((x) => x.code === 'IG5007');
    expect(renderMessage(set as Diagnostic, 'fr')).toBe('Le jeu de jours fériés « GE » est inconnu. Vouliez-vous dire « CH-GE » ?');
    const block = check(EXAMPLE.FR.replace(SUBPROCESSORS_FR, '    subprocessors none\n')).find((x) => x.code === 'IG2207');
    expect(renderMessage(block as Diagnostic, 'fr')).toBe('« subprocessors none » : ce qui suit « subprocessors » s’écrit dans son bloc { … } ; écrivez « subprocessors { none } ».');
    expect(block?.fixes?.[0]?.edits.map((e) => e.newText)).toEqual(['{ ', ' }']);
  });
});

describe('hints follow the contract\'s law', () => {
  /** A contract with almost nothing: every rule reports what it lacks, with its hints. */
  const skeleton = (law: string): string => `contract "Squelette" {\n  law ${law}\n  price { fee 2350 per month; basis flat }\n  payment { term 30 days from invoice }\n  revision other { index_name "X" }\n  support { quota tickets { count 10 per year } }\n}\n`;
  const all = (law: string): string => check(skeleton(law)).flatMap((d) => [renderMessage(d, 'fr'), renderMessage(d, 'en')]).join('\n');
  const FRENCH = ['Lyon', 'syntec', 'Syntec', 'vat 20%', 'Europe/Paris', 'commercial_court', 'FR-67', 'legal_rate'];

  it('tells a Swiss contract about Swiss courts, indices, VAT and francs — never Lyon, Syntec, 20 % or 40 €', () => {
    const text = all('CH');
    for (const f of [...FRENCH, 'EUR', '40 €', 'recovery_fee']) expect(text, f).not.toContain(f);
    for (const hint of ['cantonal_court "Genève"', 'revision ch_cpi', 'vat 8.1%', 'CHF']) expect(text, hint).toContain(hint);
  });

  it('tells a Belgian contract about Belgian ones', () => {
    const text = all('BE');
    for (const f of FRENCH) expect(text, f).not.toContain(f);
    // Belgian law has its own 40 € recovery indemnity (loi du 2 août 2002): that hint stays.
    for (const hint of ['enterprise_court', 'revision agoria', 'vat 21%', 'recovery_fee 40.00 EUR']) expect(text, hint).toContain(hint);
  });

  it('keeps the French hints for a French contract', () => {
    const text = all('FR');
    for (const hint of ['commercial_court "Lyon"', 'revision syntec', 'vat 20%', 'recovery_fee 40.00 EUR']) expect(text, hint).toContain(hint);
  });

  it('gives a law its own summary where the rule differs (no recovery fee in Switzerland)', () => {
    const absent = (law: string): string => check(`contract "S" {\n  law ${law}\n}\n`).filter((d) => d.code === 'IG3018').map((d) => renderMessage(d, 'fr')).join('');
    expect(absent('CH')).toBe('Conditions de paiement incomplètes : délai de paiement et taux de l’intérêt moratoire requis. Manque : conditions de paiement (payment { … }).');
    expect(absent('FR')).toContain('indemnité forfaitaire de 40 €');
  });

  it('rewrites no fragment for a French contract, and each fragment to its row for the others', () => {
    expect(lawRows().length).toBeGreaterThan(15);
    for (const row of lawRows()) {
      expect(forLaw(row.FR, 'FR')).toBe(row.FR);
      expect(forLaw(row.FR, undefined)).toBe(row.FR);
      for (const law of ['CH', 'BE'] as const) expect(forLaw(`(${row.FR})`, law), row.FR).toBe(`(${row[law]})`);
    }
    expect(forLaw('fee 1450.00 EUR per month; jurisdiction commercial_court "Lyon"', 'CH')).toBe('fee 1450.00 CHF per month; jurisdiction cantonal_court "Genève"');
    expect(forLaw('EURO Lyonnais FR-67', 'CH')).toBe('EURO Lyonnais FR-67');
  });
});

describe('a tag beside a message is a rule one can waive', () => {
  it('shows checklist rule ids, and no rule-like tag on validity checks', async () => {
    const { main } = await import('../../compiler/src/cli/main.ts');
    const { RULES } = await import('../../compiler/src/index.ts');
    let out = '';
    const io = { stdout: (s: string) => { out += s; }, stderr: () => undefined, isTty: false, stderrIsTty: false, env: { LANG: 'C' } };
    await main(['check', join(REPO, 'examples', 'incomplete', 'sla-incoherent.infog'), '--locale', 'en'], io);
    await main(['check', join(REPO, 'examples', 'incomplete', 'premier-jet.infog'), '--locale', 'en', '--format', 'github'], io);
    const waivable = new Set(RULES.map((r) => r.code.rule));
    const tags = [...out.matchAll(/ IG\d{4} \[([^\]]+)\] /gu), ...out.matchAll(/title=IG\d{4} ([\w.-]+)::/gu)].map((m) => m[1]);
    expect(tags.length).toBeGreaterThan(5);
    for (const t of tags) expect(waivable.has(t), t).toBe(true);
    expect(out).toMatch(/ IG4132 The "ack" target/u);
    expect(out).not.toContain('[sla.consistency]');
  });
});

describe('a refused waiver says why', () => {
  it('tells to remove the waiver of a REQUIRED rule the contract already satisfies, and to complete one it does not', () => {
    const waive = (text: string): string => variant(text, '  law CH\n', '  law CH\n  waive "term.renewal" because "Préavis négocié"\n');
    const [satisfied] = messages(check(waive(EXAMPLE.CH)), 'IG2202', 'fr');
    expect(satisfied).toBe('La règle « term.renewal » est obligatoire pour ce contrat : elle ne peut pas faire l\'objet d\'une dérogation ; elle est d’ailleurs satisfaite : retirez la dérogation.');
    const [missing] = messages(check(waive(variant(EXAMPLE.CH, '      notice 3 months\n      form registered_letter\n    }\n    termination convenience', '      form registered_letter\n    }\n    termination convenience'))), 'IG2202', 'en');
    expect(missing).toBe('Rule "term.renewal" is required for this contract: it cannot be waived; state the missing facts instead.');
  });
});
