// Backend `amendment`: consumes the signed contract's checked Model and its new version's; produces
// the amendment (« Avenant n° N ») as a contract document (../document/types.ts) that any renderer
// prints, from the semantic diff (../diff) and the clause library's amendment labels
// (stdlib/clauses/amendment.infog). Pure: both models and the Host are given.
export { buildAmendment } from './build.ts';
export type { AmendmentOptions, AmendmentResult } from './build.ts';
export { amendmentNumber, amendmentsOf, currentAmendment } from './history.ts';
