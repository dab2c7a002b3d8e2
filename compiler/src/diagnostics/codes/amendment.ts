// Catalogue band IG80xx: amendments (backends/diff, backends/amendment). The findings on a change
// between the signed contract and its new version: what an amendment cannot do by itself, with its
// legal basis, and what drafting the amendment needs.
import { defineCode } from '../catalogue.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `“${s}”`;

export const noAmendmentDeclared = defineCode<Record<string, never>>({
  code: 'IG8001',
  severity: 'error',
  title: { fr: 'Avenant non déclaré', en: 'Amendment not declared' },
  message: {
    fr: () => 'La nouvelle version ne déclare pas l’avenant à rédiger : ajoutez-le à l’historique (amendments { amendment <numéro> { signature …; effective …; object "…" "…" } }).',
    en: () => 'The new version does not declare the amendment to draft: add it to the history (amendments { amendment <number> { signature …; effective …; object "…" "…" } }).',
  },
  doc: {
    explanation: {
      fr: 'L’avenant prend son numéro, ses dates et son objet dans l’historique du contrat : le plus grand numéro que la nouvelle version déclare et que la version signée n’a pas.',
      en: 'The amendment takes its number, dates and subject from the contract’s history: the highest number the new version declares that the signed version lacks.',
    },
    legalBasis: 'FR: C. civ. 1193; CH: CO 1, 12; BE: C. civ. 5.69',
    example: 'amendments { written_for scope, sla, price }',
    fixed: 'amendments {\n  written_for scope, sla, price\n  amendment 1 { signature 2027-06-15; effective 2027-07-01; object "Site d’Annecy" "Annecy site" }\n}',
  },
});

export const partyReplaced = defineCode<{ role_fr: string; role_en: string; before: string; after: string }>({
  code: 'IG8002',
  severity: 'warning',
  title: { fr: 'Partie remplacée', en: 'Party replaced' },
  message: {
    fr: (a) => `${q(a.before)} est remplacé par ${q(a.after)} comme ${a.role_fr} : c’est une cession du contrat (ou une novation), qui exige l’accord du cocontractant cédé et un acte de cession, pas un simple avenant.`,
    en: (a) => `${dq(a.before)} is replaced by ${dq(a.after)} as ${a.role_en}: that is an assignment of the contract (or a novation), which needs the consent of the other party and a deed of assignment, not a mere amendment.`,
  },
  doc: {
    explanation: {
      fr: 'Changer de cocontractant n’est pas modifier le contrat : la cession de contrat suppose l’accord du cédé, qui peut l’avoir donné d’avance (clause de cession), et prend effet à sa notification ; sans elle, il faut un nouveau contrat (novation par changement de débiteur ou de créancier).',
      en: 'Changing the other party is not amending the contract: an assignment of contract needs the consent of the other party, which may have been given in advance (assignment clause), and takes effect when notified; otherwise a new contract is needed (novation by change of obligor or obligee).',
    },
    legalBasis: 'FR: C. civ. 1216 à 1216-3, 1329 s.; CH: CO 164 s., 175 s. (reprise de dette); BE: C. civ. 5.179 s.',
  },
});

export const priceOutsideRevision = defineCode<{ before_fr: string; before_en: string; after_fr: string; after_en: string; change_fr: string; change_en: string; cap_fr: string; cap_en: string }>({
  code: 'IG8003',
  severity: 'warning',
  title: { fr: 'Prix modifié hors clause de révision', en: 'Price changed outside the revision clause' },
  message: {
    fr: (a) => `La redevance passe de ${a.before_fr} à ${a.after_fr} (${a.change_fr}), ${a.cap_fr === '' ? 'alors que le contrat n’a pas de clause de révision' : `au-delà du plafond de la clause de révision (${a.cap_fr})`} : c’est une renégociation du prix, que l’avenant doit présenter comme telle et que les deux Parties acceptent expressément.`,
    en: (a) => `The fee goes from ${a.before_en} to ${a.after_en} (${a.change_en}), ${a.cap_en === '' ? 'while the contract has no revision clause' : `beyond the cap of the revision clause (${a.cap_en})`}: that is a renegotiation of the price, which the amendment must present as such and both Parties expressly accept.`,
  },
  doc: {
    explanation: {
      fr: 'La révision indexée s’applique d’elle-même dans les limites de la clause ; au-delà, le prix est une condition essentielle que seul un accord exprès des deux Parties modifie. L’avenant doit alors dire que le prix est renégocié, et non révisé.',
      en: 'An indexed revision applies by itself within the limits of the clause; beyond them, the price is an essential term that only the express agreement of both Parties changes. The amendment must then say that the price is renegotiated, not revised.',
    },
    legalBasis: 'FR: C. civ. 1193, 1167 (indice de remplacement), C. mon. fin. L112-2; CH: CO 1, 373 al. 2; BE: C. civ. 5.69',
  },
});

export const slaWeakenedUnderPenalties = defineCode<{ target_fr: string; target_en: string; before_fr: string; before_en: string; after_fr: string; after_en: string }>({
  code: 'IG8004',
  severity: 'warning',
  title: { fr: 'Niveau de service affaibli alors que des pénalités courent', en: 'Service level weakened while penalties apply' },
  message: {
    fr: (a) => `${a.target_fr} passe de ${a.before_fr} à ${a.after_fr} alors que le contrat prévoit des pénalités sur ce délai : le Client renonce à une partie de leur assiette ; l’avenant doit le dire expressément et régler le sort des pénalités déjà acquises.`,
    en: (a) => `${a.target_en} goes from ${a.before_en} to ${a.after_en} while the contract sets penalties on this target: the Client waives part of them; the amendment must say so expressly and settle the penalties already accrued.`,
  },
  doc: {
    explanation: {
      fr: 'Une renonciation ne se présume pas : allonger un délai garanti assorti de pénalités réduit un droit du Client, qui doit y consentir en connaissance de cause. Les pénalités acquises avant l’avenant restent dues sauf renonciation expresse.',
      en: 'A waiver is never presumed: lengthening a guaranteed time that carries penalties reduces a right of the Client, who must consent knowingly. Penalties accrued before the amendment remain due unless expressly waived.',
    },
    legalBasis: 'FR: C. civ. 1231-5, 1193; CH: CO 160 s., 115; BE: C. civ. 5.88, 5.69',
  },
});

export const scopeReducedUnderFixedTerm = defineCode<{ item_fr: string; item_en: string }>({
  code: 'IG8005',
  severity: 'warning',
  title: { fr: 'Périmètre réduit pendant une durée ferme', en: 'Scope reduced during a fixed term' },
  message: {
    fr: (a) => `${a.item_fr} sort du périmètre alors que le contrat est conclu pour une durée ferme : c’est une résiliation partielle ; l’avenant doit en fixer les conditions (préavis, indemnité, ajustement du prix).`,
    en: (a) => `${a.item_en} leaves the scope while the contract runs for a fixed term: that is a partial termination; the amendment must set its terms (notice, indemnity, price adjustment).`,
  },
  doc: {
    explanation: {
      fr: 'Un contrat à durée déterminée doit être exécuté jusqu’à son terme ; retirer une partie du périmètre sans faculté de résiliation prévue est une résiliation partielle, que seules les deux Parties peuvent convenir, avec ses conséquences sur le prix.',
      en: 'A fixed-term contract must be performed until its term; removing part of the scope without an agreed right to terminate is a partial termination, which only both Parties can agree, with its consequences on the price.',
    },
    legalBasis: 'FR: C. civ. 1212, 1193; CH: CO 1, 404 (mandat), 377 (entreprise); BE: C. civ. 5.69, 5.75',
  },
});

export const changeNotInDocument = defineCode<{ change_fr: string; change_en: string }>({
  code: 'IG8006',
  severity: 'warning',
  title: { fr: 'Changement qu’aucune clause n’imprime', en: 'Change that no clause prints' },
  message: {
    fr: (a) => `${a.change_fr} : aucune clause du contrat n’imprime ce fait, l’avenant ne peut donc pas le citer. Rédigez une clause qui l’imprime, ou mentionnez-le dans l’objet de l’avenant.`,
    en: (a) => `${a.change_en}: no clause of the contract prints this fact, so the amendment cannot cite it. Write a clause that prints it, or mention it in the amendment’s subject.`,
  },
  doc: {
    explanation: {
      fr: 'L’avenant remplace les clauses qui impriment les faits modifiés. Un fait que le contrat n’imprime pas (il ne sert qu’aux exports, ou aucune clause ne le cite) n’a pas d’article à remplacer : le changement n’apparaîtrait pas dans l’acte signé.',
      en: 'The amendment replaces the clauses that print the changed facts. A fact the contract does not print (it only feeds the exports, or no clause cites it) has no clause to replace: the change would not appear in the signed deed.',
    },
    legalBasis: 'FR: C. civ. 1193, 1359 (preuve par écrit); CH: CO 12, 16; BE: C. civ. 8.9',
  },
});
