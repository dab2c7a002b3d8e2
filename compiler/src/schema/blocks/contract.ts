import { doc, ev, t, value, word } from '../value-types.ts';
import type { BlockSpec, StatementSpec } from '../types.ts';
import { languages, lawValues } from './common.ts';
import { party } from './party.ts';
import { term } from './term.ts';
import { commercialStatements } from './commercial.ts';
import { scopeStatements } from './scope.ts';
import { slaStatements } from './sla.ts';
import { dataExitStatements } from './data-exit.ts';
import { clause, clauseOverride } from './clause.ts';

// The `contract` statement: the root of a contract file. Topic blocks are listed here; each lives in
// its own file of this folder.

const one = (keyword: string, fr: string, en: string, args: StatementSpec['args'], example: string, extra: Partial<StatementSpec> = {}): StatementSpec => ({
  keyword, doc: doc(fr, en), args, cardinality: 'one', example, ...extra,
});

export const contract: StatementSpec = {
  keyword: 'contract',
  doc: doc("Le contrat : son titre, puis toutes ses clauses sous forme de faits.", 'The contract: its title, then all its clauses stated as facts.'),
  args: [value('title', t.prose())],
  cardinality: 'one',
  blockRequired: true,
  example: 'contract "Infogérance du système d\'information" { … }',
  block: {
    statements: [
      one('reference', 'Référence du contrat.', 'Contract reference.', [value('value', t.string())], 'reference "NS-2027-014"', { phrase: { fr: '{value}', en: '{value}' } }),
      one('version', 'Version du document.', 'Document version.', [value('value', t.string())], 'version "1.0"', { phrase: { fr: '{value}', en: '{value}' } }),
      one('kind', 'Type de contrat : infogérance ou maintenance (choisit le profil de règles).', 'Contract kind: managed services or maintenance (selects the rule profile).',
        [value('kind', t.enum([
          ev('infogerance', "contrat d'infogérance", 'managed-services agreement', { fr: 'contrat d’infogérance', en: 'managed IT services agreement' }),
          ev('maintenance', 'contrat de maintenance informatique', 'IT maintenance agreement'),
        ]))],
        'kind infogerance', { phrase: { fr: '{kind}', en: '{kind}' } }),
      one('law', 'Loi applicable (FR, CH ou BE) : choisit le profil juridique des règles.', 'Governing law (FR, CH or BE): selects the jurisdiction profile of the rules.',
        [value('law', lawValues)], 'law FR', { legalBasis: 'Règlement (CE) n° 593/2008 (Rome I), art. 3; CH: LDIP art. 116', phrase: { fr: '{law}', en: '{law}' } }),
      one('language', 'Langue faisant foi du texte généré.', 'Authoritative language of the generated text.', [value('language', languages)], 'language fr', { phrase: { fr: '{language}', en: '{language}' } }),
      one('translations', 'Traductions fournies pour information.', 'Translations supplied for convenience.', [value('languages', languages, { list: true })], 'translations en', { phrase: { fr: '{languages}', en: '{languages}' } }),
      party,
      term,
      ...commercialStatements,
      ...scopeStatements,
      ...slaStatements,
      ...dataExitStatements,
      clauseOverride,
      {
        keyword: 'waive',
        doc: doc(
          'Dérogation à une règle RECOMMANDÉE ou FACULTATIVE de la liste de contrôle, avec sa raison (note de conformité).',
          'Waiver of a RECOMMENDED or OPTIONAL checklist rule, with its reason (compliance note).',
        ),
        args: [value('rule', t.string()), word('because'), value('reason', t.text())],
        cardinality: 'many',
        example: 'waive "sla.penalties" because "Pénalités négociées dans l’avenant n° 1"',
        // The audit trail of the checklist is the provider's, not a term of the contract.
        unprinted: doc(
          'Une dérogation concerne la liste de contrôle du prestataire, non le contrat : elle figure dans la note de conformité (`infog compile --report`), jamais dans le document signé.',
          'A waiver concerns the provider’s checklist, not the contract: it appears in the compliance note (`infog compile --report`), never in the signed document.',
        ),
      },
    ],
  },
};

const presettable = (contract.block?.statements ?? []).filter((s) => s.presettable);

/** `preset <kind> <name> { … }`: reusable content for a presettable contract statement. */
export const preset: StatementSpec = {
  keyword: 'preset',
  doc: doc(
    'Préréglage réutilisable (bibliothèque standard ou module du projet) : un contrat part de lui avec `from` et le complète.',
    'Reusable preset (standard library or project module): a contract starts from it with `from` and overrides it.',
  ),
  args: [
    value('of', t.enum(presettable.map((s) => ev(s.keyword, s.doc.fr, s.doc.en)))),
    value('name', t.name()),
  ],
  declares: { slot: 'name', namespace: 'preset' },
  cardinality: 'many',
  blockRequired: true,
  blockOf: 'of',
  example: 'preset sla silver { priority P1 "Bloquant" { response 30 min } }',
};

/** What a file may hold at its top level (besides imports). */
export const fileRoot: BlockSpec = {
  statements: [contract, preset, clause],
};
