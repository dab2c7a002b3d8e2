import type { Locale } from '../../diagnostics/index.ts';
import type { InitLaw } from './laws.ts';

// Sector profiles of `infog init --sector`: what a starting contract of that sector says beyond the
// law and the kind, as data. Each entry adds values to lists the vocabulary already has (kinds of
// personal data, data subjects, audits by an authority), sets a few facts (confidentiality without
// end for professional secrecy) and adds statements with their markers. A sector the vocabulary
// learns later (its own statement or rule profile) extends its row here; `init` needs no new code.

type Text = Readonly<Record<Locale, string>>;

export interface SectorProfile {
  readonly id: string;
  readonly title: Text;
  /** Why these facts, printed as a comment at the top of the contract. */
  readonly note: Text;
  readonly dataTypes: readonly string[];
  readonly dataSubjects: readonly string[];
  readonly auditors: readonly string[];
  /** `survives …` of the confidentiality block. */
  readonly confidentialitySurvives?: string;
  readonly confidentialityNote?: Text;
  /** Subcontractors the sector requires, per law, with what to complete. */
  readonly subcontractors: readonly { readonly laws: readonly InitLaw[]; readonly name: Text; readonly what: Text; readonly marker: Text }[];
  /**
   * The `sector <profession> { … }` block: the client's profession and the statements of the sector
   * profiles it selects (their ids in SECTOR_PROFILES, schema/blocks/sector-profiles.ts, whose rules
   * then find every REQUIRED fact stated), per law. Lines with a marker are facts to complete.
   */
  readonly sector?: {
    readonly profession: string;
    readonly profiles: readonly string[];
    readonly statements: readonly { readonly laws: readonly InitLaw[]; readonly lines: readonly SectorLine[] }[];
  };
}

/** One line of the sector block; `marker` says what to complete on it. */
export interface SectorLine {
  readonly line: Text | string;
  readonly marker?: Text;
}

const ALL_LAWS: readonly InitLaw[] = ['FR', 'CH', 'BE'];

/** The client's professional secrecy extended to the provider's named staff (rule sector.professional-secrecy). */
const secrecy = (who: Text): SectorLine[] => [
  { line: 'secrecy {' },
  { line: { fr: 'staff "[Prénom Nom]", "[Prénom Nom]"', en: 'staff "[First name Last name]", "[First name Last name]"' }, marker: who },
  { line: 'undertaking signed' },
  { line: 'access named_only, minimal, logged' },
  { line: '}' },
];

export const SECTORS: readonly SectorProfile[] = [
  {
    id: 'health',
    title: { fr: 'santé (cabinets médicaux, cliniques, laboratoires)', en: 'health (medical practices, clinics, laboratories)' },
    note: {
      fr: 'Secteur santé : données de santé (RGPD art. 9 ; nLPD art. 5 let. c), secret médical sans limite de durée ; en France, hébergement par un hébergeur certifié HDS (CSP L1111-8).',
      en: 'Health sector: health data (GDPR art. 9; FADP art. 5 let. c), medical secrecy without time limit; in France, hosting by a certified health-data host (HDS, Public Health Code L1111-8).',
    },
    dataTypes: ['health'],
    dataSubjects: ['patients'],
    auditors: ['authority'],
    confidentialitySurvives: 'indefinitely',
    confidentialityNote: { fr: 'Secret médical — les informations de santé restent confidentielles sans limitation de durée.', en: 'Medical secrecy: health information stays confidential without time limit.' },
    subcontractors: [{
      laws: ['FR'],
      name: { fr: '[Hébergeur certifié HDS]', en: '[Certified health-data host (HDS)]' },
      what: { fr: 'Hébergement des données de santé (certificat HDS)', en: 'Hosting of health data (HDS certificate)' },
      marker: { fr: 'hébergeur certifié HDS et numéro de son certificat (CSP L1111-8)', en: 'certified health-data host (HDS) and its certificate number (Public Health Code L1111-8)' },
    }],
    sector: {
      profession: 'physician',
      profiles: ['professional_secrecy', 'health_hosting_fr'],
      statements: [
        { laws: ALL_LAWS, lines: secrecy({ fr: 'intervenants du prestataire habilités à accéder aux informations couvertes par le secret médical', en: 'provider’s staff authorised to access information covered by medical secrecy' }) },
        // CSP L1111-8 and R1111-11: the hosting of health data is a French regime (IG4196 elsewhere).
        { laws: ['FR'], lines: [
          { line: 'health_hosting {' },
          { line: 'role certified', marker: { fr: 'hébergeur certifié HDS (certified) ou revendeur d’un hébergeur certifié (reseller)', en: 'certified health-data host (certified) or reseller of a certified host (reseller)' } },
          { line: 'certificate {' },
          { line: 'activities administration, backup', marker: { fr: 'activités couvertes par le certificat HDS (CSP R1111-9)', en: 'activities covered by the HDS certificate (Public Health Code R1111-9)' } },
          { line: 'issued 2025-01-15', marker: { fr: 'date de délivrance du certificat', en: 'date the certificate was issued' } },
          { line: 'renewal 2028-01-14', marker: { fr: 'date limite de renouvellement du certificat', en: 'renewal deadline of the certificate' } },
          { line: { fr: 'body "[Organisme certificateur]"', en: 'body "[Certification body]"' }, marker: { fr: 'organisme certificateur accrédité', en: 'accredited certification body' } },
          { line: '}' },
          { line: 'location FR' },
          { line: 'access named_staff, strong_auth, logged' },
          { line: { fr: 'incident_contact "[Prénom Nom]"', en: 'incident_contact "[First name Last name]"' }, marker: { fr: 'référent du client pour les incidents touchant les données de santé (CSP R1111-11, 5°)', en: 'client’s contact for incidents affecting health data (Public Health Code R1111-11, 5°)' } },
          { line: 'changes_notice 3 months' },
          { line: '}' },
        ] },
      ],
    },
  },
  {
    id: 'legal',
    title: { fr: 'professions du droit (avocats, notaires, huissiers)', en: 'legal professions (lawyers, notaries, bailiffs)' },
    note: {
      fr: 'Professions du droit : secret professionnel (C. pén. 226-13 ; CP suisse art. 321 ; C. pén. belge art. 458), confidentialité sans limite de durée, accès aux dossiers des clients limité au besoin d’en connaître.',
      en: 'Legal professions: professional secrecy (French Criminal Code 226-13; Swiss Criminal Code art. 321; Belgian Criminal Code art. 458), confidentiality without time limit, access to client files on a need-to-know basis.',
    },
    dataTypes: ['identifiers', 'financial'],
    dataSubjects: ['clients'],
    auditors: [],
    confidentialitySurvives: 'indefinitely',
    confidentialityNote: { fr: 'Secret professionnel — confidentialité sans limitation de durée.', en: 'Professional secrecy — confidentiality without time limit.' },
    subcontractors: [],
    sector: {
      profession: 'lawyer',
      profiles: ['professional_secrecy'],
      statements: [
        { laws: ALL_LAWS, lines: secrecy({ fr: 'intervenants du prestataire habilités à accéder aux informations couvertes par le secret professionnel', en: 'provider’s staff authorised to access information covered by professional secrecy' }) },
      ],
    },
  },
  {
    id: 'finance',
    title: { fr: 'finance (établissements soumis à DORA)', en: 'finance (entities subject to DORA)' },
    note: {
      fr: 'Secteur financier : le règlement (UE) 2022/2554 (DORA), art. 30, impose des clauses sur les niveaux de service, la localisation des données, l’audit par l’autorité de surveillance, l’assistance en cas d’incident et la stratégie de sortie ; en Suisse, circulaire FINMA 2018/3 (externalisation).',
      en: 'Financial sector: Regulation (EU) 2022/2554 (DORA), art. 30, requires clauses on service levels, data location, audits by the supervisory authority, incident assistance and the exit strategy; in Switzerland, FINMA circular 2018/3 (outsourcing).',
    },
    dataTypes: ['financial', 'identifiers'],
    dataSubjects: ['clients'],
    auditors: ['authority'],
    subcontractors: [],
  },
];

export function findSector(id: string): SectorProfile | undefined {
  return SECTORS.find((s) => s.id === id);
}
