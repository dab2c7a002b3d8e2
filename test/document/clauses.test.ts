import { describe, expect, it } from 'vitest';
import { checkSource, renderMessage } from '../../compiler/src/index.ts';
import { MemoryHost } from '../helpers/host.ts';
import { buildDocument, checkClauses, toPlainText } from '../../compiler/src/backends/document/index.ts';
import { applyFilter, enumText, formatDate, formatDuration, formatMoney, typography, words } from '../../compiler/src/backends/document/format.ts';
import { ev } from '../../compiler/src/schema/value-types.ts';
import { toInlines, FactTable } from '../../compiler/src/backends/document/marks.ts';
import { parseTemplate } from '../../compiler/src/backends/document/template.ts';
import { join } from '../../compiler/src/backends/document/wording.ts';
import { FULL_TEXT, checkFull } from '../pdf/full.ts';

// The clause mechanism: the stdlib checks clean, and a wording override's mistakes are reported at
// their position in the contract.

/** The full fixture with `extra` inserted before its closing brace. */
const withOverride = (extra: string): string => {
  const end = FULL_TEXT.lastIndexOf('}');
  return `${FULL_TEXT.slice(0, end)}${extra}\n}\n`;
};

describe('clause library', () => {
  it('checks clean against the schema', () => {
    const { result, host } = checkFull();
    expect(checkClauses(result.model, host).map((d) => `${d.code} ${d.file} ${renderMessage(d, 'en')}`)).toEqual([]);
  });

  it('reports an unknown fact at the placeholder in an override', () => {
    const text = withOverride('  clause renewal {\n    fr """Reconduction pour {term.renewal.perod}."""\n    en """Renewed for {term.renewal.period}."""\n  }');
    const { result, host } = checkFull(text);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ds = checkClauses(result.model, host);
    expect(ds.map((d) => d.code)).toEqual(['IG6001']);
    const d = ds[0];
    expect(d?.file).toBe('full.infog');
    expect(text.slice(d?.range.start, d?.range.end)).toBe('term.renewal.perod');
    expect(renderMessage(d!, 'en')).toContain('Did you mean "period"?');
  });

  it('replaces the wording and keeps the facts', () => {
    const text = withOverride('  clause renewal {\n    fr """Reconduction tacite par périodes de {term.renewal.period}."""\n    en """Renewed for {term.renewal.period}."""\n  }');
    const { result, host } = checkFull(text);
    const { document, diagnostics } = buildDocument(result.model, { lang: 'fr', draft: false, host });
    expect(diagnostics).toEqual([]);
    expect(toPlainText(document!)).toContain('Reconduction tacite par périodes de douze (12)\u00A0mois.');
  });

  it('reports unknown overrides, references and malformed wording', () => {
    const text = withOverride('  clause renewl {\n    fr """x"""\n    en """x"""\n  }\n  clause notices {\n    fr """Voir l’{ref nowhere} {if law}"""\n    en """See {ref notices}."""\n  }');
    const { result, host } = checkFull(text);
    const codes = checkClauses(result.model, host).map((d) => `${d.code}:${text.slice(d.range.start, d.range.end)}`);
    expect(codes).toEqual(expect.arrayContaining(['IG6003:renewl', 'IG6002:nowhere', 'IG6004:{if']));
  });

  it('reports a wording in one language, an impossible condition value and an unknown filter', () => {
    const text = withOverride('  clause renewal {\n    fr """Reconduction {if term.renewal is tacite}tacite{end} pour {term.renewal.period|sirne}."""\n  }');
    const { result, host } = checkFull(text);
    const codes = checkClauses(result.model, host).map((d) => `${d.code}:${text.slice(d.range.start, d.range.end)}`);
    expect(codes).toEqual(expect.arrayContaining(['IG6006:clause', 'IG6008:term.renewal is tacite', 'IG6010:term.renewal.period|sirne']));
  });

  it('reports two clauses with one id in a project module', () => {
    const module = 'clause notices { title "A" "A"; fr """a"""; en """a""" }\nclause notices { title "B" "B"; fr """b"""; en """b""" }\n';
    const text = `import "./wording"\n${FULL_TEXT}`;
    const host = new MemoryHost({ 'full.infog': text, 'wording.infog': module });
    const result = checkSource({ path: 'full.infog', text }, host);
    const ds = checkClauses(result.model, host);
    expect(ds.filter((d) => d.code === 'IG6005').map((d) => [d.file, module.slice(d.range.start, d.range.end)])).toEqual([['wording.infog', 'notices']]);
  });

  it('says so when the clause library cannot be found', () => {
    const host = new MemoryHost({ 'full.infog': FULL_TEXT });
    const bare = { readFile: (root: 'project' | 'stdlib', path: string) => (root === 'stdlib' ? undefined : host.readFile(root, path)), today: () => host.today() };
    const result = checkSource({ path: 'full.infog', text: FULL_TEXT }, bare);
    const ds = buildDocument(result.model, { lang: 'fr', draft: false, host: bare }).diagnostics;
    expect(ds.map((d) => d.code)).toContain('IG6009');
  });
});

describe('wording', () => {
  it('parses placeholders, conditions and references with offsets', () => {
    const t = parseTemplate('A {x.y|siren} {if law is FR, BE}b{else}c{end} {ref z} {{lit}}', 100);
    expect(t.errors).toEqual([]);
    expect(t.nodes.map((n) => n.kind)).toEqual(['text', 'fact', 'text', 'if', 'text', 'ref', 'text']);
    const fact = t.nodes[1];
    expect(fact?.kind === 'fact' && [fact.path, fact.filter, fact.offset]).toEqual(['x.y', 'siren', 103]);
    expect(t.nodes[6]?.kind === 'text' && t.nodes[6].text).toBe(' {lit}');
  });

  it('formats facts with Intl per language', () => {
    expect(formatMoney('1450.00', 'EUR', 'fr')).toBe('1\u202F450,00\u00A0€');
    expect(formatMoney('1450.00', 'EUR', 'en')).toBe('€1,450.00');
    expect(toInlines(formatDate('2027-01-01', 'fr'), [])).toEqual([{ kind: 'text', text: '1' }, { kind: 'sup', text: 'er' }, { kind: 'text', text: '\u00A0janvier\u00A02027' }]);
    expect(formatDate('2027-01-01', 'en')).toBe('1\u00A0January\u00A02027');
    const fr = { lang: 'fr' as const, law: 'FR' };
    const en = { lang: 'en' as const, law: 'FR' };
    expect(formatDuration(36, 'month', fr)).toBe('36\u00A0mois');
    expect(formatDuration(1, 'business_day', fr)).toBe('un\u00A0jour ouvré');
    expect(formatDuration(1, 'business_hour', fr)).toBe('une\u00A0heure ouvrée');
    expect(formatDuration(15, 'minute', fr)).toBe('15\u00A0minutes');
    expect(formatDuration(1.5, 'hour', fr)).toBe('1,5\u00A0heure');
    expect(formatDuration(4, 'business_hour', en)).toBe('4\u00A0business hours');
    expect(formatDuration(1, 'business_day', en)).toBe('one business day');
  });

  it('spells numbers as the law’s country says them', () => {
    expect(words(12, { lang: 'fr', law: 'FR' })).toBe('douze');
    expect(words(70, { lang: 'fr', law: 'FR' })).toBe('soixante-dix');
    expect(words(70, { lang: 'fr', law: 'BE' })).toBe('septante');
    expect(words(90, { lang: 'fr', law: 'CH' })).toBe('nonante');
    expect(words(21, { lang: 'fr', law: 'FR' }, true)).toBe('vingt et une');
    expect(words(3, { lang: 'en', law: 'FR' })).toBe('three');
  });

  it('keeps facts and their sources through the marked text', () => {
    const facts = new FactTable();
    const marked = `Limite : ${facts.wrap('douze mois', { file: 'a.infog', start: 1, end: 9, path: 'liability.cap' })}.`;
    expect(toInlines(marked, facts.sources)).toEqual([
      { kind: 'text', text: 'Limite : ' },
      { kind: 'fact', source: { file: 'a.infog', start: 1, end: 9, path: 'liability.cap' }, content: [{ kind: 'text', text: 'douze mois' }] },
      { kind: 'text', text: '.' },
    ]);
  });

  it('sets French spacing', () => {
    expect(typography('Attention : « oui » ; non ? l\'article', 'fr')).toBe('Attention\u00A0: «\u00A0oui\u00A0»\u202F; non\u202F? l’article');
  });
});

describe('draft', () => {
  it('builds an incomplete contract with a watermark and blanks', async () => {
    const text = 'contract "Projet" {\n  reference "X-1"\n  law FR\n  term { initial 36 months }\n}\n';
    const { result, host } = checkFull(text);
    const { document } = buildDocument(result.model, { lang: 'fr', draft: true, host });
    expect(document?.watermark).toBe('PROJET / DRAFT');
    expect(toPlainText(document!)).toContain('[à compléter]');
    const final = buildDocument(result.model, { lang: 'fr', draft: false, host });
    expect(final.diagnostics.some((d) => d.code === 'IG6007')).toBe(true);
  });
});

describe('wording for the price and risk articles', () => {
  const fr = { lang: 'fr' as const, law: 'FR' };
  const en = { lang: 'en' as const, law: 'FR' };
  const range = { start: 0, end: 0 };

  it('spells a duration with its unit, agreed in gender and number', () => {
    expect(applyFilter('12 mois', 'spelled', fr, { kind: 'duration', amount: 12, unit: 'month', text: '12 months', range } as never)).toBe('douze (12)\u00A0mois');
    expect(applyFilter('1 heure', 'spelled', fr, { kind: 'duration', amount: 1, unit: 'hour', text: '1 hour', range } as never)).toBe('une (1)\u00A0heure');
    expect(applyFilter('5 years', 'spelled', en, { kind: 'duration', amount: 5, unit: 'year', text: '5 years', range } as never)).toBe('five (5)\u00A0years');
    expect(applyFilter('12', 'spelled', fr, { kind: 'number', value: 12, text: '12', range } as never)).toBe('douze (12)');
  });

  it('prints a percentage as the coefficients of a revision formula', () => {
    const part = { kind: 'percent', value: 15, text: '15', range } as never;
    expect(applyFilter('15 %', 'fraction', fr, part)).toBe('0,15');
    expect(applyFilter('15 %', 'fraction:rest', fr, part)).toBe('0,85');
    expect(applyFilter('12.5 %', 'fraction:rest', en, { kind: 'percent', value: 12.5, text: '12.5', range } as never)).toBe('0.875');
  });

  it('lower-cases the first letter unless the first word is an acronym', () => {
    expect(applyFilter('Travaux de câblage', 'lowerfirst', fr)).toBe('travaux de câblage');
    expect(applyFilter('HDS-certified hosting', 'lowerfirst', en)).toBe('HDS-certified hosting');
  });

  it('says an enum value in the terms of the law', () => {
    const e = ev('gross_negligence', 'faute lourde', 'gross negligence', { fr: 'de faute lourde', en: 'gross negligence' }, { CH: { fr: 'de faute grave', en: 'gross negligence' } });
    expect(enumText(e, fr)).toBe('de faute lourde');
    expect(enumText(e, { lang: 'fr', law: 'CH' })).toBe('de faute grave');
    expect(enumText(e, { lang: 'fr', law: 'BE' })).toBe('de faute lourde');
  });

  it('contracts « à » after an elided word: « qu’à » + « les » is « qu’aux », « jusqu’à » + « le » « jusqu’au »', () => {
    const ctx = { voice: fr } as unknown as Parameters<typeof join>[2];
    expect(join('Elle n’en donne communication qu’à ', 'les membres de son personnel', ctx)).toBe('Elle n’en donne communication qu’aux membres de son personnel');
    expect(join('jusqu’à ', 'le terme', ctx)).toBe('jusqu’au terme');
  });

  it('joins a list value with « ou »', () => {
    const { result, host } = checkFull();
    const text = toPlainText(buildDocument(result.model, { lang: 'fr', draft: false, host }).document!);
    expect(text).toContain('ne s’applique pas en cas de faute lourde, de faute dolosive ou de dommage corporel');
    expect(text).toContain('Elle n’en donne communication qu’aux membres de son personnel');
  });

  it('prints a table of written rows, in order, after the rows of its path', () => {
    const { result, host } = checkFull();
    const { document } = buildDocument(result.model, { lang: 'fr', draft: false, host });
    const annex = document?.sections.find((x) => x.id === 'annex_price');
    const table = annex?.blocks.find((b) => b.kind === 'table');
    const cells = table?.kind === 'table' ? table.rows.map((r) => r.map((c) => c.map((i) => (i.kind === 'text' ? i.text : '…')).join(''))) : [];
    expect(table?.kind === 'table' && table.header).toEqual(['Prestation', 'Prix']);
    expect(cells.map((r) => r[0])).toEqual([
      expect.stringMatching(/^Redevance/u), 'Variation du périmètre, par élément ajouté ou retiré', '…', 'Assistance au-delà du quota',
      expect.stringMatching(/^Astreinte/u), expect.stringMatching(/^Maintenance évolutive/u), 'Assistance à la réversibilité', 'Frais de déplacement',
      'Prestations demandées en dehors de la plage de service',
    ]);
  });

  it('reports a written row that does not fill the table', () => {
    const mod = 'clause annex_price {\n  part annex\n  order 3\n  title "Barème" "Rate card"\n  table {\n    column "A" "A"\n    column "B" "B"\n    row { cell "x" }\n  }\n}\n';
    const text = 'import "./tarifs"\ncontract "X" {\n  law FR\n}\n';
    const host = new MemoryHost({ 'c.infog': text, 'tarifs.infog': mod });
    const checked = checkSource({ path: 'c.infog', text }, host);
    const codes = checkClauses(checked.model, host).map((d) => `${d.code} ${d.file}`);
    expect(codes).toContain('IG6004 tarifs.infog');
  });
});
