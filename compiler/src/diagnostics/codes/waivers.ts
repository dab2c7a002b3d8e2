// Catalogue band IG22xx: waivers of checklist rules (`waive "rule" because "reason"`).
import { defineCode, suggestion } from '../catalogue.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `"${s}"`;

export const unknownWaivedRule = defineCode<{ rule: string; suggestions: readonly string[] }>({
  code: 'IG2201',
  severity: 'error',
  title: { fr: 'Règle inconnue dans une dérogation', en: 'Unknown rule in a waiver' },
  message: {
    fr: (a) => `${q(a.rule)} n'est pas une règle de la liste de contrôle (voir infog rules).${suggestion(a.suggestions, 'fr')}`,
    en: (a) => `${dq(a.rule)} is not a checklist rule (see infog rules).${suggestion(a.suggestions, 'en')}`,
  },
  doc: {
    explanation: { fr: 'Une dérogation nomme une règle par son identifiant (par exemple sla.penalties), tel que `infog rules` les liste.', en: 'A waiver names a rule by its id (for instance sla.penalties), as `infog rules` lists them.' },
    example: 'waive "sla.penalty" because "Négocié"',
    fixed: 'waive "sla.penalties" because "Pénalités négociées dans l’avenant n° 1"',
  },
});

export const requiredRuleWaived = defineCode<{ rule: string; satisfied?: string }>({
  code: 'IG2202',
  severity: 'error',
  title: { fr: 'Dérogation à une règle obligatoire', en: 'Waiver of a required rule' },
  message: {
    fr: (a) => `La règle ${q(a.rule)} est obligatoire pour ce contrat : elle ne peut pas faire l'objet d'une dérogation ; ${a.satisfied === 'yes' ? 'elle est d’ailleurs satisfaite : retirez la dérogation' : 'complétez les faits manquants'}.`,
    en: (a) => `Rule ${dq(a.rule)} is required for this contract: it cannot be waived; ${a.satisfied === 'yes' ? 'it is satisfied anyway: remove the waiver' : 'state the missing facts instead'}.`,
  },
  doc: {
    explanation: { fr: 'Seules les règles RECOMMANDÉES ou FACULTATIVES peuvent être levées, avec une raison ; une règle obligatoire protège un élément sans lequel le contrat est incomplet.', en: 'Only RECOMMENDED or OPTIONAL rules can be waived, with a reason; a required rule protects an element without which the contract is incomplete.' },
    example: 'waive "reversibility.plan" because "Pas utile"',
    fixed: 'reversibility { … }',
  },
});

export const unusedWaiver = defineCode<{ rule: string }>({
  code: 'IG2203',
  severity: 'warning',
  title: { fr: 'Dérogation sans objet', en: 'Unused waiver' },
  message: {
    fr: (a) => `La dérogation à ${q(a.rule)} est sans objet : la règle est satisfaite ou ne s'applique pas ; retirez-la.`,
    en: (a) => `The waiver of ${dq(a.rule)} is unused: the rule is satisfied or does not apply; remove it.`,
  },
  doc: {
    explanation: { fr: 'Une dérogation périmée figurerait à tort dans l’annexe des dérogations du contrat.', en: 'A stale waiver would wrongly appear in the contract’s annex of waivers.' },
    example: 'waive "insurance" because "…"   // alors que l’assurance est décrite',
  },
});

export const waiverWithoutReason = defineCode<{ rule: string }>({
  code: 'IG2204',
  severity: 'error',
  title: { fr: 'Dérogation sans raison', en: 'Waiver without a reason' },
  message: {
    fr: (a) => `La dérogation à ${q(a.rule)} doit donner une raison non vide : waive "${a.rule}" because "…".`,
    en: (a) => `The waiver of ${dq(a.rule)} must give a non-empty reason: waive "${a.rule}" because "…".`,
  },
  doc: {
    explanation: { fr: 'La raison fait partie de la piste d’audit du contrat et figure dans l’annexe des dérogations.', en: 'The reason is part of the contract’s audit trail and appears in the annex of waivers.' },
    example: 'waive "sla.penalties" because ""',
    fixed: 'waive "sla.penalties" because "Pénalités négociées dans l’avenant n° 1"',
  },
});

export const duplicateWaiver = defineCode<{ rule: string }>({
  code: 'IG2205',
  severity: 'error',
  title: { fr: 'Dérogation en double', en: 'Duplicate waiver' },
  message: {
    fr: (a) => `La règle ${q(a.rule)} fait déjà l'objet d'une dérogation ; gardez-en une seule.`,
    en: (a) => `Rule ${dq(a.rule)} is already waived; keep a single waiver.`,
  },
  doc: {
    explanation: { fr: 'Chaque règle est levée au plus une fois, avec une seule raison.', en: 'Each rule is waived at most once, with one reason.' },
    example: 'waive "insurance" because "A"\nwaive "insurance" because "B"',
  },
});
