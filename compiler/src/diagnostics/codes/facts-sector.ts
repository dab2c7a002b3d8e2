import type { Localized } from '../types.ts';

// Labels of the facts the sector-profile, security and sub-processor rules report (merged in
// ./facts.ts); keys are the statement paths of schema/blocks/sector-profiles.ts.

const f = (fr: string, en: string): Localized => ({ fr, en });

export const sectorFacts: Readonly<Record<string, Localized>> = {
  'sector.secrecy.staff': f('intervenants habilités (secrecy { staff "…" })', 'authorised staff (secrecy { staff "…" })'),
  'sector.secrecy.undertaking': f('engagement de secret des intervenants (secrecy { undertaking … })', 'staff secrecy undertaking (secrecy { undertaking … })'),
  'sector.secrecy.access': f('restrictions d’accès (secrecy { access … })', 'access restrictions (secrecy { access … })'),
  'sector.health_hosting.role': f('rôle du prestataire : hébergeur certifié ou revendeur (health_hosting { role … })', 'the provider’s role: certified hoster or reseller (health_hosting { role … })'),
  'sector.health_hosting.certificate.activities': f('activités couvertes par le certificat HDS (certificate { activities … })', 'activities covered by the HDS certificate (certificate { activities … })'),
  'sector.health_hosting.certificate.issued': f('date de délivrance du certificat (certificate { issued … })', 'date of issue of the certificate (certificate { issued … })'),
  'sector.health_hosting.certificate.renewal': f('date de renouvellement du certificat (certificate { renewal … })', 'renewal date of the certificate (certificate { renewal … })'),
  'sector.health_hosting.hoster': f('hébergeur certifié revendu (health_hosting { hoster … })', 'certified hoster resold (health_hosting { hoster … })'),
  'sector.health_hosting.location': f('lieux d’hébergement (health_hosting { location … })', 'hosting locations (health_hosting { location … })'),
  'sector.health_hosting.access': f('encadrement des accès (health_hosting { access … })', 'access control (health_hosting { access … })'),
  'sector.health_hosting.incident_contact': f('référent du client pour les incidents (health_hosting { incident_contact "…" })', 'the client’s incident contact (health_hosting { incident_contact "…" })'),
  'sector.health_hosting.changes_notice': f('préavis des évolutions techniques (health_hosting { changes_notice … })', 'notice of technical changes (health_hosting { changes_notice … })'),
  'sector.dora.critical_function': f('fonction critique ou importante (dora { critical_function yes|no })', 'critical or important function (dora { critical_function yes|no })'),
  'sector.dora.functions': f('fonctions soutenues (dora { functions "…" })', 'functions supported (dora { functions "…" })'),
  'sector.dora.subcontracting': f('conditions de sous-traitance (dora { subcontracting … })', 'subcontracting conditions (dora { subcontracting … })'),
  'sector.dora.locations': f('lieux de fourniture et de traitement (dora { locations … })', 'locations of provision and processing (dora { locations … })'),
  'sector.dora.location_notice': f('préavis de changement de lieu (dora { location_notice … })', 'notice of a change of location (dora { location_notice … })'),
  'sector.dora.recovery': f('accès, récupération et restitution des données (dora { recovery … })', 'data access, recovery and return (dora { recovery … })'),
  'sector.dora.incident_assistance': f('assistance en cas d’incident TIC (dora { incident_assistance … })', 'assistance with ICT incidents (dora { incident_assistance … })'),
  'sector.dora.authority': f('autorités compétentes et de résolution (dora { authority "…" })', 'competent and resolution authorities (dora { authority "…" })'),
  'sector.dora.termination_notice': f('préavis de résiliation (dora { termination_notice … })', 'termination notice (dora { termination_notice … })'),
  'sector.dora.awareness': f('participation à la sensibilisation (dora { awareness … })', 'participation in awareness (dora { awareness … })'),
  'sector.dora.material_change_notice': f('information sur les évolutions significatives (dora { material_change_notice … })', 'notice of material developments (dora { material_change_notice … })'),
  'sector.dora.tlpt': f('participation aux TLPT (dora { tlpt yes })', 'TLPT participation (dora { tlpt yes })'),
  'sector.dora.access_audit': f('droits illimités d’accès et d’audit (dora { access_audit yes })', 'unrestricted access and audit rights (dora { access_audit yes })'),
  'sector.dora.exit_transition': f('période de transition de sortie (dora { exit_transition … })', 'exit transition period (dora { exit_transition … })'),
  security: f('annexe de sécurité (security { … })', 'security annex (security { … })'),
  sla: f('niveaux de service (sla { … })', 'service levels (sla { … })'),
  'security.policy': f('politique de sécurité applicable (security { policy … })', 'applicable security policy (security { policy … })'),
  'security.audit': f('droit d’audit de sécurité (security { audit { … } })', 'security audit right (security { audit { … } })'),
  'security.incident': f('coopération en cas d’incident (security { incident { … } })', 'incident cooperation (security { incident { … } })'),
  'security.continuity': f('continuité d’activité (security { continuity { … } })', 'business continuity (security { continuity { … } })'),
  'security.continuity.plans': f('plans de reprise et de continuité (continuity { plans drp, bcp })', 'recovery and continuity plans (continuity { plans drp, bcp })'),
  'security.continuity.rpo': f('perte de données maximale admissible (continuity { rpo … })', 'recovery point objective (continuity { rpo … })'),
  'security.continuity.rto': f('durée maximale d’interruption admissible (continuity { rto … })', 'recovery time objective (continuity { rto … })'),
  'security.continuity.test': f('fréquence des tests (continuity { test … })', 'test frequency (continuity { test … })'),
  'personal_data.security.measures': f('mesures techniques et organisationnelles (personal_data { security { measures … } })', 'technical and organisational measures (personal_data { security { measures … } })'),
  'subprocessor.tool': f('l’éditeur de l’outil, déclaré comme sous-traitant ultérieur (subprocessor … { country …; service … })', 'the tool’s vendor, declared as a sub-processor (subprocessor … { country …; service … })'),
  'subprocessor.backup': f('un sous-traitant ultérieur de sauvegarde ou d’hébergement (subprocessor … { service backup })', 'a backup or hosting sub-processor (subprocessor … { service backup })'),
  'subprocessor.cloud': f('le fournisseur du service cloud revendu, déclaré comme sous-traitant ultérieur', 'the vendor of the resold cloud service, declared as a sub-processor'),
};
