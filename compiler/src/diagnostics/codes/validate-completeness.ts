// Catalogue band IG4119–IG4129 (after IG4117–IG4118): facts that contradict or leave out what the rest of
// the contract says (issue 17, "completeness holes"), emitted by model/checks/completeness.ts.
import { defineCode } from '../catalogue.ts';

export const processingDenied = defineCode<{ because: readonly string[] }>({
  code: 'IG4119',
  severity: 'error',
  rule: 'data.gdpr-dpa',
  title: { fr: '« processing no » contredit le contrat', en: '"processing no" contradicts the contract' },
  message: {
    fr: (a) => `Le contrat indique « processing no », mais le prestataire ${a.because.join(', ')} : il traite donc des données personnelles pour le client. Écrivez « processing yes » et l’accord de sous-traitance (RGPD art. 28).`,
    en: (a) => `The contract says "processing no", but the provider ${a.because.join(', ')}: it therefore processes personal data for the client. Write "processing yes" and the processing agreement (GDPR art. 28).`,
  },
  doc: {
    explanation: {
      fr: 'Maintenir des boîtes aux lettres, des sauvegardes ou des postes à distance, c’est traiter des données personnelles (consultation, conservation : RGPD art. 4(2)). Le prestataire est alors sous-traitant et l’accord de l’art. 28 est obligatoire ; « processing no » ne peut pas l’écarter.',
      en: 'Maintaining mailboxes, backups or workstations remotely is processing personal data (consultation, storage: GDPR art. 4(2)). The provider is then a processor and the art. 28 agreement is mandatory; "processing no" cannot set it aside.',
    },
    legalBasis: 'RGPD / GDPR art. 4(2), 28(1), 28(3)',
    example: 'services { backup { frequency daily } }\npersonal_data { processing no }',
    fixed: 'services { backup { frequency daily } }\npersonal_data { processing yes … }',
  },
});

export const convenienceNoticeOverTerm = defineCode<{ notice: string; initial: string }>({
  code: 'IG4120',
  severity: 'error',
  rule: 'termination.convenience',
  title: { fr: 'Préavis de résiliation plus long que la durée initiale', en: 'Termination notice longer than the initial term' },
  message: {
    fr: (a) => `Le préavis de résiliation pour convenance (${a.notice}) dépasse la durée initiale du contrat (${a.initial}) : la faculté de résilier est illusoire pendant toute la période initiale. Raccourcissez le préavis.`,
    en: (a) => `The notice for termination for convenience (${a.notice}) exceeds the initial term (${a.initial}): the right to terminate is illusory throughout the initial period. Shorten the notice.`,
  },
  doc: {
    explanation: {
      fr: 'Un préavis plus long que la durée ferme du contrat vide la clause de résiliation de sa substance ; c’est presque toujours une erreur d’unité (jours / mois) ou de durée.',
      en: 'A notice longer than the fixed term empties the termination clause of its substance; it is almost always a mistake of unit (days / months) or of length.',
    },
    legalBasis: 'FR: C. civ. 1170, 1211; BE: C. civ. art. 5.52; CH: CO 404',
    example: 'term { initial 12 months; termination convenience { notice 18 months } }',
    fixed: 'term { initial 12 months; termination convenience { notice 3 months } }',
  },
});

export const onsiteNotDefined = defineCode<{ because: readonly string[] }>({
  code: 'IG4121',
  severity: 'error',
  rule: 'sla.onsite-delay',
  title: { fr: 'Intervention sur site vendue mais non définie', en: 'On-site support sold but not defined' },
  message: {
    fr: (a) => `Le contrat vend l’intervention sur site (${a.because.join(', ')}) sans la définir : ajoutez support { onsite { sites …; included …; billed … } }.`,
    en: (a) => `The contract sells on-site support (${a.because.join(', ')}) without defining it: add support { onsite { sites …; included …; billed … } }.`,
  },
  doc: {
    explanation: {
      fr: 'Des délais ou pénalités « onsite », ou l’objet « onsite_support », promettent des déplacements ; sans le bloc support { onsite } le contrat ne dit ni où, ni combien sont inclus, ni à quel prix les autres sont facturés.',
      en: '"onsite" targets or penalties, or the object "onsite_support", promise visits; without the support { onsite } block the contract says neither where, how many are included, nor at what price the others are billed.',
    },
    legalBasis: 'FR: C. civ. 1163 (objet déterminable); BE: C. civ. art. 5.50; CH: CO 184',
    example: 'sla { priority P1 { onsite 4 business_hours } }',
    fixed: 'support { onsite { sites hq; included up_to 2 per month } }\nsla { priority P1 { onsite 4 business_hours } }',
  },
});

export const kindMissing = defineCode<Record<string, never>>({
  code: 'IG4122',
  severity: 'error',
  rule: 'contract.object',
  title: { fr: 'Type de contrat non indiqué', en: 'Contract kind not stated' },
  message: {
    fr: () => 'Indiquez le type de contrat (« kind infogerance » ou « kind maintenance ») : le niveau de plusieurs règles en dépend (maintien en condition opérationnelle, délai de rétablissement).',
    en: () => 'State the contract kind ("kind infogerance" or "kind maintenance"): the level of several rules depends on it (operational maintenance, restoration time).',
  },
  doc: {
    explanation: {
      fr: 'Un contrat d’infogérance exige plus qu’un contrat de maintenance (MCO, GTR de P1). Sans « kind », ces règles retomberaient silencieusement à leur niveau le plus faible.',
      en: 'A managed-services agreement demands more than a maintenance one (operational maintenance, P1 restoration time). Without "kind", these rules would silently fall to their weakest level.',
    },
    example: 'contract "X" { law FR }',
    fixed: 'contract "X" { kind infogerance; law FR }',
  },
});
