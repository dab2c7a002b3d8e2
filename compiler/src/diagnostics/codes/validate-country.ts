// Catalogue band IG4117–IG4129: facts of one country's law written into a contract of another (issue
// 17), emitted by model/checks/country.ts from the table model/checks/profiles/country-facts.ts.
import { defineCode } from '../catalogue.ts';
import type { Localized } from '../types.ts';

const LAW: Readonly<Record<string, Localized>> = {
  FR: { fr: 'le droit français (FR)', en: 'French law (FR)' },
  BE: { fr: 'le droit belge (BE)', en: 'Belgian law (BE)' },
  CH: { fr: 'le droit suisse (CH)', en: 'Swiss law (CH)' },
};
const COUNTRY: Readonly<Record<string, Localized>> = {
  FR: { fr: 'la France (FR)', en: 'France (FR)' },
  BE: { fr: 'la Belgique (BE)', en: 'Belgium (BE)' },
  CH: { fr: 'la Suisse (CH)', en: 'Switzerland (CH)' },
};
const law = (c: string, l: 'fr' | 'en'): string => LAW[c]?.[l] ?? c;
const country = (c: string, l: 'fr' | 'en'): string => COUNTRY[c]?.[l] ?? c;
const list = (cs: readonly string[], l: 'fr' | 'en', f: (c: string, l: 'fr' | 'en') => string): string =>
  new Intl.ListFormat(l, { type: 'disjunction' }).format(cs.map((c) => f(c, l)));

export const factOfAnotherLaw = defineCode<{ keyword: string; value: string; laws: readonly string[]; law: string; basis: string }>({
  code: 'IG4117',
  severity: 'error',
  rule: 'law.applicable',
  title: { fr: 'Fait propre à un autre droit', en: 'Fact of another country’s law' },
  message: {
    fr: (a) => `« ${a.keyword} ${a.value} » relève de ${list(a.laws, 'fr', law)}, mais le contrat est soumis à ${law(a.law, 'fr')} (${a.basis}) : choisissez l’équivalent de ce droit ou changez « law ».`,
    en: (a) => `"${a.keyword} ${a.value}" belongs to ${list(a.laws, 'en', law)}, but the contract is governed by ${law(a.law, 'en')} (${a.basis}): choose this law’s equivalent or change "law".`,
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
    fr: (a) => `Le jeu de jours fériés « ${a.set} » est celui de ${country(a.country, 'fr')}, mais les sites couverts sont en ${list(a.sites, 'fr', country)} : les délais seraient décomptés sur les fériés d’un autre pays. Prenez le jeu du pays des sites (ex. FR, FR-67, BE, CH-GE).`,
    en: (a) => `Holiday set "${a.set}" is that of ${country(a.country, 'en')}, but the sites covered are in ${list(a.sites, 'en', country)}: targets would be counted on another country’s holidays. Use the set of the sites’ country (e.g. FR, FR-67, BE, CH-GE).`,
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
