import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { countries, yesNo } from '../common.ts';
import { byValue, covers, equipmentKinds, frequency } from './shared.ts';

// The services — brief §2.5 service.mco … service.replacement-equipment, and the initialisation phase
// that opens them (transition-in). Each service states its facts as data (what it covers, which tasks,
// how often); `description` carries wording only. Every phrase reads inside the sentence of the
// services clause (stdlib/clauses/services.infog) that prints it.

const description: StatementSpec = {
  keyword: 'description', doc: doc('Description libre du service (texte du contrat, jamais un fait).', 'Free description of the service (contract wording, never a fact).'),
  args: [value('text', t.proseText())], cardinality: 'one', example: 'description "Le prestataire maintient le système d’information en état de fonctionnement."',
  phrase: { fr: '{text}', en: '{text}' },
};

const enumList = (keyword: string, fr: string, en: string, values: ReturnType<typeof ev>[], example: string, extra: Partial<StatementSpec> = {}): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('items', t.enum(values), { list: true })], cardinality: 'one', example,
  phrase: { fr: '{items}', en: '{items}' }, ...extra,
});

/** `keyword <duration>` (or `keyword within <duration>` with `lead`), read by its phrase. */
const within = (keyword: string, fr: string, en: string, example: string, phrase: { fr: string; en: string }, lead = false): StatementSpec => ({
  keyword, doc: doc(fr, en), args: lead ? [word('within'), value('delay', t.duration())] : [value('delay', t.duration())], cardinality: 'one', example, phrase,
});

const mco: StatementSpec = {
  keyword: 'mco',
  doc: doc('Maintien en condition opérationnelle : supervision, visites programmées, compte rendu des actions.', 'Keeping systems in operational condition: monitoring, scheduled visits, reporting of actions.'),
  legalBasis: 'FR: C. civ. 1163, 1231-1; CH: CO 394, 398; BE: C. civ. 5.72',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'mco { covers all; monitoring servers, backups, security; visit onsite monthly of 4 hours; report monthly }',
  block: {
    statements: [
      description, covers,
      enumList('monitoring', 'Ce que le prestataire supervise.', 'What the provider monitors.', [
        ev('servers', 'serveurs', 'servers', { fr: 'les serveurs', en: 'the servers' }),
        ev('workstations', 'postes de travail', 'workstations', { fr: 'les postes de travail', en: 'the workstations' }),
        ev('network', 'réseau', 'network', { fr: 'le réseau', en: 'the network' }),
        ev('backups', 'sauvegardes', 'backups', { fr: 'les sauvegardes', en: 'the backups' }),
        ev('security', 'alertes de sécurité', 'security alerts', { fr: 'les alertes de sécurité', en: 'security alerts' }),
        ev('storage', 'espace disque', 'storage', { fr: 'l’espace de stockage', en: 'storage capacity' }),
        ev('cloud', 'services cloud', 'cloud services', { fr: 'les services en ligne', en: 'the online services' }),
        ev('certificates', 'certificats', 'certificates', { fr: 'l’échéance des certificats', en: 'certificate expiry dates' }),
        ev('licences', 'licences', 'licences', { fr: 'l’échéance des licences', en: 'licence expiry dates' }),
      ], 'monitoring servers, backups, security'),
      {
        keyword: 'visit', doc: doc('Visites programmées du technicien, à distance ou sur site, leur fréquence et leur durée.', 'Scheduled technician visits, remote or on site, their frequency and their duration.'),
        args: [value('mode', t.enum([ev('onsite', 'sur site', 'on site'), ev('remote', 'à distance', 'remote')])), value('frequency', frequency), group(word('of'), value('duration', t.duration()))],
        cardinality: 'many', example: 'visit onsite monthly of 4 hours',
        // « une visite sur site d’une durée de 4 heures chaque mois »
        phrase: {
          fr: `${byValue('mode', { onsite: 'une visite sur site', remote: 'une intervention programmée à distance' })}{if duration} d’une durée de {duration}{end} {frequency}`,
          en: `${byValue('mode', { onsite: 'an on-site visit', remote: 'a scheduled remote session' })}{if duration} lasting {duration}{end} {frequency}`,
        },
      },
      {
        keyword: 'report', doc: doc('Compte rendu des actions menées, et sa fréquence.', 'Report of the actions carried out, and its frequency.'), args: [value('frequency', frequency)], cardinality: 'one', example: 'report monthly',
        phrase: { fr: '{frequency} un compte rendu des actions menées', en: 'a report of the actions carried out {frequency}' },
      },
    ],
  },
};

const preventive: StatementSpec = {
  keyword: 'preventive',
  doc: doc('Maintenance préventive : tâches, fréquences, fenêtres de maintenance, information du client.', 'Preventive maintenance: tasks, frequencies, maintenance windows, client notification.'),
  legalBasis: 'FR: C. civ. 1163, 1231-1; norme NF EN 13306 (terminologie de la maintenance)',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'preventive { task os_patching monthly; window tue 19:00-22:00; notice 2 business_days }',
  block: {
    statements: [
      description, covers,
      {
        keyword: 'task', doc: doc('Tâche préventive et sa fréquence.', 'Preventive task and its frequency.'),
        args: [value('task', t.enum([
          ev('os_patching', 'correctifs du système', 'operating-system patching', { fr: 'l’application des correctifs du système d’exploitation', en: 'applying operating-system patches' }),
          ev('app_patching', 'mises à jour des applications', 'application updates', { fr: 'la mise à jour des applications', en: 'updating the applications' }),
          ev('av_updates', 'mises à jour antivirus / EDR', 'antivirus / EDR updates', { fr: 'la mise à jour de l’antivirus ou de l’EDR', en: 'updating the antivirus or EDR' }),
          ev('backup_check', 'contrôle des sauvegardes', 'backup checks', { fr: 'le contrôle de l’exécution des sauvegardes', en: 'checking that backups have run' }),
          ev('log_review', 'revue des journaux', 'log review', { fr: 'la revue des journaux d’événements', en: 'reviewing the event logs' }),
          ev('firmware', 'micrologiciels (firmware)', 'firmware updates', { fr: 'la mise à jour des micrologiciels des équipements', en: 'updating the equipment firmware' }),
          ev('disk_health', 'état des disques et du stockage', 'disk and storage health', { fr: 'le contrôle de l’état des disques et du stockage', en: 'checking the health of disks and storage' }),
          ev('certificates', 'renouvellement des certificats', 'certificate renewal', { fr: 'le renouvellement des certificats', en: 'renewing the certificates' }),
          ev('capacity_review', 'revue de capacité', 'capacity review', { fr: 'la revue de la capacité des serveurs et du stockage', en: 'reviewing server and storage capacity' }),
          ev('cleanup', 'nettoyage et optimisation', 'clean-up and tuning', { fr: 'le nettoyage et l’optimisation des postes et des serveurs', en: 'cleaning up and tuning workstations and servers' }),
        ])), value('frequency', frequency)],
        cardinality: 'many', example: 'task os_patching monthly',
        phrase: { fr: '{task}, {frequency}', en: '{task}, {frequency}' },
      },
      {
        keyword: 'window', doc: doc('Fenêtre de maintenance planifiée.', 'Planned maintenance window.'),
        args: [value('days', t.weekdays()), value('time', t.timeRange())], cardinality: 'many', example: 'window tue 19:00-22:00',
        // « le mardi, de 19 h à 22 h »
        phrase: { fr: '{days|every}, {time}', en: '{days|every}, {time}' },
      },
      within('notice', 'Délai de prévenance du client avant une intervention planifiée.', 'Client notification before a planned intervention.', 'notice 2 business_days',
        { fr: 'au moins {delay} à l’avance', en: 'at least {delay} in advance' }),
    ],
  },
};

const corrective: StatementSpec = {
  keyword: 'corrective',
  doc: doc('Maintenance corrective : signalement, diagnostic, correction, pièces, lien avec les priorités du SLA.', 'Corrective maintenance: reporting, diagnosis, fixing, parts, link to the SLA priorities.'),
  legalBasis: 'FR: C. civ. 1163, 1231-1; norme NF EN 13306 (terminologie de la maintenance)',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'corrective { reported_via phone, email, portal; approach remote_first; parts billed; priorities P1, P2, P3, P4 }',
  block: {
    statements: [
      description, covers,
      enumList('reported_via', 'Canaux par lesquels les incidents sont signalés.', 'Channels through which incidents are reported.', [
        ev('phone', 'téléphone', 'phone', { fr: 'par téléphone', en: 'by telephone' }),
        ev('email', 'courriel', 'e-mail', { fr: 'par courriel', en: 'by e-mail' }),
        ev('portal', 'portail', 'portal', { fr: 'sur le portail de tickets', en: 'through the ticket portal' }),
        ev('sms', 'SMS', 'SMS', { fr: 'par SMS', en: 'by text message' }),
        ev('monitoring', 'alerte de supervision', 'monitoring alert', { fr: 'par les alertes de la supervision', en: 'through monitoring alerts' }),
      ], 'reported_via phone, email, portal'),
      {
        keyword: 'approach', doc: doc('Mode d’intervention : à distance d’abord, sur site, ou à distance seulement.', 'Intervention mode: remote first, on site, or remote only.'),
        args: [value('approach', t.enum([
          ev('remote_first', 'à distance en priorité, sur site si nécessaire', 'remote first, on site if needed', { fr: 'à distance en priorité, et sur site lorsque l’Incident ne peut être traité à distance', en: 'remotely in the first instance, and on site where the Incident cannot be handled remotely' }),
          ev('onsite', 'sur site', 'on site', { fr: 'sur site', en: 'on site' }),
          ev('remote_only', 'à distance uniquement', 'remote only', { fr: 'exclusivement à distance', en: 'remotely only' }),
        ]))],
        cardinality: 'one', example: 'approach remote_first',
        phrase: { fr: '{approach}', en: '{approach}' },
      },
      {
        keyword: 'parts', doc: doc('Prise en charge des pièces de remplacement.', 'Replacement parts policy.'),
        args: [value('policy', t.enum([ev('included', 'incluses', 'included'), ev('billed', 'facturées en sus', 'billed separately'), ev('warranty', 'sous garantie constructeur, sinon facturées', 'under manufacturer warranty, otherwise billed')]))],
        cardinality: 'one', example: 'parts warranty',
        phrase: {
          fr: byValue('policy', {
            included: 'les pièces de rechange sont comprises dans la redevance',
            billed: 'les pièces de rechange sont facturées en sus, sur devis accepté par le Client',
            warranty: 'les pièces de rechange sont prises en charge au titre de la garantie du constructeur lorsqu’elle s’applique et, à défaut, facturées au Client sur devis accepté',
          }),
          en: byValue('policy', {
            included: 'spare parts are included in the fee',
            billed: 'spare parts are invoiced in addition, on a quote accepted by the Client',
            warranty: 'spare parts are covered by the manufacturer’s warranty where it applies and, failing that, invoiced to the Client on an accepted quote',
          }),
        },
      },
      {
        keyword: 'priorities', doc: doc('Priorités du SLA qui s’appliquent aux incidents.', 'SLA priorities that apply to incidents.'), args: [value('priorities', t.ref('priority'), { list: true })], cardinality: 'one', example: 'priorities P1, P2, P3, P4',
        phrase: { fr: '{priorities|or}', en: '{priorities|or}' },
      },
    ],
  },
};

const evolutive: StatementSpec = {
  keyword: 'evolutive',
  doc: doc('Maintenance évolutive : incluse, sur devis ou par unités d’œuvre.', 'Evolutive maintenance: included, quoted, or by work units.'),
  legalBasis: 'FR: C. civ. 1163, 1165 (prix des prestations de service), 1193; CH: CO 394 al. 3; BE: C. civ. 5.69',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'evolutive { handling quote; rate 650.00 EUR per day }',
  block: {
    statements: [
      description,
      {
        keyword: 'handling', doc: doc('Traitement des évolutions.', 'How changes are handled.'),
        args: [value('mode', t.enum([ev('included', 'incluses dans la redevance', 'included in the fee'), ev('quote', 'sur devis accepté', 'on an accepted quote'), ev('work_units', 'par unités d’œuvre', 'by work units')]))],
        cardinality: 'one', example: 'handling quote',
        phrase: {
          fr: byValue('mode', {
            included: 'les évolutions demandées par le Client sont comprises dans la redevance',
            quote: 'chaque évolution demandée par le Client fait l’objet d’un devis préalable du Prestataire et n’est exécutée qu’après l’acceptation écrite de ce devis par le Client',
            work_units: 'les évolutions demandées par le Client sont commandées et facturées par unités d’œuvre',
          }),
          en: byValue('mode', {
            included: 'changes requested by the Client are included in the fee',
            quote: 'each change requested by the Client is the subject of a prior quote from the Provider and is carried out only once the Client has accepted that quote in writing',
            work_units: 'changes requested by the Client are ordered and invoiced in work units',
          }),
        },
      },
      {
        keyword: 'rate', doc: doc('Prix d’une unité d’œuvre ou taux journalier.', 'Price of a work unit or daily rate.'),
        args: [value('price', t.money()), word('per'), value('unit', t.enum([ev('hour', 'heure', 'hour'), ev('half_day', 'demi-journée', 'half day'), ev('day', 'jour', 'day'), ev('unit', 'unité d’œuvre', 'work unit')]))],
        cardinality: 'one', example: 'rate 650.00 EUR per day',
        phrase: { fr: '{price} hors taxes par {unit}', en: '{price} excluding VAT per {unit}' },
      },
    ],
  },
};

const remoteAccess: StatementSpec = {
  keyword: 'remote_access',
  doc: doc('Télémaintenance : outils installés, authentification, journalisation, consentement, retrait en fin de contrat.', 'Remote maintenance: tools installed, authentication, logging, consent, removal at the end.'),
  legalBasis: 'RGPD art. 32; CH: LPD art. 8, OPDo art. 3; ANSSI, guide d’hygiène informatique (mesures 10, 31)',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'remote_access { tools "NinjaOne", "TeamViewer Tensor"; authentication mfa; session_logs kept 12 months; consent each_session; removal within 5 days }',
  block: {
    statements: [
      {
        keyword: 'tools', doc: doc('Outils de télémaintenance installés (noms des produits).', 'Remote-maintenance tools installed (product names).'), args: [value('tools', t.string(), { list: true })], cardinality: 'one', example: 'tools "NinjaOne", "TeamViewer Tensor"',
        phrase: { fr: '{tools}', en: '{tools}' },
      },
      {
        keyword: 'authentication', doc: doc('Authentification des techniciens sur les outils.', 'Technician authentication on the tools.'),
        args: [value('method', t.enum([
          ev('mfa', 'authentification multifacteur', 'multi-factor authentication', { fr: 'une authentification multifacteur', en: 'multi-factor authentication' }),
          ev('certificate', 'certificat', 'certificate', { fr: 'un certificat nominatif', en: 'a personal certificate' }),
          ev('password', 'mot de passe seul', 'password only', { fr: 'un mot de passe individuel', en: 'an individual password' }),
        ]))],
        cardinality: 'one', example: 'authentication mfa',
        phrase: { fr: '{method}', en: '{method}' },
      },
      {
        keyword: 'session_logs', doc: doc('Journalisation des sessions et durée de conservation.', 'Session logging and retention.'), args: [word('kept', true), value('retention', t.duration())], cardinality: 'one', example: 'session_logs kept 12 months',
        phrase: { fr: 'chaque session est journalisée et son journal conservé pendant {retention}', en: 'each session is logged and its log kept for {retention}' },
      },
      {
        keyword: 'consent', doc: doc('Accord du client aux sessions.', 'Client consent to sessions.'),
        args: [value('rule', t.enum([ev('each_session', 'accord à chaque session', 'consent for each session'), ev('prior_notice', 'information préalable', 'prior notice'), ev('standing', 'autorisation permanente encadrée par le contrat', 'standing authorisation under the contract')]))],
        cardinality: 'one', example: 'consent each_session',
        phrase: {
          fr: byValue('rule', {
            each_session: 'aucune session ne peut être ouverte sans l’accord préalable de l’utilisateur concerné ou du référent du Client',
            prior_notice: 'le Client est informé avant l’ouverture de toute session, sauf urgence dont il est informé sans délai',
            standing: 'le Client autorise de manière permanente les sessions nécessaires à l’exécution des prestations, dans les limites du Contrat',
          }),
          en: byValue('rule', {
            each_session: 'no session may be opened without the prior consent of the user concerned or of the Client’s point of contact',
            prior_notice: 'the Client is informed before any session is opened, save in an emergency, of which it is informed without delay',
            standing: 'the Client gives a standing authorisation for the sessions needed to perform the services, within the limits of the Contract',
          }),
        },
      },
      within('removal', 'Retrait des outils en fin de contrat, dans ce délai.', 'Removal of the tools at the end of the contract, within this delay.', 'removal within 5 days',
        { fr: 'dans un délai de {delay} à compter de la fin du Contrat', en: 'within {delay} of the end of the Contract' }, true),
    ],
  },
};

const backup: StatementSpec = {
  keyword: 'backup',
  doc: doc('Sauvegardes : périmètre, fréquence, rétention, localisation, tests de restauration, propriété des supports et des clés.', 'Backups: scope, frequency, retention, location, restore tests, ownership of media and keys.'),
  legalBasis: 'RGPD art. 32 1. c) (capacité de rétablir les données); CH: LPD art. 8, OPDo art. 3',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'backup { covers equipment srv_ad; frequency daily; retention 30 days; location cloud FR; restore_test quarterly; media_owner client; keys client }',
  block: {
    statements: [
      description, covers,
      { keyword: 'frequency', doc: doc('Fréquence des sauvegardes.', 'Backup frequency.'), args: [value('frequency', frequency)], cardinality: 'one', example: 'frequency daily', phrase: { fr: '{frequency}', en: '{frequency}' } },
      { keyword: 'retention', doc: doc('Durée de conservation des sauvegardes.', 'Backup retention.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'retention 30 days', phrase: { fr: 'pendant {duration}', en: 'for {duration}' } },
      {
        keyword: 'location', doc: doc('Lieu de stockage d’une copie (sur site, hors site, cloud) et pays.', 'Where a copy is stored (on site, off site, cloud) and country.'),
        args: [value('kind', t.enum([ev('onsite', 'sur site', 'on site'), ev('offsite', 'hors site', 'off site'), ev('cloud', 'dans le cloud', 'in the cloud')])), opt('country', countries)],
        cardinality: 'many', example: 'location cloud FR',
        phrase: {
          fr: `${byValue('kind', { onsite: 'une copie sur les sites du Client', offsite: 'une copie hors des sites du Client', cloud: 'une copie chez un hébergeur en ligne' })}{if country} ({country}){end}`,
          en: `${byValue('kind', { onsite: 'one copy on the Client’s premises', offsite: 'one copy away from the Client’s premises', cloud: 'one copy with an online hosting provider' })}{if country} ({country}){end}`,
        },
      },
      {
        keyword: 'restore_test', doc: doc('Fréquence des tests de restauration.', 'Restore-test frequency.'), args: [value('frequency', frequency)], cardinality: 'one', example: 'restore_test quarterly',
        phrase: { fr: '{frequency} un test de restauration', en: 'a restore test {frequency}' },
      },
      {
        keyword: 'media_owner', doc: doc('Propriétaire des supports de sauvegarde.', 'Owner of the backup media.'), args: [value('party', t.enum([ev('client', 'le client', 'the client'), ev('provider', 'le prestataire', 'the provider')]))], cardinality: 'one', example: 'media_owner client',
        phrase: {
          fr: byValue('party', { client: 'les supports de sauvegarde sont la propriété du Client', provider: 'les supports de sauvegarde sont la propriété du Prestataire' }),
          en: byValue('party', { client: 'the backup media belong to the Client', provider: 'the backup media belong to the Provider' }),
        },
      },
      {
        keyword: 'keys', doc: doc('Détenteur des clés de chiffrement des sauvegardes.', 'Holder of the backup encryption keys.'), args: [value('holder', t.enum([ev('client', 'le client', 'the client'), ev('provider', 'le prestataire', 'the provider'), ev('escrow', 'séquestre', 'escrow')]))], cardinality: 'one', example: 'keys client',
        phrase: {
          fr: byValue('holder', { client: 'les clés de chiffrement sont détenues par le Client', provider: 'les clés de chiffrement sont détenues par le Prestataire', escrow: 'les clés de chiffrement sont déposées auprès d’un tiers séquestre' }),
          en: byValue('holder', { client: 'the encryption keys are held by the Client', provider: 'the encryption keys are held by the Provider', escrow: 'the encryption keys are deposited with an escrow agent' }),
        },
      },
      {
        keyword: 'encrypted', doc: doc('Les sauvegardes sont-elles chiffrées ?', 'Are backups encrypted?'), args: [value('value', yesNo)], cardinality: 'one', example: 'encrypted yes',
        phrase: {
          fr: byValue('value', { yes: 'les sauvegardes sont chiffrées', no: 'les sauvegardes ne sont pas chiffrées' }),
          en: byValue('value', { yes: 'backups are encrypted', no: 'backups are not encrypted' }),
        },
      },
    ],
  },
};

const security: StatementSpec = {
  keyword: 'security',
  doc: doc('Sécurité opérée par le prestataire (MCS) : mesures, correctifs critiques, notification des incidents.', 'Security operated by the provider: measures, critical patches, incident notification.'),
  legalBasis: 'RGPD art. 32; CH: LPD art. 8, OPDo art. 1–6; directive (UE) 2022/2555 (NIS 2) art. 21',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'security { measures edr, firewall, mfa; critical_patch 72 hours; incident_notice 24 hours }',
  block: {
    statements: [
      description, covers,
      enumList('measures', 'Mesures de sécurité opérées par le prestataire.', 'Security measures operated by the provider.', [
        ev('antivirus', 'antivirus', 'antivirus', { fr: 'la protection antivirus des postes et des serveurs', en: 'antivirus protection of workstations and servers' }),
        ev('edr', 'EDR', 'EDR', { fr: 'la détection et la réponse aux menaces sur les postes et les serveurs (EDR)', en: 'endpoint detection and response (EDR)' }),
        ev('firewall', 'gestion du pare-feu', 'firewall management', { fr: 'l’administration du pare-feu', en: 'firewall management' }),
        ev('mfa', 'authentification multifacteur', 'multi-factor authentication', { fr: 'l’authentification multifacteur des comptes', en: 'multi-factor authentication of accounts' }),
        ev('patching', 'gestion des correctifs', 'patch management', { fr: 'la gestion des correctifs de sécurité', en: 'security patch management' }),
        ev('email_filtering', 'filtrage de la messagerie', 'e-mail filtering', { fr: 'le filtrage de la messagerie', en: 'e-mail filtering' }),
        ev('dns_filtering', 'filtrage DNS', 'DNS filtering', { fr: 'le filtrage DNS', en: 'DNS filtering' }),
        ev('vulnerability_scan', 'scan de vulnérabilités', 'vulnerability scanning', { fr: 'la recherche périodique de vulnérabilités', en: 'periodic vulnerability scanning' }),
        ev('awareness', 'sensibilisation des utilisateurs', 'user awareness', { fr: 'la sensibilisation des utilisateurs', en: 'user awareness training' }),
        ev('admin_tiering', 'cloisonnement des comptes d’administration', 'admin account tiering', { fr: 'le cloisonnement des comptes d’administration', en: 'tiering of administrator accounts' }),
      ], 'measures edr, firewall, mfa, patching'),
      within('critical_patch', 'Délai d’application des correctifs de vulnérabilités critiques.', 'Delay to apply patches for critical vulnerabilities.', 'critical_patch 72 hours',
        { fr: 'dans un délai de {delay} à compter de leur publication', en: 'within {delay} of their release' }),
      within('incident_notice', 'Délai de notification au client d’un incident de sécurité.', 'Delay to notify the client of a security incident.', 'incident_notice 24 hours',
        { fr: 'dans un délai de {delay} à compter du moment où il en a connaissance', en: 'within {delay} of becoming aware of it' }),
    ],
  },
};

const replacement: StatementSpec = {
  keyword: 'replacement',
  doc: doc('Matériel de remplacement ou de prêt : catégories, délai, conditions du prêt.', 'Replacement or loan equipment: classes, delay, loan terms.'),
  legalBasis: 'FR: C. civ. 1163, 1875 (prêt à usage); CH: CO 305; BE: C. civ. art. 1875',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'replacement { classes desktop, laptop; delay 1 business_day; loan free up_to 30 days }',
  block: {
    statements: [
      description,
      {
        keyword: 'classes', doc: doc('Catégories de matériel pour lesquelles un appareil de prêt est fourni.', 'Hardware classes for which a loan device is provided.'), args: [value('kinds', equipmentKinds, { list: true })], cardinality: 'one', example: 'classes desktop, laptop',
        phrase: { fr: '{kinds}', en: '{kinds}' },
      },
      within('delay', 'Délai de mise à disposition.', 'Delay to provide it.', 'delay 1 business_day', { fr: 'dans un délai de {delay}', en: 'within {delay}' }),
      {
        keyword: 'loan', doc: doc('Conditions du prêt : gratuit ou facturé, durée maximale.', 'Loan terms: free or billed, maximum duration.'),
        args: [value('terms', t.enum([ev('free', 'gratuit', 'free of charge'), ev('billed', 'facturé', 'billed')])), opt('price', t.money()), group(word('up_to'), value('duration', t.duration()))],
        cardinality: 'one', example: 'loan free up_to 30 days',
        phrase: {
          fr: `${byValue('terms', { free: 'à titre gratuit', billed: 'moyennant {if price}un prix de {price} hors taxes par prêt{else}le prix du barème{end}' })}{if duration}, pour une durée de {duration} au plus{end}`,
          en: `${byValue('terms', { free: 'free of charge', billed: 'for {if price}a price of {price} excluding VAT per loan{else}the price in the rate card{end}' })}{if duration}, for no more than {duration}{end}`,
        },
      },
    ],
  },
};

/**
 * The initialisation phase (transition-in) between entry into force and service start: the audit of
 * the inventory, the take-over of the existing documentation, the setting up of access and tools, and
 * the start-up report (« procès-verbal de démarrage ») that closes it and fixes the inventory.
 */
const onboarding: StatementSpec = {
  keyword: 'onboarding',
  doc: doc(
    'Phase d’initialisation (réversibilité entrante) : opérations menées avant le début des prestations, durée, procès-verbal de démarrage, prix.',
    'Initialisation phase (transition-in): work done before the services start, duration, start-up report, price.',
  ),
  legalBasis: 'FR: C. civ. 1104, 1163, 1194; CH: CO 394, 398; BE: C. civ. 5.73',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'onboarding { tasks inventory_audit, documentation_takeover, access_setup, tools_deployment; start_report joint; fee included }',
  block: {
    statements: [
      enumList('tasks', 'Opérations de la phase d’initialisation.', 'Work of the initialisation phase.', [
        ev('inventory_audit', 'audit de l’inventaire', 'inventory audit', { fr: 'l’audit contradictoire de l’inventaire du périmètre', en: 'a joint audit of the inventory of the scope' }),
        ev('documentation_takeover', 'reprise de la documentation existante', 'take-over of the existing documentation', { fr: 'la reprise de la documentation existante (schémas, procédures, comptes d’administration)', en: 'the take-over of the existing documentation (diagrams, procedures, administrator accounts)' }),
        ev('access_setup', 'mise en place des accès', 'access set-up', { fr: 'la remise et la sécurisation des accès d’administration', en: 'the handover and securing of administrator access' }),
        ev('tools_deployment', 'déploiement des outils', 'tool deployment', { fr: 'le déploiement des outils de supervision et de télémaintenance', en: 'the deployment of the monitoring and remote-maintenance tools' }),
        ev('backup_check', 'vérification des sauvegardes', 'backup check', { fr: 'la vérification des sauvegardes existantes par un test de restauration', en: 'checking the existing backups with a restore test' }),
        ev('knowledge_transfer', 'transfert de connaissances', 'knowledge transfer', { fr: 'le transfert de connaissances avec le Client ou son prestataire sortant', en: 'knowledge transfer with the Client or its outgoing provider' }),
      ], 'tasks inventory_audit, documentation_takeover'),
      within('duration', 'Durée de la phase, à compter de l’entrée en vigueur (à défaut : jusqu’au début d’exécution des prestations).', 'Length of the phase from entry into force (otherwise: until the services start).', 'duration 20 business_days',
        { fr: 'dans un délai de {delay} à compter de l’entrée en vigueur du Contrat', en: 'within {delay} of the entry into force of the Contract' }),
      {
        keyword: 'start_report', doc: doc('Procès-verbal de démarrage : contradictoire, ou établi par le prestataire et réputé accepté faute de réserves dans le délai.', 'Start-up report: joint, or drawn up by the provider and deemed accepted absent reservations within the delay.'),
        args: [value('mode', t.enum([ev('joint', 'contradictoire, signé des deux parties', 'joint, signed by both parties'), ev('provider', 'établi par le prestataire, réputé accepté faute de réserves', 'drawn up by the provider, deemed accepted absent reservations')])), group(word('within'), value('delay', t.duration()))],
        cardinality: 'one', example: 'start_report joint',
        phrase: {
          fr: byValue('mode', {
            joint: 'un procès-verbal de démarrage établi contradictoirement et signé des deux Parties{if delay} dans un délai de {delay} à compter de la fin de ces opérations{end}',
            provider: 'un procès-verbal de démarrage établi par le Prestataire, réputé accepté si le Client n’a pas formulé de réserves écrites{if delay} dans un délai de {delay} à compter de sa réception{else} dans un délai raisonnable{end}',
          }),
          en: byValue('mode', {
            joint: 'a start-up report drawn up jointly and signed by both Parties{if delay} within {delay} of the end of that work{end}',
            provider: 'a start-up report drawn up by the Provider and deemed accepted unless the Client makes written reservations{if delay} within {delay} of receiving it{else} within a reasonable time{end}',
          }),
        },
      },
      {
        keyword: 'fee', doc: doc('Prix de la phase d’initialisation : comprise dans la redevance, ou forfait.', 'Price of the initialisation phase: included in the fee, or a flat fee.'),
        args: [value('mode', t.enum([ev('included', 'comprise dans la redevance', 'included in the fee'), ev('flat', 'forfait', 'flat fee')])), opt('price', t.money())],
        cardinality: 'one', example: 'fee flat 1200.00 EUR',
        phrase: {
          fr: byValue('mode', { included: 'la phase d’initialisation n’est pas facturée en sus de la redevance', flat: 'la phase d’initialisation est facturée forfaitairement{if price} {price} hors taxes{end}' }),
          en: byValue('mode', { included: 'the initialisation phase is not invoiced in addition to the fee', flat: 'the initialisation phase is invoiced at a flat fee{if price} of {price} excluding VAT{end}' }),
        },
      },
    ],
  },
};

export const services: StatementSpec = {
  keyword: 'services',
  doc: doc('Prestations comprises : phase d’initialisation, MCO, maintenance préventive, corrective, évolutive, télémaintenance, sauvegardes, sécurité, matériel de remplacement.', 'Services included: initialisation phase, run (MCO), preventive, corrective and evolutive maintenance, remote access, backups, security, replacement equipment.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'services { mco { covers all; visit onsite monthly; report monthly } }',
  block: { statements: [onboarding, mco, preventive, corrective, evolutive, remoteAccess, backup, security, replacement] },
};
