// Catalogue band IG4100–IG4129: validity checks of the scope topics (brief §3.4 hotline quota and
// inventory coverage; backup and site sanity), and IG4180–IG4184 (on-site allowance, initialisation
// phase, unit prices, rollover cap, escalation ladder). Emitted by model/checks/scope/validators.ts.
import { humanDuration as dur } from '../durations.ts';
import { forLaw } from '../law-hints.ts';
import { defineCode } from '../catalogue.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `"${s}"`;

export const quotaCountInvalid = defineCode<{ value: string }>({
  code: 'IG4100', severity: 'error', rule: 'service.hotline',
  title: { fr: 'Quantité de quota invalide', en: 'Invalid quota quantity' },
  message: {
    fr: (a) => `La quantité du quota (${a.value}) doit être un entier strictement positif : écrivez par exemple « count 50 per year », ou choisissez « quota unlimited ».`,
    en: (a) => `The quota quantity (${a.value}) must be a positive whole number: write e.g. "count 50 per year", or choose "quota unlimited".`,
  },
  doc: {
    explanation: {
      fr: 'Un carnet de tickets ou un crédit de temps compte un nombre entier d’unités par période ; zéro, un nombre négatif ou décimal rend le décompte impossible à exporter vers l’outil de ticketing.',
      en: 'A ticket pack or time bank counts a whole number of units per period; zero, a negative or a decimal number cannot be exported to the ticketing tool.',
    },
    example: 'quota tickets { count 12.5 per year; rollover none; overage 45.00 EUR per ticket }',
    fixed: 'quota tickets { count 12 per year; rollover none; overage 45.00 EUR per ticket }',
  },
});

export const quotaStepTooSmall = defineCode<{ value: string }>({
  code: 'IG4101', severity: 'error', rule: 'service.hotline',
  title: { fr: 'Granularité du décompte trop fine', en: 'Decrement step too small' },
  message: {
    fr: (a) => `La granularité du décompte (${dur(a.value, 'fr')}) doit être d’au moins 1 minute : écrivez par exemple « step 15 min ».`,
    en: (a) => `The decrement step (${dur(a.value, 'en')}) must be at least 1 minute: write e.g. "step 15 min".`,
  },
  doc: {
    explanation: {
      fr: 'Le décompte d’un crédit de temps se fait par tranches (toute tranche entamée est due) ; une tranche nulle n’a pas de sens.',
      en: 'A time bank is decremented in steps (any started step is counted); a zero step is meaningless.',
    },
    example: 'quota hours { count 40 per year; step 0 min; rollover none; overage 75.00 EUR per hour }',
    fixed: 'quota hours { count 40 per year; step 15 min; rollover none; overage 75.00 EUR per hour }',
  },
});

export const quotaRolloverCap = defineCode<{ problem: string }>({
  code: 'IG4102', severity: 'error', rule: 'service.hotline',
  title: { fr: 'Plafond de report incohérent', en: 'Inconsistent rollover cap' },
  message: {
    fr: (a) => a.problem === 'missing'
      ? 'Un report plafonné doit indiquer son plafond (entier positif) : écrivez « rollover capped 10 ».'
      : a.problem === 'invalid'
        ? 'Le plafond de report doit être un entier strictement positif, par exemple « rollover capped 10 ».'
        : 'Un plafond n’a de sens qu’avec « rollover capped » : retirez le nombre ou écrivez « rollover capped <n> ».',
    en: (a) => a.problem === 'missing'
      ? 'A capped rollover must state its cap (a positive whole number): write "rollover capped 10".'
      : a.problem === 'invalid'
        ? 'The rollover cap must be a positive whole number, e.g. "rollover capped 10".'
        : 'A cap only makes sense with "rollover capped": remove the number or write "rollover capped <n>".',
  },
  doc: {
    explanation: {
      fr: 'Le report du solde non consommé est « none », « next_period » ou « capped <n> » : seul ce dernier porte un plafond, en unités du quota.',
      en: 'The rollover of the unused balance is "none", "next_period" or "capped <n>": only the latter has a cap, in units of the quota.',
    },
    example: 'quota tickets { count 50 per year; rollover capped; overage 45.00 EUR per ticket }',
    fixed: 'quota tickets { count 50 per year; rollover capped 10; overage 45.00 EUR per ticket }',
  },
});

export const quotaRolloverContract = defineCode<{ mode: string }>({
  code: 'IG4103', severity: 'error', rule: 'service.hotline',
  title: { fr: 'Report impossible sur la durée du contrat', en: 'Rollover impossible on a contract-term quota' },
  message: {
    fr: () => 'Un quota compté sur toute la durée du contrat (« per contract ») n’a pas de période suivante : écrivez « rollover none » ou comptez le quota par mois, trimestre ou année.',
    en: () => 'A quota counted over the whole contract term ("per contract") has no next period: write "rollover none" or count the quota per month, quarter or year.',
  },
  doc: {
    explanation: {
      fr: 'Le report du solde suppose une période suivante ; un quota unique pour toute la durée du contrat n’en a pas.',
      en: 'Rolling over a balance requires a next period; a single quota for the whole term has none.',
    },
    example: 'quota hours { count 100 per contract; step 15 min; rollover next_period; overage 75.00 EUR per hour }',
    fixed: 'quota hours { count 100 per contract; step 15 min; rollover none; overage 75.00 EUR per hour }',
  },
});

export const quotaOverageMissing = defineCode<{ model: string; law?: string }>({
  code: 'IG4104', severity: 'error', rule: 'service.hotline',
  title: { fr: 'Prix du dépassement manquant', en: 'Missing overage price' },
  message: {
    fr: (a) => `Le quota ${q(a.model)} n’indique pas le prix du dépassement : ajoutez par exemple « overage ${forLaw('45.00 EUR', a.law)} per ticket » (ou « per hour »).`,
    en: (a) => `The ${dq(a.model)} quota does not state the overage price: add e.g. "overage ${forLaw('45.00 EUR', a.law)} per ticket" (or "per hour").`,
  },
  doc: {
    explanation: {
      fr: 'Sauf assistance illimitée, ce qui se passe une fois le quota épuisé doit être chiffré : sans prix, toute demande au-delà du quota prête à litige.',
      en: 'Unless the helpdesk is unlimited, what happens once the quota is used up must be priced: without a price, every request beyond it is disputable.',
    },
    legalBasis: 'FR: C. civ. 1163, 1165',
    example: 'quota tickets { count 50 per year; rollover none }',
    fixed: 'quota tickets { count 50 per year; rollover none; overage 45.00 EUR per ticket }',
  },
});

export const quotaOverageUnit = defineCode<{ unit: string; expected: string }>({
  code: 'IG4105', severity: 'warning', rule: 'service.hotline',
  title: { fr: 'Unité du dépassement différente du quota', en: 'Overage unit differs from the quota' },
  message: {
    fr: (a) => `Le dépassement est facturé par ${q(a.unit)} alors que le quota se compte en ${q(a.expected)} : écrivez « overage … per ${a.expected} », ou précisez la règle de conversion dans le contrat.`,
    en: (a) => `The overage is billed per ${dq(a.unit)} while the quota counts in ${dq(a.expected)}: write "overage … per ${a.expected}", or state the conversion rule in the contract.`,
  },
  doc: {
    explanation: {
      fr: 'Le compteur exporté vers l’outil d’assistance n’a qu’une unité (ticket, heure ou minute) ; un dépassement dans une autre unité ne peut pas être calculé sans règle de conversion.',
      en: 'The counter exported to the helpdesk tool has one unit (ticket, hour or minute); an overage in another unit cannot be computed without a conversion rule.',
    },
    example: 'quota hours { count 40 per year; step 15 min; rollover none; overage 45.00 EUR per ticket }',
    fixed: 'quota hours { count 40 per year; step 15 min; rollover none; overage 75.00 EUR per hour }',
  },
});

export const quotaUnlimitedExtras = defineCode<{ keyword: string }>({
  code: 'IG4106', severity: 'warning', rule: 'service.hotline',
  title: { fr: 'Assistance illimitée avec un décompte', en: 'Unlimited helpdesk with a counter' },
  message: {
    fr: (a) => `${q(a.keyword)} n’a pas d’effet sur une assistance illimitée : retirez-le, ou choisissez « quota tickets » ou « quota hours ».`,
    en: (a) => `${dq(a.keyword)} has no effect on an unlimited helpdesk: remove it, or choose "quota tickets" or "quota hours".`,
  },
  doc: {
    explanation: {
      fr: 'Une assistance illimitée n’a ni quantité, ni granularité, ni report, ni dépassement ; les indiquer laisse croire à un plafond qui n’existe pas. Une limite d’usage raisonnable s’écrit « fair_use ».',
      en: 'An unlimited helpdesk has no quantity, step, rollover or overage; stating them suggests a cap that does not exist. A fair-use limit is written "fair_use".',
    },
    example: 'quota unlimited { count 50 per year }',
    fixed: 'quota unlimited { fair_use "Au-delà de 30 demandes par mois, un point d’usage est organisé." }',
  },
});

export const channelAddressInvalid = defineCode<{ kind: string; value: string }>({
  code: 'IG4108', severity: 'error', rule: 'service.hotline',
  title: { fr: 'Adresse de canal invalide', en: 'Invalid channel address' },
  message: {
    fr: (a) => `${q(a.value)} n’est pas ${a.kind === 'email' ? 'une adresse électronique (nom@domaine.fr)' : a.kind === 'portal' ? 'une URL https:// complète' : 'un numéro de téléphone (au moins 6 chiffres, par exemple « +33 4 72 00 00 00 »)'} : corrigez-la, l’export SLA la publie telle quelle.`,
    en: (a) => `${dq(a.value)} is not ${a.kind === 'email' ? 'an e-mail address (name@domain.com)' : a.kind === 'portal' ? 'a complete https:// URL' : 'a phone number (at least 6 digits, e.g. "+33 4 72 00 00 00")'}: fix it, the SLA export publishes it as is.`,
  },
  doc: {
    explanation: {
      fr: 'Les canaux d’assistance sont exportés vers l’outil de ticketing et imprimés au contrat ; une adresse mal formée rend le canal inutilisable.',
      en: 'Helpdesk channels are exported to the ticketing tool and printed in the contract; a malformed address makes the channel unusable.',
    },
    example: 'channels { email "support(at)network-service.fr" }',
    fixed: 'channels { email "support@network-service.fr" }',
  },
});

export const inventoryItemNotCovered = defineCode<{ name: string }>({
  code: 'IG4110', severity: 'warning', rule: 'scope.inventory',
  title: { fr: 'Élément d’inventaire sans service', en: 'Inventory item without a service' },
  message: {
    fr: (a) => `${q(a.name)} figure à l’inventaire mais aucun service ne le couvre : ajoutez-le au « covers » d’un service (mco, preventive, corrective, backup, security), ou « covers all ».`,
    en: (a) => `${dq(a.name)} is in the inventory but no service covers it: add it to the "covers" of a service (mco, preventive, corrective, backup, security), or "covers all".`,
  },
  doc: {
    explanation: {
      fr: 'Chaque catégorie de l’inventaire doit relever d’au moins un service ; sinon on ne sait pas ce que le prestataire doit en faire.',
      en: 'Every inventory category must fall under at least one service; otherwise nobody knows what the provider must do with it.',
    },
    example: 'scope { equipment nas { kind nas; count 1 } }\nservices { mco { covers equipment desktops } }',
    fixed: 'scope { equipment nas { kind nas; count 1 } }\nservices { mco { covers equipment desktops, nas } }',
  },
});

export const serviceCoversNothing = defineCode<{ service: string }>({
  code: 'IG4111', severity: 'warning', rule: 'scope.inventory',
  title: { fr: 'Service sans élément d’inventaire', en: 'Service with no inventory item' },
  message: {
    fr: (a) => `Le service ${q(a.service)} ne dit pas à quels éléments de l’inventaire il s’applique : ajoutez « covers equipment … software … cloud … » ou « covers all ».`,
    en: (a) => `The ${dq(a.service)} service does not say which inventory items it applies to: add "covers equipment … software … cloud …" or "covers all".`,
  },
  doc: {
    explanation: {
      fr: 'Un service qui ne renvoie à aucun élément déclaré au périmètre a une étendue indéterminée.',
      en: 'A service that refers to no item declared in the scope has an undetermined extent.',
    },
    example: 'services { backup { frequency daily } }',
    fixed: 'services { backup { covers equipment srv_ad; frequency daily } }',
  },
});

export const siteRegionInvalid = defineCode<{ region: string; country: string }>({
  code: 'IG4112', severity: 'error', rule: 'scope.inventory',
  title: { fr: 'Région du site invalide', en: 'Invalid site region' },
  message: {
    fr: (a) => a.country === ''
      ? `${q(a.region)} n’est pas un code de subdivision ISO 3166-2 : écrivez le pays, un tiret et la subdivision, par exemple « FR-69 », « FR-67 » ou « CH-GE ».`
      : `La région ${q(a.region)} n’est pas dans le pays du site (${a.country}) : écrivez une subdivision de ${a.country} (par exemple « ${a.country}-… ») ou corrigez le pays.`,
    en: (a) => a.country === ''
      ? `${dq(a.region)} is not an ISO 3166-2 subdivision code: write the country, a hyphen and the subdivision, e.g. "FR-69", "FR-67" or "CH-GE".`
      : `Region ${dq(a.region)} is not in the site’s country (${a.country}): write a subdivision of ${a.country} (e.g. "${a.country}-…") or fix the country.`,
  },
  doc: {
    explanation: {
      fr: 'La région d’un site choisit les jours fériés qui s’appliquent aux délais (Alsace-Moselle, cantons suisses) : elle doit être un code ISO 3166-2 du pays du site.',
      en: 'A site’s region selects the public holidays that apply to deadlines (Alsace-Moselle, Swiss cantons): it must be an ISO 3166-2 code of the site’s country.',
    },
    legalBasis: 'ISO 3166-2',
    example: 'site geneve { address "Rue du Rhône 14, 1204 Genève"; country CH; region FR-74 }',
    fixed: 'site geneve { address "Rue du Rhône 14, 1204 Genève"; country CH; region CH-GE }',
  },
});

export const backupLocationCountry = defineCode<{ kind: string }>({
  code: 'IG4115', severity: 'warning', rule: 'service.backup',
  title: { fr: 'Pays de la sauvegarde non précisé', en: 'Backup country not named' },
  message: {
    fr: (a) => `La copie ${a.kind === 'cloud' ? 'dans le cloud' : 'hors site'} ne précise pas son pays : écrivez par exemple « location ${a.kind} FR ».`,
    en: (a) => `The ${a.kind === 'cloud' ? 'cloud' : 'off-site'} copy does not name its country: write e.g. "location ${a.kind} FR".`,
  },
  doc: {
    explanation: {
      fr: 'Le pays d’hébergement d’une sauvegarde décide du régime des transferts de données (RGPD chapitre V, nLPD art. 16) et de la réversibilité ; il doit être nommé pour toute copie hors des locaux du client.',
      en: 'The hosting country of a backup decides the data-transfer regime (GDPR chapter V, Swiss FADP art. 16) and reversibility; it must be named for every copy kept outside the client’s premises.',
    },
    legalBasis: 'RGPD art. 44 s.; CH: LPD art. 16',
    example: 'backup { location cloud }',
    fixed: 'backup { location cloud FR }',
  },
});

const FREQUENCY_WORD: Readonly<Record<string, { fr: string; en: string }>> = {
  continuous: { fr: 'continue', en: 'continuous' }, hourly: { fr: 'horaire', en: 'hourly' }, daily: { fr: 'quotidienne', en: 'daily' },
  weekly: { fr: 'hebdomadaire', en: 'weekly' }, monthly: { fr: 'mensuelle', en: 'monthly' }, quarterly: { fr: 'trimestrielle', en: 'quarterly' },
  half_yearly: { fr: 'semestrielle', en: 'half-yearly' }, yearly: { fr: 'annuelle', en: 'yearly' },
};
const freq = (f: string, lang: 'fr' | 'en'): string => FREQUENCY_WORD[f]?.[lang] ?? f;

export const backupRetentionTooShort = defineCode<{ retention: string; frequency: string }>({
  code: 'IG4116', severity: 'error', rule: 'service.backup',
  title: { fr: 'Rétention plus courte que l’intervalle de sauvegarde', en: 'Retention shorter than the backup interval' },
  message: {
    fr: (a) => `Une rétention de ${dur(a.retention, 'fr')} avec une sauvegarde ${freq(a.frequency, 'fr')} laisse des périodes sans aucune copie : allongez la rétention (au moins l’intervalle entre deux sauvegardes) ou sauvegardez plus souvent.`,
    en: (a) => `A retention of ${dur(a.retention, 'en')} with a ${freq(a.frequency, 'en')} backup leaves periods without any copy: extend the retention (at least the interval between two backups) or back up more often.`,
  },
  doc: {
    explanation: {
      fr: 'Si une sauvegarde expire avant la suivante, il existe des moments où aucune copie n’est restaurable.',
      en: 'If a backup expires before the next one is taken, there are times when no copy can be restored.',
    },
    example: 'backup { frequency weekly; retention 3 days }',
    fixed: 'backup { frequency weekly; retention 5 weeks }',
  },
});

export const onsiteBeyondAllowance = defineCode<{ count: string; period: string }>({
  code: 'IG4180', severity: 'warning', rule: 'service.onsite',
  title: { fr: 'Interventions au-delà de l’inclus sans prix', en: 'No price beyond the included interventions' },
  message: {
    fr: (a) => `Les interventions sur site sont comprises dans la limite de ${a.count} par ${a.period === 'month' ? 'mois' : a.period === 'quarter' ? 'trimestre' : 'an'}, mais rien ne dit ce que coûtent les suivantes : ajoutez leur prix (« billed 95.00 EUR per hour »).`,
    en: (a) => `On-site interventions are included up to ${a.count} a ${a.period}, but nothing says what the next ones cost: add their price ("billed 95.00 EUR per hour").`,
  },
  doc: {
    explanation: {
      fr: 'Une franchise d’interventions incluses n’a de sens que si le prix des interventions au-delà est écrit : sans lui, le client ne sait pas ce qu’il paiera et le prix n’est pas déterminable.',
      en: 'An allowance of included interventions only makes sense if the price beyond it is written: without it, the client does not know what it will pay and the price is not determinable.',
    },
    legalBasis: 'FR: C. civ. 1163, 1165; CH: CO 394 al. 3; BE: C. civ. 5.69',
    example: 'onsite { sites hq; included up_to 2 per month; dispatch per_sla; travel included; priorities P1 }',
    fixed: 'onsite { sites hq; included up_to 2 per month; billed 95.00 EUR per hour; dispatch per_sla; travel included; priorities P1 }',
  },
});

export const onboardingDurationConflict = defineCode<{ effective: string; start: string }>({
  code: 'IG4181', severity: 'warning', rule: 'service.transition-in',
  title: { fr: 'Durée de la phase d’initialisation et début des prestations', en: 'Length of the initialisation phase and service start' },
  message: {
    fr: (a) => `Les prestations débutent le ${a.start}, après l’entrée en vigueur du ${a.effective} : la phase d’initialisation occupe cet intervalle, et sa durée (duration) le contredit. Retirez « duration », ou le début d’exécution.`,
    en: (a) => `The services start on ${a.start}, after entry into force on ${a.effective}: the initialisation phase fills that interval, and its length (duration) contradicts it. Remove "duration", or the service start date.`,
  },
  doc: {
    explanation: {
      fr: 'Quand l’exécution des prestations débute après l’entrée en vigueur, le contrat dit que la phase d’initialisation se déroule entre ces deux dates et que les délais garantis s’appliquent à compter du début d’exécution ; une durée propre à la phase fixerait une autre date de fin.',
      en: 'When the services start after entry into force, the contract says that the initialisation phase runs between those two dates and that the guaranteed times apply from the service start; a length of its own would set another end date.',
    },
    example: 'term { effective 2027-01-01; service_start 2027-02-01 }\nservices { onboarding { tasks inventory_audit; duration 10 business_days } }',
    fixed: 'term { effective 2027-01-01; service_start 2027-02-01 }\nservices { onboarding { tasks inventory_audit } }',
  },
});

export const unitPriceCurrency = defineCode<{ currency: string; fee: string }>({
  code: 'IG4182', severity: 'error', rule: 'scope.price-change',
  title: { fr: 'Prix unitaire dans une autre devise que la redevance', en: 'Unit price in another currency than the fee' },
  message: {
    fr: (a) => `Ce prix unitaire est en ${a.currency} alors que la redevance est en ${a.fee} : un ajustement de la redevance ne peut additionner deux devises ; écrivez le prix unitaire en ${a.fee}.`,
    en: (a) => `This unit price is in ${a.currency} while the fee is in ${a.fee}: an adjustment of the fee cannot add up two currencies; write the unit price in ${a.fee}.`,
  },
  doc: {
    explanation: {
      fr: 'Les prix unitaires valorisent les variations du périmètre qui s’ajoutent à la redevance ou s’en retranchent : ils doivent être exprimés dans la devise de la redevance.',
      en: 'Unit prices value the changes in scope added to or taken from the fee: they must be in the fee’s currency.',
    },
    legalBasis: 'FR: C. civ. 1163, 1343-3; CH: CO 84',
    example: 'price { fee 1450.00 EUR per month }\nscope { equipment desktops { kind desktop; count 10; unit_price 25.00 CHF per month } }',
    fixed: 'price { fee 1450.00 EUR per month }\nscope { equipment desktops { kind desktop; count 10; unit_price 25.00 EUR per month } }',
  },
});

export const quotaRolloverAboveAllowance = defineCode<{ cap: string; count: string }>({
  code: 'IG4183', severity: 'warning', rule: 'service.hotline',
  title: { fr: 'Plafond de report supérieur au volume de la période', en: 'Rollover cap above the period allowance' },
  message: {
    fr: (a) => `Le plafond de report (${a.cap}) dépasse le volume de la période (${a.count}) : le solde reporté ne peut excéder ce qui était compris ; abaissez le plafond ou choisissez « rollover next_period ».`,
    en: (a) => `The rollover cap (${a.cap}) exceeds the period allowance (${a.count}): the balance carried over cannot exceed what was included; lower the cap or choose "rollover next_period".`,
  },
  doc: {
    explanation: {
      fr: 'Un report plafonné limite le solde non consommé qui passe sur la période suivante ; un plafond plus élevé que le volume de la période n’en est pas un, et laisse croire à un report plus large que ce que le contrat peut donner.',
      en: 'A capped rollover limits the unused balance carried to the next period; a cap above the period allowance is none, and suggests a wider rollover than the contract can give.',
    },
    example: 'quota hours { count 40 per year; step 15 min; rollover capped 60; overage 75.00 EUR per hour }',
    fixed: 'quota hours { count 40 per year; step 15 min; rollover capped 10; overage 75.00 EUR per hour }',
  },
});

export const escalationLevelInvalid = defineCode<{ level: string; problem: string }>({
  code: 'IG4184', severity: 'warning', rule: 'governance.committees',
  title: { fr: 'Échelon d’escalade incohérent', en: 'Inconsistent escalation step' },
  message: {
    fr: (a) => a.problem === 'repeated'
      ? `L’échelon ${q(a.level)} figure deux fois dans la procédure d’escalade : chaque instance n’est saisie qu’une fois ; retirez le doublon.`
      : `L’échelon ${q(a.level)} renvoie à un comité que la gouvernance ne prévoit pas : déclarez-le (« ${a.level} quarterly { … } ») ou retirez cet échelon.`,
    en: (a) => a.problem === 'repeated'
      ? `Step ${dq(a.level)} appears twice in the escalation procedure: each body is seized once; remove the duplicate.`
      : `Step ${dq(a.level)} refers to a committee the governance does not provide for: declare it ("${a.level} quarterly { … }") or remove that step.`,
  },
  doc: {
    explanation: {
      fr: 'La procédure d’escalade saisit successivement des instances qui existent : un comité qui n’est pas institué ne peut être réuni en séance extraordinaire, et une instance saisie deux fois allonge la procédure sans effet.',
      en: 'The escalation procedure seizes bodies that exist in turn: a committee that is not set up cannot hold an extraordinary meeting, and a body seized twice lengthens the procedure to no effect.',
    },
    example: 'governance { escalation { level contract_managers within 5 business_days; level steering within 10 business_days } }',
    fixed: 'governance { steering quarterly { members executives, contract_managers }; escalation { level contract_managers within 5 business_days; level steering within 10 business_days } }',
  },
});
