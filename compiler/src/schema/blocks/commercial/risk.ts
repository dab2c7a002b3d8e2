import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { block, duration, flag, one } from './helpers.ts';

// Liability, insurance, force majeure, subcontracting, non-solicitation, confidentiality (brief §2.4).

const obligation: StatementSpec = {
  keyword: 'obligation',
  doc: doc('Nature d’une obligation principale du prestataire : de moyens ou de résultat.', 'Nature of one of the provider’s main obligations: best efforts (means) or result.'),
  legalBasis: 'FR: C. civ. 1231-1 (jurisprudence moyens / résultat); CH: CO 398 al. 2 (mandat : diligence), CO 363 (contrat d’entreprise : résultat)',
  args: [
    value('subject', t.enum([
      ev('response_time', 'délai de prise en compte (GTI)', 'response time (GTI)', { fr: 'le respect des délais de prise en compte (GTI)', en: 'meeting the response times (GTI)' }),
      ev('restoration_time', 'délai de rétablissement (GTR)', 'restoration time (GTR)', { fr: 'le respect des délais de rétablissement (GTR)', en: 'meeting the restoration times (GTR)' }),
      ev('availability', 'disponibilité', 'availability', { fr: 'le taux de disponibilité des services hébergés', en: 'the availability rate of the hosted services' }),
      ev('backup', 'exécution des sauvegardes', 'running the backups', { fr: 'l’exécution des sauvegardes prévues au Contrat', en: 'running the backups provided for in the Contract' }),
      ev('maintenance', 'maintien en condition opérationnelle', 'keeping systems operational', { fr: 'le maintien en condition opérationnelle du système d’information', en: 'keeping the information system in working order' }),
      ev('security', 'mesures de sécurité', 'security measures', { fr: 'la mise en œuvre des mesures de sécurité', en: 'implementing the security measures' }),
      ev('helpdesk', 'assistance utilisateurs', 'user helpdesk', { fr: 'l’assistance aux utilisateurs', en: 'user support' }),
      ev('advice', 'conseil et mise en garde', 'advice and warnings', { fr: 'les conseils et mises en garde', en: 'advice and warnings' }),
    ])),
    value('nature', t.enum([ev('means', 'obligation de moyens', 'best-efforts obligation'), ev('result', 'obligation de résultat', 'obligation of result')])),
  ],
  cardinality: 'many',
  example: 'obligation restoration_time result',
  // One bullet after « Le Prestataire est tenu : »: « d'une obligation de résultat quant au respect des délais… ».
  phrase: {
    fr: 'd’une obligation de {if nature is result}résultat{end}{if nature is means}moyens{end} quant à {subject}',
    en: '{if nature is result}an obligation of result{end}{if nature is means}a best-efforts obligation{end} as regards {subject}',
  },
};

export const liability = block(
  'liability', 'Responsabilité : nature des obligations, causes exclues, plafond, exclusions du plafond, dommages indirects.',
  'Liability: nature of obligations, excluded causes, cap, carve-outs from the cap, indirect losses.',
  [
    obligation,
    one('excluded_causes', 'Causes imputables au client ou à des tiers qui excluent la responsabilité du prestataire.', 'Causes attributable to the client or third parties that exclude the provider’s liability.',
      [value('causes', t.enum([
        ev('unlicensed_software', 'logiciels sans licence valide', 'unlicensed software', { fr: 'de l’utilisation de logiciels dépourvus de licence valide', en: 'from the use of software without a valid licence' }),
        ev('client_changes', 'modifications faites par le client ou un tiers sans accord', 'changes made by the client or a third party without agreement',
          { fr: 'de modifications apportées au système d’information par le Client ou par un tiers sans l’accord du Prestataire', en: 'from changes made to the information system by the Client or a third party without the Provider’s agreement' }),
        ev('lack_of_cooperation', 'défaut de coopération ou d’accès du client', 'client’s lack of cooperation or access',
          { fr: 'd’un défaut de coopération du Client ou de l’impossibilité d’accéder à ses sites et systèmes', en: 'from the Client’s failure to cooperate or from lack of access to its sites and systems' }),
        ev('advice_not_followed', 'préconisations écrites non suivies', 'written recommendations not followed',
          { fr: 'de la décision du Client de ne pas suivre une préconisation écrite du Prestataire', en: 'from the Client’s decision not to follow a written recommendation of the Provider' }),
        ev('third_party_networks', 'réseaux et services de tiers (opérateurs)', 'third-party networks and services (carriers)',
          { fr: 'd’une défaillance des réseaux et services de tiers (notamment des opérateurs de télécommunications)', en: 'from a failure of third-party networks and services (telecommunications carriers in particular)' }),
        ev('unsupported_equipment', 'matériels hors support du constructeur', 'equipment out of manufacturer support',
          { fr: 'de l’utilisation de matériels qui ne sont plus couverts par le support de leur constructeur', en: 'from the use of equipment no longer supported by its manufacturer' }),
      ]), { list: true })], 'excluded_causes unlicensed_software, client_changes, lack_of_cooperation', {
        // After « lorsque le dommage résulte »: « de l'utilisation de logiciels…, de modifications… ou d'une défaillance… ».
        phrase: { fr: '{causes|or}', en: '{causes|or}' },
      }),
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
      // Swiss law says « faute grave » (CO 100 al. 1), French and Belgian law « faute lourde ».
      ev('gross_negligence', 'faute lourde (droit suisse : faute grave)', 'gross negligence', { fr: 'de faute lourde', en: 'gross negligence' }, { CH: { fr: 'de faute grave', en: 'gross negligence' } }),
      ev('wilful_misconduct', 'dol ou faute intentionnelle', 'fraud or wilful misconduct', { fr: 'de faute dolosive', en: 'wilful misconduct' },
        { CH: { fr: 'de dol', en: 'wilful misconduct' }, BE: { fr: 'de faute intentionnelle', en: 'intentional fault' } }),
      ev('bodily_injury', 'dommages corporels', 'bodily injury', { fr: 'de dommage corporel', en: 'personal injury' }),
      ev('personal_data', 'violation des obligations en matière de données personnelles', 'breach of personal-data obligations',
        { fr: 'de manquement aux obligations relatives à la protection des données personnelles', en: 'breach of the obligations relating to the protection of personal data' }),
      ev('confidentiality', 'violation de la confidentialité', 'breach of confidentiality', { fr: 'de manquement à l’obligation de confidentialité', en: 'breach of the confidentiality obligation' }),
    ]), { list: true })], 'carve_outs gross_negligence, wilful_misconduct, bodily_injury', {
      legalBasis: 'FR: C. civ. 1231-3; CH: CO 100 al. 1; BE: C. civ. 5.89',
      phrase: { fr: 'en cas {cases|or}', en: 'in the event of {cases|or}' },
    }),
    one('indirect_losses', 'Position sur les dommages indirects (perte d’exploitation, manque à gagner).', 'Stance on indirect losses (loss of business, lost profit).',
      [value('stance', t.enum([ev('excluded', 'exclus', 'excluded'), ev('included', 'réparés', 'compensated')]))], 'indirect_losses excluded', {
        phrase: {
          fr: '{if stance is excluded}aucune des Parties n’est tenue de réparer les préjudices indirects subis par l’autre, tels que la perte de chiffre d’affaires, de bénéfice ou de clientèle{end}{if stance is included}les préjudices indirects sont réparés dans les mêmes conditions que les préjudices directs{if cap}, dans la limite du plafond ci-dessus{end}{end}',
          en: '{if stance is excluded}neither Party is liable for the other’s indirect losses, such as loss of turnover, profit or customers{end}{if stance is included}indirect losses are compensated on the same terms as direct losses{if cap}, within the cap above{end}{end}',
        },
      }),
    one('data_loss', 'Réparation de la perte de données, liée au respect de la clause de sauvegarde.', 'Compensation for data loss, tied to compliance with the backup clause.',
      [value('rule', t.enum([
        ev('backup_dependent', 'limitée à la restauration de la dernière sauvegarde prévue au contrat', 'limited to restoring the last backup provided for in the contract'),
        ev('excluded', 'exclue', 'excluded'),
        ev('included', 'réparée comme un dommage direct', 'compensated as a direct loss'),
      ]))], 'data_loss backup_dependent', {
        phrase: {
          fr: '{if rule is backup_dependent}en cas de perte ou d’altération de données imputable au Prestataire, l’indemnisation du Client est limitée au coût de leur reconstitution à partir de la dernière sauvegarde que le Prestataire devait réaliser en application du Contrat ; cette limite ne s’applique pas lorsque le Prestataire n’a pas réalisé ou conservé cette sauvegarde{end}{if rule is excluded}la perte ou l’altération de données n’ouvre droit à aucune indemnisation, sauf lorsqu’elle résulte d’un manquement du Prestataire à ses obligations de sauvegarde{end}{if rule is included}la perte ou l’altération de données imputable au Prestataire est réparée comme un préjudice direct{if cap}, dans la limite du plafond ci-dessus{end}{end}',
          en: '{if rule is backup_dependent}in the event of loss or corruption of data attributable to the Provider, the Client’s compensation is limited to the cost of restoring the data from the last backup the Provider was required to make under the Contract; this limit does not apply where the Provider failed to make or keep that backup{end}{if rule is excluded}loss or corruption of data gives rise to no compensation, except where it results from a breach by the Provider of its backup obligations{end}{if rule is included}loss or corruption of data attributable to the Provider is compensated as a direct loss{if cap}, within the cap above{end}{end}',
        },
      }),
  ],
  'liability { obligation restoration_time result; obligation advice means; excluded_causes unlicensed_software, client_changes; cap 12 months_of_fees per year; carve_outs gross_negligence, wilful_misconduct; indirect_losses excluded; data_loss backup_dependent }',
  { legalBasis: 'FR: C. civ. 1170, 1231-1 à 1231-7; CH: CO 97, 100, 398; BE: C. civ. 5.89' },
);

export const insurance = block(
  'insurance', 'Assurance de responsabilité civile professionnelle du prestataire.', 'Provider’s professional liability insurance.',
  [
    one('insurer', 'Assureur.', 'Insurer.', [value('name', t.string())], 'insurer "Hiscox France"', { phrase: { fr: '{name}', en: '{name}' } }),
    one('policy', 'Numéro de police.', 'Policy number.', [value('number', t.string())], 'policy "RCP-2026-4411"', { phrase: { fr: 'la police n° {number}', en: 'policy no. {number}' } }),
    {
      keyword: 'cover', doc: doc('Montant garanti, par sinistre ou par année d’assurance.', 'Amount insured, per claim or per insurance year.'),
      args: [value('amount', t.money()), word('per'), value('per', t.enum([ev('claim', 'par sinistre', 'per claim'), ev('year', 'par année d’assurance', 'per insurance year')]))],
      cardinality: 'many', example: 'cover 1500000.00 EUR per claim',
      // « pour un montant minimal de 1 500 000 € par sinistre et de 3 000 000 € par année d'assurance ».
      phrase: { fr: 'de {amount} {per}', en: 'of {amount} {per}' },
    },
    one('certificate', 'Remise d’une attestation d’assurance.', 'Delivery of an insurance certificate.', [value('when', t.enum([
      ev('yearly', 'chaque année', 'every year'),
      ev('at_signature', 'à la signature seulement', 'at signature only'),
      ev('on_request', 'sur demande', 'on request'),
    ]))], 'certificate yearly', {
      phrase: {
        fr: 'il remet au Client une attestation d’assurance en cours de validité {if when is yearly}à la signature du Contrat, puis chaque année{end}{if when is at_signature}à la signature du Contrat{end}{if when is on_request}sur simple demande de celui-ci{end}',
        en: 'it gives the Client a current insurance certificate {if when is yearly}on signature of the Contract and every year thereafter{end}{if when is at_signature}on signature of the Contract{end}{if when is on_request}at the Client’s request{end}',
      },
    }),
  ],
  'insurance { insurer "Hiscox France"; cover 1500000.00 EUR per claim; cover 3000000.00 EUR per year; certificate yearly }',
);

/** How a cyber-attack or a supplier's outage stands against force majeure; the clause has a sentence for each. */
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
      'definition statutory', {
        legalBasis: 'FR: C. civ. 1218; BE: C. civ. 5.226; CH: CO 119 (ATF 102 II 256)',
        // Statutory: the event, after « Constitue un cas de force majeure »; custom: the parties' own definition, quoted.
        phrase: {
          fr: '{if source is statutory}{if law is CH}l’événement extraordinaire et imprévisible, survenant en dehors de la sphère d’activité de la Partie qui l’invoque, qui s’impose à elle de façon irrésistible et rend impossible l’exécution de son obligation sans faute de sa part, au sens de l’article 119 du Code des obligations{else}{if law is BE}l’événement non imputable à la Partie qui l’invoque, qui fait obstacle à l’exécution de son obligation et qu’elle ne pouvait raisonnablement prévoir lors de la conclusion du Contrat ni éviter ou surmonter, au sens de l’article 5.226 du Code civil{else}l’événement échappant au contrôle de la Partie qui l’invoque, qui ne pouvait être raisonnablement prévu lors de la conclusion du Contrat et dont les effets ne peuvent être évités par des mesures appropriées, au sens de l’article 1218 du Code civil{end}{end}{end}{if source is custom}la force majeure est définie par les Parties en ces termes : « {wording} »{end}',
          en: '{if source is statutory}{if law is CH}an extraordinary and unforeseeable event, arising outside the sphere of activity of the Party invoking it, which it cannot resist and which makes performance of its obligation impossible through no fault of its own, within the meaning of article 119 of the Swiss Code of Obligations{else}{if law is BE}an event not attributable to the Party invoking it, which prevents performance of its obligation and which that Party could not reasonably foresee when the Contract was concluded nor avoid or overcome, within the meaning of article 5.226 of the Belgian Civil Code{else}an event beyond the control of the Party invoking it, which could not reasonably be foreseen when the Contract was concluded and whose effects cannot be avoided by appropriate measures, within the meaning of article 1218 of the French Civil Code{end}{end}{end}{if source is custom}force majeure is defined by the Parties as follows: “{wording}”{end}',
        },
      }),
    duration('notify_within', 'Délai pour notifier l’événement à l’autre partie.', 'Time limit to notify the event to the other party.', 'notify_within 5 business_days', {
      phrase: { fr: 'dans un délai de {duration}', en: 'within {duration}' },
    }),
    one('sla_effect', 'Effet sur les niveaux de service et les pénalités pendant l’événement.', 'Effect on service levels and penalties during the event.',
      [value('effect', t.enum([ev('suspended', 'SLA et pénalités suspendus', 'SLA and penalties suspended'), ev('maintained', 'SLA maintenus', 'SLA maintained')]))], 'sla_effect suspended', {
        phrase: {
          fr: '{if effect is suspended}les niveaux de service et les pénalités attachés aux obligations affectées sont suspendus pendant la même durée{end}{if effect is maintained}les niveaux de service continuent de s’appliquer aux prestations que l’événement n’affecte pas{end}',
          en: '{if effect is suspended}the service levels and service credits attached to the affected obligations are suspended for the same period{end}{if effect is maintained}the service levels continue to apply to the services the event does not affect{end}',
        },
      }),
    duration('terminate_after', 'Résiliation possible si l’empêchement dure au-delà de ce délai.', 'Termination possible if the impediment lasts beyond this period.', 'terminate_after 30 days', {
      phrase: { fr: 'si l’empêchement se prolonge au-delà de {duration}', en: 'if the impediment lasts longer than {duration}' },
    }),
    one('cyberattack', 'Position sur les cyberattaques.', 'Stance on cyber-attacks.', [value('stance', fmStance)], 'cyberattack if_unpreventable', {
      phrase: {
        fr: '{if stance is if_unpreventable}une cyberattaque ne constitue un cas de force majeure que si le Prestataire établit qu’elle n’aurait pu être évitée par les mesures de sécurité prévues au Contrat, correctement mises en œuvre{end}{if stance is never}une cyberattaque ne constitue jamais un cas de force majeure pour le Prestataire{end}{if stance is always}une cyberattaque constitue un cas de force majeure dès lors que le Prestataire a mis en œuvre les mesures de sécurité prévues au Contrat{end}',
        en: '{if stance is if_unpreventable}a cyber-attack is force majeure only if the Provider shows that it could not have been prevented by the security measures provided for in the Contract, properly implemented{end}{if stance is never}a cyber-attack never constitutes force majeure for the Provider{end}{if stance is always}a cyber-attack constitutes force majeure provided the Provider has implemented the security measures provided for in the Contract{end}',
      },
    }),
    one('supplier_outage', 'Position sur les défaillances des fournisseurs du prestataire (hébergeur, éditeur, opérateur).', 'Stance on outages of the provider’s own suppliers (host, vendor, carrier).', [value('stance', fmStance)], 'supplier_outage if_unpreventable', {
      phrase: {
        fr: '{if stance is if_unpreventable}la défaillance d’un fournisseur du Prestataire, tel qu’un hébergeur, un éditeur ou un opérateur, ne constitue un cas de force majeure que si elle présente elle-même les caractères de la force majeure et que le Prestataire ne pouvait en prévenir les effets par les mesures prévues au Contrat{end}{if stance is never}la défaillance d’un fournisseur du Prestataire, tel qu’un hébergeur, un éditeur ou un opérateur, ne constitue jamais un cas de force majeure, le Prestataire répondant de ses fournisseurs comme de lui-même{end}{if stance is always}la défaillance d’un fournisseur du Prestataire, tel qu’un hébergeur, un éditeur ou un opérateur, constitue un cas de force majeure{end}',
        en: '{if stance is if_unpreventable}a failure of one of the Provider’s suppliers, such as a host, a software vendor or a carrier, is force majeure only if it has the characteristics of force majeure itself and the Provider could not prevent its effects by the measures provided for in the Contract{end}{if stance is never}a failure of one of the Provider’s suppliers, such as a host, a software vendor or a carrier, never constitutes force majeure, the Provider being answerable for its suppliers as for itself{end}{if stance is always}a failure of one of the Provider’s suppliers, such as a host, a software vendor or a carrier, constitutes force majeure{end}',
      },
    }),
  ],
  'force_majeure { definition statutory; notify_within 5 business_days; sla_effect suspended; terminate_after 30 days; cyberattack if_unpreventable; supplier_outage if_unpreventable }',
  { legalBasis: 'FR: C. civ. 1218; BE: C. civ. 5.226; CH: CO 119' },
);

export const subcontracting = {
  keyword: 'subcontracting',
  doc: doc('Sous-traitance : autorisée ou non, acceptation des sous-traitants, agrément de leurs conditions de paiement, garantie de paiement, responsabilité, obligations répercutées.', 'Subcontracting: allowed or not, acceptance of subcontractors, approval of their payment terms, payment security, liability, obligations flowed down.'),
  legalBasis: 'FR: loi n° 75-1334 du 31 décembre 1975, art. 3, 12, 14; C. trav. L8222-1, D8222-5; RGPD art. 28(2) et (4); CH: CO 68, 398 al. 3, 399; BE: ancien C. civ. 1798',
  args: [value('stance', t.enum([ev('allowed', 'autorisée', 'allowed'), ev('forbidden', 'interdite', 'forbidden')]))],
  cardinality: 'one',
  example: 'subcontracting allowed { consent prior_written; payment_terms_approved yes; payment_guarantee bank_guarantee; provider_liable yes; flow_down confidentiality, personal_data }',
  phrase: {
    fr: '{if stance is allowed}le Prestataire peut sous-traiter une partie des prestations{end}{if stance is forbidden}le Prestataire s’interdit de sous-traiter tout ou partie des prestations{end}',
    en: '{if stance is allowed}the Provider may subcontract part of the services{end}{if stance is forbidden}the Provider shall not subcontract all or any part of the services{end}',
  },
  block: {
    statements: [
      one('consent', 'Mode d’autorisation des sous-traitants (en droit français, acceptation de chaque sous-traitant par le client).', 'How subcontractors are authorised (under French law, the client accepts each subcontractor).', [value('mode', t.enum([
        ev('prior_written', 'accord écrit préalable du client', 'client’s prior written consent'),
        ev('notified_list', 'liste notifiée, avec droit d’objection', 'notified list, with a right to object'),
      ]))], 'consent prior_written', {
        legalBasis: 'FR: loi n° 75-1334 du 31 décembre 1975, art. 3; CH: CO 68, 398 al. 3',
        phrase: {
          fr: '{if mode is prior_written}sous réserve de l’acceptation écrite et préalable de chaque sous-traitant par le Client{end}{if mode is notified_list}après avoir informé le Client par écrit de l’identité de chaque sous-traitant, le Client pouvant s’y opposer pour un motif légitime{end}',
          en: '{if mode is prior_written}subject to the Client’s prior written acceptance of each subcontractor{end}{if mode is notified_list}after informing the Client in writing of the identity of each subcontractor, the Client being entitled to object on legitimate grounds{end}',
        },
      }),
      {
        keyword: 'subcontractor', doc: doc('Sous-traitant agréé à la signature, et la prestation qu’il exécute.', 'Subcontractor approved at signature, and the service it performs.'),
        args: [value('name', t.string()), opt('task', t.prose())], cardinality: 'many', example: 'subcontractor "Lyon Câblage SAS" "Travaux de câblage"',
        phrase: { fr: '{name}{if task} ({task|lowerfirst}){end}', en: '{name}{if task} ({task|lowerfirst}){end}' },
      },
      flag('payment_terms_approved', 'Le client agrée les conditions de paiement de chaque contrat de sous-traitance.', 'The client approves the payment terms of each subcontract.', 'payment_terms_approved yes', {
        legalBasis: 'FR: loi n° 75-1334 du 31 décembre 1975, art. 3',
        phrase: {
          fr: '{if value is yes}le Client agrée les conditions de paiement de chaque contrat de sous-traitance en même temps qu’il accepte le sous-traitant{end}{if value is no}les conditions de paiement des contrats de sous-traitance ne sont pas soumises à l’agrément du Client{end}',
          en: '{if value is yes}the Client approves the payment terms of each subcontract when it accepts the subcontractor{end}{if value is no}the payment terms of subcontracts are not subject to the Client’s approval{end}',
        },
      }),
      one('payment_guarantee', 'Garantie du paiement des sous-traitants : caution d’un établissement qualifié, délégation de paiement du client, ou paiement direct (marchés publics).',
        'Security for paying subcontractors: a guarantee from a qualified institution, a delegation of payment by the client, or direct payment (public contracts).', [value('mode', t.enum([
          ev('bank_guarantee', 'caution personnelle et solidaire d’un établissement qualifié', 'joint and several guarantee from a qualified institution'),
          ev('delegation', 'délégation de paiement consentie par le client', 'delegation of payment by the client'),
          ev('direct_payment', 'paiement direct par le client', 'direct payment by the client'),
        ]))], 'payment_guarantee bank_guarantee', {
        legalBasis: 'FR: loi n° 75-1334 du 31 décembre 1975, art. 6 (marchés publics) et 14',
        phrase: {
          fr: '{if mode is bank_guarantee}le Prestataire garantit le paiement de chaque sous-traitant par une caution personnelle et solidaire obtenue d’un établissement qualifié{end}{if mode is delegation}le paiement de chaque sous-traitant est garanti par une délégation de paiement consentie par le Client, à concurrence des sommes dues au titre des prestations sous-traitées{end}{if mode is direct_payment}le Client paie directement chaque sous-traitant pour la part des prestations qu’il exécute{end}',
          en: '{if mode is bank_guarantee}the Provider secures payment of each subcontractor by a joint and several guarantee from a qualified institution{end}{if mode is delegation}payment of each subcontractor is secured by a delegation of payment granted by the Client, up to the sums due for the subcontracted services{end}{if mode is direct_payment}the Client pays each subcontractor directly for its share of the services{end}',
        },
      }),
      flag('provider_liable', 'Le prestataire reste responsable envers le client des prestations sous-traitées.', 'The provider remains liable to the client for subcontracted services.', 'provider_liable yes', {
        legalBasis: 'CH: CO 101, 399 al. 2',
        phrase: {
          fr: '{if value is yes}le Prestataire demeure responsable envers le Client des prestations sous-traitées comme de ses propres prestations{if law is CH}, par dérogation à l’article 399, alinéa 2, du Code des obligations{end}{end}{if value is no}le Prestataire ne répond des prestations sous-traitées que du soin avec lequel il a choisi et instruit ses sous-traitants{end}',
          en: '{if value is yes}the Provider remains liable to the Client for the subcontracted services as for its own{if law is CH}, by way of derogation from article 399(2) of the Swiss Code of Obligations{end}{end}{if value is no}the Provider is answerable for the subcontracted services only for the care with which it chose and instructed its subcontractors{end}',
        },
      }),
      one('flow_down', 'Obligations répercutées aux sous-traitants.', 'Obligations flowed down to subcontractors.', [value('obligations', t.enum([
        ev('confidentiality', 'confidentialité', 'confidentiality', { fr: 'les obligations de confidentialité du Contrat', en: 'the confidentiality obligations of the Contract' }),
        ev('personal_data', 'protection des données personnelles', 'personal-data protection', { fr: 'des obligations de protection des données personnelles au moins équivalentes à celles du Contrat', en: 'personal-data protection obligations at least equivalent to those of the Contract' }),
        ev('security', 'mesures de sécurité', 'security measures', { fr: 'les mesures de sécurité du Contrat', en: 'the security measures of the Contract' }),
        ev('vigilance', 'attestations de vigilance', 'due-diligence certificates', { fr: 'la remise des documents de vigilance', en: 'the delivery of the due-diligence certificates' }),
      ]), { list: true })], 'flow_down confidentiality, personal_data', {
        phrase: { fr: '{obligations}', en: '{obligations}' },
      }),
    ],
  },
} satisfies StatementSpec;

export const nonSolicitation = block(
  'non_solicitation', 'Non-sollicitation du personnel : personnes protégées, durée bornée, indemnité bornée.', 'Non-solicitation of staff: protected persons, bounded duration, bounded indemnity.',
  [
    one('protects', 'Personnes protégées.', 'Protected persons.', [value('who', t.enum([
      ev('contract_staff', 'salariés ayant participé à l’exécution du contrat', 'staff who worked on the contract'),
      ev('all_staff', 'tout le personnel', 'all staff'),
    ]))], 'protects contract_staff', {
      // The staff of the other Party, or of the named one when only one Party is bound.
      phrase: {
        fr: 'tout salarié {if parties.who is client}du Prestataire{else}{if parties.who is provider}du Client{else}de l’autre Partie{end}{end}{if who is contract_staff} ayant participé à l’exécution du Contrat{end}{if who is all_staff}, qu’il ait ou non participé à l’exécution du Contrat{end}',
        en: 'any employee of {if parties.who is client}the Provider{else}{if parties.who is provider}the Client{else}the other Party{end}{end}{if who is contract_staff} who took part in performing the Contract{end}{if who is all_staff}, whether or not they took part in performing the Contract{end}',
      },
    }),
    one('parties', 'Qui est tenu.', 'Who is bound.', [value('who', t.enum([
      ev('both', 'les deux parties (réciproque)', 'both parties (mutual)', { fr: 'Chacune des Parties', en: 'Each Party' }),
      ev('client', 'le client', 'the client', { fr: 'Le Client', en: 'The Client' }),
      ev('provider', 'le prestataire', 'the provider', { fr: 'Le Prestataire', en: 'The Provider' }),
    ]))], 'parties both', {
      // The subject of « … s'interdit de solliciter »: « Chacune des Parties s'interdit… ».
      phrase: { fr: '{who}', en: '{who}' },
    }),
    one('duration', 'Durée de l’engagement après la fin du contrat (24 mois au plus).', 'Duration of the undertaking after the end of the contract (24 months at most).',
      [value('duration', t.duration(['month', 'months', 'year', 'years'])), word('after_end', true)], 'duration 12 months after_end', {
        legalBasis: 'Cass. com., 27 mai 2021, n° 18-23.261',
        phrase: { fr: 'pendant toute la durée du Contrat et pendant {duration|spelled} après sa fin', en: 'for the term of the Contract and for {duration|spelled} after its end' },
      }),
    one('indemnity', 'Indemnité forfaitaire en mois de salaire brut de la personne sollicitée (12 au plus).', 'Flat indemnity in months of the solicited person’s gross salary (12 at most).',
      [value('months', t.integer(0)), word('months_of_salary')], 'indemnity 6 months_of_salary', {
        legalBasis: 'FR: C. civ. 1231-5 (clause pénale); BE: C. civ. 5.88; CH: CO 160–163',
        phrase: {
          fr: 'une indemnité forfaitaire égale à {months|spelled} mois du dernier salaire brut mensuel de la personne concernée',
          en: 'a fixed indemnity equal to {months|spelled} {if months is 1}month{else}months{end} of the last gross monthly salary of the person concerned',
        },
      }),
    one('exceptions', 'Cas non couverts.', 'Cases not covered.', [value('cases', t.enum([
      ev('spontaneous_application', 'candidature spontanée', 'unsolicited application', { fr: 'qui a présenté une candidature spontanée', en: 'who applied on their own initiative' }),
      ev('public_job_ad', 'réponse à une offre d’emploi publique', 'reply to a public job advertisement', { fr: 'qui a répondu à une offre d’emploi diffusée publiquement', en: 'who answered a publicly advertised vacancy' }),
    ]), { list: true })], 'exceptions spontaneous_application, public_job_ad', {
      phrase: { fr: '{cases|or}', en: '{cases|or}' },
    }),
  ],
  'non_solicitation { protects contract_staff; parties both; duration 12 months after_end; indemnity 6 months_of_salary }',
  { legalBasis: 'Cass. com., 27 mai 2021, n° 18-23.261 (proportionnalité)' },
);

/** Professions whose statutory secrecy covers what the provider sees (lawyers, physicians, dentists…). */
export const secrecyProfession = t.enum([
  ev('lawyer', 'avocat', 'lawyer', { fr: 'd’avocat', en: 'as a lawyer' }),
  ev('physician', 'médecin', 'physician', { fr: 'de médecin', en: 'as a physician' }),
  ev('dentist', 'chirurgien-dentiste (Belgique : dentiste ; Suisse : médecin-dentiste)', 'dentist', { fr: 'de chirurgien-dentiste', en: 'as a dentist' }, { BE: { fr: 'de dentiste', en: 'as a dentist' }, CH: { fr: 'de médecin-dentiste', en: 'as a dentist' } }),
  ev('health_professional', 'autre professionnel de santé', 'other health professional', { fr: 'de professionnel de santé', en: 'as a health professional' }),
]);

export const confidentiality = block(
  'confidentiality', 'Confidentialité : informations couvertes, personnes tenues, exceptions, durée après la fin, restitution ; secret professionnel du client.',
  'Confidentiality: information covered, bound persons, exceptions, duration after the end, return; the client’s professional secrecy.',
  [
    one('covers', 'Informations confidentielles.', 'Confidential information.', [value('categories', t.enum([
      // Said by the phrase, as the general category the others illustrate (« …, et notamment … »).
      ev('all_exchanged', 'toutes informations échangées à l’occasion du contrat', 'all information exchanged under the contract', { fr: '', en: '' }),
      ev('client_data', 'données du client', 'client data', { fr: 'les données du Client', en: 'the Client’s data' }),
      ev('credentials', 'identifiants et secrets d’accès', 'credentials and access secrets', { fr: 'les secrets d’accès (identifiants, mots de passe, clés)', en: 'access secrets (user names, passwords, keys)' }),
      ev('security_configuration', 'configurations et mesures de sécurité', 'security configuration and measures', { fr: 'la configuration de sécurité du système d’information', en: 'the security configuration of the information system' }),
      ev('technical_documentation', 'documentation technique', 'technical documentation', { fr: 'la documentation technique', en: 'the technical documentation' }),
      ev('commercial_terms', 'conditions commerciales', 'commercial terms', { fr: 'les conditions financières du Contrat', en: 'the financial terms of the Contract' }),
    ]), { list: true })], 'covers all_exchanged, client_data, credentials', {
      phrase: {
        fr: '{if categories is all_exchanged}toutes les informations, quel qu’en soit le support, communiquées par une Partie à l’autre à l’occasion du Contrat{if categories is client_data, credentials, security_configuration, technical_documentation, commercial_terms}, et notamment {categories}{end}{else}{categories}{end}',
        en: '{if categories is all_exchanged}all information, in whatever form, disclosed by one Party to the other in connection with the Contract{if categories is client_data, credentials, security_configuration, technical_documentation, commercial_terms}, including {categories}{end}{else}{categories}{end}',
      },
    }),
    one('use', 'Usage permis des informations.', 'Permitted use of the information.', [value('use', t.enum([ev('contract_only', 'pour l’exécution du contrat seulement', 'for performing the contract only')]))], 'use contract_only', {
      phrase: { fr: '{if use is contract_only}aux seules fins de l’exécution du Contrat{end}', en: '{if use is contract_only}solely for the purpose of performing the Contract{end}' },
    }),
    one('bound', 'Personnes tenues.', 'Bound persons.', [value('who', t.enum([
      ev('staff', 'personnel des parties', 'the parties’ staff', { fr: 'aux membres de son personnel', en: 'to members of its staff' }),
      ev('subcontractors', 'sous-traitants', 'subcontractors', { fr: 'à ses sous-traitants', en: 'to its subcontractors' }),
      ev('advisers', 'conseils soumis au secret professionnel', 'advisers bound by professional secrecy', { fr: 'à ses conseils soumis au secret professionnel', en: 'to its advisers bound by professional secrecy' }),
      // A limit on the persons above, said by the phrase.
      ev('need_to_know', 'dans la limite du besoin d’en connaître', 'on a need-to-know basis', { fr: '', en: '' }),
    ]), { list: true })], 'bound staff, subcontractors, need_to_know', {
      phrase: {
        fr: '{if who is staff, subcontractors, advisers}{who}{if who is need_to_know}, dans la stricte mesure où ils ont besoin d’en connaître pour l’exécution du Contrat{end}{else}aux seules personnes qui ont besoin d’en connaître pour l’exécution du Contrat{end}',
        en: '{if who is staff, subcontractors, advisers}{who}{if who is need_to_know}, strictly to the extent they need to know it to perform the Contract{end}{else}to those persons only who need to know it to perform the Contract{end}',
      },
    }),
    one('exceptions', 'Exceptions.', 'Exceptions.', [value('cases', t.enum([
      ev('public', 'information publique', 'public information', { fr: 'tombées dans le domaine public sans faute de la Partie qui les reçoit', en: 'that has entered the public domain through no fault of the receiving Party' }),
      ev('already_known', 'déjà connue du destinataire', 'already known to the recipient', { fr: 'que la Partie qui les reçoit connaissait déjà, ce dont elle justifie', en: 'that the receiving Party already knew, as it can show' }),
      ev('independently_developed', 'développée indépendamment', 'independently developed', { fr: 'développées de manière indépendante par la Partie qui les reçoit', en: 'developed independently by the receiving Party' }),
      ev('legal_order', 'divulgation imposée par la loi ou une autorité', 'disclosure required by law or an authority', { fr: 'dont la communication est exigée par la loi ou par une autorité judiciaire ou administrative, dans la limite de cette exigence', en: 'whose disclosure is required by law or by a judicial or administrative authority, to the extent so required' }),
    ]), { list: true })], 'exceptions public, already_known, legal_order', {
      phrase: { fr: '{cases|or}', en: '{cases|or}' },
    }),
    one('survives', 'Durée de l’obligation après la fin du contrat (2 ans au moins), ou « indefinitely » (secrets d’affaires, mots de passe).',
      'Duration of the obligation after the end of the contract (2 years at least), or "indefinitely" (trade secrets, passwords).',
      [opt('duration', t.duration(['month', 'months', 'year', 'years'])), opt('indefinitely', t.enum([ev('indefinitely', 'sans limitation de durée', 'indefinitely')]))], 'survives 5 years', {
        phrase: {
          fr: '{if duration}pendant {duration|spelled} après la fin du Contrat{end}{if indefinitely is indefinitely}sans limitation de durée après la fin du Contrat{end}',
          en: '{if duration}for {duration|spelled} after the end of the Contract{end}{if indefinitely is indefinitely}without time limit after the end of the Contract{end}',
        },
      }),
    one('at_end', 'Sort des informations à la fin du contrat.', 'Fate of the information at the end of the contract.', [value('action', t.enum([
      ev('return', 'restitution', 'return'),
      ev('destroy', 'destruction avec attestation', 'destruction with certificate'),
      ev('return_then_destroy', 'restitution puis destruction des copies', 'return then destruction of copies'),
    ]))], 'at_end return_then_destroy', {
      phrase: {
        fr: '{if action is return}chaque Partie restitue à l’autre les Informations confidentielles de celle-ci qu’elle détient{end}{if action is destroy}chaque Partie détruit les Informations confidentielles de l’autre qu’elle détient et lui en remet une attestation écrite{end}{if action is return_then_destroy}chaque Partie restitue à l’autre les Informations confidentielles de celle-ci, puis détruit les copies qu’elle en conserve et lui en remet une attestation écrite{end}',
        en: '{if action is return}each Party returns to the other the latter’s Confidential Information in its possession{end}{if action is destroy}each Party destroys the other’s Confidential Information in its possession and gives it a written certificate of destruction{end}{if action is return_then_destroy}each Party returns to the other the latter’s Confidential Information, then destroys any copies it keeps and gives it a written certificate of destruction{end}',
      },
    }),
    one('client_secrecy', 'Secret professionnel légal auquel le client est tenu du fait de sa profession (avocat, médecin, chirurgien-dentiste…) : le prestataire et son personnel y sont astreints.',
      'Statutory professional secrecy the client is bound by through its profession (lawyer, physician, dentist…): the provider and its staff are bound by it.',
      [value('profession', secrecyProfession)], 'client_secrecy lawyer', {
        legalBasis: 'FR: loi n° 71-1130 du 31 décembre 1971, art. 66-5; RIN art. 2; C. pén. 226-13; CSP L1110-4; CH: CP 321; BE: C. pén. 458',
        phrase: {
          fr: 'le secret professionnel auquel le Client est tenu en sa qualité {profession}',
          en: 'the professional secrecy the Client is bound by {profession}',
        },
      }),
  ],
  'confidentiality { covers all_exchanged; use contract_only; bound staff, need_to_know; exceptions public, legal_order; survives 5 years; at_end return_then_destroy }',
  { legalBasis: 'FR: C. civ. 1112-2; C. com. L151-1 (secret des affaires); CH: CO 321a al. 4, CP 162; BE: loi du 30 juillet 2018 relative aux secrets d’affaires' },
);
