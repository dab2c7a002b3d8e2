// Catalogue band IG60xx (continued): the contract document says what the contract declares, in each
// of its languages. The ledger of printed facts (backends/document/ledger.ts) finds what no clause
// prints; the translation check finds prose given in one language only.
import { defineCode } from '../catalogue.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `"${s}"`;
const LANG = { fr: { fr: 'français', en: 'anglais' }, en: { fr: 'French', en: 'English' } } as const;
const langName = (lang: string, locale: 'fr' | 'en'): string => (lang === 'fr' || lang === 'en' ? LANG[locale][lang] : lang);

export const factNotPrinted = defineCode<{ path: string; lang: string }>({
  code: 'IG6011',
  severity: 'warning',
  title: { fr: 'Fait déclaré absent du document', en: 'Declared fact absent from the document' },
  message: {
    fr: (a) => `${q(a.path)} est déclaré mais n'apparaît pas dans le contrat rédigé en ${langName(a.lang, 'fr')} : aucune clause ne l'imprime.`,
    en: (a) => `${dq(a.path)} is declared but does not appear in the contract drafted in ${langName(a.lang, 'en')}: no clause prints it.`,
  },
  doc: {
    explanation: {
      fr: 'Le document signé doit dire tout ce que le contrat déclare. Chaque fait imprimé est enregistré ; un fait qu’aucune clause n’imprime (une rédaction remplacée qui l’omet, une clause écartée par sa condition) serait perdu pour les parties. Imprimez-le (dans une clause ou la rédaction qui la remplace) ou retirez-le du contrat.',
      en: 'The signed document must say everything the contract declares. Every printed fact is recorded; a fact no clause prints (an override that omits it, a clause left out by its condition) would be lost to the parties. Print it (in a clause or the override that replaces it) or remove it from the contract.',
    },
    example: 'clause support { fr """Assistance incluse."""; en """Support included.""" }   // quota hours { count 40 per year } is never printed',
    fixed: 'clause support { fr """Assistance incluse : {support.quota}."""; en """Support included: {support.quota}.""" }',
  },
});

export const missingTranslation = defineCode<{ keyword: string; lang: string }>({
  code: 'IG6012',
  severity: 'warning',
  title: { fr: 'Texte sans traduction', en: 'Text without translation' },
  message: {
    fr: (a) => `Le texte de ${q(a.keyword)} n'a pas de version en ${langName(a.lang, 'fr')}, langue que le contrat déclare ; écrivez-la après le texte français : "…" "…".`,
    en: (a) => `The text of ${dq(a.keyword)} has no ${langName(a.lang, 'en')} version, a language the contract declares; write it after the French text: "…" "…".`,
  },
  doc: {
    explanation: {
      fr: 'Un contrat qui déclare `translations en` est rédigé dans les deux langues : chaque texte libre qui entre dans le document (descriptions, exclusions, intitulés de prestations) est donné en français puis en anglais, comme les critères de priorité. Les noms propres (parties, sites, produits) ne se traduisent pas. Sans traduction, le contrat anglais contiendrait du français : c’est une erreur à la compilation du PDF anglais.',
      en: 'A contract that declares `translations en` is drafted in both languages: every free text that enters the document (descriptions, exclusions, service names) is given in French then in English, as priority criteria are. Proper names (parties, sites, products) are not translated. Without a translation the English contract would contain French: compiling the English PDF is then an error.',
    },
    example: 'excludes "Téléphonie IP", "Consommables"',
    fixed: 'excludes "Téléphonie IP" "IP telephony", "Consommables" "Consumables"',
  },
});
