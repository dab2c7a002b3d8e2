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
  canton: { fr: 'canton du registre du commerce (canton)', en: 'canton of the commercial register (canton)' },
  rpm: { fr: 'registre des personnes morales et division du tribunal (rpm)', en: 'register of legal entities and court division (rpm)' },
  'document.general_conditions': { fr: 'conditions générales déclarées (document general_conditions "titre" { … })', en: 'declared general terms (document general_conditions "title" { … })' },
  'document.security_annex': { fr: 'annexe de sécurité déclarée (document security_annex "titre" { … })', en: 'declared security annex (document security_annex "title" { … })' },
  'document.sla_annex': { fr: 'niveaux de service (sla { … }) ou document déclaré', en: 'service levels (sla { … }) or a declared document' },
  'document.inventory_annex': { fr: 'périmètre inventorié (scope { … }) ou document déclaré', en: 'inventoried scope (scope { … }) or a declared document' },
  'document.price_schedule': { fr: 'prix (price { … }) ou document déclaré', en: 'price (price { … }) or a declared document' },
  'document.dpa': { fr: 'traitement de données personnelles (personal_data { processing yes }) ou document déclaré', en: 'personal data processing (personal_data { processing yes }) or a declared document' },
  'document.reversibility_plan': { fr: 'réversibilité (reversibility { … }) ou document déclaré', en: 'reversibility (reversibility { … }) or a declared document' },
  'document.version': { fr: 'version du document (version)', en: 'version of the document (version)' },
  'document.date': { fr: 'date du document (date)', en: 'date of the document (date)' },
  'document.attached': { fr: 'document joint au contrat (attached yes) ou, pour des conditions générales, remis avant la signature (gtc_received yes)', en: 'document attached to the contract (attached yes) or, for general terms, given before signing (gtc_received yes)' },
  'recitals.provider_information': { fr: 'information précontractuelle remise (recitals { provider_information "…" })', en: 'pre-contractual information given (recitals { provider_information "…" })' },
  'recitals.client_expertise': { fr: 'compétence informatique du client (recitals { client_expertise … })', en: 'client’s IT expertise (recitals { client_expertise … })' },
  'term.signing': { fr: 'mode de signature (signing paper { originals 2 } ou signing electronic { level qualified })', en: 'how the contract is signed (signing paper { originals 2 } or signing electronic { level qualified })' },
  'signing.originals': { fr: 'nombre d’exemplaires originaux (originals)', en: 'number of originals (originals)' },
  'signing.level': { fr: 'niveau de la signature électronique (level)', en: 'level of the electronic signature (level)' },
};

/** The label of a fact, its example written for the contract's law (`revision ch_cpi` in Geneva). */
export function factLabel(key: string, locale: Locale, law?: unknown): string {
  const label = FACTS[key]?.[locale];
  return label === undefined ? key : forLaw(label, law);
}

export function knownFacts(): readonly string[] {
  return Object.keys(FACTS);
}
