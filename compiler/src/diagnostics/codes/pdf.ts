// Catalogue band IG60xx: clause wording and the PDF (backends/pdf). Placeholders, conditions and
// cross-references of the clause library and of a contract's overrides are checked against the
// schema, so a typo in a fact's path is reported where it is written, not discovered in print.
import { defineCode, suggestion } from '../catalogue.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `"${s}"`;

export const unknownFactPath = defineCode<{ path: string; suggestions: readonly string[] }>({
  code: 'IG6001',
  severity: 'error',
  title: { fr: 'Fait inconnu dans une clause', en: 'Unknown fact in a clause' },
  message: {
    fr: (a) => `${q(a.path)} ne désigne aucun fait du contrat.${suggestion(a.suggestions, 'fr')}`,
    en: (a) => `${dq(a.path)} names no fact of the contract.${suggestion(a.suggestions, 'en')}`,
  },
  doc: {
    explanation: {
      fr: 'Un espace réservé `{chemin}` nomme un fait par la suite des mots-clés du schéma (term.initial, party.provider.name, price.fee) ; un chemin inconnu serait imprimé vide.',
      en: 'A `{path}` placeholder names a fact by the schema keywords leading to it (term.initial, party.provider.name, price.fee); an unknown path would print blank.',
    },
    example: 'fr """Durée : {term.intial}."""',
    fixed: 'fr """Durée : {term.initial}."""',
  },
});

export const unresolvedReference = defineCode<{ id: string; suggestions: readonly string[] }>({
  code: 'IG6002',
  severity: 'error',
  title: { fr: 'Renvoi vers une clause inconnue', en: 'Cross-reference to an unknown clause' },
  message: {
    fr: (a) => `Le renvoi {ref ${a.id}} ne désigne aucune clause du document.${suggestion(a.suggestions, 'fr')}`,
    en: (a) => `Cross-reference {ref ${a.id}} names no clause of the document.${suggestion(a.suggestions, 'en')}`,
  },
  doc: {
    explanation: {
      fr: 'Un renvoi `{ref id}` devient « article 12.3 » ; il doit viser une clause présente dans ce contrat (une clause écartée par sa condition ne peut pas être visée).',
      en: 'A `{ref id}` cross-reference becomes "article 12.3"; it must target a clause present in this contract (a clause left out by its condition cannot be targeted).',
    },
    example: 'fr """… dans les conditions de l’{ref renewl}."""',
    fixed: 'fr """… dans les conditions de l’{ref renewal}."""',
  },
});

export const unknownClauseOverride = defineCode<{ id: string; suggestions: readonly string[] }>({
  code: 'IG6003',
  severity: 'error',
  title: { fr: 'Rédaction remplacée pour une clause inconnue', en: 'Wording override for an unknown clause' },
  message: {
    fr: (a) => `La bibliothèque n'a pas de clause ${q(a.id)} dont remplacer la rédaction.${suggestion(a.suggestions, 'fr')}`,
    en: (a) => `The library has no clause ${dq(a.id)} whose wording could be replaced.${suggestion(a.suggestions, 'en')}`,
  },
  doc: {
    explanation: {
      fr: '`clause <id> { fr """…""" }` dans un contrat remplace la rédaction d’une clause existante, désignée par son identifiant.',
      en: '`clause <id> { fr """…""" }` in a contract replaces the wording of an existing clause, named by its id.',
    },
    example: 'clause renewl { fr """…""" }',
    fixed: 'clause renewal { fr """…""" }',
  },
});

export const malformedTemplate = defineCode<{ detail: string }>({
  code: 'IG6004',
  severity: 'error',
  title: { fr: 'Rédaction mal formée', en: 'Malformed wording' },
  message: {
    fr: (a) => `Rédaction mal formée : ${a.detail}.`,
    en: (a) => `Malformed wording: ${a.detail}.`,
  },
  doc: {
    explanation: {
      fr: 'Les accolades ouvrent un espace réservé `{chemin}`, un renvoi `{ref id}` ou une condition `{if …}…{else}…{end}` ; chaque `{if}` se ferme par `{end}`. Pour une accolade littérale, écrire `{{` ou `}}`.',
      en: 'Braces open a `{path}` placeholder, a `{ref id}` cross-reference or a `{if …}…{else}…{end}` condition; every `{if}` closes with `{end}`. For a literal brace, write `{{` or `}}`.',
    },
    example: 'fr """{if term.renewal}Reconduction tacite."""',
    fixed: 'fr """{if term.renewal}Reconduction tacite.{end}"""',
  },
});

export const duplicateClause = defineCode<{ id: string }>({
  code: 'IG6005',
  severity: 'error',
  title: { fr: 'Identifiant de clause en double', en: 'Duplicate clause id' },
  message: {
    fr: (a) => `La clause ${q(a.id)} est déjà définie ; les renvois et les remplacements seraient ambigus.`,
    en: (a) => `Clause ${dq(a.id)} is already defined; cross-references and overrides would be ambiguous.`,
  },
  doc: {
    explanation: { fr: 'Chaque clause a un identifiant unique dans la bibliothèque, sous-clauses comprises.', en: 'Every clause has an id unique across the library, sub-clauses included.' },
    example: 'clause notices { … }\nclause notices { … }',
  },
});

export const missingWording = defineCode<{ id: string; lang: string }>({
  code: 'IG6006',
  severity: 'error',
  title: { fr: 'Rédaction manquante dans une langue', en: 'Wording missing in one language' },
  message: {
    fr: (a) => `La clause ${q(a.id)} n'a pas de rédaction ${a.lang === 'fr' ? 'française' : 'anglaise'} alors qu'elle en a une dans l'autre langue.`,
    en: (a) => `Clause ${dq(a.id)} has no ${a.lang === 'fr' ? 'French' : 'English'} wording although it has one in the other language.`,
  },
  doc: {
    explanation: { fr: 'Le contrat est produit en français et en anglais : chaque texte existe dans les deux langues.', en: 'The contract is produced in French and in English: every text exists in both languages.' },
    example: 'clause object { fr """…""" }',
    fixed: 'clause object { fr """…"""; en """…""" }',
  },
});

export const missingFact = defineCode<{ path: string; clause: string }>({
  code: 'IG6007',
  severity: 'error',
  title: { fr: 'Fait absent pour une clause', en: 'Fact missing for a clause' },
  message: {
    fr: (a) => `La clause ${q(a.clause)} cite ${q(a.path)}, que le contrat n'indique pas ; ajoutez le fait ou soumettez ce texte à une condition.`,
    en: (a) => `Clause ${dq(a.clause)} cites ${dq(a.path)}, which the contract does not state; add the fact or put this text under a condition.`,
  },
  doc: {
    explanation: {
      fr: 'Un contrat définitif ne contient pas de blanc : le texte qui cite un fait facultatif se place sous `when "chemin"` ou `{if chemin}…{end}`. En mode projet (--draft), le blanc est imprimé « [à compléter] ».',
      en: 'A final contract has no blanks: text citing an optional fact goes under `when "path"` or `{if path}…{end}`. In draft mode (--draft) the blank prints as "[to be completed]".',
    },
    example: 'fr """Indemnité : {term.termination.convenience.fee}."""',
    fixed: 'fr """{if term.termination.convenience.fee}Indemnité : {term.termination.convenience.fee}.{end}"""',
  },
});

export const badConditionValue = defineCode<{ path: string; value: string; allowed: readonly string[] }>({
  code: 'IG6008',
  severity: 'error',
  title: { fr: 'Valeur impossible dans une condition', en: 'Impossible value in a condition' },
  message: {
    fr: (a) => `${q(a.path)} ne peut pas valoir ${q(a.value)} ; valeurs possibles : ${a.allowed.join(', ')}.`,
    en: (a) => `${dq(a.path)} can never be ${dq(a.value)}; possible values: ${a.allowed.join(', ')}.`,
  },
  doc: {
    explanation: { fr: 'Une condition `is` compare un fait énuméré à ses valeurs du schéma ; une valeur mal orthographiée rendrait la condition toujours fausse.', en: 'An `is` condition compares an enumerated fact with its schema values; a misspelt value would make the condition always false.' },
    example: 'when "term.renewal" is tacite',
    fixed: 'when "term.renewal" is tacit',
  },
});

export const clauseLibraryMissing = defineCode<{ path: string }>({
  code: 'IG6009',
  severity: 'error',
  title: { fr: 'Bibliothèque de clauses introuvable', en: 'Clause library not found' },
  message: {
    fr: (a) => `La bibliothèque de clauses ${q(a.path)} est introuvable : le PDF ne peut pas être rédigé.`,
    en: (a) => `The clause library ${dq(a.path)} cannot be found: the PDF cannot be drafted.`,
  },
  doc: {
    explanation: { fr: 'Le texte du contrat vient de stdlib/clauses ; vérifiez l’installation (ou INFOG_STDLIB).', en: 'The contract text comes from stdlib/clauses; check the installation (or INFOG_STDLIB).' },
  },
});

export const unknownFilter = defineCode<{ filter: string; known: readonly string[] }>({
  code: 'IG6010',
  severity: 'error',
  title: { fr: 'Mise en forme inconnue', en: 'Unknown formatting' },
  message: {
    fr: (a) => `${q(a.filter)} n'est pas une mise en forme connue (${a.known.join(', ')}).`,
    en: (a) => `${dq(a.filter)} is not a known formatting (${a.known.join(', ')}).`,
  },
  doc: {
    explanation: { fr: 'Après `|`, un espace réservé peut nommer une mise en forme : `{party.provider.siret|siren}`.', en: 'After `|`, a placeholder may name a formatting: `{party.provider.siret|siren}`.' },
    example: 'fr """{siret|sirne}"""',
    fixed: 'fr """{siret|siren}"""',
  },
});
