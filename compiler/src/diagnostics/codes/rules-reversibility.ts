import { defineRuleCode } from './rule-codes.ts';

// Checklist rule IG3115 (reversibility schedule): the timetable of the reversibility phases and the
// cap on its price, which a reversibility billed at a rate needs to be foreseeable.

export const reversibilitySchedule = defineRuleCode({
  rule: 'reversibility.schedule', number: 115, level: 'recommended',
  title: { fr: 'Calendrier et plafond de la réversibilité', en: 'Reversibility timetable and price cap' },
  summary: {
    fr: 'Réversibilité sans calendrier des phases ni plafond de prix.',
    en: 'Reversibility without a timetable of phases or a price cap.',
  },
  incomplete: {
    fr: 'Réversibilité : calendrier des phases ou plafond de prix à préciser.',
    en: 'Reversibility: timetable of phases or price cap to be stated.',
  },
  explanation: {
    fr: 'Un plan de réversibilité annoncé sans calendrier ne se contrôle pas : le Contrat fixe la durée de chaque phase (préparation, transfert, marche en parallèle, recette), imprimée en tableau dans l’annexe de réversibilité. Une réversibilité facturée au temps passé laisse son prix à la discrétion du Prestataire sortant, au moment où le Client ne peut plus négocier : un plafond (price_cap) la rend prévisible. Une réversibilité « capped » porte déjà son plafond.',
    en: 'A reversibility plan announced without a timetable cannot be monitored: the Contract sets the length of each phase (preparation, transfer, parallel run, acceptance), printed as a table in the reversibility annex. A reversibility billed on a time-spent basis leaves its price to the outgoing Provider, at the moment the Client can no longer negotiate: a cap (price_cap) makes it foreseeable. A "capped" reversibility already carries its cap.',
  },
  legalBasis: 'FR: C. civ. 1104, 1164, 1194; BE: C. civ. 5.73; CH: CC art. 2 al. 1, CO 398 al. 2',
  example: 'reversibility {\n  cost rate_card 650.00 EUR per day\n}',
  fixed: 'reversibility {\n  cost rate_card 650.00 EUR per day\n  price_cap 13000.00 EUR\n  timetable { phase preparation 2 weeks; phase transfer 4 weeks; phase parallel_run 2 weeks; phase acceptance 15 days }\n}',
});
