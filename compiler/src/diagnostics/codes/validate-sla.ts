// Catalogue band file; see ../index.ts for the bands. IG4130–IG4199: SLA consistency (brief §3.4) and
// the SLA sanity ranges of §3.5. Emitted by compiler/src/model/checks/sla/validate.ts.
import { defineCode } from '../catalogue.ts';
import { humanDuration as dur } from '../durations.ts';

const SLA_HEAD = 'hours business { days mon..fri; time 08:00-12:00, 14:00-18:00; timezone "Europe/Paris"; holidays FR }\nsla {\n  calendar business\n';

export const targetOrder = defineCode<{ priority: string; first: string; firstValue: string; second: string; secondValue: string }>({
  code: 'IG4130',
  severity: 'error',
  rule: 'sla.consistency',
  title: { fr: 'Délais d’une priorité dans le désordre', en: 'Targets of a priority out of order' },
  message: {
    fr: (a) => `Pour ${a.priority}, « ${a.second} » (${dur(a.secondValue, 'fr')}) est plus court que « ${a.first} » (${dur(a.firstValue, 'fr')}) : il faut ack ≤ response ≤ restore ≤ resolve ; allongez « ${a.second} » ou raccourcissez « ${a.first} ».`,
    en: (a) => `For ${a.priority}, "${a.second}" (${dur(a.secondValue, 'en')}) is shorter than "${a.first}" (${dur(a.firstValue, 'en')}): ack ≤ response ≤ restore ≤ resolve must hold; lengthen "${a.second}" or shorten "${a.first}".`,
  },
  doc: {
    explanation: {
      fr: 'On ne peut rétablir avant d’avoir pris en charge, ni résoudre avant d’avoir rétabli : les délais d’une priorité, comparés en minutes dans le même calendrier, croissent de l’accusé de réception à la résolution. Un délai en temps d’horloge (24 h/24, sans calendrier) se compare aussi à un délai en heures ouvrées : l’horloge ne tourne jamais moins vite que le temps ouvré, donc 30 min d’horloge échoient toujours avant 1 heure ouvrée, quel que soit le calendrier.',
      en: 'One cannot restore before responding, nor resolve before restoring: the targets of a priority, compared in minutes of the same calendar, grow from acknowledgement to resolution. A target in clock time (24/7, no calendar) is also compared with a target in business time: the clock never runs slower than business time, so 30 min of clock time always fall due before 1 business hour, whatever the calendar.',
    },
    example: `${SLA_HEAD}  priority P1 "Bloquant" "Blocking" { response 4 business_hours; restore 2 business_hours }\n}`,
    fixed: `${SLA_HEAD}  priority P1 "Bloquant" "Blocking" { response 1 business_hours; restore 4 business_hours }\n}`,
  },
});

export const onsiteOrder = defineCode<{ priority: string; onsite: string; bound: string; boundValue: string; relation: string }>({
  code: 'IG4131',
  severity: 'error',
  rule: 'sla.consistency',
  title: { fr: 'Délai sur site hors de l’intervalle prise en charge – rétablissement', en: 'On-site delay outside response – restore' },
  message: {
    fr: (a) => `Pour ${a.priority}, le délai sur site (${dur(a.onsite, 'fr')}) doit être ${a.relation === 'after' ? 'au moins égal à' : 'au plus égal à'} « ${a.bound} » (${dur(a.boundValue, 'fr')}) : il se place entre la prise en charge et le rétablissement.`,
    en: (a) => `For ${a.priority}, the on-site delay (${dur(a.onsite, 'en')}) must be ${a.relation === 'after' ? 'at least' : 'at most'} "${a.bound}" (${dur(a.boundValue, 'en')}): it lies between response and restoration.`,
  },
  doc: {
    explanation: {
      fr: 'Le technicien se déplace après la prise en charge et avant que le service soit rétabli : response ≤ onsite ≤ restore.',
      en: 'The technician travels after the response and before the service is restored: response ≤ onsite ≤ restore.',
    },
    example: `${SLA_HEAD}  priority P1 "Bloquant" "Blocking" { response 1 business_hours; onsite 8 business_hours; restore 4 business_hours }\n}`,
    fixed: `${SLA_HEAD}  priority P1 "Bloquant" "Blocking" { response 1 business_hours; onsite 4 business_hours; restore 4 business_hours }\n}`,
  },
});

export const notMonotonic = defineCode<{ metric: string; urgent: string; urgentValue: string; lower: string; lowerValue: string }>({
  code: 'IG4132',
  severity: 'error',
  rule: 'sla.consistency',
  title: { fr: 'Priorité plus urgente servie plus lentement', en: 'More urgent priority served more slowly' },
  message: {
    fr: (a) => `Le délai « ${a.metric} » de ${a.urgent} (${dur(a.urgentValue, 'fr')}) est plus long que celui de ${a.lower} (${dur(a.lowerValue, 'fr')}) : une priorité plus urgente doit avoir un délai plus court ou égal.`,
    en: (a) => `The "${a.metric}" target of ${a.urgent} (${dur(a.urgentValue, 'en')}) is longer than that of ${a.lower} (${dur(a.lowerValue, 'en')}): a more urgent priority needs a shorter or equal target.`,
  },
  doc: {
    explanation: {
      fr: 'Les priorités sont rangées de la plus urgente (P1, déclarée en premier) à la moins urgente ; pour chaque métrique, target(P1) ≤ target(P2) ≤ … dans le même calendrier ; un délai en temps d’horloge plus court que le délai en heures ouvrées d’une priorité plus urgente est toujours une inversion.',
      en: 'Priorities are ranked from the most urgent (P1, declared first) to the least; for each metric, target(P1) ≤ target(P2) ≤ … in the same calendar; a clock-time target shorter than the business-time target of a more urgent priority is always an inversion.',
    },
    example: `${SLA_HEAD}  priority P1 "Bloquant" "Blocking" { restore 8 business_hours }\n  priority P2 "Majeur" "Major" { restore 4 business_hours }\n}`,
    fixed: `${SLA_HEAD}  priority P1 "Bloquant" "Blocking" { restore 4 business_hours }\n  priority P2 "Majeur" "Major" { restore 8 business_hours }\n}`,
  },
});

export const elapsedOnBusinessWindow = defineCode<{ priority: string; metric: string; value: string; calendar: string }>({
  code: 'IG4133',
  severity: 'warning',
  rule: 'sla.consistency',
  title: { fr: 'Délai 24/7 sur une plage en heures ouvrées', en: '24/7 target on a business-hours window' },
  message: {
    fr: (a) => `« ${a.metric} ${a.value} » (${a.priority}) court en temps écoulé 24/7 alors que le service n’est assuré que pendant la plage « ${a.calendar} » : écrivez « ${a.value} calendar ${a.calendar} » ou des heures ouvrées, ou prévoyez une astreinte.`,
    en: (a) => `"${a.metric} ${a.value}" (${a.priority}) runs in elapsed 24/7 time while service is only provided during the "${a.calendar}" window: write "${a.value} calendar ${a.calendar}" or business hours, or provide an on-call option.`,
  },
  doc: {
    explanation: {
      fr: 'Un délai en minutes ou heures d’horloge court aussi la nuit et le week-end ; sur un contrat 5j/7, il sera manqué dès qu’un ticket arrive en fin de journée (« GTI 24/7 sur un contrat 5j/7 »).',
      en: 'A target in clock minutes or hours also runs at night and at weekends; on a 5-day contract it is missed whenever a ticket arrives late in the day ("24/7 response on a 5-day contract").',
    },
    example: `${SLA_HEAD}  priority P1 "Bloquant" "Blocking" { response 30 min }\n}`,
    fixed: `${SLA_HEAD}  priority P1 "Bloquant" "Blocking" { response 30 min calendar business }\n}`,
  },
});

export const onsiteExceedsWindow = defineCode<{ priority: string; value: string; window: string }>({
  code: 'IG4134',
  severity: 'warning',
  rule: 'sla.consistency',
  title: { fr: 'Délai sur site plus long qu’une plage journalière', en: 'On-site delay longer than a daily window' },
  message: {
    fr: (a) => `Le délai sur site de ${a.priority} (${dur(a.value, 'fr')}) dépasse la plus longue plage d’un jour (${dur(a.window, 'fr', true)}) : précisez qu’il se poursuit à la réouverture suivante (carry_over next_opening).`,
    en: (a) => `The on-site delay of ${a.priority} (${dur(a.value, 'en')}) exceeds the longest window of a day (${dur(a.window, 'en', true)}): state that it continues at the next opening (carry_over next_opening).`,
  },
  doc: {
    explanation: {
      fr: 'Un délai de 6 heures ouvrées sur une plage 08:00-12:00 ne peut s’achever le jour même : le contrat doit dire explicitement que le délai se reporte sur la plage suivante.',
      en: 'A 6 business-hour delay on an 08:00-12:00 window cannot end the same day: the contract must say explicitly that the delay carries over to the next window.',
    },
    example: `${SLA_HEAD}  priority P1 "Bloquant" "Blocking" { onsite 6 business_hours }\n}`,
    fixed: `${SLA_HEAD}  carry_over next_opening\n  priority P1 "Bloquant" "Blocking" { onsite 6 business_hours }\n}`,
  },
});

export const urgentOnFiveDays = defineCode<{ priority: string; metric: string; value: string; calendar: string }>({
  code: 'IG4135',
  severity: 'warning',
  rule: 'sla.consistency',
  title: { fr: 'Priorité bloquante sur une plage de semaine', en: 'Blocking priority on a weekday window' },
  message: {
    fr: (a) => `${a.priority} se décompte dans « ${a.calendar} », fermé le week-end : un incident signalé le vendredi à 17:55 ne serait traité (« ${a.metric} » : ${dur(a.value, 'fr')}) que la semaine suivante ; proposez une option d’astreinte (on_call { … }).`,
    en: (a) => `${a.priority} counts in "${a.calendar}", closed at weekends: an incident reported on Friday at 17:55 would only be handled ("${a.metric}": ${dur(a.value, 'en')}) the following week; offer an on-call option (on_call { … }).`,
  },
  doc: {
    explanation: {
      fr: 'Sur une plage 5j/7, le délai d’un incident bloquant s’arrête du vendredi soir au lundi matin ; le client doit le savoir et pouvoir souscrire une astreinte.',
      en: 'On a 5-day window, the clock of a blocking incident stops from Friday evening to Monday morning; the client must know it and be able to subscribe to on-call cover.',
    },
    example: 'hours business { days mon..fri; time 08:00-18:00; timezone "Europe/Paris"; holidays FR }',
    fixed: 'hours business {\n  days mon..fri; time 08:00-18:00; timezone "Europe/Paris"; holidays FR\n  on_call { days mon..sun; time 18:00-08:00 overnight; price 180.00 EUR per month }\n}',
  },
});

export const reversedWindow = defineCode<{ range: string }>({
  code: 'IG4136',
  severity: 'error',
  rule: 'sla.consistency',
  title: { fr: 'Plage horaire inversée', en: 'Reversed time range' },
  message: {
    fr: (a) => `La plage « ${a.range} » finit avant de commencer : inversez les heures, ou ajoutez « overnight » si c’est une plage de nuit.`,
    en: (a) => `The range "${a.range}" ends before it starts: swap the times, or add "overnight" if it is a night range.`,
  },
  doc: {
    explanation: {
      fr: 'Une plage va du début à la fin le même jour ; une plage de nuit (22:00-06:00) doit être déclarée comme telle pour ne pas masquer une faute de frappe.',
      en: 'A range goes from start to end on the same day; a night range (22:00-06:00) must be declared as such so that it cannot hide a typo.',
    },
    example: 'hours business { days mon..fri; time 18:00-08:00 }',
    fixed: 'hours business { days mon..fri; time 08:00-18:00 }',
  },
});

export const unusualTimezone = defineCode<{ timezone: string }>({
  code: 'IG4137',
  severity: 'warning',
  rule: 'sla.consistency',
  title: { fr: 'Fuseau horaire inhabituel', en: 'Unusual time zone' },
  message: {
    fr: (a) => `Le fuseau « ${a.timezone} » n’est ni Europe/Paris, ni Europe/Zurich, ni Europe/Brussels : vérifiez qu’il est bien celui des sites couverts.`,
    en: (a) => `The time zone "${a.timezone}" is neither Europe/Paris, Europe/Zurich nor Europe/Brussels: check that it is the one of the sites covered.`,
  },
  doc: {
    explanation: {
      fr: 'Les contrats visés (France, Suisse romande, Belgique) utilisent l’un de ces trois fuseaux ; un autre fuseau trahit souvent une erreur.',
      en: 'The contracts in scope (France, French-speaking Switzerland, Belgium) use one of these three zones; another zone is often a mistake.',
    },
    example: 'hours business { timezone "Europe/London" }',
    fixed: 'hours business { timezone "Europe/Paris" }',
  },
});

export const availabilityOutOfRange = defineCode<{ value: string; downtime: string }>({
  code: 'IG4138',
  severity: 'error',
  rule: 'sla.consistency',
  title: { fr: 'Taux de disponibilité hors limites', en: 'Availability out of range' },
  message: {
    fr: (a) => `Le taux de disponibilité ${a.value} (soit ${a.downtime} min d’arrêt admises sur 30 jours) doit être compris entre 90 % et 100 % ; 99,5 % admet 216 min.`,
    en: (a) => `The availability ${a.value} (${a.downtime} min of allowed downtime per 30 days) must be between 90 % and 100 %; 99.5 % allows 216 min.`,
  },
  doc: {
    explanation: {
      fr: 'En dessous de 90 %, le service peut être arrêté trois jours par mois : ce n’est plus un engagement. Repères sur 30 jours : 99,0 % → 432 min ; 99,5 % → 216 min ; 99,9 % → 43,2 min ; 99,95 % → 21,6 min ; 99,99 % → 4,3 min.',
      en: 'Below 90 % the service may be down three days a month: that is no commitment. Per 30 days: 99.0 % → 432 min; 99.5 % → 216 min; 99.9 % → 43.2 min; 99.95 % → 21.6 min; 99.99 % → 4.3 min.',
    },
    example: 'availability "Messagerie" 85%',
    fixed: 'availability "Messagerie" 99.5%',
  },
});

export const availabilityHundred = defineCode<{ service: string }>({
  code: 'IG4139',
  severity: 'warning',
  rule: 'sla.consistency',
  title: { fr: 'Disponibilité de 100 %', en: '100 % availability' },
  message: {
    fr: (a) => `Une disponibilité de 100 % pour « ${a.service} » n’autorise aucune minute d’arrêt : aucun système réel ne la garantit ; retenez par exemple 99,9 % (43,2 min sur 30 jours).`,
    en: (a) => `100 % availability for "${a.service}" allows no minute of downtime: no real system guarantees it; use for example 99.9 % (43.2 min per 30 days).`,
  },
  doc: {
    explanation: {
      fr: 'Un engagement impossible à tenir est manqué dès le premier incident et expose le prestataire à des pénalités certaines.',
      en: 'An impossible commitment is missed at the first incident and exposes the provider to certain penalties.',
    },
    example: 'availability "Messagerie" 100%',
    fixed: 'availability "Messagerie" 99.9%',
  },
});

export const penaltyRate = defineCode<{ value: string }>({
  code: 'IG4140',
  severity: 'error',
  rule: 'sla.consistency',
  title: { fr: 'Taux de pénalité hors limites', en: 'Penalty rate out of range' },
  message: {
    fr: (a) => `Le taux de pénalité ${a.value} doit être strictement positif et au plus 100 % de la redevance mensuelle.`,
    en: (a) => `The penalty rate ${a.value} must be above 0 and at most 100 % of the monthly fee.`,
  },
  doc: {
    explanation: {
      fr: 'Une pénalité nulle n’en est pas une ; au-delà de 100 % de la redevance par unité de retard, elle serait manifestement excessive (C. civ. 1231-5).',
      en: 'A zero penalty is none; above 100 % of the monthly fee per unit of delay it would be manifestly excessive (C. civ. 1231-5).',
    },
    legalBasis: 'FR: C. civ. 1231-5; CH: CO 163 al. 3',
    example: 'penalty restore P1 0% of monthly_fee per hour_late',
    fixed: 'penalty restore P1 2% of monthly_fee per hour_late',
  },
});

export const penaltyCapMissing = defineCode<Record<string, never>>({
  code: 'IG4141',
  severity: 'error',
  rule: 'sla.consistency',
  title: { fr: 'Pénalités sans plafond', en: 'Penalties without a cap' },
  message: {
    fr: () => 'Des pénalités sont prévues sans plafond : ajoutez penalties { cap 15% per month } (en % de la redevance mensuelle).',
    en: () => 'Penalties are stated without a cap: add penalties { cap 15% per month } (as a % of the monthly fee).',
  },
  doc: {
    explanation: {
      fr: 'Sans plafond, les pénalités cumulées peuvent dépasser la redevance et le plafond de responsabilité ; le juge peut les réduire.',
      en: 'Without a cap, accumulated penalties can exceed the fee and the liability cap; a court may reduce them.',
    },
    legalBasis: 'FR: C. civ. 1231-5; CH: CO 163 al. 3',
    example: 'sla { penalty restore P1 2% of monthly_fee per hour_late }',
    fixed: 'sla {\n  penalty restore P1 2% of monthly_fee per hour_late\n  penalties { cap 15% per month }\n}',
  },
});

export const penaltyCapTooHigh = defineCode<{ value: string; max: string }>({
  code: 'IG4142',
  severity: 'error',
  rule: 'sla.consistency',
  title: { fr: 'Plafond de pénalités supérieur à la redevance', en: 'Penalty cap above the fee' },
  message: {
    fr: (a) => `Le plafond ${a.value} dépasse ${a.max} de la redevance mensuelle : les pénalités d’une période ne peuvent excéder ce qui est facturé.`,
    en: (a) => `The cap ${a.value} exceeds ${a.max} of the monthly fee: a period’s penalties cannot exceed what is invoiced.`,
  },
  doc: {
    explanation: {
      fr: 'Le plafond mensuel est au plus 100 % de la redevance mensuelle (1 200 % pour un plafond annuel).',
      en: 'The monthly cap is at most 100 % of the monthly fee (1,200 % for a yearly cap).',
    },
    example: 'penalties { cap 150% per month }',
    fixed: 'penalties { cap 15% per month }',
  },
});

export const penaltyCapHigh = defineCode<{ value: string; threshold: string }>({
  code: 'IG4143',
  severity: 'warning',
  rule: 'sla.consistency',
  title: { fr: 'Plafond de pénalités élevé', en: 'High penalty cap' },
  message: {
    fr: (a) => `Le plafond ${a.value} dépasse ${a.threshold} de la redevance mensuelle : il risque d’être réduit comme manifestement excessif.`,
    en: (a) => `The cap ${a.value} exceeds ${a.threshold} of the monthly fee: it risks being reduced as manifestly excessive.`,
  },
  doc: {
    explanation: {
      fr: 'Le juge peut modérer une pénalité manifestement excessive (C. civ. 1231-5) ; la pratique retient 5 à 30 % par mois.',
      en: 'A court may moderate a manifestly excessive penalty (C. civ. 1231-5); practice is 5 to 30 % per month.',
    },
    legalBasis: 'FR: C. civ. 1231-5',
    example: 'penalties { cap 50% per month }',
    fixed: 'penalties { cap 15% per month }',
  },
});

export const penaltyCapLow = defineCode<{ value: string; threshold: string }>({
  code: 'IG4144',
  severity: 'warning',
  rule: 'sla.consistency',
  title: { fr: 'Plafond de pénalités dérisoire', en: 'Derisory penalty cap' },
  message: {
    fr: (a) => `Le plafond ${a.value} est inférieur à ${a.threshold} de la redevance mensuelle : il risque d’être jugé dérisoire et de vider la GTR de sa substance.`,
    en: (a) => `The cap ${a.value} is below ${a.threshold} of the monthly fee: it risks being held derisory and emptying the restoration commitment.`,
  },
  doc: {
    explanation: {
      fr: 'Une pénalité dérisoire peut être augmentée par le juge (C. civ. 1231-5) et n’incite pas à respecter les délais.',
      en: 'A derisory penalty may be increased by a court (C. civ. 1231-5) and gives no incentive to meet targets.',
    },
    legalBasis: 'FR: C. civ. 1231-5; C. civ. 1170',
    example: 'penalties { cap 1% per month }',
    fixed: 'penalties { cap 10% per month }',
  },
});

export const penaltiesOverLiability = defineCode<{ penalties: string; liability: string }>({
  code: 'IG4145',
  severity: 'error',
  rule: 'sla.consistency',
  title: { fr: 'Pénalités au-delà du plafond de responsabilité', en: 'Penalties above the liability cap' },
  message: {
    fr: (a) => `Les pénalités peuvent atteindre ${a.penalties} par an, plus que le plafond de responsabilité (${a.liability}) : baissez le plafond des pénalités ou relevez celui de la responsabilité.`,
    en: (a) => `Penalties can reach ${a.penalties} a year, more than the liability cap (${a.liability}): lower the penalty cap or raise the liability cap.`,
  },
  doc: {
    explanation: {
      fr: 'Les pénalités sont une réparation forfaitaire : leur total ne peut excéder le plafond global de responsabilité du prestataire.',
      en: 'Penalties are liquidated damages: their total cannot exceed the provider’s overall liability cap.',
    },
    legalBasis: 'FR: C. civ. 1231-5; CH: CO 160–163',
    example: 'liability { cap 5000.00 EUR }\nsla { penalties { cap 50% per month } }',
    fixed: 'liability { cap 20000.00 EUR }\nsla { penalties { cap 15% per month } }',
  },
});

export const undefinedMetric = defineCode<{ metric: string; priority: string; where: string }>({
  code: 'IG4146',
  severity: 'error',
  rule: 'sla.consistency',
  title: { fr: 'Métrique sans délai', en: 'Metric without a target' },
  message: {
    fr: (a) => `${a.where} vise « ${a.metric} » pour ${a.priority}, qui n’a pas ce délai : ajoutez « ${a.metric} … » à la priorité ${a.priority} ou changez la référence.`,
    en: (a) => `${a.where} refers to "${a.metric}" for ${a.priority}, which has no such target: add "${a.metric} …" to priority ${a.priority} or change the reference.`,
  },
  doc: {
    explanation: {
      fr: 'Une pénalité, une escalade ou un seuil de résiliation ne peut porter que sur un délai défini pour la priorité visée.',
      en: 'A penalty, an escalation or a termination threshold can only refer to a target defined for the priority concerned.',
    },
    example: 'sla {\n  priority P1 "Bloquant" "Blocking" { response 30 min calendar business }\n  penalty restore P1 2% of monthly_fee per hour_late\n}',
    fixed: 'sla {\n  priority P1 "Bloquant" "Blocking" { response 30 min calendar business; restore 4 business_hours }\n  penalty restore P1 2% of monthly_fee per hour_late\n}',
  },
});

export const regionNotCovered = defineCode<{ site: string; region: string; set: string }>({
  code: 'IG4147',
  severity: 'warning',
  rule: 'sla.calendar',
  title: { fr: 'Jours fériés régionaux absents du calendrier', en: 'Regional holidays missing from the calendar' },
  message: {
    fr: (a) => `Le site « ${a.site} » est en ${a.region}, mais le calendrier ne retient pas le jeu ${a.set} : ajoutez « holidays ${a.set} » ou une règle multi_region.`,
    en: (a) => `The site "${a.site}" is in ${a.region}, but the calendar does not use the set ${a.set}: add "holidays ${a.set}" or a multi_region rule.`,
  },
  doc: {
    explanation: {
      fr: 'Un site d’Alsace-Moselle ou d’un canton suisse a ses propres jours fériés (Vendredi saint, Saint-Étienne, Jeûne genevois…) ; le calendrier du SLA doit les retenir.',
      en: 'A site in Alsace-Moselle or a Swiss canton has its own holidays (Good Friday, St Stephen’s Day, Genevan Fast…); the SLA calendar must use them.',
    },
    legalBasis: 'FR: C. trav. L3134-13 (Alsace-Moselle); CH: art. 20a LTr',
    example: 'scope { site strasbourg { country FR; region FR-67 } }\nhours business { holidays FR }',
    fixed: 'scope { site strasbourg { country FR; region FR-67 } }\nhours business { holidays FR-67 }',
  },
});

export const noCalendarForBusinessUnits = defineCode<{ value: string }>({
  code: 'IG4148',
  severity: 'error',
  rule: 'sla.consistency',
  title: { fr: 'Délai ouvré sans calendrier', en: 'Business target without a calendar' },
  message: {
    fr: (a) => `« ${a.value} » se décompte en heures ouvrées, mais le SLA n’a pas de calendrier : déclarez « hours <nom> { … } » et « calendar <nom> » dans le SLA.`,
    en: (a) => `"${a.value}" counts business time, but the SLA has no calendar: declare "hours <name> { … }" and "calendar <name>" in the SLA.`,
  },
  doc: {
    explanation: {
      fr: 'Une heure ouvrée n’a de sens que dans une plage de service ; lorsqu’il y a plusieurs calendriers, le SLA doit nommer le sien.',
      en: 'A business hour only means something in a service window; with several calendars, the SLA must name its own.',
    },
    reference: 'SLA JSON v1 (docs/sla-v1.md)',
    example: 'sla { priority P1 "Bloquant" "Blocking" { restore 4 business_hours } }',
    fixed: 'hours business { days mon..fri; time 08:00-18:00; timezone "Europe/Paris"; holidays FR }\nsla { calendar business; priority P1 "Bloquant" "Blocking" { restore 4 business_hours } }',
  },
});

/** How the time limits an obligation of result may bear on read in a message. */
const RESULT_METRIC: Readonly<Record<string, { fr: string; en: string }>> = {
  response: { fr: 'le Délai de prise en compte (GTI)', en: 'the response time (GTI)' },
  restore: { fr: 'le Délai de rétablissement (GTR)', en: 'the restoration time (GTR)' },
};
const REMEDY_BASIS: Readonly<Record<string, { fr: string; en: string }>> = {
  FR: { fr: 'C. civ. 1170 et 1231-5', en: 'French Civil Code arts. 1170 and 1231-5' },
  CH: { fr: 'CO 97, 100 al. 1 et 160 à 163', en: 'CO arts. 97, 100(1) and 160 to 163' },
  BE: { fr: 'C. civ. 5.88 et 5.89', en: 'Belgian Civil Code arts. 5.88 and 5.89' },
};

export const soleRemedyWithResult = defineCode<{ metric: string; law: string }>({
  code: 'IG4185',
  severity: 'error',
  rule: 'sla.consistency',
  title: { fr: 'Pénalités libératoires sur une obligation de résultat', en: 'Sole-remedy service credits on an obligation of result' },
  message: {
    fr: (a) => `Les pénalités sont libératoires alors que ${RESULT_METRIC[a.metric]?.fr ?? a.metric} est une obligation de résultat : le Client perdrait toute réparation au-delà d’une pénalité plafonnée, ce qui vide l’engagement de sa substance (${(REMEDY_BASIS[a.law] ?? REMEDY_BASIS['FR'])?.fr}). Écrivez « nature without_prejudice », ou faites de ce délai une obligation de moyens.`,
    en: (a) => `Service credits are the sole remedy while ${RESULT_METRIC[a.metric]?.en ?? a.metric} is an obligation of result: the Client would lose any compensation beyond a capped credit, which empties the commitment of its substance (${(REMEDY_BASIS[a.law] ?? REMEDY_BASIS['FR'])?.en}). Write "nature without_prejudice", or make this time limit a best-efforts obligation.`,
  },
  doc: {
    explanation: {
      fr: 'Qualifier un délai d’obligation de résultat (liability { obligation restoration_time result }) promet au Client la réparation de son préjudice dès que le délai est dépassé ; des pénalités libératoires sur ce même délai reprennent cette promesse en limitant la réparation à une pénalité plafonnée. Le juge peut réviser la pénalité dérisoire et réputer non écrite la limitation qui prive l’obligation essentielle de sa substance.',
      en: 'Making a time limit an obligation of result (liability { obligation restoration_time result }) promises the Client compensation for its loss as soon as the limit is missed; sole-remedy service credits on that same limit take the promise back by limiting compensation to a capped credit. A court may increase a derisory penalty and strike out a limitation that deprives the essential obligation of its substance.',
    },
    legalBasis: 'FR: C. civ. 1170, 1231-5; CH: CO 97, 100 al. 1, 160–163; BE: C. civ. 5.88, 5.89',
    example: 'liability { obligation restoration_time result }\nsla {\n  penalty restore P1 2% of monthly_fee per hour_late\n  penalties { cap 15% per month; nature sole_remedy }\n}',
    fixed: 'liability { obligation restoration_time result }\nsla {\n  penalty restore P1 2% of monthly_fee per hour_late\n  penalties { cap 15% per month; nature without_prejudice }\n}',
  },
});

export const unlabelledCalendar = defineCode<{ name: string }>({
  code: 'IG4186',
  severity: 'warning',
  rule: 'sla.service-hours',
  title: { fr: 'Plage de service sans libellé', en: 'Service window without a label' },
  message: {
    fr: (a) => `Le contrat désigne la plage de service « ${a.name} » par son nom de code : donnez-lui un libellé en français et en anglais (label "heures ouvrées" "business hours").`,
    en: (a) => `The contract would name the service window "${a.name}" by its code name: give it a label in French and English (label "heures ouvrées" "business hours").`,
  },
  doc: {
    explanation: {
      fr: 'Les délais de la matrice et l’article des niveaux de service désignent la plage dans laquelle ils se décomptent ; sans libellé, le document imprimerait le nom de code du calendrier (« business »). Le libellé s’écrit sans majuscule initiale, comme il se lit dans une phrase.',
      en: 'The matrix and the service-level article name the window each time limit counts in; without a label the document would print the calendar’s code name ("business"). The label is written without an initial capital, as it reads in a sentence.',
    },
    example: 'hours business { days mon..fri; time 08:00-18:00; timezone "Europe/Paris"; holidays FR }\nsla { calendar business }',
    fixed: 'hours business { label "heures ouvrées" "business hours"; days mon..fri; time 08:00-18:00; timezone "Europe/Paris"; holidays FR }\nsla { calendar business }',
  },
});
