import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCodes, checkSource, renderMessage, type Locale } from '../../compiler/src/index.ts';
import { factLabel, knownFacts } from '../../compiler/src/diagnostics/codes/facts.ts';
import { humanDuration } from '../../compiler/src/diagnostics/durations.ts';
import { allStatements, type Slot } from '../../compiler/src/schema/index.ts';
import { UNITS } from '../../compiler/src/syntax/index.ts';
import { MemoryHost, REPO } from '../helpers/host.ts';
import { foreignWords } from '../helpers/language.ts';
import { renderSamples } from '../helpers/messages.ts';

// One language per message: every catalogue text — title, message rendered with sample arguments,
// explanation, missing-fact label — is checked for words of the other language (a word list, outside
// quotes and code). The contract language's own words (keywords, enum values, units) are not English.

function slotWords(slots: readonly Slot[]): string[] {
  return slots.flatMap((s) => {
    if (s.kind === 'word') return [s.word];
    if (s.kind === 'group') return slotWords(s.slots);
    return s.type.kind === 'enum' ? s.type.values.map((v) => v.name) : [];
  });
}

const VOCABULARY = new Set([
  ...allStatements().flatMap(({ spec }) => [spec.keyword, ...slotWords(spec.args)]),
  ...UNITS.map((u) => u.name),
  'infog', 'json', 'sla', 'pdf',
].map((w) => w.toLowerCase()));

/** Statement keywords and fixed words: a duration after one of them is code (`every 12 months`). */
const KEYWORDS = new Set(allStatements().flatMap(({ spec }) => [spec.keyword, ...fixedWords(spec.args)]));

function fixedWords(slots: readonly Slot[]): string[] {
  return slots.flatMap((s) => (s.kind === 'word' ? [s.word] : s.kind === 'group' ? fixedWords(s.slots) : []));
}

function offending(texts: readonly string[], locale: Locale): string[] {
  return texts.flatMap((t) => {
    const found = foreignWords(t, locale, VOCABULARY, KEYWORDS);
    return found.length > 0 ? [`${found.join(', ')} ← ${t.slice(0, 200)}`] : [];
  });
}

describe('every message in one language', () => {
  const codes = allCodes();

  it('renders every message with sample arguments', () => {
    const silent = codes.filter((c) => renderSamples(c, 'fr').length === 0 || renderSamples(c, 'en').length === 0).map((c) => c.code);
    expect(silent).toEqual([]);
  });

  for (const locale of ['fr', 'en'] as const) {
    it(`has no word of the other language in a ${locale === 'fr' ? 'French' : 'English'} message, title or explanation`, () => {
      const found = codes.flatMap((c) => offending([c.title[locale], c.doc.explanation[locale], ...renderSamples(c, locale)], locale).map((x) => `${c.code}: ${x}`));
      expect(found).toEqual([]);
    });

    it(`names missing facts in ${locale === 'fr' ? 'French' : 'English'} only, for every law`, () => {
      const labels = knownFacts().flatMap((k) => ['FR', 'CH', 'BE'].map((law) => factLabel(k, locale, law)));
      expect(labels.length).toBeGreaterThan(100);
      expect(offending(labels, locale)).toEqual([]);
    });
  }

  it('holds for the real diagnostics of the bad corpus, the incomplete drafts and common mistakes', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.infog') ? [join(dir, e.name)] : []);
    const projects = [join(REPO, 'test', 'corpus', 'bad'), join(REPO, 'examples', 'incomplete')].map((dir) =>
      Object.fromEntries(files(dir).map((f) => [relative(dir, f).split('\\').join('/'), readFileSync(f, 'utf8')])));
    const mistakes = [
      'contract "X" {\n  law CH\n  term { initial 36; effective "2027-01-01"; signature 2027 }\n  price { fee 2350 CHF per mois; vat twenty }\n  party client c { headcount 2.5 }\n}\n',
      'contract "X" {\n  law FR\n  hours h { days mon..fri; time 8-18; timezone Europe/Paris; holidays GE }\n  sla { priority P1 "B" "B" { response 1 heure; restore 1 business_hours } }\n}\n',
      'contract "X" {\n  law FR\n  reversibility { assistance { duration 13 months } }\n  hours h { days mon..fri; time 08:00-18:00; timezone "Europe/Paris"; holidays FR }\n  sla {\n    calendar h\n    priority P1 "B" "B" { response 1 business_hours }\n    priority P2 "M" "M" { response 30 min calendar h }\n  }\n}\n',
    ];
    projects.push(Object.fromEntries(mistakes.map((m, i) => [`m${i}.infog`, m])));
    const rendered = { fr: [] as string[], en: [] as string[] };
    for (const project of projects) {
      const host = new MemoryHost(project);
      for (const [path, text] of Object.entries(project)) {
        for (const d of checkSource({ path, text }, host).diagnostics) {
          rendered.fr.push(renderMessage(d, 'fr'));
          rendered.en.push(renderMessage(d, 'en'));
        }
      }
    }
    expect(rendered.fr.length).toBeGreaterThan(300);
    expect(offending(rendered.fr, 'fr')).toEqual([]);
    expect(offending(rendered.en, 'en')).toEqual([]);
  });

  it('says durations as a reader does, with singular and plural right', () => {
    expect(humanDuration('1 business_hours', 'fr')).toBe('1 heure ouvrée');
    expect(humanDuration('4 business_hours', 'fr')).toBe('4 heures ouvrées');
    expect(humanDuration('1 business_hours', 'en')).toBe('1 business hour');
    expect(humanDuration('1.5 business_day', 'fr')).toBe('1,5 jour ouvré');
    expect(humanDuration('5 business_days', 'en')).toBe('5 business days');
    expect(humanDuration('6 month', 'fr')).toBe('6 mois');
    expect(humanDuration('1 year', 'fr')).toBe('1 an');
    expect(humanDuration('3000 min', 'fr', true)).toBe('50 heures');
    expect(humanDuration('90 min', 'en', true)).toBe('1 hour 30 min');
    expect(humanDuration('30 min', 'fr')).toBe('30 min');
    expect(humanDuration('not a duration', 'fr')).toBe('not a duration');
  });
});
