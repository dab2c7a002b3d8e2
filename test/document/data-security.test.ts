import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/src/index.ts';
import { buildDocument, toPlainText, type ContractDocument, type Inline, type Section } from '../../compiler/src/backends/document/index.ts';
import { applyFilter } from '../../compiler/src/backends/document/format.ts';
import type { TypedValue } from '../../compiler/src/model/index.ts';
import { flat, built } from './helpers.ts';
import { MemoryHost } from '../helpers/host.ts';

// The wording of personal data, security and the sector profiles: the filters they introduced (country
// prepositions, durations spelled with their unit, « ou » over a list), headings that follow the law,
// names of declared sub-processors, superscripts kept inside phrases, and what each law prints.

const R = { start: 0, end: 0 };
const country = (c: string): TypedValue => ({ kind: 'enum', value: c, range: R });
const countries = (...cs: string[]): TypedValue => ({ kind: 'list', items: cs.map(country), range: R });
const duration = (amount: number, unit: string): TypedValue => ({ kind: 'duration', amount, unit, text: `${amount} ${unit}`, range: R } as TypedValue);
const fr = { lang: 'fr' as const, law: 'FR' };
const en = { lang: 'en' as const, law: 'FR' };

describe('filters', () => {
  it('`in` and `article` give each country its French preposition and article', () => {
    expect(applyFilter('', 'in', fr, countries('FR', 'NL'))).toBe('en France et aux Pays-Bas');
    expect(applyFilter('', 'in', fr, countries('LU', 'MT', 'US'))).toBe('au Luxembourg, à Malte et aux États-Unis');
    expect(applyFilter('', 'in', fr, country('CH'))).toBe('en Suisse');
    expect(applyFilter('', 'in', fr, country('IL'))).toBe('en Israël');
    expect(applyFilter('', 'article', fr, countries('CH', 'US', 'DE'))).toBe('la Suisse, les États-Unis et l’Allemagne');
    expect(applyFilter('', 'in', en, countries('FR', 'NL'))).toBe('in France and the Netherlands');
    expect(applyFilter('', 'article', en, country('GB'))).toBe('the United Kingdom');
    // Not a country: the text is left as it was.
    expect(applyFilter('x', 'in', fr, { kind: 'enum', value: 'weekly', range: R })).toBe('x');
  });

  it('`spelled` keeps a duration’s unit, agreed in gender and number', () => {
    expect(applyFilter('', 'spelled', fr, duration(30, 'day'))).toBe('trente (30)\u00A0jours');
    expect(applyFilter('', 'spelled', fr, duration(1, 'hour'))).toBe('une (1)\u00A0heure');
    expect(applyFilter('', 'spelled', fr, duration(21, 'hour'))).toBe('vingt et une (21)\u00A0heures');
    expect(applyFilter('', 'spelled', fr, duration(1, 'business_day'))).toBe('un (1)\u00A0jour ouvré');
    expect(applyFilter('', 'spelled', en, duration(12, 'hour'))).toBe('twelve (12)\u00A0hours');
    expect(applyFilter('', 'spelled', { lang: 'fr', law: 'BE' }, duration(70, 'day'))).toBe('septante (70)\u00A0jours');
  });
});

/** A small contract under `law` with a processing annex; `extra` is added inside the contract. */
function document(law: string, lang: 'fr' | 'en', extra: string, subjects = law === 'CH' ? 'ch' : 'eu'): ContractDocument {
  const text = `contract "T" {\nlaw ${law}\npersonal_data {\n processing yes\n subjects_location ${subjects}\n subject_matter workstations\n audits { by client, mandated_auditor }\n subprocessors { authorisation general\n subprocessor ninja "NinjaOne SAS" { country FR, US; service rmm } }\n${extra}\n}\n}\n`;
  const host = new MemoryHost({ 'c.infog': text });
  const checked = checkSource({ path: 'c.infog', text }, host);
  const doc = buildDocument(checked.model, { lang, draft: true, host }).document;
  if (!doc) throw new Error('no document');
  return doc;
}

/** A small contract under `law` that declares its client out of the scope of NIS 2. */
function documentWith(law: string, lang: 'fr' | 'en'): ContractDocument {
  const text = `contract "T" {\nlaw ${law}\nnis2 { client_status not_in_scope }\n}\n`;
  const host = new MemoryHost({ 'c.infog': text });
  const doc = buildDocument(checkSource({ path: 'c.infog', text }, host).model, { lang, draft: true, host }).document;
  if (!doc) throw new Error('no document');
  return doc;
}

const annex = (doc: ContractDocument, start: string): string => flat(toPlainText(doc)).split(start)[1] ?? '';

describe('the processing annex follows the governing law', () => {
  it('is titled after GDPR article 28, LPD article 9, or both', () => {
    const titles = (d: ContractDocument): string[] => d.sections.filter((s) => s.part === 'annex').map((s) => s.title);
    expect(titles(document('FR', 'fr', ''))).toContain('Sous-traitance de données personnelles (article 28 du RGPD)');
    expect(titles(document('CH', 'fr', ''))).toContain('Sous-traitance de données personnelles (article 9 LPD)');
    expect(titles(document('CH', 'fr', '', 'ch, eu'))).toContain('Sous-traitance de données personnelles (article 9 LPD et article 28 du RGPD)');
    expect(titles(document('CH', 'en', ''))).toContain('Processing of personal data on the Client’s behalf (article 9 FADP)');
  });

  it('cites the Swiss articles under Swiss law and never calls Switzerland a third country', () => {
    const ch = annex(document('CH', 'fr', ''), 'Annexe 1');
    expect(ch).toContain('article 8 LPD et des articles 1 à 6 OPDo');
    expect(ch).toContain('aux articles 8 et 22 à 24 LPD');
    expect(ch).toContain('toute violation de la sécurité des données dans les meilleurs délais');
    expect(ch).not.toMatch(/RGPD|nLPD/u);
    const adequate = annex(document('FR', 'fr', 'transfer CH { mechanism adequacy }'), 'Annexe 1');
    expect(adequate).toContain('Les données sont transférées en Suisse, cet État bénéficiant d’une décision d’adéquation de la Commission européenne (article 45 du RGPD), de sorte que ce transfert ne requiert aucune garantie particulière');
  });

  it('speaks of disclosure abroad and of the data-protection authority under Swiss law, of transfers to third countries under the GDPR', () => {
    const ch = annex(document('CH', 'fr', 'instructions { channel contract }\nassist_compliance { covers security, breach, dpia, prior_consultation }'), 'Annexe 1');
    expect(ch).toContain('y compris en ce qui concerne la communication de données personnelles à l’étranger, ces instructions');
    expect(ch).not.toContain('pays tiers');
    expect(ch).toContain('la consultation préalable de l’autorité de protection des données');
    expect(ch).not.toContain('autorité de contrôle');
    const both = annex(document('CH', 'fr', 'instructions { channel contract }', 'ch, eu'), 'Annexe 1');
    expect(both).toContain('la communication de données personnelles à l’étranger et les transferts vers un pays tiers ou une organisation internationale');
    const chEn = flat(toPlainText(document('CH', 'en', 'instructions { channel contract }')));
    expect(chEn).toContain('including with regard to the disclosure of personal data abroad, ');
    expect(chEn).not.toContain('third country');
    const gdpr = annex(document('FR', 'fr', 'instructions { channel contract }'), 'Annexe 1');
    expect(gdpr).toContain('y compris en ce qui concerne les transferts vers un pays tiers ou une organisation internationale, ces instructions');
  });

  it('names the Swiss duty to report cyberattacks (LSI) beside NIS 2 under Swiss law only', () => {
    const nis2 = (law: string, lang: 'fr' | 'en'): string => flat(toPlainText(documentWith(law, lang)));
    expect(nis2('CH', 'fr')).toContain('ou de la loi fédérale du 18 décembre 2020 sur la sécurité de l’information (LSI, RS 128)');
    expect(nis2('CH', 'en')).toContain('or under the Swiss Federal Act of 18 December 2020 on Information Security (ISA, SR 128)');
    expect(nis2('FR', 'fr')).not.toContain('LSI');
    expect(nis2('BE', 'fr')).toContain('ou de la loi du 26 avril 2024 qui la transpose');
  });

  it('joins auditors with « ou » and names sub-processors by their name', () => {
    const text = annex(document('FR', 'fr', 'transfer US { mechanism scc; recipients ninja }'), 'Annexe 1');
    expect(text).toContain('y compris des inspections, par le Client ou un auditeur qu’il a mandaté');
    expect(text).toContain('Les données sont transférées aux États-Unis au profit de NinjaOne SAS, moyennant les clauses contractuelles types');
  });
});

describe('sector and security clauses of the examples', () => {
  const text = (name: string, lang: 'fr' | 'en'): string => flat(built(name, lang).text);

  it('extend each profession’s secrecy under its own law', () => {
    expect(text('cabinet-dupont.infog', 'fr')).toContain('article 66-5 de la loi n° 71-1130 du 31 décembre 1971');
    expect(text('strasbourg-clinique.infog', 'fr')).toContain('Le Client est tenu au secret médical');
    expect(text('namur-dentisterie.infog', 'fr')).toContain('article 458 du Code pénal');
    expect(text('nantes-paiements.infog', 'fr')).toContain('article L. 522-19 du code monétaire et financier');
  });

  it('print the HDS contract clauses for the radiology practice and the DORA clauses for the payment institution', () => {
    const sxb = text('strasbourg-clinique.infog', 'fr');
    for (const n of ['1°', '2°', '3°', '4°', '5°', '6°', '7°', '8°', '9°']) expect(sxb).toContain(`(article R. 1111-11, ${n})`);
    expect(sxb).toContain('dans l’Espace économique européen');
    const pay = text('nantes-paiements.infog', 'fr');
    for (const l of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) expect(pay).toContain(`(${l}) `);
    expect(pay).toContain('les stipulations de l’article 30, paragraphe 3, du règlement');
    expect(pay).toContain('une perte de données maximale admissible (RPO) d’une (1) heure');
  });

  it('print the declared NIS 2 status, in scope or not', () => {
    expect(text('geneve-atelier-rochat.infog', 'fr')).toContain('Le Client n’est ni une entité essentielle ni une entité importante');
    expect(text('full', 'fr')).toContain('dès leur entrée en vigueur, dans les dispositions nationales qui la transposent');
  });

  it('keep the superscript of a date inside a phrase', () => {
    const sups: string[] = [];
    const walk = (c: readonly Inline[]): void => c.forEach((i) => { if (i.kind === 'sup') sups.push(i.text); else if (i.kind !== 'text') walk(i.content); });
    const visit = (s: Section): void => { s.blocks.forEach((b) => (b.kind === 'para' ? walk(b.content) : b.kind === 'list' ? b.items.forEach(walk) : b.rows.forEach((r) => r.forEach(walk)))); s.children.forEach(visit); };
    const security = built('geneve-atelier-rochat.infog', 'fr').document.sections.find((s) => s.id === 'security');
    expect(security).toBeDefined();
    visit(security!);
    expect(sups).toContain('er');
  });
});
