import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { countries, yesNo } from '../common.ts';
import { covers, equipmentKinds, frequency } from './shared.ts';

// The services — brief §2.5 service.mco … service.replacement-equipment. Each service states its facts
// as data (what it covers, which tasks, how often); `description` carries wording only.

const description: StatementSpec = {
  keyword: 'description', doc: doc('Description libre du service (texte du contrat, jamais un fait).', 'Free description of the service (contract wording, never a fact).'),
  args: [value('text', t.proseText())], cardinality: 'one', example: 'description "Le prestataire maintient le système d’information en état de fonctionnement."',
};

const enumList = (keyword: string, fr: string, en: string, values: ReturnType<typeof ev>[], example: string, extra: Partial<StatementSpec> = {}): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('items', t.enum(values), { list: true })], cardinality: 'one', example, ...extra,
});

const mco: StatementSpec = {
  keyword: 'mco',
  doc: doc('Maintien en condition opérationnelle : supervision, visites programmées, compte rendu des actions.', 'Keeping systems in operational condition: monitoring, scheduled visits, reporting of actions.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'mco { covers all; monitoring servers, backups, security; visit remote weekly; report monthly }',
  block: {
    statements: [
      description, covers,
      enumList('monitoring', 'Ce que le prestataire supervise.', 'What the provider monitors.', [
        ev('servers', 'serveurs', 'servers'), ev('workstations', 'postes de travail', 'workstations'), ev('network', 'réseau', 'network'),
        ev('backups', 'sauvegardes', 'backups'), ev('security', 'alertes de sécurité', 'security alerts'), ev('storage', 'espace disque', 'storage'),
        ev('cloud', 'services cloud', 'cloud services'), ev('certificates', 'certificats', 'certificates'), ev('licences', 'licences', 'licences'),
      ], 'monitoring servers, backups, security'),
      {
        keyword: 'visit', doc: doc('Visites programmées du technicien, à distance ou sur site, et leur fréquence.', 'Scheduled technician visits, remote or on site, and their frequency.'),
        args: [value('mode', t.enum([ev('onsite', 'sur site', 'on site'), ev('remote', 'à distance', 'remote')])), value('frequency', frequency), group(word('of'), value('duration', t.duration()))],
        cardinality: 'many', example: 'visit onsite monthly of 4 hours',
      },
      { keyword: 'report', doc: doc('Compte rendu des actions menées, et sa fréquence.', 'Report of the actions carried out, and its frequency.'), args: [value('frequency', frequency)], cardinality: 'one', example: 'report monthly' },
    ],
  },
};

const preventive: StatementSpec = {
  keyword: 'preventive',
  doc: doc('Maintenance préventive : tâches, fréquences, fenêtres de maintenance, information du client.', 'Preventive maintenance: tasks, frequencies, maintenance windows, client notification.'),
  legalBasis: 'Norme NF X 60-000 (typologie de la maintenance)',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'preventive { task os_patching monthly; window sat 08:00-12:00; notice 2 business_days }',
  block: {
    statements: [
      description, covers,
      {
        keyword: 'task', doc: doc('Tâche préventive et sa fréquence.', 'Preventive task and its frequency.'),
        args: [value('task', t.enum([
          ev('os_patching', 'correctifs du système', 'operating-system patching'),
          ev('app_patching', 'mises à jour des applications', 'application updates'),
          ev('av_updates', 'mises à jour antivirus / EDR', 'antivirus / EDR updates'),
          ev('backup_check', 'contrôle des sauvegardes', 'backup checks'),
          ev('log_review', 'revue des journaux', 'log review'),
          ev('firmware', 'micrologiciels (firmware)', 'firmware updates'),
          ev('disk_health', 'état des disques et du stockage', 'disk and storage health'),
          ev('certificates', 'renouvellement des certificats', 'certificate renewal'),
          ev('capacity_review', 'revue de capacité', 'capacity review'),
          ev('cleanup', 'nettoyage et optimisation', 'clean-up and tuning'),
        ])), value('frequency', frequency)],
        cardinality: 'many', example: 'task os_patching monthly',
      },
      {
        keyword: 'window', doc: doc('Fenêtre de maintenance planifiée.', 'Planned maintenance window.'),
        args: [value('days', t.weekdays()), value('time', t.timeRange())], cardinality: 'many', example: 'window tue 19:00-22:00',
      },
      { keyword: 'notice', doc: doc('Délai de prévenance du client avant une intervention planifiée.', 'Client notification before a planned intervention.'), args: [value('delay', t.duration())], cardinality: 'one', example: 'notice 2 business_days' },
    ],
  },
};

const corrective: StatementSpec = {
  keyword: 'corrective',
  doc: doc('Maintenance corrective : signalement, diagnostic, correction, pièces, lien avec les priorités du SLA.', 'Corrective maintenance: reporting, diagnosis, fixing, parts, link to the SLA priorities.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'corrective { reported_via phone, email, portal; approach remote_first; parts billed; priorities P1, P2, P3, P4 }',
  block: {
    statements: [
      description, covers,
      enumList('reported_via', 'Canaux par lesquels les incidents sont signalés.', 'Channels through which incidents are reported.', [
        ev('phone', 'téléphone', 'phone'), ev('email', 'courriel', 'e-mail'), ev('portal', 'portail', 'portal'), ev('sms', 'SMS', 'SMS'), ev('monitoring', 'alerte de supervision', 'monitoring alert'),
      ], 'reported_via phone, email, portal'),
      {
        keyword: 'approach', doc: doc('Mode d’intervention : à distance d’abord, sur site, ou à distance seulement.', 'Intervention mode: remote first, on site, or remote only.'),
        args: [value('approach', t.enum([ev('remote_first', 'à distance en priorité, sur site si nécessaire', 'remote first, on site if needed'), ev('onsite', 'sur site', 'on site'), ev('remote_only', 'à distance uniquement', 'remote only')]))],
        cardinality: 'one', example: 'approach remote_first',
      },
      {
        keyword: 'parts', doc: doc('Prise en charge des pièces de remplacement.', 'Replacement parts policy.'),
        args: [value('policy', t.enum([ev('included', 'incluses', 'included'), ev('billed', 'facturées en sus', 'billed separately'), ev('warranty', 'sous garantie constructeur, sinon facturées', 'under manufacturer warranty, otherwise billed')]))],
        cardinality: 'one', example: 'parts warranty',
      },
      { keyword: 'priorities', doc: doc('Priorités du SLA qui s’appliquent aux incidents.', 'SLA priorities that apply to incidents.'), args: [value('priorities', t.ref('priority'), { list: true })], cardinality: 'one', example: 'priorities P1, P2, P3, P4' },
    ],
  },
};

const evolutive: StatementSpec = {
  keyword: 'evolutive',
  doc: doc('Maintenance évolutive : incluse, sur devis ou par unités d’œuvre.', 'Evolutive maintenance: included, quoted, or by work units.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'evolutive { handling quote }',
  block: {
    statements: [
      description,
      {
        keyword: 'handling', doc: doc('Traitement des évolutions.', 'How changes are handled.'),
        args: [value('mode', t.enum([ev('included', 'incluses dans la redevance', 'included in the fee'), ev('quote', 'sur devis accepté', 'on an accepted quote'), ev('work_units', 'par unités d’œuvre', 'by work units')]))],
        cardinality: 'one', example: 'handling quote',
      },
      {
        keyword: 'rate', doc: doc('Prix d’une unité d’œuvre ou taux journalier.', 'Price of a work unit or daily rate.'),
        args: [value('price', t.money()), word('per'), value('unit', t.enum([ev('hour', 'heure', 'hour'), ev('half_day', 'demi-journée', 'half day'), ev('day', 'jour', 'day'), ev('unit', 'unité d’œuvre', 'work unit')]))],
        cardinality: 'one', example: 'rate 650.00 EUR per day',
      },
    ],
  },
};

const remoteAccess: StatementSpec = {
  keyword: 'remote_access',
  doc: doc('Télémaintenance : outils installés, authentification, journalisation, consentement, retrait en fin de contrat.', 'Remote maintenance: tools installed, authentication, logging, consent, removal at the end.'),
  legalBasis: 'ANSSI, guide d’hygiène informatique (mesures 10, 31); FR: prestataires d’infogérance — retrait des outils en fin de contrat',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'remote_access { tools "NinjaOne", "TeamViewer Tensor"; authentication mfa; session_logs kept 12 months; consent each_session; removal within 5 days }',
  block: {
    statements: [
      { keyword: 'tools', doc: doc('Outils de télémaintenance installés (noms des produits).', 'Remote-maintenance tools installed (product names).'), args: [value('tools', t.string(), { list: true })], cardinality: 'one', example: 'tools "NinjaOne", "TeamViewer Tensor"' },
      {
        keyword: 'authentication', doc: doc('Authentification des techniciens sur les outils.', 'Technician authentication on the tools.'),
        args: [value('method', t.enum([ev('mfa', 'authentification multifacteur', 'multi-factor authentication'), ev('certificate', 'certificat', 'certificate'), ev('password', 'mot de passe seul', 'password only')]))],
        cardinality: 'one', example: 'authentication mfa',
      },
      { keyword: 'session_logs', doc: doc('Journalisation des sessions et durée de conservation.', 'Session logging and retention.'), args: [word('kept', true), value('retention', t.duration())], cardinality: 'one', example: 'session_logs kept 12 months' },
      {
        keyword: 'consent', doc: doc('Accord du client aux sessions.', 'Client consent to sessions.'),
        args: [value('rule', t.enum([ev('each_session', 'accord à chaque session', 'consent for each session'), ev('prior_notice', 'information préalable', 'prior notice'), ev('standing', 'autorisation permanente encadrée par le contrat', 'standing authorisation under the contract')]))],
        cardinality: 'one', example: 'consent each_session',
      },
      { keyword: 'removal', doc: doc('Retrait des outils en fin de contrat, dans ce délai.', 'Removal of the tools at the end of the contract, within this delay.'), args: [word('within'), value('delay', t.duration())], cardinality: 'one', example: 'removal within 5 days' },
    ],
  },
};

const backup: StatementSpec = {
  keyword: 'backup',
  doc: doc('Sauvegardes : périmètre, fréquence, rétention, localisation, tests de restauration, propriété des supports et des clés.', 'Backups: scope, frequency, retention, location, restore tests, ownership of media and keys.'),
  legalBasis: 'RGPD art. 32 1. c) (capacité de rétablir les données)',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'backup { covers equipment srv_ad; frequency daily; retention 30 days; location cloud FR; restore_test quarterly; media_owner client; keys client }',
  block: {
    statements: [
      description, covers,
      { keyword: 'frequency', doc: doc('Fréquence des sauvegardes.', 'Backup frequency.'), args: [value('frequency', frequency)], cardinality: 'one', example: 'frequency daily' },
      { keyword: 'retention', doc: doc('Durée de conservation des sauvegardes.', 'Backup retention.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'retention 30 days' },
      {
        keyword: 'location', doc: doc('Lieu de stockage d’une copie (sur site, hors site, cloud) et pays.', 'Where a copy is stored (on site, off site, cloud) and country.'),
        args: [value('kind', t.enum([ev('onsite', 'sur site', 'on site'), ev('offsite', 'hors site', 'off site'), ev('cloud', 'dans le cloud', 'in the cloud')])), opt('country', countries)],
        cardinality: 'many', example: 'location cloud FR',
      },
      { keyword: 'restore_test', doc: doc('Fréquence des tests de restauration.', 'Restore-test frequency.'), args: [value('frequency', frequency)], cardinality: 'one', example: 'restore_test quarterly' },
      { keyword: 'media_owner', doc: doc('Propriétaire des supports de sauvegarde.', 'Owner of the backup media.'), args: [value('party', t.enum([ev('client', 'le client', 'the client'), ev('provider', 'le prestataire', 'the provider')]))], cardinality: 'one', example: 'media_owner client' },
      { keyword: 'keys', doc: doc('Détenteur des clés de chiffrement des sauvegardes.', 'Holder of the backup encryption keys.'), args: [value('holder', t.enum([ev('client', 'le client', 'the client'), ev('provider', 'le prestataire', 'the provider'), ev('escrow', 'séquestre', 'escrow')]))], cardinality: 'one', example: 'keys client' },
      { keyword: 'encrypted', doc: doc('Les sauvegardes sont-elles chiffrées ?', 'Are backups encrypted?'), args: [value('value', yesNo)], cardinality: 'one', example: 'encrypted yes' },
    ],
  },
};

const security: StatementSpec = {
  keyword: 'security',
  doc: doc('Sécurité opérée par le prestataire (MCS) : mesures, correctifs critiques, notification des incidents.', 'Security operated by the provider: measures, critical patches, incident notification.'),
  legalBasis: 'RGPD art. 32; directive (UE) 2022/2555 (NIS 2) art. 21',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'security { measures edr, firewall, mfa; critical_patch 72 hours; incident_notice 24 hours }',
  block: {
    statements: [
      description, covers,
      enumList('measures', 'Mesures de sécurité opérées par le prestataire.', 'Security measures operated by the provider.', [
        ev('antivirus', 'antivirus', 'antivirus'), ev('edr', 'EDR', 'EDR'), ev('firewall', 'gestion du pare-feu', 'firewall management'), ev('mfa', 'authentification multifacteur', 'multi-factor authentication'),
        ev('patching', 'gestion des correctifs', 'patch management'), ev('email_filtering', 'filtrage de la messagerie', 'e-mail filtering'), ev('dns_filtering', 'filtrage DNS', 'DNS filtering'),
        ev('vulnerability_scan', 'scan de vulnérabilités', 'vulnerability scanning'), ev('awareness', 'sensibilisation des utilisateurs', 'user awareness'), ev('admin_tiering', 'cloisonnement des comptes d’administration', 'admin account tiering'),
      ], 'measures edr, firewall, mfa, patching'),
      { keyword: 'critical_patch', doc: doc('Délai d’application des correctifs de vulnérabilités critiques.', 'Delay to apply patches for critical vulnerabilities.'), args: [value('delay', t.duration())], cardinality: 'one', example: 'critical_patch 72 hours' },
      { keyword: 'incident_notice', doc: doc('Délai de notification au client d’un incident de sécurité.', 'Delay to notify the client of a security incident.'), args: [value('delay', t.duration())], cardinality: 'one', example: 'incident_notice 24 hours' },
    ],
  },
};

const replacement: StatementSpec = {
  keyword: 'replacement',
  doc: doc('Matériel de remplacement ou de prêt : catégories, délai, conditions du prêt.', 'Replacement or loan equipment: classes, delay, loan terms.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'replacement { classes desktop, laptop; delay 1 business_day; loan free up_to 30 days }',
  block: {
    statements: [
      description,
      { keyword: 'classes', doc: doc('Catégories de matériel pour lesquelles un appareil de prêt est fourni.', 'Hardware classes for which a loan device is provided.'), args: [value('kinds', equipmentKinds, { list: true })], cardinality: 'one', example: 'classes desktop, laptop' },
      { keyword: 'delay', doc: doc('Délai de mise à disposition.', 'Delay to provide it.'), args: [value('delay', t.duration())], cardinality: 'one', example: 'delay 1 business_day' },
      {
        keyword: 'loan', doc: doc('Conditions du prêt : gratuit ou facturé, durée maximale.', 'Loan terms: free or billed, maximum duration.'),
        args: [value('terms', t.enum([ev('free', 'gratuit', 'free of charge'), ev('billed', 'facturé', 'billed')])), opt('price', t.money()), group(word('up_to'), value('duration', t.duration()))],
        cardinality: 'one', example: 'loan free up_to 30 days',
      },
    ],
  },
};

export const services: StatementSpec = {
  keyword: 'services',
  doc: doc('Prestations comprises : MCO, maintenance préventive, corrective, évolutive, télémaintenance, sauvegardes, sécurité, matériel de remplacement.', 'Services included: run (MCO), preventive, corrective and evolutive maintenance, remote access, backups, security, replacement equipment.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'services { mco { covers all; visit onsite monthly; report monthly } }',
  block: { statements: [mco, preventive, corrective, evolutive, remoteAccess, backup, security, replacement] },
};
