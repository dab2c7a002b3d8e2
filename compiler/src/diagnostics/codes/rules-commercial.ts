// Checklist rule codes (IG3xxx) of the "commercial" topics; see ./rule-codes.ts.
// Brief §2.1 (contacts, object, documents, language, definitions, withdrawal), §2.2 termination.effects,
// §2.3 (price, invoicing, payment, revision, hardship), §2.4 (risk and general clauses), §2.8 vigilance.
// Examples are contract-level snippets (a test wraps them in `contract "…" { law FR … }`).
import { defineRuleCode } from './rule-codes.ts';

export const partiesContacts = defineRuleCode({
  rule: 'parties.contacts', number: 3, level: 'recommended',
  title: { fr: 'Interlocuteurs désignés', en: 'Designated contacts' },
  summary: { fr: 'Aucun interlocuteur désigné (responsable du contrat, référent technique).', en: 'No designated contacts (contract manager, technical referent).' },
  explanation: {
    fr: "Chaque partie nomme un responsable du contrat (`contact contract_manager …`), le client nomme un référent technique (`contact technical_referent …`), et le prestataire indique ses points d'entrée du support (`support { channels { phone \"…\"; email \"…\" } }`). Sans interlocuteur nommé, ni la gouvernance ni l'escalade ne fonctionnent.",
    en: 'Each party names a contract manager (`contact contract_manager …`), the client names a technical referent (`contact technical_referent …`), and the provider states its support entry points (`support { channels { phone \"…\"; email \"…\" } }`). Without named contacts neither governance nor escalation works.',
  },
  legalBasis: 'FR: C. civ. 1104 (bonne foi, coopération)',
  example: 'party client dupont {\n  name "Cabinet Dupont SELARL"\n  contact technical_referent "Marc Leroy"\n}',
  fixed: 'party client dupont {\n  name "Cabinet Dupont SELARL"\n  contact contract_manager "Claire Dupont"\n  contact technical_referent "Marc Leroy"\n}',
});

export const contractObject = defineRuleCode({
  rule: 'contract.object', number: 4, level: 'required',
  title: { fr: 'Objet du contrat', en: 'Object of the contract' },
  summary: { fr: 'Objet du contrat absent ou non relié au périmètre.', en: 'Contract object missing or not linked to the scope.' },
  explanation: {
    fr: "L'objet dit quelles prestations sont achetées (infogérance totale ou partielle, maintenance, assistance…) et renvoie au périmètre inventorié et aux niveaux de service : `object { services …; linked_to scope, sla }`. Une description libre ne suffit pas.",
    en: 'The object states which services are purchased (full or partial managed services, maintenance, helpdesk…) and refers to the inventoried scope and the service levels: `object { services …; linked_to scope, sla }`. A free description is not enough.',
  },
  legalBasis: 'FR: C. civ. 1163',
  example: 'object {\n  description "Infogérance du cabinet"\n}',
  fixed: 'object {\n  services partial_managed, helpdesk\n  linked_to scope, sla\n}',
});

export const contractDocuments = defineRuleCode({
  rule: 'contract.documents', number: 6, level: 'recommended',
  title: { fr: 'Documents contractuels', en: 'Contract documents' },
  summary: { fr: 'Ordre de priorité des documents contractuels non défini.', en: 'Order of precedence of contract documents not defined.' },
  explanation: {
    fr: "Listez les documents contractuels du plus fort au plus faible (`documents { precedence … }`) et, s'il y a des conditions générales, indiquez que le client les a reçues avant de signer (`gtc_received yes`) : une clause qu'il n'a pu connaître lui est inopposable.",
    en: 'List the contract documents strongest first (`documents { precedence … }`) and, if there are general terms, state that the client received them before signing (`gtc_received yes`): a term the client could not read cannot be enforced against it.',
  },
  legalBasis: 'FR: C. civ. 1119; CH: règle de l’insolite (TF 4A_372/2022); BE: CDE VI.91/4',
  example: 'documents {\n  precedence particular_conditions, general_conditions\n}',
  fixed: 'documents {\n  precedence particular_conditions, general_conditions\n  gtc_received yes\n}',
});

export const contractLanguage = defineRuleCode({
  rule: 'contract.language', number: 7, level: 'recommended',
  title: { fr: 'Langue faisant foi', en: 'Authoritative language' },
  summary: { fr: 'Langue faisant foi non précisée.', en: 'Authoritative language not specified.' },
  explanation: {
    fr: 'Indiquez la langue faisant foi (`language fr`) et que les traductions ne sont fournies que pour information (`translation_status convenience`) : en cas de divergence, seule la version française compte.',
    en: 'State the authoritative language (`language fr`) and that translations are for convenience only (`translation_status convenience`): if versions diverge, only the French one counts.',
  },
  legalBasis: 'FR: loi n° 94-665 du 4 août 1994 (loi Toubon)',
  example: 'language fr\ntranslations en',
  fixed: 'language fr\ntranslations en\ntranslation_status convenience',
});

export const contractDefinitions = defineRuleCode({
  rule: 'contract.definitions', number: 8, level: 'recommended',
  title: { fr: 'Définitions', en: 'Definitions' },
  summary: { fr: 'Termes SLA utilisés sans définition.', en: 'SLA terms used without definition.' },
  explanation: {
    fr: "Les termes du SLA sont ambigus sans définition : jour ouvré ou ouvrable, GTI, GTR, incident ou demande. Définissez au moins incident, demande de service, jour ouvré, heure ouvrée, plage de service, GTI, GTR, résolution, contournement et niveaux de priorité, par la rédaction standard (`standard …`) ou une rédaction propre (`define …`).",
    en: 'SLA terms are ambiguous without definitions: business or working day, GTI, GTR, incident or request. Define at least incident, service request, business day, business hour, service window, GTI, GTR, resolution, workaround and priority levels, with the standard wording (`standard …`) or your own (`define …`).',
  },
  legalBasis: 'FR: C. civ. 1188–1192 (interprétation)',
  example: 'definitions {\n  standard incident, gti, gtr\n}',
  fixed: 'definitions {\n  standard incident, service_request, business_day, business_hour, service_window, gti, gtr, resolution, workaround, priority\n}',
});

export const withdrawalMicroClient = defineRuleCode({
  rule: 'withdrawal.micro-client', number: 9, level: 'required',
  title: { fr: 'Rétractation du micro-client', en: 'Withdrawal right of a micro-client' },
  summary: {
    fr: 'Client de 5 salariés au plus démarché hors établissement : information sur le droit de rétractation requise.',
    en: 'Client with ≤ 5 employees contracted off-premises: withdrawal-right information required.',
  },
  explanation: {
    fr: "En droit français, un professionnel de 5 salariés au plus démarché hors établissement bénéficie des règles de protection du consommateur (information, rétractation de 14 jours) si l'objet n'entre pas dans son activité principale — typiquement un cabinet médical ou d'architecte démarché par un infogérant. Déclarez l'effectif du client (`headcount`), le lieu de signature (`withdrawal { signed_off_premises yes|no }`), puis l'information et le formulaire de rétractation (`information yes; form yes`) ou la justification que l'objet relève de l'activité principale (`main_activity yes \"…\"`).",
    en: 'Under French law a business with 5 employees or fewer contracted off-premises enjoys consumer protection (information, 14-day withdrawal) when the object is outside its main activity — typically a medical or architecture practice canvassed by an MSP. Declare the client’s headcount (`headcount`), where the contract is signed (`withdrawal { signed_off_premises yes|no }`), then the withdrawal information and form (`information yes; form yes`) or the justification that the object is within the main activity (`main_activity yes "…"`).',
  },
  legalBasis: 'C. consom. L221-3, L221-5, L221-18',
  example: 'party client cabinet { name "Cabinet Martin"; headcount 3 }\nwithdrawal { signed_off_premises yes }',
  fixed: 'party client cabinet { name "Cabinet Martin"; headcount 3 }\nwithdrawal { signed_off_premises yes; main_activity no; information yes; form yes; period 14 days }',
});

export const terminationEffects = defineRuleCode({
  rule: 'termination.effects', number: 14, level: 'required',
  title: { fr: 'Effets de la fin du contrat', en: 'Effects of termination' },
  summary: {
    fr: 'Effets de la fin du contrat non définis (clauses survivantes, réversibilité, sommes dues).',
    en: 'Effects of termination not defined (surviving clauses, reversibility, amounts due).',
  },
  explanation: {
    fr: "La sortie est souvent le point faible des contrats d'infogérance. Indiquez les clauses qui survivent (`survives`), le déclenchement de la réversibilité (`reversibility any_end`), le sort des redevances payées d'avance (`prepaid_fees`) et des tickets non consommés (`unused_quota`).",
    en: 'Exit is often the weak point of managed-services contracts. State the surviving clauses (`survives`), the triggering of reversibility (`reversibility any_end`), the treatment of prepaid fees (`prepaid_fees`) and of unused tickets (`unused_quota`).',
  },
  legalBasis: 'FR: C. civ. 1229-1230',
  example: 'termination_effects {\n  survives confidentiality\n}',
  fixed: 'termination_effects {\n  survives confidentiality, data_return, reversibility, payment\n  reversibility any_end\n  prepaid_fees refunded_prorata\n  unused_quota credited\n}',
});

export const priceAmount = defineRuleCode({
  rule: 'price.amount', number: 15, level: 'required',
  title: { fr: 'Prix', en: 'Price' },
  summary: { fr: 'Prix incomplet : montant HT, devise et assiette (forfait, par poste, régie) requis.', en: 'Incomplete price: net amount, currency and basis (flat fee, per device, T&M) required.' },
  explanation: {
    fr: "Le prix doit être déterminé : montant hors taxes avec sa devise et sa période (`fee 1450.00 EUR per month excl_vat`), traitement de la TVA (`vat 20%`, `vat reverse_charge` ou `vat exempt \"mention\"`), assiette (`basis flat|per_device|…`) et ce que couvre la redevance (`covers services, scope`).",
    en: 'The price must be determined: net amount with currency and period (`fee 1450.00 EUR per month excl_vat`), VAT treatment (`vat 20%`, `vat reverse_charge` or `vat exempt "wording"`), basis (`basis flat|per_device|…`) and what the fee covers (`covers services, scope`).',
  },
  legalBasis: 'FR: C. civ. 1163–1165; C. com. L441-9',
  example: 'price {\n  fee 1450.00 EUR per month\n}',
  fixed: 'price {\n  fee 1450.00 EUR per month excl_vat\n  basis flat\n  vat 20%\n  covers services, scope\n}',
});

export const priceExtras = defineRuleCode({
  rule: 'price.extras', number: 16, level: 'recommended',
  title: { fr: 'Prestations hors forfait', en: 'Services outside the flat fee' },
  summary: { fr: 'Tarifs des prestations hors forfait non précisés.', en: 'Rates for out-of-scope services not specified.' },
  explanation: {
    fr: "Sans grille tarifaire, toute intervention hors forfait devient une négociation. Indiquez au moins un tarif (`rate`), les frais de déplacement (`travel`, ou `travel` du bloc `support { onsite }`), la majoration hors heures (`out_of_hours`) et le prix du dépassement du quota d'assistance (`hotline_overage`, ou `overage` dans le quota du bloc `support`, sans objet si le quota est illimité).",
    en: 'Without a rate card every out-of-scope job becomes a negotiation. State at least one rate (`rate`), travel costs (`travel`, or `travel` in `support { onsite }`), the out-of-hours surcharge (`out_of_hours`) and the price of support beyond the quota (`hotline_overage`, or `overage` in the quota of the `support` block, not needed when the quota is unlimited).',
  },
  legalBasis: 'FR: C. civ. 1165',
  example: 'price {\n  fee 1450.00 EUR per month excl_vat\n  rate "Technicien" 75.00 EUR per hour\n}',
  fixed: 'price {\n  fee 1450.00 EUR per month excl_vat\n  rate "Technicien" 75.00 EUR per hour\n  travel included\n  out_of_hours 50%\n  hotline_overage 45.00 EUR per ticket\n}',
});

export const invoicingSchedule = defineRuleCode({
  rule: 'invoicing.schedule', number: 17, level: 'required',
  title: { fr: 'Facturation', en: 'Invoicing' },
  summary: { fr: 'Modalités de facturation (périodicité, à échoir/terme échu) absentes.', en: 'Invoicing terms (periodicity, in advance/arrears) missing.' },
  explanation: {
    fr: "Précisez la périodicité et le moment de la facturation (`invoicing monthly in_advance`), le canal (`channel e_invoicing` : facturation électronique obligatoire en France à partir des dates légales, Peppol en Belgique) et le destinataire des factures (`addressee`).",
    en: 'State the periodicity and timing of invoicing (`invoicing monthly in_advance`), the channel (`channel e_invoicing`: e-invoicing mandatory in France from the statutory dates, Peppol in Belgium) and the addressee of invoices (`addressee`).',
  },
  legalBasis: 'FR: CGI 289, 289 bis; BE: Code TVA 53',
  example: 'invoicing monthly',
  fixed: 'invoicing monthly in_advance {\n  channel e_invoicing\n  addressee "comptabilite@cabinet-dupont.fr"\n}',
});

export const paymentTerms = defineRuleCode({
  rule: 'payment.terms', number: 18, level: 'required',
  title: { fr: 'Conditions de paiement', en: 'Payment terms' },
  summary: {
    fr: 'Conditions de paiement incomplètes : délai, taux des pénalités de retard et indemnité forfaitaire de 40 € requis.',
    en: 'Incomplete payment terms: term, late-payment rate and 40 € recovery indemnity required.',
  },
  summaryByLaw: {
    CH: {
      fr: 'Conditions de paiement incomplètes : délai de paiement et taux de l’intérêt moratoire requis.',
      en: 'Incomplete payment terms: payment term and default-interest rate required.',
    },
  },
  explanation: {
    fr: "Le délai et son point de départ (`term 30 days from invoice`), les moyens de paiement (`means`), le taux des pénalités de retard (`late_interest`), l'indemnité forfaitaire de recouvrement en France et en Belgique (`recovery_fee 40.00 EUR`) et la conséquence d'un impayé (`suspension after 15 days`) doivent figurer : en France, leur omission est sanctionnée d'une amende administrative.",
    en: 'The term and its starting point (`term 30 days from invoice`), means of payment (`means`), late-payment interest (`late_interest`), the flat recovery indemnity in France and Belgium (`recovery_fee 40.00 EUR`) and the consequence of non-payment (`suspension after 15 days`) must be stated: in France omitting them incurs an administrative fine.',
  },
  legalBasis: 'FR: C. com. L441-10, D441-5; BE: loi du 2 août 2002; CH: CO 104',
  example: 'payment {\n  term 30 days from invoice\n}',
  fixed: 'payment {\n  term 30 days from invoice\n  means sepa_transfer\n  late_interest 3 x legal_rate\n  recovery_fee 40.00 EUR\n  suspension after 15 days\n}',
});

export const priceRevision = defineRuleCode({
  rule: 'price.revision', number: 19, level: 'recommended',
  title: { fr: 'Révision du prix', en: 'Price revision' },
  summary: {
    fr: 'Clause de révision incomplète : indice, formule, valeurs de référence S0/S1 et date de révision requis.',
    en: 'Price-revision clause incomplete: index, formula, base values S0/S1 and revision date required.',
  },
  explanation: {
    fr: "La révision s'écrit P1 = P0 × (a + (1 − a) × S1/S0), P0 étant le prix en vigueur avant la révision et S0 la valeur de l'indice retenue à la révision précédente (à la première : celle du mois de base), de sorte que rien ne se cumule : indice (`revision syntec`), part fixe a (`fixed_part` ; facultative pour une indexation pure sur un indice des prix à la consommation, `revision ch_cpi` ou `be_health`, la formule étant alors P1 = P0 × I1/I0), mois de S0 pour la première révision (`base_month`), règle de S1 (`current_month`), périodicité (`every`), arrondi (`rounding`), jeu à la hausse comme à la baisse (`direction both`) et indice de remplacement (`replacement`). Exemple : P0 = 1 000 € HT, S0 = 280,6, S1 = 290,0 : formule pure P1 = 1 033,50 € ; avec 15 % de part fixe (0,15 + 0,85 × S1/S0) : 1 028,47 €. Elle est requise si la durée initiale dépasse 12 mois ou en cas de tacite reconduction.",
    en: 'Revision reads P1 = P0 × (a + (1 − a) × S1/S0), P0 being the price in force before the revision and S0 the index value used at the previous revision (at the first: the base month’s), so nothing compounds: index (`revision syntec`), fixed part a (`fixed_part`; optional for a pure consumer-price indexation, `revision ch_cpi` or `be_health`, the formula then being P1 = P0 × I1/I0), month of S0 for the first revision (`base_month`), rule for S1 (`current_month`), periodicity (`every`), rounding (`rounding`), works up and down (`direction both`) and replacement index (`replacement`). Example: P0 = 1,000 € excl. VAT, S0 = 280.6, S1 = 290.0: pure formula P1 = 1,033.50 €; with a 15 % fixed part (0.15 + 0.85 × S1/S0): 1,028.47 €. Required when the initial term exceeds 12 months or renewal is tacit.',
  },
  legalBasis: 'FR: C. mon. fin. L112-1, L112-2; C. civ. 1167',
  example: 'revision syntec {\n  every 12 months\n}',
  fixed: 'revision syntec {\n  base_month 2026-10\n  current_month latest_published\n  every 12 months\n  fixed_part 15%\n  direction both\n  rounding 2 decimals\n  replacement official_successor\n}',
});

export const priceHardship = defineRuleCode({
  rule: 'price.hardship', number: 20, level: 'optional',
  title: { fr: 'Imprévision', en: 'Hardship' },
  summary: { fr: 'Position sur l’imprévision non précisée.', en: 'Position on hardship not stated.' },
  explanation: {
    fr: "Le régime légal d'imprévision s'applique par défaut (France, Belgique) : dites si vous l'appliquez, l'aménagez (`hardship adapted { renegotiation 30 days }`) ou l'excluez expressément (`hardship excluded`).",
    en: 'The statutory hardship regime applies by default (France, Belgium): say whether you apply it, adapt it (`hardship adapted { renegotiation 30 days }`) or expressly exclude it (`hardship excluded`).',
  },
  legalBasis: 'FR: C. civ. 1195; BE: C. civ. 5.74',
  example: 'hardship adapted',
  fixed: 'hardship adapted { renegotiation 30 days }',
});

export const liabilityRegime = defineRuleCode({
  rule: 'liability.regime', number: 21, level: 'required',
  title: { fr: 'Régime de responsabilité', en: 'Liability regime' },
  summary: { fr: 'Régime de responsabilité non défini (obligations de moyens/résultat, exclusions).', en: 'Liability regime not defined (best-efforts/result obligations, exclusions).' },
  explanation: {
    fr: "Qualifiez les obligations principales (`obligation restoration_time result`, `obligation advice means`) et les causes qui excluent la responsabilité du prestataire (`excluded_causes unlicensed_software, client_changes, lack_of_cooperation`).",
    en: 'Characterise the main obligations (`obligation restoration_time result`, `obligation advice means`) and the causes that exclude the provider’s liability (`excluded_causes unlicensed_software, client_changes, lack_of_cooperation`).',
  },
  legalBasis: 'FR: C. civ. 1231-1; CH: CO 97',
  example: 'liability {\n  cap 12 months_of_fees\n}',
  fixed: 'liability {\n  obligation restoration_time result\n  obligation advice means\n  excluded_causes unlicensed_software, client_changes\n  cap 12 months_of_fees\n}',
});

export const liabilityCap = defineRuleCode({
  rule: 'liability.cap', number: 22, level: 'recommended',
  title: { fr: 'Plafond de responsabilité', en: 'Liability cap' },
  summary: { fr: 'Plafond de responsabilité absent ou sans exclusions (faute lourde, dol).', en: 'Liability cap missing or lacking carve-outs (gross negligence, wilful misconduct).' },
  explanation: {
    fr: "Indiquez le plafond (`cap 12 months_of_fees per year` ou un montant), les cas exclus du plafond (`carve_outs gross_negligence, wilful_misconduct, …`), la position sur les dommages indirects (`indirect_losses`) et la règle de perte de données liée aux sauvegardes (`data_loss backup_dependent`). Un plafond est sans effet en cas de faute lourde ou de dol, et s'il vide l'obligation essentielle de sa substance.",
    en: 'State the cap (`cap 12 months_of_fees per year` or an amount), the carve-outs (`carve_outs gross_negligence, wilful_misconduct, …`), the stance on indirect losses (`indirect_losses`) and the backup-dependent data-loss rule (`data_loss backup_dependent`). A cap has no effect for gross negligence or fraud, nor when it empties the essential obligation.',
  },
  legalBasis: 'FR: C. civ. 1170, 1231-3 (Cass. com. 29 juin 2010, Faurecia); CH: CO 100',
  example: 'liability {\n  obligation restoration_time result\n  excluded_causes client_changes\n}',
  fixed: 'liability {\n  obligation restoration_time result\n  excluded_causes client_changes\n  cap 12 months_of_fees per year\n  carve_outs gross_negligence, wilful_misconduct\n  indirect_losses excluded\n  data_loss backup_dependent\n}',
});

export const insuranceRule = defineRuleCode({
  rule: 'insurance', number: 23, level: 'recommended',
  title: { fr: 'Assurance', en: 'Insurance' },
  summary: { fr: 'Assurance RC professionnelle du prestataire non mentionnée.', en: 'Provider’s professional liability insurance not mentioned.' },
  explanation: {
    fr: "Le plafond de responsabilité n'a de valeur que si le prestataire est assuré : nommez l'assureur (`insurer`) et la police (`policy`), les montants garantis par sinistre et par an (`cover … per claim`, `cover … per year`) et la remise annuelle d'une attestation (`certificate yearly`).",
    en: 'A liability cap is only worth something if the provider is insured: name the insurer (`insurer`) and the policy (`policy`), the amounts per claim and per year (`cover … per claim`, `cover … per year`) and the yearly certificate (`certificate yearly`).',
  },
  example: 'insurance {\n  insurer "Hiscox France"\n}',
  fixed: 'insurance {\n  insurer "Hiscox France"\n  policy "RCP-2026-4411"\n  cover 1500000.00 EUR per claim\n  cover 3000000.00 EUR per year\n  certificate yearly\n}',
});

export const forceMajeureRule = defineRuleCode({
  rule: 'force-majeure', number: 24, level: 'recommended',
  title: { fr: 'Force majeure', en: 'Force majeure' },
  summary: { fr: 'Clause de force majeure incomplète : notification, effets sur le SLA et seuil de résiliation requis.', en: 'Force-majeure clause incomplete: notification, SLA effects and termination threshold required.' },
  explanation: {
    fr: "Définition (légale ou propre), délai de notification (`notify_within`), effet sur le SLA et les pénalités (`sla_effect suspended`), résiliation au-delà d'une durée (`terminate_after`) et position sur les cyberattaques et les défaillances de fournisseurs : elles ne sont pas de la force majeure si les mesures de sécurité convenues pouvaient les éviter.",
    en: 'Definition (statutory or own), notification deadline (`notify_within`), effect on SLA and penalties (`sla_effect suspended`), termination beyond a duration (`terminate_after`) and stance on cyber-attacks and supplier outages: they are not force majeure if the agreed security measures could have prevented them.',
  },
  legalBasis: 'FR: C. civ. 1218; BE: C. civ. 5.226; CH: CO 119',
  example: 'force_majeure {\n  definition statutory\n}',
  fixed: 'force_majeure {\n  definition statutory\n  notify_within 5 business_days\n  sla_effect suspended\n  terminate_after 30 days\n  cyberattack if_unpreventable\n  supplier_outage if_unpreventable\n}',
});

export const subcontractingRule = defineRuleCode({
  rule: 'subcontracting', number: 25, level: 'recommended',
  title: { fr: 'Sous-traitance', en: 'Subcontracting' },
  summary: { fr: 'Recours à la sous-traitance non encadré (autorisation, liste, responsabilité).', en: 'Subcontracting not framed (consent, list, liability).' },
  explanation: {
    fr: "Dites si la sous-traitance est permise (`subcontracting allowed|forbidden`) ; si oui : mode d'autorisation (`consent prior_written|notified_list`), responsabilité maintenue du prestataire (`provider_liable yes`) et obligations répercutées, au moins confidentialité et données personnelles (`flow_down confidentiality, personal_data`).",
    en: 'Say whether subcontracting is allowed (`subcontracting allowed|forbidden`); if so: how subcontractors are authorised (`consent prior_written|notified_list`), the provider remains liable (`provider_liable yes`) and the obligations flowed down, at least confidentiality and personal data (`flow_down confidentiality, personal_data`).',
  },
  legalBasis: 'FR: loi n° 75-1334; RGPD art. 28(2) et 28(4)',
  example: 'subcontracting allowed {\n  consent prior_written\n}',
  fixed: 'subcontracting allowed {\n  consent prior_written\n  provider_liable yes\n  flow_down confidentiality, personal_data\n}',
});

export const nonSolicitationRule = defineRuleCode({
  rule: 'non-solicitation', number: 26, level: 'optional',
  title: { fr: 'Non-sollicitation', en: 'Non-solicitation' },
  summary: { fr: 'Clause de non-sollicitation sans durée ou indemnité bornée.', en: 'Non-solicitation clause without bounded duration or indemnity.' },
  explanation: {
    fr: "La clause doit être proportionnée à l'intérêt légitime protégé : personnes protégées (`protects contract_staff`), qui est tenu (`parties`), durée bornée après la fin (`duration 12 months after_end`) et indemnité bornée en mois de salaire (`indemnity 6 months_of_salary`).",
    en: 'The clause must be proportionate to the legitimate interest protected: protected persons (`protects contract_staff`), who is bound (`parties`), bounded duration after the end (`duration 12 months after_end`) and bounded indemnity in months of salary (`indemnity 6 months_of_salary`).',
  },
  legalBasis: 'Cass. com., 27 mai 2021, n° 18-23.261',
  example: 'non_solicitation {\n  protects contract_staff\n}',
  fixed: 'non_solicitation {\n  protects contract_staff\n  parties both\n  duration 12 months after_end\n  indemnity 6 months_of_salary\n}',
});

export const confidentialityRule = defineRuleCode({
  rule: 'confidentiality', number: 27, level: 'required',
  title: { fr: 'Confidentialité', en: 'Confidentiality' },
  summary: {
    fr: 'Clause de confidentialité incomplète : périmètre, personnes tenues et durée après la fin du contrat requis.',
    en: 'Confidentiality clause incomplete: scope, bound persons and post-termination duration required.',
  },
  explanation: {
    fr: "Le prestataire entre dans les systèmes et les données du client : informations couvertes (`covers`), usage limité au contrat (`use contract_only`), personnes tenues (`bound`), exceptions (`exceptions`), durée après la fin (`survives 5 years`) et restitution ou destruction (`at_end`).",
    en: 'The provider enters the client’s systems and data: information covered (`covers`), use limited to the contract (`use contract_only`), bound persons (`bound`), exceptions (`exceptions`), duration after the end (`survives 5 years`) and return or destruction (`at_end`).',
  },
  legalBasis: 'FR: C. civ. 1112-2; C. com. L151-1',
  example: 'confidentiality {\n  covers all_exchanged\n}',
  fixed: 'confidentiality {\n  covers all_exchanged\n  use contract_only\n  bound staff, need_to_know\n  exceptions public, legal_order\n  survives 5 years\n  at_end return_then_destroy\n}',
});

export const lawJurisdiction = defineRuleCode({
  rule: 'law.jurisdiction', number: 29, level: 'required',
  title: { fr: 'Juridiction compétente', en: 'Competent court' },
  summary: { fr: 'Juridiction compétente non désignée ou imprécise.', en: 'Competent court not designated or imprecise.' },
  explanation: {
    fr: "Désignez le tribunal avec son type et son siège (`jurisdiction commercial_court \"Lyon\"`) ou renvoyez aux règles de droit commun (`jurisdiction ordinary_rules`). En France, une clause attributive de juridiction n'est valable qu'entre commerçants et doit être très apparente.",
    en: 'Designate the court with its type and seat (`jurisdiction commercial_court "Lyon"`) or refer to the ordinary rules (`jurisdiction ordinary_rules`). In France a choice-of-court clause is valid only between merchants and must be very conspicuous.',
  },
  legalBasis: 'FR: CPC 48; CH: CPC 17; BE: Règlement (UE) 1215/2012 art. 25',
  example: 'jurisdiction commercial_court',
  fixed: 'jurisdiction commercial_court "Lyon"',
});

export const disputeAmicable = defineRuleCode({
  rule: 'dispute.amicable', number: 30, level: 'recommended',
  title: { fr: 'Règlement amiable', en: 'Amicable settlement' },
  summary: { fr: 'Aucune procédure de règlement amiable préalable.', en: 'No prior amicable dispute procedure.' },
  explanation: {
    fr: "Prévoyez les étapes du règlement amiable (`escalation steering_committee, executives, mediation`) et le délai avant toute action (`before_court 60 days`) : la plupart des litiges d'infogérance se règlent en comité.",
    en: 'Provide the steps of amicable settlement (`escalation steering_committee, executives, mediation`) and the time before any court action (`before_court 60 days`): most managed-services disputes are settled in committee.',
  },
  legalBasis: 'FR: CPC 1528–1535',
  example: 'dispute {\n  escalation steering_committee\n}',
  fixed: 'dispute {\n  escalation steering_committee, executives, mediation\n  before_court 60 days\n}',
});

export const contractAmendments = defineRuleCode({
  rule: 'contract.amendments', number: 31, level: 'recommended',
  title: { fr: 'Modifications du contrat', en: 'Changes to the contract' },
  summary: { fr: 'Procédure de modification (avenant, mise à jour de l’inventaire) non définie.', en: 'Change procedure (amendment, inventory update) not defined.' },
  explanation: {
    fr: "Exigez un avenant écrit pour toute modification du périmètre, du SLA et du prix (`written_for scope, sla, price`, ou `any`) et décrivez la mise à jour de l'inventaire (`inventory_update change_request`).",
    en: 'Require a written amendment for any change to scope, SLA and price (`written_for scope, sla, price`, or `any`) and describe how the inventory is updated (`inventory_update change_request`).',
  },
  legalBasis: 'FR: C. civ. 1193',
  example: 'amendments {\n  written_for price\n}',
  fixed: 'amendments {\n  written_for scope, sla, price\n  inventory_update change_request\n}',
});

export const contractNotices = defineRuleCode({
  rule: 'contract.notices', number: 32, level: 'recommended',
  title: { fr: 'Notifications', en: 'Notices' },
  summary: { fr: 'Modalités de notification entre les parties non définies.', en: 'Notice procedure between the parties not defined.' },
  explanation: {
    fr: "Indiquez les formes de notification admises (`forms registered_letter, email_ack`) et l'adresse de notification de chaque partie (`to <partie> \"adresse\"`).",
    en: 'State the accepted forms of notice (`forms registered_letter, email_ack`) and each party’s notice address (`to <party> "address"`).',
  },
  example: 'party provider ns { name "Network Service SARL" }\nnotices {\n  forms registered_letter\n}',
  fixed: 'party provider ns { name "Network Service SARL" }\nnotices {\n  forms registered_letter\n  to ns "12 rue de la République, 69002 Lyon"\n}',
});

export const contractAssignment = defineRuleCode({
  rule: 'contract.assignment', number: 33, level: 'optional',
  title: { fr: 'Cession du contrat', en: 'Assignment of the contract' },
  summary: { fr: 'Cession du contrat non encadrée.', en: 'Assignment of the contract not addressed.' },
  explanation: {
    fr: "Précisez les conditions de cession du contrat (`assignment prior_written_consent`) : en droit français, la cession requiert l'accord du cocontractant.",
    en: 'State the conditions for assigning the contract (`assignment prior_written_consent`): under French law assignment requires the other party’s consent.',
  },
  legalBasis: 'FR: C. civ. 1216',
  example: 'reference "NS-1"',
  fixed: 'assignment prior_written_consent',
});

export const complianceNis2 = defineRuleCode({
  rule: 'compliance.nis2', number: 34, level: 'optional',
  title: { fr: 'NIS2', en: 'NIS2' },
  summary: { fr: 'Client soumis à NIS2 : obligations de sécurité et de notification du prestataire à préciser.', en: 'NIS2-scoped client: provider security and notification duties to be specified.' },
  explanation: {
    fr: "Un client entité essentielle ou importante doit répercuter ses exigences sur ses fournisseurs : délai de notification d'un incident par le prestataire (`incident_notice`), coopération aux audits (`audit_cooperation yes`) et annexe de mesures de sécurité (`security_annex yes`). Recommandé dès que le client déclare un statut NIS2.",
    en: 'A client that is an essential or important entity must pass its requirements on to its suppliers: provider incident-notification deadline (`incident_notice`), audit cooperation (`audit_cooperation yes`) and a security-measures annex (`security_annex yes`). Recommended once the client declares a NIS2 status.',
  },
  legalBasis: 'Directive (UE) 2022/2555, art. 21 et 23; BE: loi du 26 avril 2024',
  example: 'nis2 {\n  client_status important\n}',
  fixed: 'nis2 {\n  client_status important\n  incident_notice 24 h\n  audit_cooperation yes\n  security_annex yes\n}',
});

export const complianceVigilance = defineRuleCode({
  rule: 'compliance.vigilance', number: 79, level: 'recommended',
  title: { fr: 'Obligation de vigilance', en: 'Due-diligence duty' },
  summary: { fr: 'Obligation de vigilance (attestations URSSAF semestrielles) non prévue.', en: 'Due-diligence duty (six-monthly URSSAF certificates) not provided for.' },
  explanation: {
    fr: "En France, dès que le contrat atteint 5 000 € HT (redevance × durée initiale), le client doit obtenir à la signature puis tous les 6 mois l'attestation de vigilance URSSAF et la preuve d'immatriculation du prestataire, sous peine de solidarité financière : `vigilance { documents urssaf_certificate, registration_proof; every 6 months }`.",
    en: 'In France, once the contract reaches 5,000 € excl. VAT (fee × initial term), the client must obtain at signature and every 6 months the provider’s URSSAF certificate and proof of registration, or be jointly liable: `vigilance { documents urssaf_certificate, registration_proof; every 6 months }`.',
  },
  legalBasis: 'C. trav. L8222-1, R8222-1, D8222-5',
  example: 'price { fee 1450.00 EUR per month excl_vat }\nterm { initial 36 months }',
  fixed: 'price { fee 1450.00 EUR per month excl_vat }\nterm { initial 36 months }\nvigilance { documents urssaf_certificate, registration_proof; every 6 months }',
});

export const subcontractingLaw1975 = defineRuleCode({
  rule: 'subcontracting.law-1975', number: 90, level: 'recommended',
  title: { fr: 'Sous-traitance : loi du 31 décembre 1975', en: 'Subcontracting: Act of 31 December 1975' },
  summary: {
    fr: 'Sous-traitance autorisée sans les garanties de la loi du 31 décembre 1975 (acceptation du sous-traitant, agrément de ses conditions de paiement, garantie de paiement).',
    en: 'Subcontracting allowed without the safeguards of the Act of 31 December 1975 (acceptance of the subcontractor, approval of its payment terms, payment security).',
  },
  explanation: {
    fr: "En droit français, l'entrepreneur principal doit faire accepter chaque sous-traitant et agréer les conditions de paiement de chaque contrat de sous-traitance par le maître de l'ouvrage, ici le Client (article 3) ; il garantit le paiement du sous-traitant par une caution ou une délégation de paiement (article 14) ; le sous-traitant accepté dispose d'une action directe contre le Client (article 12). Déclarez l'acceptation écrite préalable (`consent prior_written`), l'agrément des conditions de paiement (`payment_terms_approved yes`) et la garantie (`payment_guarantee bank_guarantee|delegation`, ou `direct_payment` dans un marché public).",
    en: 'Under French law the main contractor must have each subcontractor accepted and the payment terms of each subcontract approved by the principal, here the Client (article 3); it secures the subcontractor’s payment by a guarantee or a delegation of payment (article 14); an accepted subcontractor has a direct action against the Client (article 12). Declare the prior written acceptance (`consent prior_written`), the approval of payment terms (`payment_terms_approved yes`) and the payment security (`payment_guarantee bank_guarantee|delegation`, or `direct_payment` in a public contract).',
  },
  legalBasis: 'FR: loi n° 75-1334 du 31 décembre 1975 relative à la sous-traitance, art. 3, 6, 12, 14',
  example: 'subcontracting allowed {\n  consent notified_list\n  provider_liable yes\n  flow_down confidentiality, personal_data\n}',
  fixed: 'subcontracting allowed {\n  consent prior_written\n  payment_terms_approved yes\n  payment_guarantee bank_guarantee\n  provider_liable yes\n  flow_down confidentiality, personal_data\n}',
});
