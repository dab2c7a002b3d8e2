// Catalogue band file; see ../index.ts for the bands. IG5050–IG5099: writing the SLA JSON v1 document
// (spec sla-v1.md) from a checked contract. Emitted by compiler/src/backends/sla/from-model.ts, which
// imports this file so the codes register. The backend runs only on a contract without errors, so these
// report what the document needs beyond the checklist, or a bug of the backend (IG5054).
import { defineCode } from '../catalogue.ts';

const SPEC = 'SLA JSON v1 (docs/sla-v1.md)';

export const slaFactMissing = defineCode<{ fact: string }>({
  code: 'IG5050',
  severity: 'error',
  title: { fr: 'Fait nécessaire au SLA JSON absent', en: 'Fact required by the SLA JSON missing' },
  message: {
    fr: (a) => `Le document SLA JSON a besoin de « ${a.fact} », que le contrat n’indique pas : ajoutez-le pour générer le fichier .sla.json.`,
    en: (a) => `The SLA JSON document needs "${a.fact}", which the contract does not state: add it to write the .sla.json file.`,
  },
  doc: {
    explanation: {
      fr: 'Le fichier .sla.json est lu par les outils de helpdesk sans jamais revenir au contrat : chaque champ obligatoire du format (référence, langue, canaux, plafond des pénalités…) doit venir d’un fait écrit, jamais d’une valeur devinée.',
      en: 'The .sla.json file is read by helpdesk tools that never go back to the contract: every required field of the format (reference, language, channels, penalty cap…) must come from a written fact, never from a guess.',
    },
    reference: SPEC,
    example: 'contract "Infogérance" {\n  law FR\n  …\n}',
    fixed: 'contract "Infogérance" {\n  reference "NS-2027-014"\n  law FR\n  …\n}',
  },
});

export const slaTextUntranslated = defineCode<{ priority: string; field: string }>({
  code: 'IG5051',
  severity: 'error',
  title: { fr: 'Texte de priorité sans traduction anglaise', en: 'Priority text without an English translation' },
  message: {
    fr: (a) => `Le ${a.field === 'label' ? 'libellé' : 'critère'} de ${a.priority} n’a pas de texte ${a.field === 'label' ? 'anglais' : 'en anglais'} : le SLA JSON exige le français et l’anglais ; écrivez les deux textes.`,
    en: (a) => `The ${a.field} of ${a.priority} has no English text: the SLA JSON requires French and English; write both texts.`,
  },
  doc: {
    explanation: {
      fr: 'Comme la règle sla.priorities (IG3054), le document ne recopie jamais le français à la place de l’anglais : un outil de helpdesk en anglais afficherait sinon un libellé non traduit présenté comme une traduction.',
      en: 'Like rule sla.priorities (IG3054), the document never copies the French text in place of the English one: an English helpdesk would otherwise show an untranslated label presented as a translation.',
    },
    reference: SPEC,
    example: 'priority P1 "Bloquant" { criteria "Production arrêtée" }',
    fixed: 'priority P1 "Bloquant" "Blocking" { criteria "Production arrêtée" "Production down" }',
  },
});

// IG5052 (an escalation's priority not exported) is retired: SLA JSON v1 carries `escalation[].priorities`
// since revision 1.1 (docs/sla-v1.md "Revisions"). Never reuse the number.

// IG5053 (a contract calendar named `24x7`, the document's name for elapsed time) is retired: a name
// never starts with a digit, so no contract can declare that calendar (test/sla/from-model.test.ts
// pins it). The number is not reused.

export const slaDocumentInvalid = defineCode<{ detail: string }>({
  code: 'IG5054',
  severity: 'error',
  internal: true,
  title: { fr: 'Document SLA JSON invalide (bogue interne)', en: 'Invalid SLA JSON document (internal bug)' },
  message: {
    fr: (a) => `Le document SLA JSON produit ne respecte pas son schéma (${a.detail}) ; aucun fichier n’est écrit. C’est un bogue d’infog : merci de le signaler avec le contrat.`,
    en: (a) => `The SLA JSON document produced does not match its schema (${a.detail}); no file is written. This is a bug in infog: please report it with the contract.`,
  },
  doc: {
    explanation: {
      fr: 'Chaque document est validé par le schéma zod avant d’être écrit : un document invalide n’est jamais produit.',
      en: 'Every document is validated with the zod schema before it is written: an invalid document is never produced.',
    },
    reference: SPEC,
  },
});

export const slaValueUnsupported = defineCode<{ fact: string; value: string; expected: string }>({
  code: 'IG5055',
  severity: 'error',
  title: { fr: 'Valeur non représentable en SLA JSON', en: 'Value the SLA JSON cannot represent' },
  message: {
    fr: (a) => `« ${a.fact} » vaut ${a.value}, que le SLA JSON v1 ne peut pas représenter (attendu : ${a.expected}).`,
    en: (a) => `"${a.fact}" is ${a.value}, which SLA JSON v1 cannot represent (expected: ${a.expected}).`,
  },
  doc: {
    explanation: {
      fr: 'Le format est volontairement étroit pour que les outils de helpdesk le lisent sans ambiguïté : montants en EUR ou CHF, pourcentages d’escalade entiers, quotas en nombres entiers de minutes.',
      en: 'The format is deliberately narrow so helpdesk tools read it unambiguously: amounts in EUR or CHF, whole escalation percentages, quotas in whole minutes.',
    },
    reference: SPEC,
    example: 'escalation restore at 82.5% to "Directeur technique"',
    fixed: 'escalation restore at 80% to "Directeur technique"',
  },
});
