import { forLaw } from '../law-hints.ts';
import type { Locale, Localized } from '../types.ts';
import { commercialFacts } from './facts-commercial.ts';
import { scopeFacts } from './facts-scope.ts';
import { slaFacts } from './facts-sla.ts';
import { dataExitFacts } from './facts-data-exit.ts';
import { sectorFacts } from './facts-sector.ts';

// Names of the facts rules look for, as a reader of the message understands them. Keys are the
// schema's keywords (or `keyword.slot`) so a message can be traced back to what to write.

const FACTS: Readonly<Record<string, Localized>> = {
  ...commercialFacts,
  ...scopeFacts,
  ...slaFacts,
  ...dataExitFacts,
  ...sectorFacts,
  name: { fr: 'dénomination (name)', en: 'company name (name)' },
  legal_form: { fr: 'forme juridique (legal_form)', en: 'legal form (legal_form)' },
  address: { fr: 'adresse du siège (address)', en: 'registered office address (address)' },
  country: { fr: 'pays (country)', en: 'country (country)' },
  siren: { fr: 'SIREN ou SIRET (siren / siret)', en: 'SIREN or SIRET (siren / siret)' },
  rcs: { fr: 'ville du RCS (rcs)', en: 'trade-register city (rcs)' },
  share_capital: { fr: 'capital social (share_capital)', en: 'share capital (share_capital)' },
  uid: { fr: 'numéro IDE/UID (uid)', en: 'UID number (uid)' },
  bce: { fr: 'numéro BCE (bce)', en: 'BCE enterprise number (bce)' },
  vat: { fr: 'numéro de TVA (vat)', en: 'VAT number (vat)' },
  provider: { fr: 'une partie prestataire (party provider …)', en: 'a provider party (party provider …)' },
  client: { fr: 'une partie cliente (party client …)', en: 'a client party (party client …)' },
  signatory: { fr: 'signataire (signatory)', en: 'signatory (signatory)' },
  capacity: { fr: 'qualité du signataire (capacity)', en: 'capacity of the signatory (capacity)' },
  'authority.reference': { fr: 'référence de la délégation ou procuration (authority … "réf.")', en: 'reference of the delegation or power of attorney (authority … "ref.")' },
  signature: { fr: 'date de signature (signature)', en: 'signature date (signature)' },
  effective: { fr: "date d'entrée en vigueur (effective)", en: 'effective date (effective)' },
  term: { fr: 'bloc term', en: 'term block' },
  initial: { fr: 'durée initiale (initial) ou durée indéterminée (indefinite)', en: 'initial term (initial) or indefinite term (indefinite)' },
  'indefinite.notice': { fr: 'préavis de la durée indéterminée (indefinite { notice … })', en: 'notice of the indefinite term (indefinite { notice … })' },
  'term.renewal': { fr: 'renouvellement, ou son absence (renewal tacit { … } ou renewal none)', en: 'renewal, or that there is none (renewal tacit { … } or renewal none)' },
  'renewal.period': { fr: 'durée de renouvellement (period)', en: 'renewal period (period)' },
  'renewal.notice': { fr: 'préavis de non-reconduction (notice)', en: 'non-renewal notice (notice)' },
  'renewal.form': { fr: 'forme du préavis (form)', en: 'form of the notice (form)' },
  'termination.notice': { fr: 'préavis (notice)', en: 'notice period (notice)' },
  'termination.form': { fr: 'forme de la notification (form)', en: 'form of the notice (form)' },
  'termination.by': { fr: 'qui peut résilier (by)', en: 'who may terminate (by)' },
  'termination.fees': { fr: 'conséquences financières (fees ou fee)', en: 'financial consequences (fees or fee)' },
  'termination.breaches': { fr: 'manquements visés (breaches ou sla_threshold)', en: 'breaches covered (breaches or sla_threshold)' },
  'termination.formal_notice': { fr: 'mise en demeure préalable (formal_notice)', en: 'prior formal notice (formal_notice)' },
  'termination.cure': { fr: 'délai de régularisation (cure)', en: 'cure period (cure)' },
  law: { fr: 'loi applicable (law FR|CH|BE)', en: 'governing law (law FR|CH|BE)' },
};

/** The label of a fact, its example written for the contract's law (`revision ch_cpi` in Geneva). */
export function factLabel(key: string, locale: Locale, law?: unknown): string {
  const label = FACTS[key]?.[locale];
  return label === undefined ? key : forLaw(label, law);
}

export function knownFacts(): readonly string[] {
  return Object.keys(FACTS);
}
