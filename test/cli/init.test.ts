import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LAWS, type InitLaw } from '../../compiler/src/cli/init/laws.ts';
import { SECTORS } from '../../compiler/src/cli/init/sectors.ts';
import { buildTemplate, type InitKind } from '../../compiler/src/cli/init/template.ts';
import { checkSource, documentFindings, formatText, LineIndex, renderMessage, type Locale } from '../../compiler/src/index.ts';
import { infog } from '../helpers/cli.ts';
import { MemoryHost, REPO } from '../helpers/host.ts';

// `infog init` writes a starting contract per law, kind, sector and locale. For every combination:
// the only findings are IG2020, exactly one on each line that carries the marker; with the markers
// removed the contract checks clean (every placeholder is a valid value); and the text is already in
// the canonical layout. Then the command itself, end to end.

const LAW_IDS = Object.keys(LAWS) as InitLaw[];
const KINDS: InitKind[] = ['infogerance', 'maintenance'];
const LOCALES: Locale[] = ['fr', 'en'];
const SECTOR_IDS = [undefined, ...SECTORS.map((s) => s.id)];
const MARKER = { fr: '// À COMPLÉTER', en: '// TO COMPLETE' } as const;
const TODAY = '2026-11-23';

function template(law: InitLaw, kind: InitKind, sector: string | undefined, locale: Locale): string {
  const text = buildTemplate({ law, kind, sector: SECTORS.find((s) => s.id === sector), locale, today: TODAY });
  const formatted = formatText(text);
  if (!formatted.ok) throw new Error(`template ${law} ${kind} ${sector ?? ''} ${locale} does not parse: ${formatted.diagnostics.map((d) => d.code).join(', ')}`);
  return formatted.text;
}

/**
 * What `infog check` reports, with the document's prose translations (IG6012: the contract declares
 * both languages). Facts no clause prints (IG6011) are left out: they depend on the clause library,
 * which does not print every fact yet (the examples have them too).
 */
function findings(text: string): { line: number; code: string; message: string }[] {
  const index = new LineIndex(text);
  const host = new MemoryHost({}, TODAY);
  const checked = checkSource({ path: 'contract.infog', text }, host);
  return [...checked.diagnostics, ...documentFindings(checked.model, host, { draft: false })].map((d) => ({
    line: index.position(d.range.start).line,
    code: d.code,
    message: renderMessage(d, 'en'),
  }));
}

describe('infog init templates', () => {
  const combos = LAW_IDS.flatMap((law) => KINDS.flatMap((kind) => SECTOR_IDS.flatMap((sector) => LOCALES.map((locale) => ({ law, kind, sector, locale })))));

  it('covers every law, kind, sector and locale', () => {
    expect(LAW_IDS).toEqual(['FR', 'CH', 'BE']);
    expect(SECTOR_IDS.length).toBeGreaterThanOrEqual(4);
    expect(combos).toHaveLength(3 * 2 * SECTOR_IDS.length * 2);
  });

  it.each(combos)('$law $kind $sector $locale: only IG2020, one at each marker; clean once the markers are gone', ({ law, kind, sector, locale }) => {
    const text = template(law, kind, sector, locale);
    expect(formatText(text).ok && (formatText(text) as { text: string }).text).toBe(text);
    const lines = text.split('\n');
    const marked = lines.flatMap((l, i) => (l.includes(MARKER[locale]) ? [i + 1] : []));
    expect(marked.length).toBeGreaterThan(40);
    // No marker of the other language.
    expect(lines.some((l) => l.includes(MARKER[locale === 'fr' ? 'en' : 'fr']))).toBe(false);
    const found = findings(text);
    expect(found.filter((d) => d.code !== 'IG2020')).toEqual([]);
    expect(found.map((d) => d.line)).toEqual(marked);
    // Each finding says what to complete, from the marker's comment.
    for (const d of found) expect(d.message).toMatch(/^Fact to complete: ".+"/);
    const stripped = lines.map((l) => l.replace(/\s*\/\/ (À COMPLÉTER|TO COMPLETE).*$/, '')).join('\n');
    expect(findings(stripped)).toEqual([]);
    expect(text).toContain(`law ${law}`);
    expect(text).toContain(`kind ${kind}`);
    expect(text).toContain(`language ${locale}`);
  });

  it('writes the sector block of the profiles: secrecy everywhere, French health-data hosting only in France', () => {
    const fr = template('FR', 'infogerance', 'health', 'fr');
    expect(fr).toContain('sector physician {');
    expect(fr).toContain('health_hosting {');
    const ch = template('CH', 'infogerance', 'health', 'fr');
    expect(ch).toContain('secrecy {');
    expect(ch).not.toContain('health_hosting');
    expect(template('BE', 'maintenance', 'legal', 'en')).toContain('sector lawyer {');
    expect(template('FR', 'infogerance', undefined, 'fr')).not.toContain('sector ');
  });

  it('writes each law’s own facts (no French hint in a Swiss or Belgian contract)', () => {
    const ch = template('CH', 'maintenance', undefined, 'fr');
    expect(ch).toContain('uid "CHE-');
    expect(ch).toContain('revision ch_cpi');
    expect(ch).toContain('jurisdiction cantonal_court');
    expect(ch).toContain('CO 404');
    expect(ch).not.toMatch(/syntec|siret|commercial_court|recovery_fee|20%|L441-10|Europe\/Paris/);
    const be = template('BE', 'infogerance', undefined, 'fr');
    expect(be).toContain('bce "');
    expect(be).toContain('revision agoria');
    expect(be).toContain('channel peppol');
    expect(be).not.toMatch(/syntec|siret|commercial_court|cantonal_court|Europe\/Paris/);
    const fr = template('FR', 'infogerance', undefined, 'fr');
    expect(fr).toMatch(/siret "\d{14}"/);
    expect(fr).toContain('vigilance {');
    expect(fr).toContain('revision syntec');
  });

  it('writes a sector’s facts from its data', () => {
    const health = template('FR', 'infogerance', 'health', 'fr');
    expect(health).toMatch(/data_types .*health/);
    expect(health).toMatch(/data_subjects .*patients/);
    expect(health).toContain('survives indefinitely');
    expect(health).toContain('HDS');
    expect(template('CH', 'infogerance', 'health', 'fr')).not.toContain('subcontractor "[Hébergeur certifié HDS]"');
    expect(template('BE', 'maintenance', 'finance', 'en')).toMatch(/by client, mandated_auditor, authority/);
    // Without a sector, none of it.
    expect(template('FR', 'infogerance', undefined, 'fr')).not.toMatch(/patients|HDS|survives indefinitely/);
  });

  it('maintenance waives what only managed services promise; infogérance keeps them', () => {
    const maintenance = template('BE', 'maintenance', undefined, 'en');
    expect(maintenance).toContain('waive "service.mco"');
    expect(maintenance).not.toContain('mco {');
    const managed = template('BE', 'infogerance', undefined, 'en');
    expect(managed).toContain('mco {');
    expect(managed).toContain('availability "');
    expect(managed).not.toContain('waive');
  });
});

describe('infog init, the command', () => {
  const dir = join(REPO, 'test', '.tmp', `init-${process.pid}`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a new file, which check reports marker by marker, and never overwrites one', () => {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'contrat.infog');
    const r = infog(['init', '--law', 'CH', '--kind', 'maintenance', '-o', file]);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    const markers = text.split('\n').filter((l) => l.includes('// À COMPLÉTER')).length;
    expect(r.stderr).toBe(`écrit ${file} : ${markers} faits à compléter (« infog check ${file} » les liste).\n`);
    expect(text).toContain('law CH');
    const check = infog(['check', '--format', 'json', file]);
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout) as { diagnostics: { code: string }[]; summary: { errors: number; warnings: number } };
    expect(report.summary).toEqual({ files: 1, errors: markers, warnings: 0 });
    expect(new Set(report.diagnostics.map((d) => d.code))).toEqual(new Set(['IG2020']));
    expect(infog(['fmt', '--check', file]).status).toBe(0);
    // A draft PDF is possible; a final one is not, while facts are to complete.
    expect(infog(['compile', file, '-o', join(dir, 'out')]).status).toBe(1);
    expect(existsSync(join(dir, 'out'))).toBe(false);

    writeFileSync(file, 'mine');
    const again = infog(['init', '-o', file]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('existe déjà');
    expect(readFileSync(file, 'utf8')).toBe('mine');
  }, 180_000);

  it('prints to stdout by default (FR, infogérance), in English with --locale en', () => {
    const fr = infog(['init']);
    expect(fr.status).toBe(0);
    expect(fr.stdout).toContain('law FR');
    expect(fr.stdout).toContain('kind infogerance');
    expect(fr.stdout).toContain('// À COMPLÉTER : raison sociale du prestataire');
    const en = infog(['init', '--locale', 'en', '--law', 'be', '--sector', 'health']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('law BE');
    expect(en.stdout).toContain('// TO COMPLETE: company name of the provider');
    expect(en.stdout).not.toContain('À COMPLÉTER');
  }, 120_000);

  it('answers bad options in the user’s language with the usage, rc 2', () => {
    const cases: [string[], RegExp][] = [
      [['init', '--law', 'DE'], /^infog: init --law : FR \| CH \| BE \(DE\)/],
      [['init', '--kind', 'cloud'], /^infog: init --kind : infogerance \| maintenance \(cloud\)/],
      [['init', '--sector', 'retail'], /^infog: init --sector : health \| legal \| finance \(retail\)/],
      [['init', '--frob'], /^infog: init : option inconnue --frob\.\nUsage : infog init/],
      [['init', '-o'], /^infog: init : -o attend une valeur/],
      [['init', 'contrat.infog'], /^infog: init : argument en trop : contrat\.infog\.\nUsage : infog init/],
    ];
    for (const [args, expected] of cases) {
      const r = infog(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(expected);
      expect(r.stdout).toBe('');
    }
    const en = infog(['init', '--law', 'DE'], { env: { LANG: 'en_GB.UTF-8' } });
    expect(en.stderr).toMatch(/^infog: init --law: FR \| CH \| BE \(DE\)/);
    const help = infog(['init', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^infog init — /);
    expect(help.stdout).toContain('Usage : infog init [--law <FR|CH|BE>]');
    expect(help.stdout).toContain('health (santé');
  }, 120_000);
});
