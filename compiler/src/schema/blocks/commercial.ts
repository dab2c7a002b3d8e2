import type { StatementSpec } from '../types.ts';
import { clauseStatements } from './commercial/clauses.ts';
import { definitions, documents, object, qualification, recitals, terminationEffects, translationStatus, withdrawal } from './commercial/general.ts';
import { hardship, invoicing, payment, price, revision } from './commercial/money.ts';
import { confidentiality, forceMajeure, insurance, liability, nonSolicitation, subcontracting } from './commercial/risk.ts';

// Contract-level statements of the "commercial" topics (see ../../../../ARCHITECTURE.md); listed in contract.ts.
// Brief §2.1 object/documents/language/definitions/withdrawal, §2.2 termination.effects, §2.3 price,
// §2.4 risk and general clauses, §2.8 compliance.vigilance; the vocabulary is split under ./commercial/.
export const commercialStatements: readonly StatementSpec[] = [
  recitals,
  qualification,
  object,
  documents,
  translationStatus,
  definitions,
  withdrawal,
  terminationEffects,
  price,
  invoicing,
  payment,
  revision,
  hardship,
  liability,
  insurance,
  forceMajeure,
  subcontracting,
  nonSolicitation,
  confidentiality,
  ...clauseStatements,
];
