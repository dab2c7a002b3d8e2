// Catalogue band IG4117–IG4129: facts of one country's law written into a contract of another (issue
// 17), emitted by model/checks/country.ts from the table model/checks/profiles/country-facts.ts.
import { defineCode } from '../catalogue.ts';
import type { Localized } from '../types.ts';

// French needs the article contracted with its preposition: « du droit belge », « au droit belge », « en Belgique ».
type Forms = Readonly<Record<string, { readonly of: Localized; readonly to: Localized; readonly country: Localized; readonly in: Localized }>>;
const FORMS: Forms = {
  FR: { of: { fr: 'du droit français (FR)', en: 'French law (FR)' }, to: { fr: 'au droit français (FR)', en: 'French law (FR)' }, country: { fr: 'de la France (FR)', en: 'France (FR)' }, in: { fr: 'en France (FR)', en: 'France (FR)' } },
  BE: { of: { fr: 'du droit belge (BE)', en: 'Belgian law (BE)' }, to: { fr: 'au droit belge (BE)', en: 'Belgian law (BE)' }, country: { fr: 'de la Belgique (BE)', en: 'Belgium (BE)' }, in: { fr: 'en Belgique (BE)', en: 'Belgium (BE)' } },
  CH: { of: { fr: 'du droit suisse (CH)', en: 'Swiss law (CH)' }, to: { fr: 'au droit suisse (CH)', en: 'Swiss law (CH)' }, country: { fr: 'de la Suisse (CH)', en: 'Switzerland (CH)' }, in: { fr: 'en Suisse (CH)', en: 'Switzerland (CH)' } },
};
const form = (c: string, which: 'of' | 'to' | 'country' | 'in', l: 'fr' | 'en'): string => FORMS[c]?.[which][l] ?? c;
const list = (cs: readonly string[], which: 'of' | 'in', l: 'fr' | 'en'): string =>
  new Intl.ListFormat(l, { type: which === 'of' ? 'disjunction' : 'conjunction' }).format(cs.map((c) => form(c, which, l)));

export const factOfAnotherLaw = defineCode<{ keyword: string; value: string; laws: readonly string[]; law: string; basisFr: string; basisEn: string }>({
  code: 'IG4117',
  severity: 'error',
  rule: 'law.applicable',
  title: { fr: 'Fait propre à un autre droit', en: 'Fact of another country’s law' },
  message: {
    fr: (a) => `« ${a.keyword} ${a.value} » relève ${list(a.laws, 'of', 'fr')}, mais le contrat est soumis ${form(a.law, 'to', 'fr')} (${a.basisFr}) : choisissez l’équivalent dans ce droit ou changez « law ».`,
    en: (a) => `"${a.keyword} ${a.value}" belongs to ${list(a.laws, 'of', 'en')}, but the contract is governed by ${form(a.law, 'to', 'en')} (${a.basisEn}): choose this law’s equivalent or change "law".`,
  },
  doc: {
    explanation: {
      fr: 'Certains faits n’ont de sens que dans un droit : une juridiction (tribunal de l’entreprise belge, tribunaux du canton suisse, tribunal de commerce ou judiciaire français), un indice de révision (Syntec et INSEE en France, Agoria et indice santé en Belgique, IPC suisse). En France, un indice sans relation directe avec l’objet du contrat ou l’activité d’une partie rend la clause nulle (C. mon. fin. L112-2). La table de ces faits est une donnée du vérificateur (model/checks/profiles/country-facts.ts).',
      en: 'Some facts only make sense under one law: a court (the Belgian enterprise court, the Swiss cantonal courts, the French commercial or civil court), a revision index (Syntec and INSEE in France, Agoria and the health index in Belgium, the Swiss CPI). In France an index unrelated to the object of the contract or a party’s activity voids the clause (C. mon. fin. L112-2). The table of these facts is checker data (model/checks/profiles/country-facts.ts).',
    },
    legalBasis: 'FR: C. mon. fin. L112-2; CPC 48; C. com. L721-3. BE: C. jud. art. 573; loi du 30 mars 1976 (indexation). CH: CPC art. 4, 6',
    example: 'law FR\njurisdiction cantonal_court "Genève"',
    fixed: 'law FR\njurisdiction commercial_court "Lyon"',
  },
});

export const holidaysOfAnotherCountry = defineCode<{ set: string; country: string; sites: readonly string[] }>({
  code: 'IG4118',
  severity: 'error',
  rule: 'sla.calendar',
  title: { fr: 'Jours fériés d’un autre pays que les sites', en: 'Holidays of another country than the sites' },
  message: {
    fr: (a) => `Le jeu de jours fériés « ${a.set} » est celui ${form(a.country, 'country', 'fr')}, mais les sites couverts sont ${list(a.sites, 'in', 'fr')} : les délais seraient décomptés sur les fériés d’un autre pays. Prenez le jeu du pays des sites (ex. FR, FR-67, BE, CH-GE).`,
    en: (a) => `Holiday set "${a.set}" is that of ${form(a.country, 'country', 'en')}, but the sites covered are in ${list(a.sites, 'in', 'en')}: targets would be counted on another country’s holidays. Use the set of the sites’ country (e.g. FR, FR-67, BE, CH-GE).`,
  },
  doc: {
    explanation: {
      fr: 'Les jours fériés qui ferment la plage de service sont ceux du lieu où le service est rendu : le pays des sites, ou à défaut celui du droit du contrat. Un jeu d’un autre pays ferme des jours ouvrés et en ouvre des fériés.',
      en: 'The holidays that close the service window are those of the place where the service is given: the sites’ country, or failing that the country of the contract’s law. Another country’s set closes working days and opens holidays.',
    },
    legalBasis: 'FR: C. trav. L3133-1; BE: loi du 4 janvier 1974; CH: art. 20a LTr',
    example: 'law FR\nhours business { holidays CH-GE }',
    fixed: 'law FR\nhours business { holidays FR }',
  },
});
