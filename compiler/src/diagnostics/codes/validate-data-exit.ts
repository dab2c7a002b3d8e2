// Catalogue band IG4200–IG4249: validity checks of brief §3.5 for personal data, intellectual property,
// reversibility and exit (ranges, "never billed" items, transfer mechanisms, Data Act periods). Emitted by
// model/checks/data-exit/validate.ts; the figures come from model/checks/data-exit/tables.ts.
import { defineCode } from '../catalogue.ts';
import { humanDuration as dur } from '../durations.ts';
import type { Locale } from '../types.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `"${s}"`;
/** `≤ 2 months` in the reader's words. */
const limit = (text: string, l: Locale): string => text.replace(/\d+(?:\.\d+)? [a-z_]+/u, (d) => dur(d, l));

export const assistanceOutOfRange = defineCode<{ value: string; min: number; max: number }>({
  code: 'IG4200',
  severity: 'warning',
  rule: 'reversibility.plan',
  title: { fr: 'Durée d’assistance à la réversibilité inhabituelle', en: 'Unusual reversibility assistance duration' },
  message: {
    fr: (a) => `Assistance à la réversibilité de ${dur(a.value, 'fr')} : hors de la plage usuelle de ${a.min} à ${a.max} mois. Trop courte, elle ne laisse pas au successeur le temps de reprendre ; trop longue, elle prolonge la dépendance. Indiquez par exemple « duration 3 months ».`,
    en: (a) => `Reversibility assistance of ${dur(a.value, 'en')}: outside the usual range of ${a.min} to ${a.max} months. Too short leaves the successor no time to take over; too long prolongs the dependency. State for instance "duration 3 months".`,
  },
  doc: {
    explanation: {
      fr: 'L’assistance à la réversibilité dure habituellement de 1 à 12 mois selon la taille du SI (plage configurable).',
      en: 'Reversibility assistance usually lasts 1 to 12 months depending on the size of the IS (configurable range).',
    },
    legalBasis: 'Guide ANSSI de l’externalisation',
    example: 'reversibility {\n  assistance { duration 2 weeks; from end_notice }\n}',
    fixed: 'reversibility {\n  assistance { duration 3 months; from end_notice }\n}',
  },
});

export const assistanceShortForCloud = defineCode<{ value: string; min: number }>({
  code: 'IG4201',
  severity: 'warning',
  rule: 'reversibility.plan',
  title: { fr: 'Assistance trop courte pour un service cloud', en: 'Assistance too short for a cloud service' },
  message: {
    fr: (a) => `Assistance à la réversibilité de ${dur(a.value, 'fr')} alors que le contrat inclut un service cloud : prévoyez au moins ${a.min} jours, le temps de la période transitoire et de la récupération des données du Data Act.`,
    en: (a) => `Reversibility assistance of ${dur(a.value, 'en')} although the contract includes a cloud service: provide at least ${a.min} days, the time of the Data Act transitional and data-retrieval periods.`,
  },
  doc: {
    explanation: {
      fr: 'Avec un service cloud, l’assistance doit couvrir au moins la période transitoire (30 jours) et la récupération des données (≥ 30 jours) du Data Act.',
      en: 'With a cloud service, assistance must cover at least the Data Act transitional period (30 days) and data retrieval (≥ 30 days).',
    },
    legalBasis: 'Règlement (UE) 2023/2854 art. 25',
    example: 'reversibility {\n  assistance { duration 2 weeks; from end_notice }\n}\nexit { cloud_switching { notice 2 months } }',
    fixed: 'reversibility {\n  assistance { duration 2 months; from end_notice }\n}\nexit { cloud_switching { notice 2 months } }',
  },
});

export const dossierUpdateTooRare = defineCode<{ value: string }>({
  code: 'IG4202',
  severity: 'warning',
  rule: 'exit.technical-dossier',
  title: { fr: 'Dossier technique mis à jour trop rarement', en: 'Technical dossier updated too rarely' },
  message: {
    fr: (a) => `Dossier technique mis à jour trop rarement (« updated ${a.value} ») : il doit l’être au moins une fois par an et après chaque changement significatif. Écrivez « updated yearly » (ou plus souvent) et « after_changes ».`,
    en: (a) => `Technical dossier updated too rarely ("updated ${a.value}"): it must be updated at least yearly and after each significant change. Write "updated yearly" (or more often) and "after_changes".`,
  },
  doc: {
    explanation: {
      fr: 'Un dossier technique périmé ne permet pas au successeur de reprendre le SI : mise à jour au moins annuelle.',
      en: 'An outdated technical dossier does not let the successor take over the IS: update it at least yearly.',
    },
    legalBasis: 'FR: C. civ. 1104, 1194; CH: CO 400 al. 1; ANSSI, Maîtriser les risques de l’infogérance (2010)',
    example: 'exit {\n  technical_dossier { updated every 24 months }\n}',
    fixed: 'exit {\n  technical_dossier { updated yearly; after_changes }\n}',
  },
});

export const breachNoticeLate = defineCode<{ hours: number; recommended: number }>({
  code: 'IG4203',
  severity: 'warning',
  title: { fr: 'Notification des violations tardive', en: 'Late breach notification' },
  message: {
    fr: (a) => `Notification des violations au client sous ${a.hours} h : le client n’a que 72 h pour notifier l’autorité ; ${a.recommended} h au plus sont recommandées (« within 24 h » est courant).`,
    en: (a) => `Breach notification to the controller within ${a.hours} h: the controller has only 72 h to notify the authority; at most ${a.recommended} h is recommended ("within 24 h" is common).`,
  },
  doc: {
    explanation: {
      fr: 'Le sous-traitant notifie « dans les meilleurs délais » ; au-delà de 48 h, le client n’a plus le temps d’analyser la violation avant l’échéance de 72 h.',
      en: 'The processor notifies "without undue delay"; beyond 48 h the controller has no time left to analyse the breach before its 72-hour deadline.',
    },
    legalBasis: 'RGPD art. 33(1) et (2)',
    example: 'personal_data {\n  breach_notification { within 60 h }\n}',
    fixed: 'personal_data {\n  breach_notification { within 24 h }\n}',
  },
});

export const breachNoticeTooLate = defineCode<{ hours: number; max: number }>({
  code: 'IG4204',
  severity: 'error',
  title: { fr: 'Notification des violations hors délai légal', en: 'Breach notification beyond the legal window' },
  message: {
    fr: (a) => `Notification des violations au client sous ${a.hours} h : au-delà de ${a.max} h, le client ne peut plus respecter son propre délai de 72 h envers l’autorité. Réduisez-la, par exemple « within 24 h ».`,
    en: (a) => `Breach notification to the controller within ${a.hours} h: beyond ${a.max} h the controller cannot meet its own 72-hour deadline towards the authority. Shorten it, for instance "within 24 h".`,
  },
  doc: {
    explanation: {
      fr: 'Le responsable du traitement doit notifier l’autorité dans les 72 h après en avoir pris connaissance ; un délai contractuel plus long le met mécaniquement en infraction.',
      en: 'The controller must notify the authority within 72 h of becoming aware; a longer contractual delay puts it in breach automatically.',
    },
    legalBasis: 'RGPD art. 33(1) et (2)',
    example: 'personal_data {\n  breach_notification { within 96 h }\n}',
    fixed: 'personal_data {\n  breach_notification { within 24 h }\n}',
  },
});

export const subprocessorNoticeShort = defineCode<{ value: string; min: number }>({
  code: 'IG4205',
  severity: 'warning',
  rule: 'data.subprocessors',
  title: { fr: 'Préavis de changement de sous-traitant court', en: 'Short sub-processor change notice' },
  message: {
    fr: (a) => `Information préalable de ${dur(a.value, 'fr')} avant un changement de sous-traitant ultérieur : au moins ${a.min} jours sont recommandés pour que le client puisse s’y opposer utilement (« notice 30 days »).`,
    en: (a) => `Prior notice of ${dur(a.value, 'en')} before a sub-processor change: at least ${a.min} days is recommended so the client can object meaningfully ("notice 30 days").`,
  },
  doc: {
    explanation: {
      fr: 'Le droit d’opposition n’a de portée que si le client dispose d’un délai raisonnable pour examiner le nouveau sous-traitant.',
      en: 'The right to object is meaningful only if the client has a reasonable time to examine the new sub-processor.',
    },
    legalBasis: 'RGPD art. 28(2)',
    example: 'subprocessors {\n  notice 5 days\n}',
    fixed: 'subprocessors {\n  notice 30 days\n}',
  },
});

export const exitItemBilled = defineCode<{ item: string }>({
  code: 'IG4206',
  severity: 'error',
  title: { fr: 'Élément de sortie facturé', en: 'Exit item billed' },
  message: {
    fr: (a) => `${a.item === 'credentials' ? 'La remise des identifiants' : 'La remise du dossier technique'} ne peut pas être facturée : c’est la condition minimale de la réversibilité. Écrivez ${q(a.item === 'credentials' ? 'charge free' : 'handover free')}.`,
    en: (a) => `${a.item === 'credentials' ? 'The handover of credentials' : 'The handover of the technical dossier'} cannot be billed: it is the minimum condition of reversibility. Write ${dq(a.item === 'credentials' ? 'charge free' : 'handover free')}.`,
  },
  doc: {
    explanation: {
      fr: 'Le dossier technique et les identifiants appartiennent au client ; les facturer à la sortie revient à une prise d’otage. Le reste de la réversibilité peut être facturé (inclus, plafonné ou au tarif).',
      en: 'The technical dossier and the credentials belong to the client; billing them at exit amounts to holding it hostage. The rest of the reversibility may be billed (included, capped or rate card).',
    },
    legalBasis: 'FR: C. civ. 1104, 1194; CH: CO 400 al. 1; ANSSI, Maîtriser les risques de l’infogérance (2010)',
    example: 'exit {\n  technical_dossier { handover billed }\n}',
    fixed: 'exit {\n  technical_dossier { handover free }\n}',
  },
});

export const licencesHeldByProvider = defineCode<Record<string, never>>({
  code: 'IG4207',
  severity: 'warning',
  rule: 'ip.third-party-licences',
  title: { fr: 'Licences au nom du prestataire', en: 'Licences held by the provider' },
  message: {
    fr: () => 'Licences et abonnements cloud souscrits au nom du prestataire : à la sortie, le client devra les racheter ou obtenir leur transfert. Préférez « holder client ».',
    en: () => 'Licences and cloud subscriptions held in the provider’s name: at exit the client will have to buy them again or obtain their transfer. Prefer "holder client".',
  },
  doc: {
    explanation: {
      fr: 'Des licences au nom du client restent au client quel que soit le prestataire : c’est la condition d’une réversibilité sans rupture.',
      en: 'Licences in the client’s name stay with the client whatever the provider: that is what makes reversibility seamless.',
    },
    example: 'ip {\n  third_party_licences { holder provider; payer provider_rebilled; administrator provider }\n}',
    fixed: 'ip {\n  third_party_licences { holder client; payer client; administrator provider }\n}',
  },
});

export const transferMechanismInvalid = defineCode<{ country: string; mechanism: string; regime: string }>({
  code: 'IG4208',
  severity: 'error',
  rule: 'data.transfers',
  title: { fr: 'Mécanisme de transfert inapplicable', en: 'Transfer mechanism not applicable' },
  message: {
    fr: (a) => a.mechanism === 'dpf'
      ? `Le Data Privacy Framework ne couvre que les destinataires certifiés aux États-Unis, pas ${q(a.country)}. Utilisez « mechanism scc » ou un autre mécanisme.`
      : `Aucune décision d’adéquation (${a.regime}) ne couvre ${q(a.country)}${a.country === 'US' ? ' (aux États-Unis, seuls les destinataires certifiés DPF : « mechanism dpf »)' : ''}. Utilisez « mechanism scc », « bcr » ou un autre mécanisme.`,
    en: (a) => a.mechanism === 'dpf'
      ? `The Data Privacy Framework only covers certified recipients in the United States, not ${dq(a.country)}. Use "mechanism scc" or another mechanism.`
      : `No adequacy decision (${a.regime}) covers ${dq(a.country)}${a.country === 'US' ? ' (in the United States only DPF-certified recipients: "mechanism dpf")' : ''}. Use "mechanism scc", "bcr" or another mechanism.`,
  },
  doc: {
    explanation: {
      fr: 'Un transfert fondé sur l’adéquation n’est licite que vers un pays figurant sur la liste de la Commission européenne (RGPD) ou de l’annexe 1 de l’OPDo (LPD) ; la table est datée et doit être revue à chaque version.',
      en: 'A transfer based on adequacy is lawful only to a country on the European Commission’s list (GDPR) or Annex 1 of the Swiss OPDo (LPD); the table is dated and must be reviewed at each release.',
    },
    legalBasis: 'RGPD art. 45–46; LPD art. 16',
    example: 'personal_data {\n  transfer IN { mechanism adequacy }\n}',
    fixed: 'personal_data {\n  transfer IN { mechanism scc }\n}',
  },
});

export const dataActPeriodUnfavourable = defineCode<{ what: string; value: string; limit: string }>({
  code: 'IG4209',
  severity: 'error',
  rule: 'exit.cloud-switching',
  title: { fr: 'Délai du Data Act moins favorable', en: 'Data Act period less favourable' },
  message: {
    fr: (a) => `Changement de fournisseur cloud : ${q(`${a.what} ${a.value}`)} est moins favorable au client que le Data Act (${limit(a.limit, 'fr')}). Corrigez la valeur.`,
    en: (a) => `Cloud switching: ${dq(`${a.what} ${a.value}`)} is less favourable to the customer than the Data Act (${limit(a.limit, 'en')}). Correct the value.`,
  },
  doc: {
    explanation: {
      fr: 'Les délais du Data Act sont des maxima (préavis 2 mois, période de transition 30 jours, pouvant être portée à 7 mois au plus lorsque 30 jours sont techniquement impossibles) ou des minima (récupération 30 jours) impératifs : une clause moins favorable est inopposable au client.',
      en: 'The Data Act periods are mandatory maxima (notice 2 months, transitional period 30 days, which may be extended to at most 7 months where 30 days is technically unfeasible) or minima (retrieval 30 days): a less favourable term cannot be enforced against the customer.',
    },
    legalBasis: 'Règlement (UE) 2023/2854 art. 25(2)(a), (d), (g) et 25(4)',
    example: 'exit {\n  cloud_switching { notice 3 months }\n}',
    fixed: 'exit {\n  cloud_switching { notice 2 months }\n}',
  },
});

export const switchingChargesProhibited = defineCode<{ from: string }>({
  code: 'IG4210',
  severity: 'error',
  rule: 'exit.cloud-switching',
  title: { fr: 'Frais de changement interdits', en: 'Switching charges prohibited' },
  message: {
    fr: (a) => `Frais de changement « at_cost » alors que le contrat court au-delà du ${a.from} : à partir de cette date, tout frais de changement de fournisseur est interdit. Écrivez « charges none ».`,
    en: (a) => `Switching charges "at_cost" although the contract runs beyond ${a.from}: from that date any switching charge is prohibited. Write "charges none".`,
  },
  doc: {
    explanation: {
      fr: 'Jusqu’au 11 janvier 2027 les frais de changement sont limités au coût réel ; à partir du 12 janvier 2027 ils sont interdits. La date comparée est la fin du contrat (entrée en vigueur + durée initiale) ou, à défaut, la date du jour.',
      en: 'Until 11 January 2027 switching charges are limited to cost; from 12 January 2027 they are prohibited. The date compared is the end of the contract (effective date + initial term) or, failing that, today.',
    },
    legalBasis: 'Règlement (UE) 2023/2854 art. 29',
    example: 'exit {\n  cloud_switching { charges at_cost }\n}',
    fixed: 'exit {\n  cloud_switching { charges none }\n}',
  },
});
