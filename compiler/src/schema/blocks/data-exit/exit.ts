import { doc, ev, group, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { enumList, flag, freeOrBilled, oneEnum, updated, whoSide, within } from './shared.ts';

// `exit { … }`: what the provider owes at the end — brief §2.8 exit.technical-dossier,
// exit.credentials-handover, exit.remote-tools-removal, exit.confidentiality-undertaking, exit.data-return,
// exit.cloud-switching; validation §3.5 (dossier updates). Secrets themselves never appear in a contract:
// the dossier says how they are transmitted (vault, sealed transfer).

const whenAtExit = (keyword: string, fr: string, en: string, example: string): StatementSpec => ({
  keyword, doc: doc(fr, en),
  args: [group(word('at'), value('at', t.enum([ev('end_date', 'à la date de fin du contrat', 'on the end date of the contract')]))), group(word('within'), value('duration', t.duration()))],
  cardinality: 'one', example,
});

const technicalDossier: StatementSpec = {
  keyword: 'technical_dossier',
  doc: doc('Dossier technique tenu à jour et remis gratuitement à la sortie.', 'Technical dossier kept up to date and handed over free of charge at exit.'),
  legalBasis: 'FR: C. civ. 1104, 1194; CH: CO 400 al. 1; ANSSI, Maîtriser les risques de l’infogérance (2010)',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'technical_dossier { contents diagram, hardware, software, cloud, admin_accounts; updated quarterly; handover free; secrets vault }',
  block: {
    statements: [
      enumList('contents', 'Contenu du dossier technique.', 'Contents of the technical dossier.', t.enum([
        ev('diagram', 'schéma de principe', 'architecture diagram'),
        ev('hardware', 'liste des matériels', 'hardware list'),
        ev('software', 'liste des logiciels', 'software list'),
        ev('cloud', 'liste des services cloud', 'cloud services list'),
        ev('admin_accounts', 'comptes administrateur (secrets dans le coffre)', 'administrator accounts (secrets in the vault)'),
        ev('ip_plan', 'plan d’adressage IP et VLAN', 'IP addressing and VLANs'),
        ev('firewall_vpn', 'configuration du pare-feu et des VPN', 'firewall and VPN configuration'),
        ev('dns_certificates', 'noms de domaine, DNS, bureau d’enregistrement et certificats', 'domain names, DNS, registrar and certificates'),
        ev('backup_plan', 'plan et emplacements de sauvegarde', 'backup plan and locations'),
        ev('licences', 'clés de licence et abonnements', 'licence keys and subscriptions'),
        ev('third_party_contracts', 'contrats et contacts des tiers', 'third-party contracts and contacts'),
        ev('procedures', 'procédures d’exploitation', 'operating procedures'),
      ]), 'contents diagram, hardware, software, cloud, admin_accounts'),
      updated('Fréquence de mise à jour du dossier (au moins annuelle).', 'Update frequency of the dossier (at least yearly).'),
      flag('after_changes', 'Mise à jour après chaque changement significatif.', 'Updated after each significant change.'),
      oneEnum('handover', 'Remise du dossier à la sortie (toujours gratuite).', 'Handover of the dossier at exit (always free of charge).', freeOrBilled, 'handover free'),
      oneEnum('secrets', 'Transmission sécurisée des secrets.', 'Secure transmission of secrets.', t.enum([
        ev('vault', 'coffre-fort de mots de passe partagé avec le client', 'password vault shared with the client'),
        ev('sealed_transfer', 'remise scellée, hors du contrat', 'sealed handover, outside the contract'),
      ]), 'secrets vault'),
      oneEnum('review_by_successor', 'Le successeur peut examiner le dossier avant de démarrer.', 'The successor may review the dossier before starting.', t.enum([ev('yes', 'oui', 'yes'), ev('no', 'non', 'no')]), 'review_by_successor yes'),
    ],
  },
};

export const exit: StatementSpec = {
  keyword: 'exit',
  doc: doc('Obligations de sortie : dossier technique, identifiants, outils, engagement, données, changement de cloud.', 'Exit obligations: technical dossier, credentials, tools, undertaking, data, cloud switching.'),
  legalBasis: 'FR: C. civ. 1104, 1194; CH: CO 400 al. 1; RGPD art. 28(3)(g); Règlement (UE) 2023/2854 ch. VI',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'exit { credentials { handover at end_date; charge free } }',
  block: {
    statements: [
      technicalDossier,
      {
        keyword: 'credentials', doc: doc('Remise de tous les identifiants administrateur et moyens de récupération MFA.', 'Handover of all administrator credentials and MFA recovery means.'),
        args: [], cardinality: 'one', blockRequired: true,
        example: 'credentials { handover at end_date; includes admin_accounts, mfa_recovery; charge free; rotation successor; provider_accounts disabled }',
        block: {
          statements: [
            whenAtExit('handover', 'Quand les identifiants sont remis.', 'When credentials are handed over.', 'handover at end_date'),
            enumList('includes', 'Ce qui est remis.', 'What is handed over.', t.enum([
              ev('admin_accounts', 'tous les comptes administrateur', 'all administrator accounts'),
              ev('mfa_recovery', 'moyens de récupération MFA', 'MFA recovery means'),
              ev('registrar', 'accès au bureau d’enregistrement des domaines', 'domain registrar access'),
              ev('vendor_consoles', 'consoles des éditeurs et du cloud', 'vendor and cloud consoles'),
              ev('encryption_keys', 'clés de chiffrement et de récupération', 'encryption and recovery keys'),
            ]), 'includes admin_accounts, mfa_recovery'),
            oneEnum('charge', 'Coût de la remise (toujours gratuite).', 'Cost of the handover (always free).', freeOrBilled, 'charge free'),
            oneEnum('rotation', 'Qui change les mots de passe sensibles après la remise.', 'Who rotates sensitive passwords after the handover.', whoSide, 'rotation successor'),
            oneEnum('provider_accounts', 'Sort des comptes propres du prestataire.', 'What happens to the provider’s own accounts.', t.enum([
              ev('disabled', 'désactivés', 'disabled'), ev('deleted', 'supprimés', 'deleted'),
            ]), 'provider_accounts disabled'),
          ],
        },
      },
      {
        keyword: 'remote_tools', doc: doc('Désinstallation des outils de télémaintenance et RMM.', 'Removal of remote-maintenance and RMM tools.'),
        args: [], cardinality: 'one', blockRequired: true,
        example: 'remote_tools { removal within 5 days; by provider; confirmation written }',
        block: {
          statements: [
            whenAtExit('removal', 'Quand les agents et comptes sont désinstallés ou désactivés.', 'When agents and accounts are removed or disabled.', 'removal within 5 days'),
            oneEnum('by', 'Qui désinstalle.', 'Who removes them.', whoSide, 'by provider'),
            oneEnum('confirmation', 'Confirmation de la désinstallation.', 'Confirmation of the removal.', t.enum([
              ev('written', 'confirmation écrite avec la liste des agents retirés', 'written confirmation with the list of agents removed'),
            ]), 'confirmation written'),
          ],
        },
      },
      {
        keyword: 'undertaking', doc: doc('Engagement écrit de sortie : confidentialité, fin de tout accès, restitution ou destruction.', 'Written exit undertaking: confidentiality, end of all access, return or destruction.'),
        args: [], cardinality: 'one', blockRequired: true,
        example: 'undertaking { form written; due end_date; covers confidentiality, no_access, data_destruction }',
        block: {
          statements: [
            oneEnum('form', 'Forme de l’engagement.', 'Form of the undertaking.', t.enum([
              ev('written', 'lettre écrite signée', 'signed written letter'),
            ]), 'form written'),
            oneEnum('due', 'Échéance de l’engagement.', 'When the undertaking is due.', t.enum([
              ev('end_date', 'à la date de fin du contrat', 'on the end date of the contract'),
            ]), 'due end_date'),
            enumList('covers', 'Ce que couvre l’engagement.', 'What the undertaking covers.', t.enum([
              ev('confidentiality', 'confidentialité maintenue', 'continued confidentiality'),
              ev('no_access', 'cessation de tout accès au SI', 'cessation of any access to the IS'),
              ev('data_destruction', 'restitution ou destruction des données et copies', 'return or destruction of data and copies'),
            ]), 'covers confidentiality, no_access, data_destruction'),
          ],
        },
      },
      {
        keyword: 'data_return', doc: doc('Restitution et suppression des données en fin de contrat, au choix du client.', 'Return and deletion of the data at the end of the contract, at the client’s choice.'),
        legalBasis: 'RGPD art. 28(3)(g)', args: [], cardinality: 'one', blockRequired: true,
        example: 'data_return { choice return_then_delete; within 30 days; certificate deletion; retention legal_obligations }',
        block: {
          statements: [
            oneEnum('choice', 'Choix du client.', 'The client’s choice.', t.enum([
              ev('client_choice', 'restitution ou suppression au choix du client, notifié par écrit', 'return or deletion at the client’s written choice'),
              ev('return_then_delete', 'restitution puis suppression', 'return then deletion'),
              ev('delete', 'suppression', 'deletion'),
            ]), 'choice return_then_delete', 'RGPD art. 28(3)(g)'),
            within('Délai de restitution et de suppression.', 'Deadline for return and deletion.', 'within 30 days'),
            oneEnum('formats', 'Formats de restitution.', 'Restitution formats.', t.enum([
              ev('as_reversibility', 'ceux du plan de réversibilité', 'those of the reversibility plan'),
            ]), 'formats as_reversibility'),
            oneEnum('certificate', 'Attestation remise au client.', 'Certificate given to the client.', t.enum([
              ev('deletion', 'attestation de suppression, copies et sauvegardes comprises', 'certificate of deletion, copies and backups included'),
            ]), 'certificate deletion'),
            oneEnum('retention', 'Exceptions de conservation légale.', 'Legal-retention exceptions.', t.enum([
              ev('legal_obligations', 'seules les données dont la loi impose la conservation', 'only data the law requires to keep'),
              ev('none', 'aucune conservation', 'no retention'),
            ]), 'retention legal_obligations'),
          ],
        },
      },
      {
        keyword: 'cloud_switching', doc: doc('Changement de fournisseur de service cloud (Data Act).', 'Switching of cloud service provider (Data Act).'),
        legalBasis: 'Règlement (UE) 2023/2854 art. 23–31', args: [], cardinality: 'one', blockRequired: true,
        example: 'cloud_switching { notice 2 months; transition 30 days; retrieval 30 days; exportable input_data, output_data, metadata; charges none }',
        block: {
          statements: [
            { keyword: 'notice', doc: doc('Préavis maximal pour demander le changement (≤ 2 mois).', 'Maximum notice to request switching (≤ 2 months).'), legalBasis: 'Data Act art. 25(2)(c)', args: [value('duration', t.duration())], cardinality: 'one', example: 'notice 2 months' },
            { keyword: 'transition', doc: doc('Période transitoire maximale (≤ 30 jours).', 'Maximum transitional period (≤ 30 days).'), legalBasis: 'Data Act art. 25(2)(a)', args: [value('duration', t.duration())], cardinality: 'one', example: 'transition 30 days' },
            { keyword: 'extension', doc: doc('Prolongation si techniquement impossible (≤ 7 mois).', 'Extension when technically unfeasible (≤ 7 months).'), legalBasis: 'Data Act art. 26', args: [value('duration', t.duration())], cardinality: 'one', example: 'extension 7 months' },
            { keyword: 'retrieval', doc: doc('Période minimale de récupération des données (≥ 30 jours).', 'Minimum data-retrieval period (≥ 30 days).'), legalBasis: 'Data Act art. 25(2)(d)', args: [value('duration', t.duration())], cardinality: 'one', example: 'retrieval 30 days' },
            enumList('exportable', 'Données et actifs numériques exportables.', 'Exportable data and digital assets.', t.enum([
              ev('input_data', 'données fournies par le client', 'data input by the client'),
              ev('output_data', 'données générées par l’usage du service', 'data generated by use of the service'),
              ev('metadata', 'métadonnées', 'metadata'),
              ev('configurations', 'configurations et paramétrages', 'configurations and settings'),
              ev('digital_assets', 'actifs numériques (applications, images de VM)', 'digital assets (applications, VM images)'),
              ev('logs', 'journaux', 'logs'),
            ]), 'exportable input_data, output_data, metadata', 'Data Act art. 25(2)(e)'),
            oneEnum('charges', 'Frais de changement : aucun (obligatoire à partir du 12 janvier 2027) ou au coût réel jusqu’au 11 janvier 2027.', 'Switching charges: none (mandatory from 12 January 2027) or at cost until 11 January 2027.', t.enum([
              ev('none', 'aucun frais de changement', 'no switching charges'),
              ev('at_cost', 'au coût réel, jusqu’au 11 janvier 2027', 'at cost, until 11 January 2027'),
            ]), 'charges none', 'Data Act art. 29'),
          ],
        },
      },
    ],
  },
};
