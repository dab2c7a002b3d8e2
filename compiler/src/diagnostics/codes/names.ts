// Catalogue band IG21xx: names, references and imports.
import { defineCode, suggestion } from '../catalogue.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `"${s}"`;

export const unknownReference = defineCode<{ name: string; namespace: string; suggestions: readonly string[] }>({
  code: 'IG2101',
  severity: 'error',
  title: { fr: 'Nom inconnu', en: 'Unknown name' },
  message: {
    fr: (a) => `${q(a.name)} ne désigne aucun élément déclaré (${a.namespace}).${suggestion(a.suggestions, 'fr')}`,
    en: (a) => `${dq(a.name)} does not name any declared ${a.namespace}.${suggestion(a.suggestions, 'en')}`,
  },
  doc: {
    explanation: { fr: 'Les parties, sites, priorités et calendriers se déclarent une fois et se désignent ensuite par leur nom.', en: 'Parties, sites, priorities and calendars are declared once and then referred to by name.' },
    example: 'sla_threshold 3 P9 breaches within 6 months',
    fixed: 'sla_threshold 3 P1 breaches within 6 months',
  },
});

export const duplicateDeclaration = defineCode<{ name: string; namespace: string }>({
  code: 'IG2102',
  severity: 'error',
  title: { fr: 'Nom déjà déclaré', en: 'Name already declared' },
  message: {
    fr: (a) => `${q(a.name)} est déjà déclaré (${a.namespace}) ; choisissez un autre nom.`,
    en: (a) => `${dq(a.name)} is already declared as a ${a.namespace}; choose another name.`,
  },
  doc: {
    explanation: { fr: 'Un nom doit désigner un seul élément pour que chaque référence soit sans ambiguïté.', en: 'A name must designate one element so that every reference is unambiguous.' },
    example: 'party provider ns { name "A" }\nparty client ns { name "B" }',
    fixed: 'party provider ns { name "A" }\nparty client dupont { name "B" }',
  },
});

export const importNotFound = defineCode<{ path: string }>({
  code: 'IG2103',
  severity: 'error',
  title: { fr: 'Module introuvable', en: 'Module not found' },
  message: {
    fr: (a) => `Le module ${q(a.path)} est introuvable ; vérifiez le chemin (relatif au fichier, ou "std/…" pour la bibliothèque standard).`,
    en: (a) => `Module ${dq(a.path)} not found; check the path (relative to this file, or "std/…" for the standard library).`,
  },
  doc: {
    explanation: { fr: 'Un import désigne un fichier .infog du projet (chemin relatif commençant par ./ ou ../) ou un module de la bibliothèque standard (std/…).', en: 'An import names a .infog file of the project (relative path starting with ./ or ../) or a standard-library module (std/…).' },
    example: 'import "./commun/reseau"',
    fixed: 'import "./common/network-service"',
  },
});

export const importOutsideProject = defineCode<{ path: string }>({
  code: 'IG2104',
  severity: 'error',
  title: { fr: 'Import hors du projet', en: 'Import outside the project' },
  message: {
    fr: (a) => `L'import ${q(a.path)} sort du dossier du projet ; seuls les fichiers du projet et la bibliothèque standard peuvent être importés.`,
    en: (a) => `Import ${dq(a.path)} leaves the project folder; only project files and the standard library can be imported.`,
  },
  doc: {
    explanation: { fr: 'Un contrat ne doit dépendre que de fichiers versionnés avec lui ; un chemin qui remonte hors du projet pourrait lire n’importe quel fichier de la machine.', en: 'A contract must depend only on files versioned with it; a path climbing out of the project could read any file on the machine.' },
    example: 'import "../../../etc/passwd"',
    fixed: 'import "./common/network-service"',
  },
});

export const importCycle = defineCode<{ cycle: readonly string[] }>({
  code: 'IG2105',
  severity: 'error',
  title: { fr: 'Imports circulaires', en: 'Import cycle' },
  message: {
    fr: (a) => `Imports circulaires : ${a.cycle.join(' → ')} ; retirez l'un de ces imports.`,
    en: (a) => `Import cycle: ${a.cycle.join(' → ')}; remove one of these imports.`,
  },
  doc: {
    explanation: { fr: 'Les modules forment une hiérarchie : un module ne peut pas s’importer lui-même, directement ou non.', en: 'Modules form a hierarchy: a module cannot import itself, directly or indirectly.' },
    example: '// a.infog\nimport "./b"\n// b.infog\nimport "./a"',
  },
});

export const invalidImportPath = defineCode<{ path: string }>({
  code: 'IG2106',
  severity: 'error',
  title: { fr: "Chemin d'import invalide", en: 'Invalid import path' },
  message: {
    fr: (a) => `Chemin d'import ${q(a.path)} invalide : écrivez "./dossier/fichier" (relatif, séparateur /) ou "std/module".`,
    en: (a) => `Invalid import path ${dq(a.path)}: write "./folder/file" (relative, / separator) or "std/module".`,
  },
  doc: {
    explanation: { fr: 'Les chemins absolus, les lecteurs Windows, les barres obliques inverses et les chemins vides ne sont pas portables.', en: 'Absolute paths, Windows drives, backslashes and empty paths are not portable.' },
    example: 'import "C:\\\\contrats\\\\commun"',
    fixed: 'import "./commun"',
  },
});

export const contractInModule = defineCode<{ path: string }>({
  code: 'IG2107',
  severity: 'error',
  title: { fr: 'Contrat dans un module importé', en: 'Contract in an imported module' },
  message: {
    fr: (a) => `Le module importé ${q(a.path)} contient un contrat ; un module ne peut fournir que des éléments réutilisables (préréglages, clauses).`,
    en: (a) => `Imported module ${dq(a.path)} contains a contract; a module may only provide reusable elements (presets, clauses).`,
  },
  doc: {
    explanation: { fr: 'Un seul contrat est compilé à la fois : celui du fichier donné à la commande.', en: 'One contract is compiled at a time: the one in the file given to the command.' },
  },
});

export const presetKindMismatch = defineCode<{ preset: string; presetKind: string; keyword: string }>({
  code: 'IG2108',
  severity: 'error',
  title: { fr: 'Préréglage d’un autre type', en: 'Preset of another kind' },
  message: {
    fr: (a) => `Le préréglage ${q(a.preset)} est un préréglage ${q(a.presetKind)} ; il ne peut pas servir de base à ${q(a.keyword)}.`,
    en: (a) => `Preset ${dq(a.preset)} is a ${dq(a.presetKind)} preset; it cannot be the base of ${dq(a.keyword)}.`,
  },
  doc: {
    explanation: { fr: 'Un préréglage fournit le contenu d’un seul type de bloc (par exemple `preset sla silver` pour `sla from silver`).', en: 'A preset provides the content of one kind of block (for instance `preset sla silver` for `sla from silver`).' },
    example: 'preset hours office { days mon..fri }\n// …\nsla from office { }',
    fixed: 'sla from silver { }',
  },
});
