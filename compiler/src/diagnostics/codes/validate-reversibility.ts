// Validity checks IG4220–IG4221 of the reversibility timetable: a phase that contradicts the duration
// the Contract states elsewhere, and a timetable longer than the assistance. Emitted by
// model/checks/data-exit/reversibility.ts.
import { defineCode } from '../catalogue.ts';
import { humanDuration as dur } from '../durations.ts';

export const timetableContradicts = defineCode<{ phase: string; value: string; declared: string }>({
  code: 'IG4220',
  severity: 'error',
  rule: 'reversibility.schedule',
  title: { fr: 'Calendrier de réversibilité contradictoire', en: 'Contradictory reversibility timetable' },
  message: {
    fr: (a) => `La phase « ${a.phase} » du calendrier dure ${dur(a.value, 'fr')}, alors que la réversibilité en prévoit ${a.declared === 'none' ? 'aucune' : dur(a.declared, 'fr')} : le Contrat se contredirait. Alignez le calendrier.`,
    en: (a) => `The "${a.phase}" phase of the timetable lasts ${dur(a.value, 'en')}, whereas the reversibility provides for ${a.declared === 'none' ? 'none' : dur(a.declared, 'en')}: the Contract would contradict itself. Align the timetable.`,
  },
  doc: {
    explanation: {
      fr: 'La marche en parallèle (transition { parallel_run … }) et le délai de recette (acceptance { within … }) sont déjà des stipulations de l’article de réversibilité ; le calendrier de l’annexe doit leur donner la même durée, sans quoi deux clauses du Contrat fixent deux délais différents pour la même obligation.',
      en: 'The parallel run (transition { parallel_run … }) and the acceptance period (acceptance { within … }) are already terms of the reversibility clause; the annex timetable must give them the same length, otherwise two clauses of the Contract set two different periods for the same obligation.',
    },
    legalBasis: 'FR: C. civ. 1188–1190 (interprétation des clauses contradictoires); BE: C. civ. 5.64–5.66; CH: CO 18',
    example: 'reversibility {\n  transition { parallel_run 2 weeks }\n  timetable { phase parallel_run 4 weeks }\n}',
    fixed: 'reversibility {\n  transition { parallel_run 2 weeks }\n  timetable { phase parallel_run 2 weeks }\n}',
  },
});

export const timetableLongerThanAssistance = defineCode<{ total: string; assistance: string }>({
  code: 'IG4221',
  severity: 'warning',
  rule: 'reversibility.schedule',
  title: { fr: 'Calendrier plus long que l’assistance', en: 'Timetable longer than the assistance' },
  message: {
    fr: (a) => `Les phases du calendrier de réversibilité durent environ ${a.total} jours au total, au-delà de l’assistance de ${dur(a.assistance, 'fr')} : la fin de la réversibilité tomberait après celle de l’assistance. Raccourcissez les phases ou allongez l’assistance.`,
    en: (a) => `The phases of the reversibility timetable last about ${a.total} days in all, beyond the assistance of ${dur(a.assistance, 'en')}: the reversibility would end after the assistance. Shorten the phases or lengthen the assistance.`,
  },
  doc: {
    explanation: {
      fr: 'Les phases se succèdent à compter du déclenchement de la réversibilité ; leur durée totale ne peut excéder la durée pendant laquelle le Prestataire doit son assistance, sinon la recette tombe hors de toute obligation.',
      en: 'The phases follow one another from the start of the reversibility; their total length cannot exceed the period for which the Provider owes its assistance, otherwise acceptance falls outside any obligation.',
    },
    legalBasis: 'FR: C. civ. 1104, 1194; BE: C. civ. 5.73; CH: CO 398 al. 2',
    example: 'reversibility {\n  assistance { duration 1 month }\n  timetable { phase preparation 4 weeks; phase transfer 4 weeks }\n}',
    fixed: 'reversibility {\n  assistance { duration 3 months }\n  timetable { phase preparation 4 weeks; phase transfer 4 weeks }\n}',
  },
});
