import type { Localized } from '../types.ts';

// Labels of the facts the "commercial" rules report (merged in ./facts.ts). Each label names the
// keyword to write.

const f = (fr: string, en: string): Localized => ({ fr, en });

export const commercialFacts: Readonly<Record<string, Localized>> = {
  'contact.contract_manager': f('responsable du contrat (contact contract_manager "…")', 'contract manager (contact contract_manager "…")'),
  'contact.technical_referent': f('référent technique du client (contact technical_referent "…")', 'client’s technical referent (contact technical_referent "…")'),
  'contacts.support_channels': f('points d’entrée du support du prestataire (support { channels { phone "…"; email "…"; portal "…" } })', 'provider’s support entry points (support { channels { phone "…"; email "…"; portal "…" } })'),

  object: f('objet du contrat (object { … })', 'contract object (object { … })'),
  'object.services': f('prestations achetées (services …)', 'services purchased (services …)'),
  'object.linked_to': f('renvoi au périmètre et au SLA (linked_to scope, sla)', 'reference to the scope and the SLA (linked_to scope, sla)'),

  documents: f('documents contractuels (documents { … })', 'contract documents (documents { … })'),
  'documents.precedence': f('ordre de priorité des documents (precedence …)', 'order of precedence (precedence …)'),
  'documents.gtc_received': f('remise préalable des conditions générales (gtc_received yes)', 'general terms received before signing (gtc_received yes)'),

  language: f('langue faisant foi (language fr)', 'authoritative language (language fr)'),
  translation_status: f('valeur des traductions (translation_status convenience)', 'standing of translations (translation_status convenience)'),

  definitions: f('définitions (definitions { … })', 'definitions (definitions { … })'),
  'definitions.incident': f('incident', 'incident'),
  'definitions.service_request': f('demande de service (service_request)', 'service request (service_request)'),
  'definitions.business_day': f('jour ouvré (business_day)', 'business day (business_day)'),
  'definitions.business_hour': f('heure ouvrée (business_hour)', 'business hour (business_hour)'),
  'definitions.service_window': f('plage de service (service_window)', 'service window (service_window)'),
  'definitions.gti': f('GTI (gti)', 'GTI (gti)'),
  'definitions.gtr': f('GTR (gtr)', 'GTR (gtr)'),
  'definitions.resolution': f('résolution (resolution)', 'resolution (resolution)'),
  'definitions.workaround': f('contournement (workaround)', 'workaround (workaround)'),
  'definitions.priority': f('niveaux de priorité (priority)', 'priority levels (priority)'),

  'client.headcount': f('effectif du client (party client … { headcount … })', 'client headcount (party client … { headcount … })'),
  'withdrawal.signed_off_premises': f('lieu de conclusion (withdrawal { signed_off_premises yes|no })', 'place of signature (withdrawal { signed_off_premises yes|no })'),
  'withdrawal.information': f('information sur la rétractation (information yes)', 'withdrawal information (information yes)'),
  'withdrawal.form': f('formulaire de rétractation (form yes)', 'withdrawal form (form yes)'),
  'withdrawal.justification': f('justification de l’activité principale (main_activity yes "…")', 'justification of the main activity (main_activity yes "…")'),

  termination_effects: f('effets de la fin du contrat (termination_effects { … })', 'effects of termination (termination_effects { … })'),
  'termination_effects.survives': f('clauses survivantes (survives …)', 'surviving clauses (survives …)'),
  'termination_effects.reversibility': f('déclenchement de la réversibilité (reversibility any_end)', 'reversibility trigger (reversibility any_end)'),
  'termination_effects.prepaid_fees': f('sort des redevances payées d’avance (prepaid_fees)', 'treatment of prepaid fees (prepaid_fees)'),
  'termination_effects.unused_quota': f('sort des tickets non consommés (unused_quota)', 'treatment of unused tickets (unused_quota)'),

  price: f('prix (price { … })', 'price (price { … })'),
  'price.fee': f('redevance avec sa devise (fee 1450.00 EUR per month)', 'fee with its currency (fee 1450.00 EUR per month)'),
  'price.excl_vat': f('mention hors taxes (fee … excl_vat)', 'excluding-VAT mention (fee … excl_vat)'),
  'price.vat': f('traitement de la TVA (vat 20% | reverse_charge | exempt)', 'VAT treatment (vat 20% | reverse_charge | exempt)'),
  'price.basis': f('assiette (basis flat|per_device|…)', 'basis (basis flat|per_device|…)'),
  'price.covers': f('ce que couvre la redevance (covers services, scope)', 'what the fee covers (covers services, scope)'),
  'price.rate': f('tarif hors forfait (rate "…" … per hour)', 'out-of-scope rate (rate "…" … per hour)'),
  'price.travel': f('frais de déplacement (travel …, ou support { onsite { travel … } })', 'travel costs (travel …, or support { onsite { travel … } })'),
  'price.out_of_hours': f('majoration hors heures (out_of_hours …%)', 'out-of-hours surcharge (out_of_hours …%)'),
  'price.hotline_overage': f('prix du dépassement de quota (hotline_overage …)', 'price beyond the support quota (hotline_overage …)'),

  invoicing: f('facturation (invoicing monthly in_advance { … })', 'invoicing (invoicing monthly in_advance { … })'),
  'invoicing.periodicity': f('périodicité (invoicing monthly|quarterly|yearly)', 'periodicity (invoicing monthly|quarterly|yearly)'),
  'invoicing.timing': f('à échoir ou à terme échu (in_advance|in_arrears)', 'in advance or in arrears (in_advance|in_arrears)'),
  'invoicing.channel': f('canal de facturation (channel …)', 'invoicing channel (channel …)'),
  'invoicing.addressee': f('destinataire des factures (addressee "…")', 'invoice addressee (addressee "…")'),

  payment: f('conditions de paiement (payment { … })', 'payment terms (payment { … })'),
  'payment.term': f('délai de paiement (term 30 days from invoice)', 'payment term (term 30 days from invoice)'),
  'payment.means': f('moyens de paiement (means …)', 'means of payment (means …)'),
  'payment.late_interest': f('taux des pénalités de retard (late_interest …)', 'late-payment interest (late_interest …)'),
  'payment.recovery_fee': f('indemnité forfaitaire de recouvrement (recovery_fee 40.00 EUR)', 'flat recovery indemnity (recovery_fee 40.00 EUR)'),
  'payment.suspension': f('suspension en cas d’impayé (suspension after …)', 'suspension for non-payment (suspension after …)'),

  revision: f('clause de révision (revision syntec { … })', 'revision clause (revision syntec { … })'),
  'revision.index_name': f('nom de l’indice (index_name "…")', 'name of the index (index_name "…")'),
  'revision.fixed_part': f('formule : part fixe (fixed_part …%)', 'formula: fixed part (fixed_part …%)'),
  'revision.base_month': f('mois de S0 (base_month AAAA-MM)', 'month of S0 (base_month YYYY-MM)'),
  'revision.current_month': f('règle de S1 (current_month latest_published)', 'rule for S1 (current_month latest_published)'),
  'revision.every': f('périodicité de révision (every 12 months)', 'revision periodicity (every 12 months)'),
  'revision.rounding': f('arrondi (rounding 2 decimals)', 'rounding (rounding 2 decimals)'),
  'revision.direction': f('révision à la hausse comme à la baisse (direction both)', 'upwards and downwards (direction both)'),
  'revision.replacement': f('indice de remplacement (replacement …)', 'replacement index (replacement …)'),

  hardship: f('position sur l’imprévision (hardship statutory|adapted|excluded)', 'stance on hardship (hardship statutory|adapted|excluded)'),
  'hardship.renegotiation': f('durée de renégociation (renegotiation …)', 'renegotiation period (renegotiation …)'),

  liability: f('responsabilité (liability { … })', 'liability (liability { … })'),
  'liability.obligation': f('nature des obligations (obligation … means|result)', 'nature of obligations (obligation … means|result)'),
  'liability.excluded_causes': f('causes exclues (excluded_causes …)', 'excluded causes (excluded_causes …)'),
  'liability.cap': f('plafond (cap … months_of_fees | montant)', 'cap (cap … months_of_fees | amount)'),
  'liability.carve_outs': f('exclusions du plafond (carve_outs gross_negligence, wilful_misconduct, …)', 'carve-outs (carve_outs gross_negligence, wilful_misconduct, …)'),
  'liability.indirect_losses': f('dommages indirects (indirect_losses …)', 'indirect losses (indirect_losses …)'),
  'liability.data_loss': f('perte de données (data_loss backup_dependent)', 'data loss (data_loss backup_dependent)'),

  insurance: f('assurance (insurance { … })', 'insurance (insurance { … })'),
  'insurance.insurer': f('assureur (insurer "…")', 'insurer (insurer "…")'),
  'insurance.cover_claim': f('montant garanti par sinistre (cover … per claim)', 'amount per claim (cover … per claim)'),
  'insurance.cover_year': f('montant garanti par an (cover … per year)', 'amount per year (cover … per year)'),
  'insurance.policy': f('numéro de police (policy "…")', 'policy number (policy "…")'),
  'insurance.certificate': f('attestation annuelle (certificate yearly)', 'yearly certificate (certificate yearly)'),

  force_majeure: f('force majeure (force_majeure { … })', 'force majeure (force_majeure { … })'),
  'force_majeure.definition': f('définition (definition statutory|custom)', 'definition (definition statutory|custom)'),
  'force_majeure.notify_within': f('délai de notification (notify_within …)', 'notification deadline (notify_within …)'),
  'force_majeure.sla_effect': f('effet sur le SLA (sla_effect suspended)', 'effect on the SLA (sla_effect suspended)'),
  'force_majeure.terminate_after': f('seuil de résiliation (terminate_after …)', 'termination threshold (terminate_after …)'),
  'force_majeure.cyberattack': f('position sur les cyberattaques (cyberattack …)', 'stance on cyber-attacks (cyberattack …)'),
  'force_majeure.supplier_outage': f('position sur les défaillances de fournisseurs (supplier_outage …)', 'stance on supplier outages (supplier_outage …)'),

  subcontracting: f('sous-traitance (subcontracting allowed|forbidden)', 'subcontracting (subcontracting allowed|forbidden)'),
  'subcontracting.consent': f('autorisation des sous-traitants (consent …)', 'authorisation of subcontractors (consent …)'),
  'subcontracting.provider_liable': f('responsabilité maintenue (provider_liable yes)', 'provider remains liable (provider_liable yes)'),
  'subcontracting.flow_down': f('obligations répercutées : confidentialité et données (flow_down confidentiality, personal_data)', 'obligations flowed down: confidentiality and data (flow_down confidentiality, personal_data)'),
  'subcontracting.acceptance': f('acceptation écrite préalable de chaque sous-traitant par le client (consent prior_written)', 'client’s prior written acceptance of each subcontractor (consent prior_written)'),
  'subcontracting.payment_terms_approved': f('agrément des conditions de paiement des sous-traitants (payment_terms_approved yes)', 'approval of the subcontractors’ payment terms (payment_terms_approved yes)'),
  'subcontracting.payment_guarantee': f('garantie de paiement des sous-traitants (payment_guarantee bank_guarantee|delegation|direct_payment)', 'security for paying subcontractors (payment_guarantee bank_guarantee|delegation|direct_payment)'),

  non_solicitation: f('non-sollicitation (non_solicitation { … })', 'non-solicitation (non_solicitation { … })'),
  'non_solicitation.protects': f('personnes protégées (protects …)', 'protected persons (protects …)'),
  'non_solicitation.parties': f('parties tenues (parties …)', 'bound parties (parties …)'),
  'non_solicitation.duration': f('durée après la fin (duration … after_end)', 'duration after the end (duration … after_end)'),
  'non_solicitation.indemnity': f('indemnité (indemnity … months_of_salary)', 'indemnity (indemnity … months_of_salary)'),

  confidentiality: f('confidentialité (confidentiality { … })', 'confidentiality (confidentiality { … })'),
  'confidentiality.covers': f('informations couvertes (covers …)', 'information covered (covers …)'),
  'confidentiality.use': f('usage limité au contrat (use contract_only)', 'use limited to the contract (use contract_only)'),
  'confidentiality.bound': f('personnes tenues (bound …)', 'bound persons (bound …)'),
  'confidentiality.exceptions': f('exceptions (exceptions …)', 'exceptions (exceptions …)'),
  'confidentiality.survives': f('durée après la fin (survives … years)', 'duration after the end (survives … years)'),
  'confidentiality.at_end': f('restitution ou destruction (at_end …)', 'return or destruction (at_end …)'),

  jurisdiction: f('juridiction compétente (jurisdiction commercial_court "Lyon")', 'competent court (jurisdiction commercial_court "Lyon")'),
  'jurisdiction.seat': f('siège du tribunal (jurisdiction … "ville")', 'seat of the court (jurisdiction … "city")'),

  dispute: f('règlement amiable (dispute { … })', 'amicable settlement (dispute { … })'),
  'dispute.escalation': f('étapes du règlement amiable (escalation …)', 'settlement steps (escalation …)'),
  'dispute.before_court': f('délai avant action en justice (before_court …)', 'time before court action (before_court …)'),

  amendments: f('modifications (amendments { … })', 'changes (amendments { … })'),
  'amendments.written_for': f('avenant écrit pour périmètre, SLA et prix (written_for scope, sla, price)', 'written amendment for scope, SLA and price (written_for scope, sla, price)'),
  'amendments.inventory_update': f('mise à jour de l’inventaire (inventory_update …)', 'inventory update (inventory_update …)'),

  notices: f('notifications (notices { … })', 'notices (notices { … })'),
  'notices.forms': f('formes admises (forms …)', 'accepted forms (forms …)'),
  'notices.to': f('adresse de notification de chaque partie citée (to <partie> "…")', 'notice address of each party named (to <party> "…")'),

  assignment: f('cession du contrat (assignment …)', 'assignment of the contract (assignment …)'),

  nis2: f('statut NIS2 du client (nis2 { client_status … })', 'client’s NIS2 status (nis2 { client_status … })'),
  'nis2.incident_notice': f('délai de notification des incidents (incident_notice …)', 'incident notification deadline (incident_notice …)'),
  'nis2.audit_cooperation': f('coopération aux audits (audit_cooperation yes)', 'audit cooperation (audit_cooperation yes)'),
  'nis2.security_annex': f('annexe de sécurité (security_annex yes)', 'security annex (security_annex yes)'),

  vigilance: f('obligation de vigilance (vigilance { … })', 'due-diligence duty (vigilance { … })'),
  'vigilance.documents': f('attestation URSSAF et preuve d’immatriculation (documents urssaf_certificate, registration_proof)', 'URSSAF certificate and proof of registration (documents urssaf_certificate, registration_proof)'),
  'vigilance.every': f('remise tous les 6 mois au plus (every 6 months)', 'delivery every 6 months at most (every 6 months)'),
};
