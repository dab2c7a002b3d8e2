import { doc, ev, group, opt, t, value, word } from '../value-types.ts';
import type { StatementSpec } from '../types.ts';

// Clause wording — design principle 5: the legal prose of every article lives in `.infog` source
// (stdlib/clauses/*.infog), parameterised by the contract's facts. `clause` at the top level of a
// module defines an article (or an annex, or the cover and signature wording) with nested sub-clauses;
// `clause <id> { fr """…""" }` inside a contract replaces the wording of one clause of the library.
// What the placeholders, conditions and repetitions mean is documented in docs/clauses.md and
// implemented by backends/pdf; the schema only says which statements exist.

const wording = (lang: 'fr' | 'en'): StatementSpec => ({
  keyword: lang,
  doc: lang === 'fr'
    ? doc('Rédaction française (fait foi) ; `{chemin}` insère un fait du contrat, une ligne vide sépare les alinéas.', 'French wording (authoritative); `{path}` inserts a fact of the contract, a blank line separates paragraphs.')
    : doc('Rédaction anglaise ; mêmes espaces réservés que la version française.', 'English wording; same placeholders as the French wording.'),
  args: [value('text', t.text())],
  cardinality: 'one',
  example: lang === 'fr' ? 'fr """Le Contrat est conclu pour une durée de {term.initial}."""' : 'en """The Contract is entered into for {term.initial}."""',
});

/** `when "path"` (the fact is stated) or `when "path" is v1, v2` (it has one of these values). */
const condition = (keyword: 'when' | 'unless'): StatementSpec => ({
  keyword,
  doc: keyword === 'when'
    ? doc('Condition d’inclusion : le fait nommé est présent, ou a l’une des valeurs données.', 'Inclusion condition: the named fact is present, or has one of the given values.')
    : doc('Condition d’exclusion : le texte est omis si le fait nommé est présent (ou a l’une des valeurs).', 'Exclusion condition: the text is left out when the named fact is present (or has one of the values).'),
  args: [value('path', t.string()), group(word('is'), value('values', t.name(), { list: true }))],
  cardinality: 'many',
  example: `${keyword} "law" is FR`,
});

const bold: StatementSpec = {
  keyword: 'bold',
  doc: doc('Le texte est composé en gras (clause attributive de juridiction, C. com. / CPC art. 48).', 'The text is set in bold (choice-of-court clause, CPC art. 48).'),
  args: [],
  cardinality: 'one',
  example: 'bold',
};

const title: StatementSpec = {
  keyword: 'title',
  doc: doc('Intitulé de l’article ou de la sous-clause, en français puis en anglais.', 'Heading of the article or sub-clause, in French then English.'),
  args: [value('fr', t.string()), value('en', t.string())],
  cardinality: 'one',
  example: 'title "Durée" "Term"',
};

const para: StatementSpec = {
  keyword: 'para',
  doc: doc('Alinéa conditionnel : ses conditions `when` / `unless` et sa rédaction.', 'Conditional paragraph: its `when` / `unless` conditions and its wording.'),
  args: [],
  cardinality: 'many',
  blockRequired: true,
  example: 'para { when "law" is BE; fr """…"""; en """…""" }',
  block: { statements: [condition('when'), condition('unless'), wording('fr'), wording('en'), bold] },
};

const each: StatementSpec = {
  keyword: 'each',
  doc: doc(
    'Répète la rédaction pour chaque déclaration nommée (une partie, une priorité…) ou chaque élément d’une liste ; les chemins se lisent d’abord dans l’élément courant.',
    'Repeats the wording for each statement named (a party, a priority…) or each item of a list; paths are read in the current item first.',
  ),
  args: [value('path', t.string()), group(word('as'), value('style', t.enum([
    ev('paragraphs', 'un alinéa par élément', 'one paragraph per item'),
    ev('bullets', 'une liste à puces', 'a bulleted list'),
  ])))],
  cardinality: 'many',
  blockRequired: true,
  example: 'each "party" { fr """{name}, {legal_form}…""" }',
  block: { statements: [condition('when'), condition('unless'), wording('fr'), wording('en'), bold] },
};

const column: StatementSpec = {
  keyword: 'column',
  doc: doc(
    'Colonne d’un tableau : en-tête français, en-tête anglais, puis le contenu de la cellule (espaces réservés) pour les lignes du chemin du tableau.',
    'Table column: French heading, English heading, then the cell content (placeholders) for the rows of the table’s path.',
  ),
  args: [value('fr', t.string()), value('en', t.string()), opt('cell', t.string()), opt('cell_en', t.string(), { doc: doc('Contenu anglais, s’il diffère.', 'English content, when it differs.') })],
  cardinality: 'many',
  example: 'column "Site" "Site" "{name}"',
};

const cell: StatementSpec = {
  keyword: 'cell',
  doc: doc('Cellule d’une ligne écrite : contenu français, puis anglais s’il diffère (espaces réservés).', 'Cell of a written row: French content, then English when it differs (placeholders).'),
  args: [value('fr', t.string()), opt('en', t.string())],
  cardinality: 'many',
  example: 'cell "Redevance" "Fee"',
};

const row: StatementSpec = {
  keyword: 'row',
  doc: doc(
    'Ligne écrite d’un tableau, une cellule par colonne : imprimée si ses conditions sont remplies ; avec un chemin, une ligne par déclaration (les chemins se lisent d’abord dans l’élément).',
    'Written table row, one cell per column: printed when its conditions hold; with a path, one row per statement (paths are read in the item first).',
  ),
  args: [opt('path', t.string())],
  cardinality: 'many',
  blockRequired: true,
  example: 'row { when "price.fee"; cell "Redevance" "Fee"; cell "{price.fee}" }',
  block: { statements: [condition('when'), condition('unless'), cell] },
};

const table: StatementSpec = {
  keyword: 'table',
  doc: doc(
    'Tableau d’annexe : une ligne par déclaration du chemin donné (cellules des colonnes), puis les lignes écrites (`row`), dans l’ordre.',
    'Annex table: one row per statement at the given path (the columns’ cells), then the written rows (`row`), in order.',
  ),
  args: [opt('path', t.string())],
  cardinality: 'many',
  blockRequired: true,
  example: 'table "scope.site" { column "Site" "Site" "{name}" }',
  block: { statements: [condition('when'), condition('unless'), column, row] },
};

const label: StatementSpec = {
  keyword: 'label',
  doc: doc('Libellé de mise en page (sommaire, pagination, page de garde…) en français et en anglais.', 'Layout label (contents, page numbers, cover…) in French and English.'),
  args: [value('key', t.name()), value('fr', t.string()), value('en', t.string())],
  cardinality: 'many',
  example: 'label toc "Sommaire" "Contents"',
};

const part: StatementSpec = {
  keyword: 'part',
  doc: doc('Partie du document où la clause prend place.', 'Part of the document the clause belongs to.'),
  args: [value('part', t.enum([
    ev('article', 'article du contrat', 'article of the contract'),
    ev('annex', 'annexe', 'annex'),
    ev('front', 'page de garde et comparution des parties', 'cover page and identification of the parties'),
    ev('signature', 'page des signatures', 'signature page'),
    ev('labels', 'libellés de mise en page', 'layout labels'),
  ]))],
  cardinality: 'one',
  example: 'part annex',
};

const order: StatementSpec = {
  keyword: 'order',
  doc: doc('Rang de l’article (ou de l’annexe) dans le document ; la numérotation suit ce rang.', 'Rank of the article (or annex) in the document; numbering follows this rank.'),
  args: [value('rank', t.integer(0, 10000))],
  cardinality: 'one',
  example: 'order 50',
};

// The block is recursive (a sub-clause is a clause), so it is built before it is filled.
const clauseStatements: StatementSpec[] = [];

/** `clause <id> { … }` at the top level of a module: an article, an annex or layout wording. */
export const clause: StatementSpec = {
  keyword: 'clause',
  doc: doc(
    'Clause de la bibliothèque : identifiant, intitulé, rédaction FR/EN paramétrée par les faits, conditions et sous-clauses.',
    'Library clause: id, heading, FR/EN wording parameterised by the facts, conditions and sub-clauses.',
  ),
  args: [value('id', t.name(), { doc: doc('Identifiant stable, cible des renvois `{ref id}`.', 'Stable id, target of `{ref id}` cross-references.') })],
  cardinality: 'many',
  blockRequired: true,
  example: 'clause duration { title "Durée" "Term"; fr """…"""; en """…""" }',
  block: { statements: clauseStatements },
};

clauseStatements.push(part, order, title, condition('when'), condition('unless'), bold, wording('fr'), wording('en'), para, each, table, label, clause);

// An override is wording, not a fact: it prints as the clause it replaces, never as a fact of its own.
const OVERRIDE_UNPRINTED = doc(
  'Rédaction d’une clause et non un fait : elle est imprimée à la place de la clause qu’elle remplace.',
  'Wording of a clause, not a fact: it is printed in place of the clause it replaces.',
);

/** `clause <id> { fr """…""" }` inside a contract: replaces the wording of a library clause. */
export const clauseOverride: StatementSpec = {
  keyword: 'clause',
  doc: doc(
    'Remplace la rédaction d’une clause de la bibliothèque pour ce contrat ; les faits restent vérifiés.',
    'Replaces the wording of a library clause for this contract; the facts are still checked.',
  ),
  args: [value('id', t.name())],
  cardinality: 'many',
  blockRequired: true,
  example: 'clause renewal { fr """…"""; en """…""" }',
  unprinted: OVERRIDE_UNPRINTED,
  block: { statements: [{ ...title, unprinted: OVERRIDE_UNPRINTED }, { ...wording('fr'), unprinted: OVERRIDE_UNPRINTED }, { ...wording('en'), unprinted: OVERRIDE_UNPRINTED }] },
};
