// Backend `diff`: consumes two checked Models (the signed contract and its new version); produces the
// facts added, removed and changed, matched by identity (statement path and declared names), each as a
// sentence in French and English from the vocabulary's phrases, and the findings on the change itself
// (a change that needs more than an amendment, IG80xx). Pure: both models are given, git revisions are
// read by the CLI host. The helpdesk delta (helpdesk.ts, which loads the exporters) is imported directly.
export { diffModels } from './diff.ts';
export type { Change, ChangeKind, ChangeSide, ContractDiff, DiffDetail } from './diff.ts';
export { contractFacts, canon } from './facts.ts';
export type { Fact } from './facts.ts';
export { changeFindings } from './checks.ts';
