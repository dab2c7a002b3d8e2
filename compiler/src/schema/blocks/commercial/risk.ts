import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { block, duration, flag, one } from './helpers.ts';

// Liability, insurance, force majeure, subcontracting, non-solicitation, confidentiality (brief §2.4).

const obligation: StatementSpec = {
  keyword: 'obligation',
  doc: doc('Nature d’une obligation principale du prestataire : de moyens ou de résultat.', 'Nature of one of the provider’s main obligations: best efforts (means) or result.'),
  legalBasis: 'FR: C. civ. 1231-1 (jurisprudence moyens / résultat)',
  args: [
    value('subject', t.enum([
      ev('response_time', 'délai de prise en compte (GTI)', 'response time (GTI)'),
      ev('restoration_time', 'délai de rétablissement (GTR)', 'restoration time (GTR)'),
      ev('availability', 'disponibilité', 'availability'),
      ev('backup', 'exécution des sauvegardes', 'running the backups'),
      ev('maintenance', 'maintien en condition opérationnelle', 'keeping systems operational'),
      ev('security', 'mesures de sécurité', 'security measures'),
      ev('helpdesk', 'assistance utilisateurs', 'user helpdesk'),
      ev('advice', 'conseil et mise en garde', 'advice and warnings'),
    ])),
    value('nature', t.enum([ev('means', 'obligation de moyens', 'best-efforts obligation'), ev('result', 'obligation de résultat', 'obligation of result')])),
  ],
  cardinality: 'many',
  example: 'obligation restoration_time result',
};

export const liability = block(
  'liability', 'Responsabilité : nature des obligations, causes exclues, plafond, exclusions du plafond, dommages indirects.',
  'Liability: nature of obligations, excluded causes, cap, carve-outs from the cap, indirect losses.',
  [
    obligation,
    one('excluded_causes', 'Causes imputables au client ou à des tiers qui excluent la responsabilité du prestataire.', 'Causes attributable to the client or third parties that exclude the provider’s liability.',
      [value('causes', t.enum([
        ev('unlicensed_software', 'logiciels sans licence valide', 'unlicensed software'),
        ev('client_changes', 'modifications faites par le client ou un tiers sans accord', 'changes made by the client or a third party without agreement'),
        ev('lack_of_cooperation', 'défaut de coopération ou d’accès du client', 'client’s lack of cooperation or access'),
        ev('advice_not_followed', 'préconisations écrites non suivies', 'written recommendations not followed'),
        ev('third_party_networks', 'réseaux et services de tiers (opérateurs)', 'third-party networks and services (carriers)'),
        ev('unsupported_equipment', 'matériels hors support du constructeur', 'equipment out of manufacturer support'),
      ]), { list: true })], 'excluded_causes unlicensed_software, client_changes, lack_of_cooperation'),
    one('cap', 'Plafond de responsabilité : un montant, ou un nombre de mois de redevances.', 'Liability cap: an amount, or a number of months of fees.',
      [opt('amount', t.money()), group(value('months', t.integer(1)), word('months_of_fees')),
        group(word('per'), value('per', t.enum([ev('claim', 'par sinistre', 'per claim'), ev('year', 'par année contractuelle', 'per contract year'), ev('contract', 'pour toute la durée du contrat', 'for the whole contract')])))],
      'cap 12 months_of_fees per year', {
        legalBasis: 'FR: C. civ. 1170, 1231-3; CH: CO 100; BE: C. civ. 5.89',
        // Read after « limitée » / "limited": « …limitée, par année contractuelle, au montant des redevances… ».
        phrase: {
          fr: '{if per is claim}, par sinistre,{end}{if per is year}, par année contractuelle,{end}{if per is contract}, pour toute la durée du Contrat,{end} {if months}au montant des redevances hors taxes payées ou dues au titre {if months is 1}du mois{else}des {months|spelled} mois{end} précédant le fait générateur{if amount}, sans pouvoir excéder {amount}{end}{else}à {amount}{end}',
          en: '{if per is claim} per claim{end}{if per is year} per contract year{end}{if per is contract} for the whole term of the Contract{end} {if months}to the fees, exclusive of VAT, paid or payable for the {if months is 1}month{else}{months|spelled} months{end} preceding the event giving rise to the claim{if amount}, up to a maximum of {amount}{end}{else}to {amount}{end}',
        },
      }),
    one('carve_outs', 'Cas exclus du plafond.', 'Cases excluded from the cap.', [value('cases', t.enum([
      ev('gross_negligence', 'faute lourde', 'gross negligence'),
      ev('wilful_misconduct', 'dol ou faute intentionnelle', 'fraud or wilful misconduct'),
      ev('bodily_injury', 'dommages corporels', 'bodily injury'),
      ev('personal_data', 'violation des obligations en matière de données personnelles', 'breach of personal-data obligations'),
      ev('confidentiality', 'violation de la confidentialité', 'breach of confidentiality'),
    ]), { list: true })], 'carve_outs gross_negligence, wilful_misconduct, bodily_injury', { legalBasis: 'FR: C. civ. 1231-3; CH: CO 100 al. 1; BE: C. civ. 5.89' }),
    one('indirect_losses', 'Position sur les dommages indirects (perte d’exploitation, manque à gagner).', 'Stance on indirect losses (loss of business, lost profit).',
      [value('stance', t.enum([ev('excluded', 'exclus', 'excluded'), ev('included', 'réparés', 'compensated')]))], 'indirect_losses excluded'),
    one('data_loss', 'Réparation de la perte de données, liée au respect de la clause de sauvegarde.', 'Compensation for data loss, tied to compliance with the backup clause.',
      [value('rule', t.enum([
        ev('backup_dependent', 'limitée à la restauration de la dernière sauvegarde prévue au contrat', 'limited to restoring the last backup provided for in the contract'),
        ev('excluded', 'exclue', 'excluded'),
        ev('included', 'réparée comme un dommage direct', 'compensated as a direct loss'),
      ]))], 'data_loss backup_dependent'),
  ],
  'liability { obligation restoration_time result; obligation advice means; excluded_causes unlicensed_software, client_changes; cap 12 months_of_fees per year; carve_outs gross_negligence, wilful_misconduct; indirect_losses excluded; data_loss backup_dependent }',
  { legalBasis: 'FR: C. civ. 1170, 1231-1 à 1231-7; CH: CO 97, 100; BE: C. civ. 5.89' },
);

export const insurance = block(
  'insurance', 'Assurance de responsabilité civile professionnelle du prestataire.', 'Provider’s professional liability insurance.',
  [
    one('insurer', 'Assureur.', 'Insurer.', [value('name', t.string())], 'insurer "Hiscox France"'),
    one('policy', 'Numéro de police.', 'Policy number.', [value('number', t.string())], 'policy "RCP-2026-4411"'),
    {
      keyword: 'cover', doc: doc('Montant garanti, par sinistre ou par année d’assurance.', 'Amount insured, per claim or per insurance year.'),
      args: [value('amount', t.money()), word('per'), value('per', t.enum([ev('claim', 'par sinistre', 'per claim'), ev('year', 'par année d’assurance', 'per insurance year')]))],
      cardinality: 'many', example: 'cover 1500000.00 EUR per claim',
    },
    one('certificate', 'Remise d’une attestation d’assurance.', 'Delivery of an insurance certificate.', [value('when', t.enum([
      ev('yearly', 'chaque année', 'every year'),
      ev('at_signature', 'à la signature seulement', 'at signature only'),
      ev('on_request', 'sur demande', 'on request'),
    ]))], 'certificate yearly'),
  ],
  'insurance { insurer "Hiscox France"; cover 1500000.00 EUR per claim; cover 3000000.00 EUR per year; certificate yearly }',
);

const fmStance = t.enum([
  ev('if_unpreventable', 'force majeure seulement si les mesures de sécurité convenues ne pouvaient l’empêcher', 'force majeure only if the agreed security measures could not have prevented it'),
  ev('never', 'jamais un cas de force majeure', 'never force majeure'),
  ev('always', 'toujours un cas de force majeure', 'always force majeure'),
]);

export const forceMajeure = block(
  'force_majeure', 'Force majeure : définition, notification, effets sur le SLA, résiliation.', 'Force majeure: definition, notice, effect on the SLA, termination.',
  [
    one('definition', 'Définition retenue : celle de la loi, ou une définition propre.', 'Definition used: the statutory one, or a contract-specific one.',
      [value('source', t.enum([ev('statutory', 'définition légale (C. civ. 1218 ; CO 119 ; C. civ. belge 5.226)', 'statutory definition'), ev('custom', 'définition propre (rédaction à fournir)', 'own definition (wording to supply)')])), opt('wording', t.proseText())],
      'definition statutory', { legalBasis: 'FR: C. civ. 1218; BE: C. civ. 5.226; CH: CO 119' }),
    duration('notify_within', 'Délai pour notifier l’événement à l’autre partie.', 'Time limit to notify the event to the other party.', 'notify_within 5 business_days'),
    one('sla_effect', 'Effet sur les niveaux de service et les pénalités pendant l’événement.', 'Effect on service levels and penalties during the event.',
      [value('effect', t.enum([ev('suspended', 'SLA et pénalités suspendus', 'SLA and penalties suspended'), ev('maintained', 'SLA maintenus', 'SLA maintained')]))], 'sla_effect suspended'),
    duration('terminate_after', 'Résiliation possible si l’empêchement dure au-delà de ce délai.', 'Termination possible if the impediment lasts beyond this period.', 'terminate_after 30 days'),
    one('cyberattack', 'Position sur les cyberattaques.', 'Stance on cyber-attacks.', [value('stance', fmStance)], 'cyberattack if_unpreventable'),
    one('supplier_outage', 'Position sur les défaillances des fournisseurs du prestataire (hébergeur, éditeur, opérateur).', 'Stance on outages of the provider’s own suppliers (host, vendor, carrier).', [value('stance', fmStance)], 'supplier_outage if_unpreventable'),
  ],
  'force_majeure { definition statutory; notify_within 5 business_days; sla_effect suspended; terminate_after 30 days; cyberattack if_unpreventable; supplier_outage if_unpreventable }',
  { legalBasis: 'FR: C. civ. 1218; BE: C. civ. 5.226; CH: CO 119' },
);

export const subcontracting = {
  keyword: 'subcontracting',
  doc: doc('Sous-traitance : autorisée ou non, accord préalable ou liste notifiée, responsabilité, obligations répercutées.', 'Subcontracting: allowed or not, prior consent or notified list, liability, obligations flowed down.'),
  legalBasis: 'FR: loi n° 75-1334 du 31 décembre 1975; C. trav. L8222-1; RGPD art. 28(2)',
  args: [value('stance', t.enum([ev('allowed', 'autorisée', 'allowed'), ev('forbidden', 'interdite', 'forbidden')]))],
  cardinality: 'one',
  example: 'subcontracting allowed { consent prior_written; provider_liable yes; flow_down confidentiality, personal_data }',
  block: {
    statements: [
      one('consent', 'Mode d’autorisation des sous-traitants.', 'How subcontractors are authorised.', [value('mode', t.enum([
        ev('prior_written', 'accord écrit préalable du client', 'client’s prior written consent'),
        ev('notified_list', 'liste notifiée, avec droit d’objection', 'notified list, with a right to object'),
      ]))], 'consent prior_written'),
      {
        keyword: 'subcontractor', doc: doc('Sous-traitant agréé à la signature, et la prestation qu’il exécute.', 'Subcontractor approved at signature, and the service it performs.'),
        args: [value('name', t.string()), opt('task', t.prose())], cardinality: 'many', example: 'subcontractor "Lyon Câblage SAS" "Travaux de câblage"',
      },
      flag('provider_liable', 'Le prestataire reste responsable envers le client des prestations sous-traitées.', 'The provider remains liable to the client for subcontracted services.', 'provider_liable yes'),
      one('flow_down', 'Obligations répercutées aux sous-traitants.', 'Obligations flowed down to subcontractors.', [value('obligations', t.enum([
        ev('confidentiality', 'confidentialité', 'confidentiality'),
        ev('personal_data', 'protection des données personnelles', 'personal-data protection'),
        ev('security', 'mesures de sécurité', 'security measures'),
        ev('vigilance', 'attestations de vigilance', 'due-diligence certificates'),
      ]), { list: true })], 'flow_down confidentiality, personal_data'),
    ],
  },
} satisfies StatementSpec;

export const nonSolicitation = block(
  'non_solicitation', 'Non-sollicitation du personnel : personnes protégées, durée bornée, indemnité bornée.', 'Non-solicitation of staff: protected persons, bounded duration, bounded indemnity.',
  [
    one('protects', 'Personnes protégées.', 'Protected persons.', [value('who', t.enum([
      ev('contract_staff', 'salariés ayant participé à l’exécution du contrat', 'staff who worked on the contract'),
      ev('all_staff', 'tout le personnel', 'all staff'),
    ]))], 'protects contract_staff'),
    one('parties', 'Qui est tenu.', 'Who is bound.', [value('who', t.enum([
      ev('both', 'les deux parties (réciproque)', 'both parties (mutual)'),
      ev('client', 'le client', 'the client'),
      ev('provider', 'le prestataire', 'the provider'),
    ]))], 'parties both'),
    one('duration', 'Durée de l’engagement après la fin du contrat (24 mois au plus).', 'Duration of the undertaking after the end of the contract (24 months at most).',
      [value('duration', t.duration(['month', 'months', 'year', 'years'])), word('after_end', true)], 'duration 12 months after_end', { legalBasis: 'Cass. com., 27 mai 2021, n° 18-23.261' }),
    one('indemnity', 'Indemnité forfaitaire en mois de salaire brut de la personne sollicitée (12 au plus).', 'Flat indemnity in months of the solicited person’s gross salary (12 at most).',
      [value('months', t.integer(0)), word('months_of_salary')], 'indemnity 6 months_of_salary', { legalBasis: 'FR: C. civ. 1231-5 (clause pénale)' }),
    one('exceptions', 'Cas non couverts.', 'Cases not covered.', [value('cases', t.enum([
      ev('spontaneous_application', 'candidature spontanée', 'unsolicited application'),
      ev('public_job_ad', 'réponse à une offre d’emploi publique', 'reply to a public job advertisement'),
    ]), { list: true })], 'exceptions spontaneous_application, public_job_ad'),
  ],
  'non_solicitation { protects contract_staff; parties both; duration 12 months after_end; indemnity 6 months_of_salary }',
  { legalBasis: 'Cass. com., 27 mai 2021, n° 18-23.261 (proportionnalité)' },
);

export const confidentiality = block(
  'confidentiality', 'Confidentialité : informations couvertes, personnes tenues, exceptions, durée après la fin, restitution.',
  'Confidentiality: information covered, bound persons, exceptions, duration after the end, return.',
  [
    one('covers', 'Informations confidentielles.', 'Confidential information.', [value('categories', t.enum([
      ev('all_exchanged', 'toutes informations échangées à l’occasion du contrat', 'all information exchanged under the contract'),
      ev('client_data', 'données du client', 'client data'),
      ev('credentials', 'identifiants et secrets d’accès', 'credentials and access secrets'),
      ev('security_configuration', 'configurations et mesures de sécurité', 'security configuration and measures'),
      ev('technical_documentation', 'documentation technique', 'technical documentation'),
      ev('commercial_terms', 'conditions commerciales', 'commercial terms'),
    ]), { list: true })], 'covers all_exchanged, client_data, credentials'),
    one('use', 'Usage permis des informations.', 'Permitted use of the information.', [value('use', t.enum([ev('contract_only', 'pour l’exécution du contrat seulement', 'for performing the contract only')]))], 'use contract_only'),
    one('bound', 'Personnes tenues.', 'Bound persons.', [value('who', t.enum([
      ev('staff', 'personnel des parties', 'the parties’ staff'),
      ev('subcontractors', 'sous-traitants', 'subcontractors'),
      ev('advisers', 'conseils soumis au secret professionnel', 'advisers bound by professional secrecy'),
      ev('need_to_know', 'dans la limite du besoin d’en connaître', 'on a need-to-know basis'),
    ]), { list: true })], 'bound staff, subcontractors, need_to_know'),
    one('exceptions', 'Exceptions.', 'Exceptions.', [value('cases', t.enum([
      ev('public', 'information publique', 'public information'),
      ev('already_known', 'déjà connue du destinataire', 'already known to the recipient'),
      ev('independently_developed', 'développée indépendamment', 'independently developed'),
      ev('legal_order', 'divulgation imposée par la loi ou une autorité', 'disclosure required by law or an authority'),
    ]), { list: true })], 'exceptions public, already_known, legal_order'),
    one('survives', 'Durée de l’obligation après la fin du contrat (2 ans au moins), ou « indefinitely » (secrets d’affaires, mots de passe).',
      'Duration of the obligation after the end of the contract (2 years at least), or "indefinitely" (trade secrets, passwords).',
      [opt('duration', t.duration(['month', 'months', 'year', 'years'])), opt('indefinitely', t.enum([ev('indefinitely', 'sans limitation de durée', 'indefinitely')]))], 'survives 5 years'),
    one('at_end', 'Sort des informations à la fin du contrat.', 'Fate of the information at the end of the contract.', [value('action', t.enum([
      ev('return', 'restitution', 'return'),
      ev('destroy', 'destruction avec attestation', 'destruction with certificate'),
      ev('return_then_destroy', 'restitution puis destruction des copies', 'return then destruction of copies'),
    ]))], 'at_end return_then_destroy'),
  ],
  'confidentiality { covers all_exchanged; use contract_only; bound staff, need_to_know; exceptions public, legal_order; survives 5 years; at_end return_then_destroy }',
  { legalBasis: 'FR: C. civ. 1112-2; C. com. L151-1 (secret des affaires); CH: CO 321a al. 4, CP 162' },
);
