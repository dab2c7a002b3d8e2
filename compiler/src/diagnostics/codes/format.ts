// Catalogue band IG6900–IG6949: the formatter (../../format). A file with syntax errors is refused with
// the parser's own diagnostics; the codes here report defects of the formatter itself.
import { defineCode } from '../catalogue.ts';

export const formatterChangedMeaning = defineCode<{ detail: string }>({
  code: 'IG6900',
  severity: 'error',
  internal: true,
  title: { fr: 'Mise en forme refusée', en: 'Formatting refused' },
  message: {
    fr: (a) =>
      `La mise en forme aurait modifié le contenu du fichier (${a.detail}) ; le fichier est laissé tel quel. C'est un bogue d'infog : merci de le signaler avec le fichier en cause.`,
    en: (a) =>
      `Formatting would have changed the content of the file (${a.detail}); the file is left as it is. This is a bug in infog: please report it with the input file.`,
  },
  doc: {
    explanation: {
      fr: "Après chaque mise en forme, infog relit le résultat et vérifie que l'arbre syntaxique (valeurs, textes, commentaires) est identique à celui d'origine. Si ce n'est pas le cas, le fichier n'est jamais écrit : un contrat ne doit pas changer de sens parce qu'il a été mis en forme.",
      en: 'After formatting, infog reads the result back and checks that the syntax tree (values, wording, comments) is identical to the original one. If it is not, the file is never written: a contract must not change meaning because it was formatted.',
    },
  },
});
