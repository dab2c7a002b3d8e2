import { doc, ev, group, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { enumList, flag, freeOrBilled, oneEnum, updated, whoSide, within } from './shared.ts';
import { frequencyPhrase, phrased } from './phrase.ts';

// `exit { … }`: what the provider owes at the end — the technical dossier, the handover of credentials,
// the removal of remote tools, the exit undertaking, the return of data and cloud switching (Data Act). Secrets themselves never appear in a contract:
// the dossier says how they are transmitted (vault, sealed transfer).

const whenAtExit = (keyword: string, fr: string, en: string, example: string): StatementSpec => ({
  keyword, doc: doc(fr, en),
  args: [group(word('at'), value('at', t.enum([ev('end_date', 'à la date de fin du contrat', 'on the end date of the contract')]))), group(word('within'), value('duration', t.duration()))],
  cardinality: 'one', example,
  phrase: {
    fr: '{if at is end_date}au plus tard à la date de fin du Contrat{end}{if duration}dans un délai de {duration} à compter de la fin du Contrat{end}',
    en: '{if at is end_date}no later than the end date of the Contract{end}{if duration}within {duration} of the end of the Contract{end}',
  },
});

const technicalDossier: StatementSpec = {
  keyword: 'technical_dossier',
  doc: doc('Dossier technique tenu à jour et remis gratuitement à la sortie.', 'Technical dossier kept up to date and handed over free of charge at exit.'),
  legalBasis: 'FR: C. civ. 1104, 1112-1, 1194; BE: C. civ. 5.73; CH: CO 398 al. 2, 400 al. 1',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'technical_dossier { contents diagram, hardware, software, cloud, admin_accounts; updated quarterly; handover free; secrets vault }',
  block: {
    statements: [
      phrased(enumList('contents', 'Contenu du dossier technique.', 'Contents of the technical dossier.', t.enum([
        ev('diagram', 'schéma de principe', 'architecture diagram', { fr: 'le schéma d’architecture du système d’information', en: 'the architecture diagram of the information system' }),
        ev('hardware', 'liste des matériels', 'hardware list', { fr: 'l’inventaire des matériels', en: 'the hardware inventory' }),
        ev('software', 'liste des logiciels', 'software list', { fr: 'l’inventaire des logiciels et de leurs versions', en: 'the inventory of software and their versions' }),
        ev('cloud', 'liste des services cloud', 'cloud services list', { fr: 'la liste des services en ligne souscrits', en: 'the list of online services subscribed' }),
        ev('admin_accounts', 'comptes administrateur (secrets dans le coffre)', 'administrator accounts (secrets in the vault)', { fr: 'la liste des comptes d’administration', en: 'the list of administrator accounts' }),
        ev('ip_plan', 'plan d’adressage IP et VLAN', 'IP addressing and VLANs', { fr: 'le plan d’adressage IP et des réseaux virtuels (VLAN)', en: 'the IP addressing plan and virtual networks (VLANs)' }),
        ev('firewall_vpn', 'configuration du pare-feu et des VPN', 'firewall and VPN configuration', { fr: 'la configuration du pare-feu et des réseaux privés virtuels (VPN)', en: 'the configuration of the firewall and virtual private networks (VPNs)' }),
        ev('dns_certificates', 'noms de domaine, DNS, bureau d’enregistrement et certificats', 'domain names, DNS, registrar and certificates', { fr: 'les noms de domaine, leur bureau d’enregistrement, la zone DNS et les certificats', en: 'the domain names, their registrar, the DNS zone and the certificates' }),
        ev('backup_plan', 'plan et emplacements de sauvegarde', 'backup plan and locations', { fr: 'le plan de sauvegarde et l’emplacement des sauvegardes', en: 'the backup plan and the location of the backups' }),
        ev('licences', 'clés de licence et abonnements', 'licence keys and subscriptions', { fr: 'les clés de licence et les abonnements', en: 'licence keys and subscriptions' }),
        ev('third_party_contracts', 'contrats et contacts des tiers', 'third-party contracts and contacts', { fr: 'les contrats conclus avec les tiers et leurs contacts', en: 'contracts with third parties and their contacts' }),
        ev('procedures', 'procédures d’exploitation', 'operating procedures', { fr: 'les procédures d’exploitation', en: 'the operating procedures' }),
      ]), 'contents diagram, hardware, software, cloud, admin_accounts'), '{items}', '{items}'),
      { ...updated('Fréquence de mise à jour du dossier (au moins annuelle).', 'Update frequency of the dossier (at least yearly).'), phrase: frequencyPhrase('frequency', 'period') },
      phrased(flag('after_changes', 'Mise à jour après chaque changement significatif.', 'Updated after each significant change.'),
        'ainsi qu’après chaque changement significatif apporté à ce système', 'and after every significant change to that system'),
      phrased(oneEnum('handover', 'Remise du dossier à la sortie (toujours gratuite).', 'Handover of the dossier at exit (always free of charge).', freeOrBilled, 'handover free'),
        '{if value is free}sans frais{end}{if value is billed}contre facturation{end}', '{if value is free}free of charge{end}{if value is billed}against payment{end}'),
      phrased(oneEnum('secrets', 'Transmission sécurisée des secrets.', 'Secure transmission of secrets.', t.enum([
        ev('vault', 'coffre-fort de mots de passe partagé avec le client', 'password vault shared with the client'),
        ev('sealed_transfer', 'remise scellée, hors du contrat', 'sealed handover, outside the contract'),
      ]), 'secrets vault'),
        '{if value is vault}dans un coffre-fort de mots de passe partagé avec le Client{end}{if value is sealed_transfer}sous pli scellé, remis en dehors du Contrat{end}',
        '{if value is vault}in a password vault shared with the Client{end}{if value is sealed_transfer}under sealed cover, handed over outside the Contract{end}'),
      phrased(oneEnum('review_by_successor', 'Le successeur peut examiner le dossier avant de démarrer.', 'The successor may review the dossier before starting.', t.enum([ev('yes', 'oui', 'yes'), ev('no', 'non', 'no')]), 'review_by_successor yes'),
        '{if value is yes}Le prestataire successeur peut examiner le dossier technique avant de commencer ses prestations ; le Prestataire répond par écrit, sans frais et dans un délai raisonnable, à ses demandes d’informations complémentaires{end}{if value is no}Le dossier technique est remis au prestataire successeur à la fin du Contrat, sans examen préalable{end}',
        '{if value is yes}The successor provider may review the technical dossier before starting its services; the Provider answers its requests for further information in writing, free of charge and within a reasonable time{end}{if value is no}The technical dossier is handed over to the successor provider at the end of the Contract, without prior review{end}'),
    ],
  },
};

export const exit: StatementSpec = {
  keyword: 'exit',
  doc: doc('Obligations de sortie : dossier technique, identifiants, outils, engagement, données, changement de cloud.', 'Exit obligations: technical dossier, credentials, tools, undertaking, data, cloud switching.'),
  legalBasis: 'FR: C. civ. 1104, 1194; BE: C. civ. 5.73; CH: CO 400 al. 1; RGPD art. 28(3)(g); nLPD art. 9; Règlement (UE) 2023/2854 art. 23–31',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'exit { credentials { handover at end_date; charge free } }',
  block: {
    statements: [
      technicalDossier,
      {
        keyword: 'credentials', legalBasis: 'FR: C. civ. 1104, 1194; BE: C. civ. 5.73; CH: CO 400 al. 1; RGPD art. 32 (FR, BE), nLPD art. 8 (CH)', doc: doc('Remise de tous les identifiants administrateur et moyens de récupération MFA.', 'Handover of all administrator credentials and MFA recovery means.'),
        args: [], cardinality: 'one', blockRequired: true,
        example: 'credentials { handover at end_date; includes admin_accounts, mfa_recovery; charge free; rotation successor; provider_accounts disabled }',
        block: {
          statements: [
            whenAtExit('handover', 'Quand les identifiants sont remis.', 'When credentials are handed over.', 'handover at end_date'),
            phrased(enumList('includes', 'Ce qui est remis.', 'What is handed over.', t.enum([
              ev('admin_accounts', 'tous les comptes administrateur', 'all administrator accounts', { fr: 'les identifiants de tous les comptes d’administration', en: 'the credentials of all administrator accounts' }),
              ev('mfa_recovery', 'moyens de récupération MFA', 'MFA recovery means', { fr: 'les moyens de récupération de l’authentification multifacteur', en: 'the multi-factor authentication recovery means' }),
              ev('registrar', 'accès au bureau d’enregistrement des domaines', 'domain registrar access', { fr: 'les accès au bureau d’enregistrement des noms de domaine', en: 'access to the domain-name registrar' }),
              ev('vendor_consoles', 'consoles des éditeurs et du cloud', 'vendor and cloud consoles', { fr: 'les accès aux consoles des éditeurs et des services en nuage', en: 'access to the vendor and cloud-service consoles' }),
              ev('encryption_keys', 'clés de chiffrement et de récupération', 'encryption and recovery keys', { fr: 'les clés de chiffrement et de récupération', en: 'the encryption and recovery keys' }),
            ]), 'includes admin_accounts, mfa_recovery'), '{items}', '{items}'),
            phrased(oneEnum('charge', 'Coût de la remise (toujours gratuite).', 'Cost of the handover (always free).', freeOrBilled, 'charge free'),
              '{if value is free}sans frais{end}{if value is billed}contre facturation{end}', '{if value is free}free of charge{end}{if value is billed}against payment{end}'),
            phrased(oneEnum('rotation', 'Qui change les mots de passe sensibles après la remise.', 'Who rotates sensitive passwords after the handover.', whoSide, 'rotation successor'),
              '{if value is client}Il appartient au Client de renouveler les mots de passe sensibles dès leur remise{end}{if value is provider}Le Prestataire renouvelle les mots de passe sensibles au moment de leur remise et n’en conserve aucune copie{end}{if value is successor}Le renouvellement des mots de passe sensibles, dès leur remise, incombe au prestataire successeur{end}',
              '{if value is client}The Client is responsible for renewing sensitive passwords as soon as they are handed over{end}{if value is provider}The Provider renews sensitive passwords at the time of handover and keeps no copy of them{end}{if value is successor}Renewing sensitive passwords as soon as they are handed over is the responsibility of the successor provider{end}'),
            phrased(oneEnum('provider_accounts', 'Sort des comptes propres du prestataire.', 'What happens to the provider’s own accounts.', t.enum([
              ev('disabled', 'désactivés', 'disabled'), ev('deleted', 'supprimés', 'deleted'),
            ]), 'provider_accounts disabled'),
              '{if value is disabled}Les comptes propres du Prestataire et de son personnel sont désactivés{end}{if value is deleted}Les comptes propres du Prestataire et de son personnel sont supprimés{end}',
              '{if value is disabled}The accounts of the Provider and of its staff are disabled{end}{if value is deleted}The accounts of the Provider and of its staff are deleted{end}'),
          ],
        },
      },
      {
        keyword: 'remote_tools', legalBasis: 'FR: C. civ. 1104, 1194; BE: C. civ. 5.73; CH: CO 400 al. 1; RGPD art. 32 (FR, BE), nLPD art. 8 (CH)', doc: doc('Désinstallation des outils de télémaintenance et RMM.', 'Removal of remote-maintenance and RMM tools.'),
        args: [], cardinality: 'one', blockRequired: true,
        example: 'remote_tools { removal within 5 days; by provider; confirmation written }',
        block: {
          statements: [
            whenAtExit('removal', 'Quand les agents et comptes sont désinstallés ou désactivés.', 'When agents and accounts are removed or disabled.', 'removal within 5 days'),
            phrased(oneEnum('by', 'Qui désinstalle.', 'Who removes them.', whoSide, 'by provider'),
              '{if value is provider}par le Prestataire{end}{if value is client}par le Client{end}{if value is successor}par le prestataire successeur{end}',
              '{if value is provider}by the Provider{end}{if value is client}by the Client{end}{if value is successor}by the successor provider{end}'),
            phrased(oneEnum('confirmation', 'Confirmation de la désinstallation.', 'Confirmation of the removal.', t.enum([
              ev('written', 'confirmation écrite avec la liste des agents retirés', 'written confirmation with the list of agents removed'),
            ]), 'confirmation written'),
              '{if value is written}Le Prestataire confirme ce retrait par écrit, en joignant la liste des agents et comptes désinstallés ou désactivés{end}',
              '{if value is written}The Provider confirms the removal in writing, attaching the list of the agents and accounts removed or disabled{end}'),
          ],
        },
      },
      {
        keyword: 'undertaking', legalBasis: 'FR: C. civ. 1104, 1194; BE: C. civ. 5.73; CH: CO 398 al. 2, 400 al. 1; RGPD art. 28(3)(b), (g)', doc: doc('Engagement écrit de sortie : confidentialité, fin de tout accès, restitution ou destruction.', 'Written exit undertaking: confidentiality, end of all access, return or destruction.'),
        args: [], cardinality: 'one', blockRequired: true,
        example: 'undertaking { form written; due end_date; covers confidentiality, no_access, data_destruction }',
        block: {
          statements: [
            phrased(oneEnum('form', 'Forme de l’engagement.', 'Form of the undertaking.', t.enum([
              ev('written', 'lettre écrite signée', 'signed written letter'),
            ]), 'form written'),
              '{if value is written}une lettre signée par son représentant légal{end}', '{if value is written}a letter signed by its legal representative{end}'),
            phrased(oneEnum('due', 'Échéance de l’engagement.', 'When the undertaking is due.', t.enum([
              ev('end_date', 'à la date de fin du contrat', 'on the end date of the contract'),
            ]), 'due end_date'),
              '{if value is end_date}au plus tard à la date de fin du Contrat{end}', '{if value is end_date}no later than the end date of the Contract{end}'),
            phrased(enumList('covers', 'Ce que couvre l’engagement.', 'What the undertaking covers.', t.enum([
              ev('confidentiality', 'confidentialité maintenue', 'continued confidentiality', { fr: 'le maintien de son obligation de confidentialité', en: 'its continuing obligation of confidentiality' }),
              ev('no_access', 'cessation de tout accès au SI', 'cessation of any access to the IS', { fr: 'la cessation de tout accès au système d’information du Client', en: 'the cessation of any access to the Client’s information system' }),
              ev('data_destruction', 'restitution ou destruction des données et copies', 'return or destruction of data and copies', { fr: 'la restitution ou la destruction des données du Client et de toutes leurs copies', en: 'the return or destruction of the Client’s data and of all copies' }),
            ]), 'covers confidentiality, no_access, data_destruction'), '{items}', '{items}'),
          ],
        },
      },
      {
        keyword: 'data_return', doc: doc('Restitution et suppression des données en fin de contrat, au choix du client.', 'Return and deletion of the data at the end of the contract, at the client’s choice.'),
        legalBasis: 'RGPD art. 28(3)(g)', args: [], cardinality: 'one', blockRequired: true,
        example: 'data_return { choice return_then_delete; within 30 days; certificate deletion; retention legal_obligations }',
        block: {
          statements: [
            phrased(oneEnum('choice', 'Choix du client.', 'The client’s choice.', t.enum([
              ev('client_choice', 'restitution ou suppression au choix du client, notifié par écrit', 'return or deletion at the client’s written choice'),
              ev('return_then_delete', 'restitution puis suppression', 'return then deletion'),
              ev('delete', 'suppression', 'deletion'),
            ]), 'choice return_then_delete', 'RGPD art. 28(3)(g)'),
              '{if value is client_choice}restitue au Client l’ensemble de ses données, ou les supprime sans restitution si le Client le lui demande par écrit, puis en supprime toute copie{end}{if value is return_then_delete}restitue au Client l’ensemble de ses données, puis en supprime toute copie{end}{if value is delete}supprime l’ensemble des données du Client et toutes leurs copies, sans restitution{end}',
              '{if value is client_choice}returns all of its data to the Client, or deletes them without returning them if the Client so requests in writing, and then deletes all copies{end}{if value is return_then_delete}returns all of its data to the Client and then deletes all copies{end}{if value is delete}deletes all of the Client’s data and all copies, without returning them{end}'),
            phrased(within('Délai de restitution et de suppression.', 'Deadline for return and deletion.', 'within 30 days'),
              'dans un délai de {duration} à compter de la fin du Contrat', 'within {duration} of the end of the Contract'),
            phrased(oneEnum('formats', 'Formats de restitution.', 'Restitution formats.', t.enum([
              ev('as_reversibility', 'ceux du plan de réversibilité', 'those of the reversibility plan'),
            ]), 'formats as_reversibility'),
              '{if value is as_reversibility}dans les formats prévus au plan de réversibilité{end}', '{if value is as_reversibility}in the formats provided for in the reversibility plan{end}'),
            phrased(oneEnum('certificate', 'Attestation remise au client.', 'Certificate given to the client.', t.enum([
              ev('deletion', 'attestation de suppression, copies et sauvegardes comprises', 'certificate of deletion, copies and backups included'),
            ]), 'certificate deletion'),
              '{if value is deletion}Il remet au Client une attestation de suppression, qui couvre les copies et les sauvegardes{end}',
              '{if value is deletion}It delivers to the Client a certificate of deletion covering copies and backups{end}'),
            phrased(oneEnum('retention', 'Exceptions de conservation légale.', 'Legal-retention exceptions.', t.enum([
              ev('legal_obligations', 'seules les données dont la loi impose la conservation', 'only data the law requires to keep'),
              ev('none', 'aucune conservation', 'no retention'),
            ]), 'retention legal_obligations'),
              '{if value is legal_obligations}Seules demeurent conservées, de manière sécurisée et pour la seule durée requise, les données dont la loi impose la conservation au Prestataire{end}{if value is none}Le Prestataire ne conserve aucune donnée du Client{end}',
              '{if value is legal_obligations}Only the data which the law requires the Provider to keep are retained, securely and for the required period only{end}{if value is none}The Provider retains none of the Client’s data{end}'),
          ],
        },
      },
      {
        keyword: 'cloud_switching', doc: doc('Changement de fournisseur de service cloud (Data Act).', 'Switching of cloud service provider (Data Act).'),
        legalBasis: 'Règlement (UE) 2023/2854 art. 23–31', args: [], cardinality: 'one', blockRequired: true,
        example: 'cloud_switching { notice 2 months; transition 30 days; retrieval 30 days; exportable input_data, output_data, metadata; charges none }',
        block: {
          statements: [
            { keyword: 'notice', doc: doc('Préavis maximal pour demander le changement (≤ 2 mois).', 'Maximum notice to request switching (≤ 2 months).'), legalBasis: 'Règlement (UE) 2023/2854 art. 25(2)(d)', args: [value('duration', t.duration())], cardinality: 'one', example: 'notice 2 months',
              phrase: { fr: '{duration}', en: '{duration}' } },
            { keyword: 'transition', doc: doc('Période transitoire maximale (≤ 30 jours).', 'Maximum transitional period (≤ 30 days).'), legalBasis: 'Règlement (UE) 2023/2854 art. 25(2)(a)', args: [value('duration', t.duration())], cardinality: 'one', example: 'transition 30 days',
              phrase: { fr: '{duration}', en: '{duration}' } },
            { keyword: 'extension', doc: doc('Période transitoire de remplacement, lorsque la période de 30 jours est techniquement impossible (≤ 7 mois au total).', 'Alternative transitional period where 30 days is technically unfeasible (≤ 7 months in all).'), legalBasis: 'Règlement (UE) 2023/2854 art. 25(4)', args: [value('duration', t.duration())], cardinality: 'one', example: 'extension 7 months',
              phrase: { fr: '{duration}', en: '{duration}' } },
            { keyword: 'retrieval', doc: doc('Période minimale de récupération des données (≥ 30 jours).', 'Minimum data-retrieval period (≥ 30 days).'), legalBasis: 'Règlement (UE) 2023/2854 art. 25(2)(g)', args: [value('duration', t.duration())], cardinality: 'one', example: 'retrieval 30 days',
              phrase: { fr: '{duration}', en: '{duration}' } },
            phrased(enumList('exportable', 'Données et actifs numériques exportables.', 'Exportable data and digital assets.', t.enum([
              ev('input_data', 'données fournies par le client', 'data input by the client', { fr: 'les données fournies par le Client', en: 'the data input by the Client' }),
              ev('output_data', 'données générées par l’usage du service', 'data generated by use of the service', { fr: 'les données générées par l’utilisation du service', en: 'the data generated by the use of the service' }),
              ev('metadata', 'métadonnées', 'metadata', { fr: 'les métadonnées', en: 'the metadata' }),
              ev('configurations', 'configurations et paramétrages', 'configurations and settings', { fr: 'les configurations et paramétrages', en: 'the configurations and settings' }),
              ev('digital_assets', 'actifs numériques (applications, images de VM)', 'digital assets (applications, VM images)', { fr: 'les actifs numériques, tels que les applications et les images de machines virtuelles', en: 'the digital assets, such as applications and virtual-machine images' }),
              ev('logs', 'journaux', 'logs', { fr: 'les journaux', en: 'the logs' }),
            ]), 'exportable input_data, output_data, metadata', 'Règlement (UE) 2023/2854 art. 25(2)(e)'), '{items}', '{items}'),
            phrased(oneEnum('charges', 'Frais de changement : aucun (obligatoire à partir du 12 janvier 2027) ou frais réduits, au plus au coût direct, jusqu’au 11 janvier 2027.', 'Switching charges: none (mandatory from 12 January 2027) or reduced charges, at most the direct cost, until 11 January 2027.', t.enum([
              ev('none', 'aucun frais de changement', 'no switching charges'),
              ev('at_cost', 'au coût réel, jusqu’au 11 janvier 2027', 'at cost, until 11 January 2027'),
            ]), 'charges none', 'Règlement (UE) 2023/2854 art. 29'),
              '{if value is none}Aucuns frais de changement de fournisseur ni d’extraction des données ne sont facturés au Client{end}{if value is at_cost}Jusqu’au 11 janvier 2027 inclus, le Prestataire peut facturer des frais de changement réduits, qui n’excèdent pas les coûts qu’il supporte et qui sont directement liés au changement ; à compter du 12 janvier 2027, aucuns frais de changement ne sont facturés{end}',
              '{if value is none}No switching or data-egress charges are invoiced to the Client{end}{if value is at_cost}Until 11 January 2027 inclusive, the Provider may invoice reduced switching charges not exceeding the costs it incurs that are directly linked to the switching; from 12 January 2027, no switching charges are invoiced{end}'),
          ],
        },
      },
    ],
  },
};
