import { doc, ev, t, value } from '../value-types.ts';
import type { Localized } from '../../diagnostics/index.ts';
import type { StatementSpec, ValueType } from '../types.ts';
import { yesNo } from './common.ts';
import { countries } from './countries.ts';

// The client's regulated activity (legal review §5 "Regulated clients", issue 13 "Sector profiles"):
// `sector <kind> { … }` says what the client is — a lawyer, a physician, a payment institution… — and
// holds the facts its profile requires: the extension of the client's professional secrecy to the
// provider's staff (`secrecy`), French health-data hosting (`health_hosting`, CSP L1111-8, R1111-11),
// and the ICT contract clauses of DORA (`dora`, Reg. (EU) 2022/2554 art. 28–30). Which profile applies
// to a contract is data too: SECTOR_PROFILES (sector-profiles.ts), read by the checklist rules; the
// rows of `infog init --sector` (cli/init/sectors.ts) write a starting block that satisfies them.

const ph = (fr: string, en: string): Localized => ({ fr, en });

function one(keyword: string, fr: string, en: string, slot: string, type: ValueType, example: string, phrase: Localized, extra: Partial<StatementSpec> = {}): StatementSpec {
  return { keyword, doc: doc(fr, en), args: [value(slot, type)], cardinality: 'one', example, phrase, ...extra };
}

function list(keyword: string, fr: string, en: string, type: ValueType, example: string, phrase: Localized, extra: Partial<StatementSpec> = {}): StatementSpec {
  return { keyword, doc: doc(fr, en), args: [value('items', type, { list: true })], cardinality: 'one', example, phrase, ...extra };
}

/** What the client is. Health professions and financial entities bring their profiles. */
export const SECTOR_KINDS: ValueType = t.enum([
  ev('lawyer', 'avocat', 'lawyer'),
  ev('physician', 'médecin', 'physician'),
  ev('dentist', 'chirurgien-dentiste', 'dentist'),
  ev('health_professional', 'autre professionnel de santé', 'other health professional'),
  ev('health_establishment', 'établissement de santé', 'health establishment'),
  ev('credit_institution', 'établissement de crédit', 'credit institution'),
  ev('payment_institution', 'établissement de paiement', 'payment institution'),
  ev('e_money_institution', 'établissement de monnaie électronique', 'electronic money institution'),
  ev('investment_firm', 'entreprise d’investissement', 'investment firm'),
  ev('insurance_undertaking', 'entreprise d’assurance ou de réassurance', 'insurance or reinsurance undertaking'),
  ev('insurance_intermediary', 'intermédiaire d’assurance', 'insurance intermediary'),
  ev('other', 'autre activité', 'other activity'),
]);

const HDS_ACTIVITIES: ValueType = t.enum([
  ev('physical_sites', 'sites physiques (activité 1)', 'physical sites (activity 1)', { fr: 'l’hébergement dans des sites physiques (activité 1)', en: 'hosting in physical sites (activity 1)' }),
  ev('hardware', 'infrastructure matérielle (activité 2)', 'hardware infrastructure (activity 2)', { fr: 'la fourniture de l’infrastructure matérielle (activité 2)', en: 'the hardware infrastructure (activity 2)' }),
  ev('virtual_infrastructure', 'infrastructure virtuelle (activité 3)', 'virtual infrastructure (activity 3)', { fr: 'la fourniture de l’infrastructure virtuelle (activité 3)', en: 'the virtual infrastructure (activity 3)' }),
  ev('platform', 'plateforme d’hébergement d’applications (activité 4)', 'application hosting platform (activity 4)', { fr: 'la fourniture de la plateforme d’hébergement d’applications (activité 4)', en: 'the application hosting platform (activity 4)' }),
  ev('administration', 'administration et exploitation (activité 5)', 'administration and operation (activity 5)', { fr: 'l’administration et l’exploitation du système d’information contenant les données de santé (activité 5)', en: 'administering and operating the information system holding the health data (activity 5)' }),
  ev('backup', 'sauvegarde externalisée (activité 6)', 'off-site backup (activity 6)', { fr: 'la sauvegarde externalisée des données de santé (activité 6)', en: 'off-site backup of the health data (activity 6)' }),
]);

const secrecy: StatementSpec = {
  keyword: 'secrecy',
  doc: doc(
    'Extension du secret professionnel du client aux intervenants du prestataire : personnes habilitées, engagement, restrictions d’accès.',
    'Extension of the client’s professional secrecy to the provider’s staff: authorised persons, undertaking, access restrictions.',
  ),
  legalBasis: 'FR: loi n° 71-1130 art. 66-5 (avocats), C. pén. 226-13, CSP L1110-4, R4127-4, R4127-206, C. mon. fin. L511-33, L522-19; CH: CP 321, LLCA art. 13, LB art. 47, LPD art. 9 al. 1 let. b; BE: C. pén. 458, loi du 30 juillet 2018 art. 9',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'secrecy { staff "Antoine Weber", "Julie Koch"; undertaking signed; access named_only, logged }',
  block: {
    statements: [
      {
        keyword: 'staff', doc: doc('Intervenants du prestataire nommément habilités à accéder aux informations couvertes par le secret.', 'The provider’s staff named as authorised to access information covered by secrecy.'),
        args: [value('names', t.string(), { list: true })], cardinality: 'one', example: 'staff "Antoine Weber", "Julie Koch"',
        phrase: ph('l’accès à ces informations est réservé aux intervenants du Prestataire nommément désignés, à savoir {names}', 'access to that information is reserved to the Provider’s staff named here, namely {names}'),
      },
      one('undertaking', 'Comment chaque intervenant est tenu au secret.', 'How each member of staff is bound by secrecy.', 'value', t.enum([
        ev('signed', 'engagement individuel signé', 'signed individual undertaking'),
        ev('employment_contract', 'clause du contrat de travail', 'employment-contract clause'),
      ]), 'undertaking signed', ph(
        '{if value is signed}chacun d’eux a signé un engagement individuel de respect du secret, dont le Prestataire remet une copie au Client sur simple demande{end}{if value is employment_contract}chacun d’eux y est tenu par une clause de son contrat de travail, qui survit à la fin de ce contrat{end}',
        '{if value is signed}each of them has signed an individual undertaking to observe the secrecy, a copy of which the Provider gives the Client on request{end}{if value is employment_contract}each of them is bound by a clause of their employment contract, which survives its end{end}',
      )),
      list('access', 'Restrictions d’accès aux informations couvertes.', 'Restrictions on access to the information covered.', t.enum([
        ev('named_only', 'seules les personnes nommées', 'named persons only', { fr: 'aucune autre personne du Prestataire n’accède à ces informations', en: 'no other person of the Provider accesses that information' }),
        ev('minimal', 'accès limité au strict nécessaire', 'strictly necessary access', { fr: 'les intervenants ne prennent connaissance des informations que dans la mesure strictement nécessaire à chaque intervention', en: 'staff see the information only as far as each intervention strictly requires' }),
        ev('logged', 'accès journalisés', 'access logged', { fr: 'chaque accès fait l’objet d’une journalisation que le Client peut consulter', en: 'each access is logged in a record the Client may consult' }),
        ev('client_approval', 'accord préalable du client', 'client’s prior approval', { fr: 'tout accès au contenu des données en dehors de la supervision courante requiert l’accord préalable du Client', en: 'any access to the content of the data beyond routine monitoring requires the Client’s prior approval' }),
      ]), 'access named_only, logged', ph('{items}', '{items}')),
    ],
  },
};

const hdsCertificate: StatementSpec = {
  keyword: 'certificate',
  doc: doc('Certificat de conformité HDS (du prestataire, ou de l’hébergeur quand le prestataire revend) : activités couvertes, dates de délivrance et de renouvellement, organisme certificateur.', 'HDS certificate of compliance (the provider’s, or the hoster’s when the provider resells): activities covered, dates of issue and renewal, certification body.'),
  legalBasis: 'CSP L1111-8 II, R1111-9, R1111-11 1°',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'certificate { activities administration, backup; issued 2025-03-12; renewal 2028-03-11; body "Organisme certificateur" }',
  block: {
    statements: [
      list('activities', 'Activités d’hébergement couvertes (CSP R1111-9, 1° à 6°).', 'Hosting activities covered (CSP R1111-9, 1° to 6°).', HDS_ACTIVITIES, 'activities administration, backup', ph('couvre, parmi les activités d’hébergement de l’article R. 1111-9 du code de la santé publique, {items}', 'covers, among the hosting activities of article R. 1111-9 of the Public Health Code, {items}')),
      one('issued', 'Date de délivrance.', 'Date of issue.', 'date', t.date(), 'issued 2025-03-12', ph('délivré le {date}', 'issued on {date}')),
      one('renewal', 'Date à laquelle le certificat doit être renouvelé.', 'Date by which the certificate must be renewed.', 'date', t.date(), 'renewal 2028-03-11', ph('il doit être renouvelé au plus tard le {date}', 'it must be renewed by {date}')),
      one('body', 'Organisme certificateur accrédité.', 'Accredited certification body.', 'name', t.string(), 'body "Organisme certificateur"', ph('par {name}', 'by {name}')),
    ],
  },
};

const healthHosting: StatementSpec = {
  keyword: 'health_hosting',
  doc: doc(
    'Hébergement de données de santé pour le compte du client (France) : certification HDS, hébergeur, lieux, accès, référent incidents, évolutions — les clauses de l’article R1111-11 du code de la santé publique.',
    'Hosting of health data on the client’s behalf (France): HDS certification, hoster, locations, access, incident contact, changes — the clauses of article R1111-11 of the Public Health Code.',
  ),
  legalBasis: 'CSP L1111-8, R1111-8-8, R1111-9, R1111-10, R1111-11; arrêté du 26 avril 2024 (référentiel de certification HDS)',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'health_hosting { role certified; certificate { activities administration, backup; issued 2025-03-12; renewal 2028-03-11 }; location FR }',
  block: {
    statements: [
      one('role', 'Le prestataire est lui-même hébergeur certifié, ou revendeur d’un hébergeur certifié nommé.', 'The provider is itself a certified hoster, or the reseller of a named certified hoster.', 'value', t.enum([
        ev('certified', 'hébergeur certifié', 'certified hoster'),
        ev('reseller', 'revendeur d’un hébergeur certifié', 'reseller of a certified hoster'),
      ]), 'role certified', ph(
        '{if value is certified}le Prestataire est titulaire d’un certificat de conformité d’hébergeur de données de santé à caractère personnel (article L. 1111-8, II, du code de la santé publique){end}{if value is reseller}le Prestataire n’héberge pas lui-même ces données : il en confie l’hébergement à un hébergeur certifié, dont il revend les services et dont il répond envers le Client{end}',
        '{if value is certified}the Provider holds a certificate of compliance as a host of personal health data (article L. 1111-8, II, of the French Public Health Code){end}{if value is reseller}the Provider does not host that data itself: it entrusts its hosting to a certified hoster, whose services it resells and for which it answers to the Client{end}',
      ), { legalBasis: 'CSP L1111-8 II, R1111-8-8' }),
      hdsCertificate,
      {
        keyword: 'hoster', doc: doc('Hébergeur certifié auquel le prestataire confie tout ou partie de l’hébergement (un sous-traitant ultérieur déclaré), avec les activités qu’il assure.', 'Certified hoster to which the provider entrusts all or part of the hosting (a declared sub-processor), with the activities it performs.'),
        legalBasis: 'CSP R1111-11 7°',
        args: [value('subprocessor', t.ref('subprocessor'))], cardinality: 'many', example: 'hoster ovh { activities physical_sites, hardware, virtual_infrastructure }',
        phrase: ph('{subprocessor}', '{subprocessor}'),
        block: { statements: [list('activities', 'Activités que cet hébergeur assure (CSP R1111-9).', 'Activities this hoster performs (CSP R1111-9).', HDS_ACTIVITIES, 'activities physical_sites, hardware', ph('{items}', '{items}'))] },
      },
      list('location', 'Pays d’hébergement des données de santé (dans l’Espace économique européen).', 'Countries where the health data are hosted (within the European Economic Area).', countries, 'location FR',
        ph('les données de santé sont hébergées {items|in}', 'the health data are hosted {items|in}'), { legalBasis: 'CSP R1111-11 3°; référentiel HDS (arrêté du 26 avril 2024)' }),
      list('access', 'Modalités d’encadrement des accès aux données de santé hébergées.', 'How access to the hosted health data is controlled.', t.enum([
        ev('named_staff', 'personnels nommément habilités', 'named authorised staff', { fr: 'la limitation des accès aux seuls personnels nommément habilités', en: 'restriction of access to named authorised staff only' }),
        ev('strong_auth', 'authentification forte', 'strong authentication', { fr: 'une authentification forte', en: 'strong authentication' }),
        ev('bastion', 'bastion d’administration', 'administration bastion', { fr: 'le passage de tout accès d’administration par un bastion', en: 'routing every administrative access through a bastion' }),
        ev('logged', 'journalisation et revue des accès', 'access logging and review', { fr: 'la journalisation et la revue périodique des accès', en: 'logging and periodic review of access' }),
        ev('client_approval', 'accord préalable du client', 'client’s prior approval', { fr: 'l’accord préalable du Client pour tout accès au contenu des données', en: 'the Client’s prior approval for any access to the content of the data' }),
      ]), 'access named_staff, strong_auth, logged', ph('l’accès aux données de santé hébergées est encadré par {items}', 'access to the hosted health data is controlled by {items}'), { legalBasis: 'CSP R1111-11 8°' }),
      one('incident_contact', 'Référent du client à contacter pour les incidents ayant un impact sur les données de santé hébergées.', 'The client’s contact for incidents affecting the hosted health data.', 'name', t.string(), 'incident_contact "Dr Hélène Schmitt"',
        ph('le référent du Client à contacter pour le traitement des incidents ayant un impact sur les données de santé hébergées est {name}', 'the Client’s contact for handling incidents affecting the hosted health data is {name}'), { legalBasis: 'CSP R1111-11 5°' }),
      one('changes_notice', 'Préavis d’information du client avant une modification ou une évolution technique de l’hébergement.', 'Notice to the client before a change or technical development of the hosting.', 'duration', t.duration(), 'changes_notice 3 months',
        ph('le Prestataire informe le Client, au moins {duration|spelled} à l’avance, de toute modification ou évolution technique de l’hébergement qu’il introduit ou que le cadre légal impose, et lui en présente l’incidence sur les garanties offertes', 'the Provider informs the Client, at least {duration|spelled} in advance, of any change or technical development of the hosting that it introduces or that the legal framework requires, and explains its effect on the guarantees given'), { legalBasis: 'CSP R1111-11 9°' }),
    ],
  },
};

const dora: StatementSpec = {
  keyword: 'dora',
  doc: doc(
    'Clauses contractuelles TIC de DORA pour une entité financière : fonctions soutenues, sous-traitance, lieux, restitution des données, assistance en cas d’incident, autorités, résiliation, sensibilisation ; pour une fonction critique ou importante, information, TLPT, droits d’accès et d’audit, transition de sortie.',
    'DORA ICT contract clauses for a financial entity: functions supported, subcontracting, locations, data return, incident assistance, authorities, termination, awareness; for a critical or important function, reporting, TLPT, access and audit rights, exit transition.',
  ),
  legalBasis: 'Règlement (UE) 2022/2554 (DORA) art. 28–30; Règlement délégué (UE) 2024/1773',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'dora { critical_function yes; locations FR; recovery 10 business_days; incident_assistance included }',
  block: {
    statements: [
      one('critical_function', 'Les services soutiennent-ils une fonction critique ou importante du client (art. 3, point 22) ?', 'Do the services support a critical or important function of the client (art. 3, point 22)?', 'value', yesNo, 'critical_function yes', ph(
        '{if value is yes}les services TIC fournis au titre du Contrat soutiennent des fonctions critiques ou importantes du Client au sens de l’article 3, point 22, du règlement (UE) 2022/2554{end}{if value is no}les services TIC fournis au titre du Contrat ne soutiennent, à la date de sa signature, aucune fonction critique ou importante du Client au sens de l’article 3, point 22, du règlement (UE) 2022/2554 ; le Client notifie au Prestataire toute modification de cette appréciation{end}',
        '{if value is yes}the ICT services provided under the Contract support critical or important functions of the Client within the meaning of article 3, point 22, of Regulation (EU) 2022/2554{end}{if value is no}the ICT services provided under the Contract support, at the date of its signature, no critical or important function of the Client within the meaning of article 3, point 22, of Regulation (EU) 2022/2554; the Client notifies the Provider of any change in that assessment{end}',
      ), { legalBasis: 'Règlement (UE) 2022/2554 art. 3(22), 30(3)' }),
      one('functions', 'Fonctions du client que les services soutiennent (groupe nominal, en minuscule).', 'Functions of the client the services support (a noun phrase, lower case).', 'text', t.proseText(), 'functions "l’exploitation de la plateforme de paiement" "the operation of the payment platform"',
        ph('ces services soutiennent {text}', 'those services support {text}'), { legalBasis: 'Règlement (UE) 2022/2554 art. 30(2)(a)' }),
      one('subcontracting', 'Sous-traitance des services TIC soutenant des fonctions critiques ou importantes : interdite, sur accord préalable, ou sur information préalable avec droit d’opposition.', 'Subcontracting of ICT services supporting critical or important functions: forbidden, with prior consent, or on prior notice with a right to object.', 'value', t.enum([
        ev('forbidden', 'interdite', 'forbidden'),
        ev('prior_consent', 'sur accord écrit préalable du client', 'with the client’s prior written consent'),
        ev('notified', 'sur information préalable, avec droit d’opposition', 'on prior notice, with a right to object'),
      ]), 'subcontracting prior_consent', ph(
        'la sous-traitance de services TIC soutenant des fonctions critiques ou importantes, ou de parties importantes de ceux-ci, {if value is forbidden}est interdite{end}{if value is prior_consent}n’est permise qu’avec l’accord écrit préalable du Client ; le Prestataire impose alors au sous-traitant les obligations du présent article et demeure responsable envers le Client de l’exécution des services{end}{if value is notified}est permise après information écrite préalable du Client, qui peut s’y opposer et, à défaut d’accord, résilier le Contrat ; le Prestataire impose au sous-traitant les obligations du présent article et demeure responsable envers le Client de l’exécution des services{end}',
        'subcontracting of ICT services supporting critical or important functions, or of material parts of them, {if value is forbidden}is forbidden{end}{if value is prior_consent}is permitted only with the Client’s prior written consent; the Provider then imposes on the subcontractor the obligations of this clause and remains liable to the Client for the performance of the services{end}{if value is notified}is permitted after prior written notice to the Client, which may object and, failing agreement, terminate the Contract; the Provider imposes on the subcontractor the obligations of this clause and remains liable to the Client for the performance of the services{end}',
      ), { legalBasis: 'Règlement (UE) 2022/2554 art. 29, 30(2)(a)' }),
      list('locations', 'Pays où les services sont fournis et où les données sont traitées et stockées.', 'Countries where the services are provided and the data processed and stored.', countries, 'locations FR',
        ph('les services sont fournis et les données, y compris leurs copies de sauvegarde, traitées et stockées {items|in}', 'the services are provided and the data, backup copies included, processed and stored {items|in}'), { legalBasis: 'Règlement (UE) 2022/2554 art. 30(2)(b)' }),
      one('location_notice', 'Préavis de notification d’un changement de lieu.', 'Notice before any change of location.', 'duration', t.duration(), 'location_notice 3 months',
        ph('le Prestataire notifie au Client tout projet de changement de ces lieux au moins {duration|spelled} à l’avance', 'the Provider notifies the Client of any intended change of those locations at least {duration|spelled} in advance'), { legalBasis: 'Règlement (UE) 2022/2554 art. 30(2)(b)' }),
      one('recovery', 'Délai d’accès, de récupération et de restitution des données en cas d’insolvabilité, de résolution, de cessation d’activité du prestataire ou de fin du contrat.', 'Time to access, recover and return the data on the provider’s insolvency, resolution or discontinuation, or at the end of the contract.', 'duration', t.duration(), 'recovery 10 business_days',
        ph('en cas d’insolvabilité, de résolution ou de cessation d’activité du Prestataire, comme à la fin du Contrat, le Client accède à ses données, à caractère personnel ou non, les récupère et en obtient la restitution dans un format aisément accessible, dans un délai de {duration|spelled} à compter de sa demande', 'on the Provider’s insolvency, resolution or discontinuation of business, as at the end of the Contract, the Client accesses, recovers and obtains the return of its personal and non-personal data in an easily accessible format within {duration|spelled} of its request'), { legalBasis: 'Règlement (UE) 2022/2554 art. 30(2)(d)' }),
      one('incident_assistance', 'Assistance en cas d’incident lié aux TIC : sans coût supplémentaire ou à un coût fixé à l’avance.', 'Assistance with an ICT-related incident: at no additional cost or at a cost set in advance.', 'value', t.enum([
        ev('included', 'sans coût supplémentaire', 'at no additional cost'),
        ev('rate_card', 'au coût fixé par le barème', 'at the cost set by the rate card'),
      ]), 'incident_assistance included', ph(
        'le Prestataire assiste le Client lors de tout incident lié aux TIC qui concerne les services fournis, {if value is included}sans coût supplémentaire{end}{if value is rate_card}au coût déterminé à l’avance par le barème de l’{ref annex_price}{end}',
        'the Provider assists the Client with any ICT-related incident affecting the services provided, {if value is included}at no additional cost{end}{if value is rate_card}at the cost set in advance by the rates of {ref annex_price}{end}',
      ), { legalBasis: 'Règlement (UE) 2022/2554 art. 30(2)(f)' }),
      {
        keyword: 'authority', doc: doc('Autorités compétentes et de résolution du client, avec lesquelles le prestataire coopère.', 'The client’s competent and resolution authorities, with which the provider cooperates.'),
        legalBasis: 'Règlement (UE) 2022/2554 art. 30(2)(g)',
        args: [value('names', t.string(), { list: true })], cardinality: 'one', example: 'authority "Autorité de contrôle prudentiel et de résolution"',
        phrase: ph('le Prestataire coopère pleinement avec l’autorité compétente et l’autorité de résolution dont relève le Client ({names}), ainsi qu’avec toute personne qu’elles désignent', 'the Provider cooperates fully with the Client’s competent authority and resolution authority ({names}), and with any person they appoint'),
      },
      one('termination_notice', 'Préavis de la résiliation ouverte au client dans les cas de l’article 28, paragraphe 7.', 'Notice for the client’s termination in the cases of article 28(7).', 'duration', t.duration(), 'termination_notice 30 days',
        ph('moyennant un préavis de {duration|spelled}', 'on {duration|spelled}’ notice'), { legalBasis: 'Règlement (UE) 2022/2554 art. 28(7), 30(2)(h)' }),
      one('awareness', 'Participation du prestataire aux programmes de sensibilisation et de formation du client.', 'The provider’s participation in the client’s awareness and training programmes.', 'value', t.enum([
        ev('included', 'sans coût supplémentaire', 'at no additional cost'),
        ev('rate_card', 'selon le barème', 'at the rate card'),
      ]), 'awareness included', ph(
        'le Prestataire participe, à la demande du Client et {if value is included}sans coût supplémentaire{end}{if value is rate_card}aux conditions du barème de l’{ref annex_price}{end}, aux programmes de sensibilisation à la sécurité des TIC et aux formations à la résilience opérationnelle numérique du Client (article 13, paragraphe 6, du règlement)',
        'the Provider takes part, at the Client’s request and {if value is included}at no additional cost{end}{if value is rate_card}at the rates of {ref annex_price}{end}, in the Client’s ICT security awareness programmes and digital operational resilience training (article 13(6) of the Regulation)',
      ), { legalBasis: 'Règlement (UE) 2022/2554 art. 13(6), 30(2)(i)' }),
      one('material_change_notice', 'Délai d’information du client sur toute évolution pouvant affecter significativement la fourniture des services (fonction critique ou importante).', 'Time to inform the client of any development that may materially affect the services (critical or important function).', 'duration', t.duration(), 'material_change_notice 5 business_days',
        ph('le Prestataire informe le Client, dans un délai de {duration|spelled}, de toute évolution susceptible d’affecter de manière significative sa capacité à fournir les services conformément aux niveaux de service convenus', 'the Provider informs the Client, within {duration|spelled}, of any development that may materially affect its ability to provide the services in line with the agreed service levels'), { legalBasis: 'Règlement (UE) 2022/2554 art. 30(3)(b)' }),
      one('tlpt', 'Participation aux tests de pénétration fondés sur la menace (TLPT) du client.', 'Participation in the client’s threat-led penetration testing (TLPT).', 'value', yesNo, 'tlpt yes', ph(
        '{if value is yes}le Prestataire participe et coopère pleinement aux tests de pénétration fondés sur la menace du Client (articles 26 et 27 du règlement){end}{if value is no}le Prestataire n’est pas tenu de participer aux tests de pénétration fondés sur la menace du Client{end}',
        '{if value is yes}the Provider takes part and cooperates fully in the Client’s threat-led penetration testing (articles 26 and 27 of the Regulation){end}{if value is no}the Provider is not bound to take part in the Client’s threat-led penetration testing{end}',
      ), { legalBasis: 'Règlement (UE) 2022/2554 art. 26, 27, 30(3)(d)' }),
      one('access_audit', 'Droits illimités d’accès, d’inspection et d’audit du client, de son mandataire et de l’autorité compétente.', 'Unrestricted rights of access, inspection and audit of the client, its appointee and the competent authority.', 'value', yesNo, 'access_audit yes', ph(
        '{if value is yes}le Client, tout tiers qu’il désigne et l’autorité compétente disposent de droits illimités d’accès, d’inspection et d’audit ; le Prestataire coopère pleinement aux inspections et audits sur place et en précise à l’avance le périmètre, les procédures et la fréquence ; lorsque l’exercice de ces droits affecte les droits d’autres clients du Prestataire, les Parties conviennent d’autres niveaux d’assurance{end}{if value is no}les droits d’accès, d’inspection et d’audit du Client sont ceux que prévoit l’{ref annex_security}{end}',
        '{if value is yes}the Client, any third party it appoints and the competent authority have unrestricted rights of access, inspection and audit; the Provider cooperates fully in on-site inspections and audits and specifies their scope, procedures and frequency in advance; where exercising those rights affects the rights of the Provider’s other clients, the Parties agree on alternative assurance levels{end}{if value is no}the Client’s rights of access, inspection and audit are those of {ref annex_security}{end}',
      ), { legalBasis: 'Règlement (UE) 2022/2554 art. 30(3)(e)' }),
      one('exit_transition', 'Période de transition pendant laquelle le prestataire continue de fournir les services après la fin du contrat.', 'Transition period during which the provider keeps providing the services after the end of the contract.', 'duration', t.duration(), 'exit_transition 6 months',
        ph('à la fin du Contrat, quelle qu’en soit la cause, le Prestataire continue de fournir les services pendant une période de transition de {duration|spelled}, afin de permettre au Client de migrer vers un autre prestataire ou de réinternaliser les services sans perturbation de ses activités', 'at the end of the Contract, whatever its cause, the Provider keeps providing the services for a transition period of {duration|spelled}, so that the Client can migrate to another provider or bring the services back in house without disruption to its business'), { legalBasis: 'Règlement (UE) 2022/2554 art. 28(8), 30(3)(f)' }),
    ],
  },
};

export const sector: StatementSpec = {
  keyword: 'sector',
  doc: doc(
    'Activité réglementée du client (profession, entité financière) et faits de son profil sectoriel : secret professionnel, hébergement de données de santé, DORA.',
    'The client’s regulated activity (profession, financial entity) and the facts of its sector profile: professional secrecy, health-data hosting, DORA.',
  ),
  legalBasis: 'FR: loi n° 71-1130 art. 66-5, C. pén. 226-13, CSP L1110-4, L1111-8, C. mon. fin. L511-33, L522-19; CH: CP 321; BE: C. pén. 458; Règlement (UE) 2022/2554 art. 2, 28–30',
  args: [value('kind', SECTOR_KINDS)],
  cardinality: 'one',
  example: 'sector physician { secrecy { staff "Antoine Weber"; undertaking signed; access named_only, logged } }',
  phrase: ph(
    '{if kind is lawyer}le Client exerce la profession d’avocat{end}{if kind is physician}le Client exerce la profession de médecin{end}{if kind is dentist}le Client exerce la profession {if law is BE}de dentiste{else}{if law is CH}de médecin-dentiste{else}de chirurgien-dentiste{end}{end}{end}{if kind is health_professional}le Client exerce une profession de santé{end}{if kind is health_establishment}le Client est un établissement de santé{end}{if kind is credit_institution}le Client est un établissement de crédit{end}{if kind is payment_institution}le Client est un établissement de paiement{end}{if kind is e_money_institution}le Client est un établissement de monnaie électronique{end}{if kind is investment_firm}le Client est une entreprise d’investissement{end}{if kind is insurance_undertaking}le Client est une entreprise d’assurance ou de réassurance{end}{if kind is insurance_intermediary}le Client est un intermédiaire d’assurance{end}{if kind is other}le Client n’exerce aucune des activités réglementées pour lesquelles le Contrat prévoit des stipulations particulières{end}',
    '{if kind is lawyer}the Client practises as a lawyer{end}{if kind is physician}the Client practises as a physician{end}{if kind is dentist}the Client practises as a dentist{end}{if kind is health_professional}the Client practises a health profession{end}{if kind is health_establishment}the Client is a health establishment{end}{if kind is credit_institution}the Client is a credit institution{end}{if kind is payment_institution}the Client is a payment institution{end}{if kind is e_money_institution}the Client is an electronic money institution{end}{if kind is investment_firm}the Client is an investment firm{end}{if kind is insurance_undertaking}the Client is an insurance or reinsurance undertaking{end}{if kind is insurance_intermediary}the Client is an insurance intermediary{end}{if kind is other}the Client carries on none of the regulated activities for which the Contract makes special provision{end}',
  ),
  block: { statements: [secrecy, healthHosting, dora] },
};
