import type { Localized } from '../../diagnostics/index.ts';

// Legal forms of companies by country of registration: the abbreviation a party writes
// (`legal_form "SELARL"`) and the form in full, as a contract states it once in the parties block
// (« société d'exercice libéral à responsabilité limitée »), with its English description. The same
// abbreviation names different forms in different countries (« SC » is a société civile in France and
// a société coopérative in Belgium), so the table is read by country. Forms not listed print as written.
// Sources: FR C. com. L210-1 ff., L223-1, L225-1, L227-1, loi n° 90-1258 (SEL); CH CO 552–926;
// BE Code des sociétés et des associations (CSA), livres 5 à 7 and 14.

type Forms = Readonly<Record<string, Localized>>;

const FR: Forms = {
  SARL: { fr: 'société à responsabilité limitée', en: 'limited liability company' },
  EURL: { fr: 'entreprise unipersonnelle à responsabilité limitée', en: 'single-member limited liability company' },
  SAS: { fr: 'société par actions simplifiée', en: 'simplified joint-stock company' },
  SASU: { fr: 'société par actions simplifiée unipersonnelle', en: 'single-member simplified joint-stock company' },
  SA: { fr: 'société anonyme', en: 'public limited company' },
  SNC: { fr: 'société en nom collectif', en: 'general partnership' },
  SCS: { fr: 'société en commandite simple', en: 'limited partnership' },
  SCA: { fr: 'société en commandite par actions', en: 'partnership limited by shares' },
  SELARL: { fr: 'société d’exercice libéral à responsabilité limitée', en: 'limited liability professional practice company' },
  SELAS: { fr: 'société d’exercice libéral par actions simplifiée', en: 'professional practice simplified joint-stock company' },
  SELAFA: { fr: 'société d’exercice libéral à forme anonyme', en: 'professional practice public limited company' },
  SCP: { fr: 'société civile professionnelle', en: 'professional civil partnership' },
  SCM: { fr: 'société civile de moyens', en: 'resource-sharing civil partnership' },
  SCI: { fr: 'société civile immobilière', en: 'property civil partnership' },
  SC: { fr: 'société civile', en: 'civil partnership' },
  SCOP: { fr: 'société coopérative et participative', en: 'workers’ cooperative company' },
};

const CH: Forms = {
  SARL: { fr: 'société à responsabilité limitée', en: 'limited liability company' },
  SA: { fr: 'société anonyme', en: 'company limited by shares' },
  SNC: { fr: 'société en nom collectif', en: 'general partnership' },
  SC: { fr: 'société en commandite', en: 'limited partnership' },
  SCOOP: { fr: 'société coopérative', en: 'cooperative' },
};

const BE: Forms = {
  SRL: { fr: 'société à responsabilité limitée', en: 'private limited company' },
  SPRL: { fr: 'société privée à responsabilité limitée', en: 'private limited company' },
  SA: { fr: 'société anonyme', en: 'public limited company' },
  SC: { fr: 'société coopérative', en: 'cooperative company' },
  SNC: { fr: 'société en nom collectif', en: 'general partnership' },
  SCOMM: { fr: 'société en commandite', en: 'limited partnership' },
  ASBL: { fr: 'association sans but lucratif', en: 'non-profit association' },
};

const BY_COUNTRY: Readonly<Record<string, Forms>> = { FR, CH, BE };

/** The abbreviation as the table keys it: upper case, without accents, dots or spaces (« Sàrl » → SARL). */
function key(abbreviation: string): string {
  return abbreviation.normalize('NFD').replace(/[\u0300-\u036f.\s]/gu, '').toUpperCase();
}

/** The legal form in full for a country of registration, or undefined when the table does not know it. */
export function legalFormName(abbreviation: string, country: string): Localized | undefined {
  return BY_COUNTRY[country]?.[key(abbreviation)];
}
