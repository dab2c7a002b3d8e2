import { ev, t } from '../../value-types.ts';
import type { ValueType } from '../../types.ts';

// How often something is done, read as an adverb inside a sentence (« il les réexamine chaque
// année »). Same value names as `frequency` (shared.ts), so rules read both alike; the labels are the
// documentation, the `text` is how the value reads in the contract.
export const every: ValueType = t.enum([
  ev('monthly', 'mensuelle', 'monthly', { fr: 'chaque mois', en: 'every month' }),
  ev('quarterly', 'trimestrielle', 'quarterly', { fr: 'chaque trimestre', en: 'every quarter' }),
  ev('half_yearly', 'semestrielle', 'every six months', { fr: 'chaque semestre', en: 'every six months' }),
  ev('yearly', 'annuelle', 'yearly', { fr: 'chaque année', en: 'every year' }),
  ev('biennial', 'tous les deux ans', 'every two years', { fr: 'tous les deux ans', en: 'every two years' }),
]);

/**
 * « dans la limite d'un audit par an »: the phrase of a maximum frequency, one branch per value so
 * that each reads as lawyers write it. `what` is the counted noun (« audit », "audit").
 */
export function atMost(fr: string, en: string): { fr: string; en: string } {
  return {
    fr: `dans la limite d’${fr} {if value is monthly}par mois{end}{if value is quarterly}par trimestre{end}{if value is half_yearly}par semestre{end}{if value is yearly}par an{end}{if value is biennial}tous les deux ans{end}`,
    en: `no more than one ${en} {if value is monthly}a month{end}{if value is quarterly}a quarter{end}{if value is half_yearly}every six months{end}{if value is yearly}a year{end}{if value is biennial}every two years{end}`,
  };
}
