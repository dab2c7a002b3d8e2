// Catalogue band IG2020–IG2024: facts marked as still to decide (`// À COMPLÉTER : …`), as
// `infog init` writes them into a starting contract (model/to-complete.ts finds the markers).
import { defineCode } from '../catalogue.ts';

export const factToComplete = defineCode<{ what: string }>({
  code: 'IG2020',
  severity: 'error',
  title: { fr: 'Fait à compléter', en: 'Fact to complete' },
  message: {
    fr: (a) => (a.what ? `Fait à compléter : « ${a.what} ». Remplacez la valeur provisoire, puis retirez le commentaire « À COMPLÉTER ».` : 'Fait à compléter : remplacez la valeur provisoire, puis retirez le commentaire « À COMPLÉTER ».'),
    en: (a) => (a.what ? `Fact to complete: "${a.what}". Replace the placeholder value, then remove the "TO COMPLETE" comment.` : 'Fact to complete: replace the placeholder value, then remove the "TO COMPLETE" comment.'),
  },
  doc: {
    explanation: {
      fr: 'Un commentaire qui commence par « À COMPLÉTER » (ou « TO COMPLETE ») marque un fait du contrat encore à décider : la valeur écrite à côté n’est qu’un exemple. `infog init` en place un sur chaque fait propre à l’affaire (parties, dates, prix, périmètre, contacts). Tant qu’il reste un marqueur, le contrat a une erreur : on ne produit pas un PDF définitif avec une valeur provisoire (`infog compile --draft` reste possible).',
      en: 'A comment that starts with "TO COMPLETE" (or "À COMPLÉTER") marks a fact of the contract still to decide: the value written beside it is only an example. `infog init` puts one on every fact specific to the deal (parties, dates, price, scope, contacts). While a marker remains, the contract has an error: no final PDF is produced with a placeholder value (`infog compile --draft` still works).',
    },
    example: 'party client c {\n  name "[Raison sociale du client]" // À COMPLÉTER : raison sociale du client\n}',
    fixed: 'party client c {\n  name "Atelier Rochat SA"\n}',
  },
});
