// Catalogue band IG4250–IG4259: secrets written into a contract. Passwords and keys belong in the
// technical dossier's vault [S000]; a contract is versioned, printed and sent by e-mail.
import { defineCode } from '../catalogue.ts';
import type { Localized } from '../types.ts';

/** What a detected secret looks like, by the key the scanner reports (model/secrets.ts). */
export const SECRET_KINDS: Readonly<Record<string, Localized>> = {
  'private-key': { fr: 'une clé privée (PEM)', en: 'a private key (PEM)' },
  'aws-key': { fr: 'une clé d’accès AWS', en: 'an AWS access key' },
  'github-token': { fr: 'un jeton GitHub', en: 'a GitHub token' },
  'gitlab-token': { fr: 'un jeton GitLab', en: 'a GitLab token' },
  'slack-token': { fr: 'un jeton Slack', en: 'a Slack token' },
  'google-key': { fr: 'une clé d’API Google', en: 'a Google API key' },
  'stripe-key': { fr: 'une clé secrète Stripe', en: 'a Stripe secret key' },
  'api-key': { fr: 'une clé d’API', en: 'an API key' },
  jwt: { fr: 'un jeton JWT', en: 'a JWT' },
  'url-credentials': { fr: 'des identifiants dans une URL', en: 'credentials in a URL' },
  password: { fr: 'un mot de passe', en: 'a password' },
  'wifi-key': { fr: 'une clé Wi-Fi', en: 'a Wi-Fi key' },
};

const kindLabel = (kind: string, locale: 'fr' | 'en'): string => SECRET_KINDS[kind]?.[locale] ?? kind;

export const secretValue = defineCode<{ kind: string }>({
  code: 'IG4250',
  severity: 'error',
  title: { fr: 'Secret dans le contrat', en: 'Secret in the contract' },
  message: {
    fr: (a) => `Ce texte contient ce qui ressemble à ${kindLabel(a.kind, 'fr')} : un secret ne doit jamais figurer dans le contrat. Retirez-le, changez-le (il a pu fuiter) et rangez-le dans le coffre-fort du dossier technique.`,
    en: (a) => `This text contains what looks like ${kindLabel(a.kind, 'en')}: a secret must never appear in the contract. Remove it, rotate it (it may have leaked) and keep it in the technical dossier's vault.`,
  },
  doc: {
    explanation: {
      fr: 'Le contrat est versionné, imprimé et envoyé ; un mot de passe, une clé privée ou un jeton d’API qui y figure est compromis. Le dossier technique prévoit un coffre-fort pour les comptes d’administration.',
      en: 'The contract is versioned, printed and sent around; a password, private key or API token written in it is compromised. The technical dossier provides a vault for administrator accounts.',
    },
    legalBasis: 'RGPD art. 32 (sécurité du traitement); recommandations ANSSI sur la gestion des secrets',
    example: 'technical_dossier { note "Compte admin : administrateur / mot de passe : Sup3r!Secret" }',
    fixed: 'technical_dossier { contents admin_accounts; secrets vault }',
  },
});

export const possibleSecret = defineCode<Record<string, never>>({
  code: 'IG4251',
  severity: 'warning',
  title: { fr: 'Jeton secret probable', en: 'Probable secret token' },
  message: {
    fr: () => 'Cette longue suite de caractères aléatoires ressemble à un jeton ou une clé : si c’en est un, retirez-le du contrat et rangez-le dans le coffre-fort.',
    en: () => 'This long random-looking string resembles a token or key: if it is one, remove it from the contract and keep it in the vault.',
  },
  doc: {
    explanation: {
      fr: 'Une chaîne longue, sans espace, mêlant majuscules, minuscules et chiffres avec une forte entropie est le plus souvent un secret généré.',
      en: 'A long string without spaces mixing upper case, lower case and digits with high entropy is most often a generated secret.',
    },
    example: 'note "Clé : q8ZtR2vLw9XkP3mN7bYc4HdF6gJs"',
  },
});
