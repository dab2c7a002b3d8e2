import type { Localized } from '../../../diagnostics/index.ts';
import type { StatementSpec } from '../../types.ts';

// Phrases for the statements built by the shared helpers (./shared.ts): the helpers stay generic, and
// each block says how its statements read in the contract (docs/clauses.md, "Phrases").

/** The statement with its phrase, French then English. */
export function phrased(spec: StatementSpec, fr: string, en: string): StatementSpec {
  return { ...spec, phrase: { fr, en } };
}

/** The statement with a legal basis shown by `infog explain`. */
export function based(spec: StatementSpec, legalBasis: string): StatementSpec {
  return { ...spec, legalBasis };
}

/** How a `frequency` slot (or an `every <period>` group) reads: « chaque trimestre », "every quarter". */
export function frequencyPhrase(slot: string, period?: string): Localized {
  const every = period === undefined ? '' : `{if ${period}}`;
  return {
    fr: `{if ${slot} is monthly}chaque mois{end}{if ${slot} is quarterly}chaque trimestre{end}{if ${slot} is half_yearly}chaque semestre{end}{if ${slot} is yearly}chaque année{end}{if ${slot} is biennial}tous les deux ans{end}${period === undefined ? '' : `${every}tous les {${period}}{end}`}`,
    en: `{if ${slot} is monthly}every month{end}{if ${slot} is quarterly}every quarter{end}{if ${slot} is half_yearly}every six months{end}{if ${slot} is yearly}every year{end}{if ${slot} is biennial}every two years{end}${period === undefined ? '' : `${every}every {${period}}{end}`}`,
  };
}
