import type { Localized } from '../diagnostics/index.ts';
import { SECTORS } from './init/sectors.ts';

// The commands of `infog` and their options, as data: the argument parser (./args.ts) accepts exactly
// these options per command, and `--help` (./help.ts) is generated from the same table, so an option
// can neither be accepted without being documented nor documented without being accepted.

export type CommandName = 'check' | 'compile' | 'diff' | 'fmt' | 'push' | 'rules' | 'sla' | 'explain' | 'init';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value's placeholder in help and messages (`<dossier>`), for string options. */
  readonly arg?: Localized;
  readonly help: Localized;
}

export interface CommandSpec {
  readonly name: CommandName;
  /** What follows `infog <command>` in the usage line. */
  readonly synopsis: Localized;
  readonly summary: Localized;
  /** Paragraphs after the usage line: what the command does, the rules that combine its flags. */
  readonly details: readonly Localized[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** The most positional arguments the command takes (the least is checked by the command). */
  readonly maxPositionals: number;
  readonly examples: readonly { readonly command: Localized; readonly what: Localized }[];
}

const l = (fr: string, en: string): Localized => ({ fr, en });

const LOCALE: OptionSpec = {
  type: 'string',
  arg: l('<langue>', '<language>'),
  help: l('fr ou en : la langue des messages (par défaut celle de LC_ALL, LC_MESSAGES ou LANG ; le français sinon)', 'fr or en: the language of messages (by default that of LC_ALL, LC_MESSAGES or LANG; French otherwise)'),
};
const HELP: OptionSpec = { type: 'boolean', short: 'h', help: l('affiche cette aide', 'prints this help') };
const JOBS: OptionSpec = {
  type: 'string',
  arg: l('<N>', '<N>'),
  help: l('nombre de processus légers pour un lot de fichiers (par défaut un par cœur)', 'worker threads for a batch of files (by default one per core)'),
};

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'check',
    synopsis: l('<fichier|dossier>… [options]', '<file|dir>… [options]'),
    summary: l('vérifie des contrats : erreurs, faits manquants, incohérences', 'checks contracts: errors, missing facts, inconsistencies'),
    details: [
      l('Un dossier désigne tous les fichiers .infog qu’il contient (sauf node_modules, out, dist et les dossiers cachés). Rien n’est écrit.',
        'A directory stands for every .infog file below it (except node_modules, out, dist and hidden folders). Nothing is written.'),
    ],
    options: {
      format: { type: 'string', arg: l('<format>', '<format>'), help: l('text (par défaut), json, sarif, github (annotations de GitHub Actions) ou gitlab (rapport Code Quality de GitLab)', 'text (default), json, sarif, github (GitHub Actions annotations) or gitlab (GitLab Code Quality report)') },
      locale: LOCALE,
      jobs: JOBS,
      help: HELP,
    },
    maxPositionals: Infinity,
    examples: [
      { command: l('infog check contrat.infog', 'infog check contract.infog'), what: l('vérifie un contrat', 'checks one contract') },
      { command: l('infog check contrats --format github', 'infog check contracts --format github'), what: l('vérifie un dossier en CI, avec des annotations', 'checks a folder in CI, with annotations') },
    ],
  },
  {
    name: 'compile',
    synopsis: l('<fichier|dossier>… [options]', '<file|dir>… [options]'),
    summary: l('vérifie puis écrit le PDF du contrat, le SLA JSON et les exports pour les outils de support', 'checks, then writes the contract PDF, the SLA JSON and the helpdesk exports'),
    details: [
      l('Sans --pdf, --docx, --html, --md, --sla ni --export, compile écrit le PDF et le SLA JSON. Avec l’un d’eux, il écrit exactement ce qui est demandé ; --lang choisit les langues du contrat écrit (PDF, Word, HTML, Markdown) et demande le PDF si aucun autre de ces formats ne l’est.',
        'With none of --pdf, --docx, --html, --md, --sla and --export, compile writes the PDF and the SLA JSON. With any of them it writes exactly what is asked; --lang chooses the languages of the written contract (PDF, Word, HTML, Markdown) and asks for the PDF when none of those formats is asked.'),
      l('--report écrit en plus la note de conformité du prestataire, dans la langue des messages ; seul, il n’écrit qu’elle. Les dérogations y figurent, jamais dans le contrat.',
        '--report also writes the provider’s compliance note, in the language of messages; on its own it writes only that note. Waivers appear there, never in the contract.'),
      l('Rien n’est écrit si un contrat a une erreur. --draft écrit alors un projet de PDF filigrané, et seulement lui : il ne se combine pas avec --sla ni --export, qui exigent un contrat sans erreur.',
        'Nothing is written when a contract has an error. --draft then writes a watermarked draft PDF, and only that: it does not combine with --sla or --export, which need a contract without errors.'),
    ],
    options: {
      out: { type: 'string', short: 'o', arg: l('<dossier>', '<dir>'), help: l('dossier de sortie (par défaut : out)', 'output directory (default: out)') },
      pdf: { type: 'boolean', help: l('écrit le PDF', 'writes the PDF') },
      docx: { type: 'boolean', help: l('écrit le contrat au format Word (<nom>.docx), à annoter par les juristes', 'writes the contract as a Word file (<name>.docx), for lawyers to mark up') },
      html: { type: 'boolean', help: l('écrit le contrat en une page HTML autonome (<nom>.html)', 'writes the contract as one self-contained HTML page (<name>.html)') },
      md: { type: 'boolean', help: l('écrit le contrat en Markdown (<nom>.md), pour relire le texte dans un diff', 'writes the contract as Markdown (<name>.md), to review the wording in a diff') },
      sla: { type: 'boolean', help: l('écrit le SLA JSON (<nom>.sla.json)', 'writes the SLA JSON (<name>.sla.json)') },
      export: { type: 'string', arg: l('<outils|all>', '<tools|all>'), help: l('exports pour les outils de support, séparés par des virgules : zammad, glpi, itop, freshdesk, zendesk, znuny, rt, openslo, ou all', 'helpdesk exports, comma-separated: zammad, glpi, itop, freshdesk, zendesk, znuny, rt, openslo, or all') },
      lang: { type: 'string', arg: l('<fr|en|fr,en>', '<fr|en|fr,en>'), help: l('langue(s) du contrat écrit : PDF, Word, HTML, Markdown (par défaut la langue faisant foi du contrat)', 'language(s) of the written contract: PDF, Word, HTML, Markdown (by default the contract’s authoritative language)') },
      draft: { type: 'boolean', help: l('écrit un projet filigrané (PDF, ou les formats demandés) même si le contrat a des erreurs', 'writes a watermarked draft (PDF, or the formats asked) even when the contract has errors') },
      report: { type: 'boolean', help: l('écrit la note de conformité du prestataire (<nom>.report.md) : règles écartées par une dérogation, avec leur raison, et constats ouverts ; elle ne fait jamais partie du contrat', 'writes the provider’s compliance note (<name>.report.md): rules set aside by a waiver, with their reason, and open findings; it is never part of the contract') },
      verbose: { type: 'boolean', help: l('détaille les pertes des exports fait par fait, chacune à sa ligne du contrat', 'details the exports’ losses fact by fact, each at its line of the contract') },
      'amend-from': { type: 'string', arg: l('<ancien|révision>', '<old|revision>'), help: l('écrit l’avenant depuis la version signée (fichier ou révision git) : <nom>.avenant-<N>.pdf, dans les langues de --lang', 'writes the amendment from the signed version (a file or a git revision): <name>.avenant-<N>.pdf, in the languages of --lang') },
      locale: LOCALE,
      jobs: JOBS,
      help: HELP,
    },
    maxPositionals: Infinity,
    examples: [
      { command: l('infog compile contrat.infog', 'infog compile contract.infog'), what: l('écrit out/contrat.pdf et out/contrat.sla.json', 'writes out/contract.pdf and out/contract.sla.json') },
      { command: l('infog compile contrat.infog --lang fr,en --export all', 'infog compile contract.infog --lang fr,en --export all'), what: l('PDF en français et en anglais, et tous les exports', 'French and English PDFs, and every export') },
      { command: l('infog compile contrat.infog --docx --html --md', 'infog compile contract.infog --docx --html --md'), what: l('le contrat en Word, HTML et Markdown', 'the contract as Word, HTML and Markdown') },
      { command: l('infog compile brouillon.infog --draft', 'infog compile draft.infog --draft'), what: l('projet de PDF d’un contrat encore incomplet', 'draft PDF of a contract still incomplete') },
      { command: l('infog compile contrat.infog --pdf --report', 'infog compile contract.infog --pdf --report'), what: l('le PDF et la note de conformité out/contrat.report.md', 'the PDF and the compliance note out/contract.report.md') },
      { command: l('infog compile contrat.infog --amend-from v1.0 --lang fr,en', 'infog compile contract.infog --amend-from v1.0 --lang fr,en'), what: l('l’avenant depuis la version étiquetée v1.0, en français et en anglais', 'the amendment from the version tagged v1.0, in French and English') },
    ],
  },
  {
    name: 'diff',
    synopsis: l('<ancien.infog> <nouveau.infog> | <contrat.infog> --from <révision> [options]', '<old.infog> <new.infog> | <contract.infog> --from <revision> [options]'),
    summary: l('ce qui change entre deux versions d’un contrat, fait par fait, avec les mots du contrat', 'what changes between two versions of a contract, fact by fact, in the contract’s words'),
    details: [
      l('Les faits sont appariés par leur identité (chemin et noms déclarés) : la mise en page, les commentaires, l’ordre et les préréglages ne comptent pas. Avec --from, l’ancienne version est lue dans git (git show <révision>:<fichier>), ses modules importés aussi. Code de sortie 0 qu’il y ait des changements ou non, 1 si une version a des erreurs.',
        'Facts are matched by identity (path and declared names): layout, comments, order and presets do not count. With --from, the old version is read from git (git show <revision>:<file>), and so are the modules it imports. Exit status 0 whether or not something changed, 1 when a version has errors.'),
    ],
    options: {
      from: { type: 'string', arg: l('<révision>', '<revision>'), help: l('compare le fichier à sa version dans git (étiquette, branche ou commit : v1.0, HEAD~1)', 'compares the file with its version in git (tag, branch or commit: v1.0, HEAD~1)') },
      json: { type: 'boolean', help: l('sortie JSON (docs/amendments.md)', 'JSON output (docs/amendments.md)') },
      helpdesk: { type: 'boolean', help: l('ajoute ce qui change pour le support : la date d’application, les champs du SLA JSON (calendriers, délais, escalades) et les exports à réimporter', 'adds what changes for the helpdesk: the day it applies, the SLA JSON fields (calendars, targets, escalations) and the exports to re-import') },
      locale: LOCALE,
      help: HELP,
    },
    maxPositionals: 2,
    examples: [
      { command: l('infog diff contrat.infog --from v1.0', 'infog diff contract.infog --from v1.0'), what: l('ce qui a changé depuis la version signée', 'what changed since the signed version') },
      { command: l('infog diff v1.infog v2.infog --json', 'infog diff v1.infog v2.infog --json'), what: l('les changements en JSON', 'the changes as JSON') },
    ],
  },
  {
    name: 'fmt',
    synopsis: l('[--check|--write] <fichier|dossier>…', '[--check|--write] <file|dir>…'),
    summary: l('met en forme des contrats (le même style que l’éditeur et Prettier)', 'formats contracts (the same style as the editor and Prettier)'),
    details: [
      l('Sans option, écrit le texte mis en forme d’un seul fichier sur la sortie standard.', 'With neither option, prints the formatted text of one file on standard output.'),
    ],
    options: {
      check: { type: 'boolean', help: l('liste les fichiers à mettre en forme ; code de sortie 1 s’il y en a', 'lists the files that need formatting; exit status 1 if any') },
      write: { type: 'boolean', help: l('réécrit les fichiers en place', 'rewrites the files in place') },
      locale: LOCALE,
      help: HELP,
    },
    maxPositionals: Infinity,
    examples: [
      { command: l('infog fmt --write contrats', 'infog fmt --write contracts'), what: l('met en forme tout un dossier', 'formats a whole folder') },
      { command: l('infog fmt --check contrats', 'infog fmt --check contracts'), what: l('vérifie la mise en forme en CI', 'checks the formatting in CI') },
    ],
  },
  {
    name: 'push',
    synopsis: l('<plan.json>… [options]', '<plan.json>… [options]'),
    summary: l('applique un plan d’import (Zammad, GLPI, iTop, Freshdesk, Zendesk) à l’outil de support, à blanc par défaut', 'applies an import plan (Zammad, GLPI, iTop, Freshdesk, Zendesk) to the helpdesk, as a dry run by default'),
    details: [
      l('Les objets sont retrouvés par le nom que leur donne l’export : ce qui manque est créé, ce qui diffère est mis à jour, rien n’est supprimé. Une deuxième application ne change rien. Les identifiants viennent des variables d’environnement (docs/helpdesk.md).',
        'Objects are found by the name the export gives them: what is missing is created, what differs is updated, nothing is deleted. Applying twice changes nothing. Credentials come from environment variables (docs/helpdesk.md).'),
    ],
    options: {
      url: { type: 'string', arg: l('<adresse>', '<address>'), help: l('adresse de l’outil (sinon la variable <OUTIL>_URL) ; un seul plan', 'the tool’s address (else the <TOOL>_URL variable); one plan only') },
      apply: { type: 'boolean', help: l('écrit dans l’outil (sans cette option : à blanc, lecture seule)', 'writes to the tool (without it: dry run, read only)') },
      verbose: { type: 'boolean', help: l('affiche chaque requête', 'prints every request') },
      locale: LOCALE,
      help: HELP,
    },
    maxPositionals: Infinity,
    examples: [
      { command: l('infog push out/contrat.zammad.json', 'infog push out/contract.zammad.json'), what: l('montre ce qui changerait dans Zammad', 'shows what would change in Zammad') },
      { command: l('infog push out/contrat.zammad.json --apply', 'infog push out/contract.zammad.json --apply'), what: l('l’applique', 'applies it') },
    ],
  },
  {
    name: 'rules',
    synopsis: l('[--json]', '[--json]'),
    summary: l('liste les règles de la liste de contrôle, avec leur code et leur niveau', 'lists the checklist rules, with their code and level'),
    details: [],
    options: {
      json: { type: 'boolean', help: l('sortie JSON', 'JSON output') },
      locale: LOCALE,
      help: HELP,
    },
    maxPositionals: 0,
    examples: [{ command: l('infog rules', 'infog rules'), what: l('les règles et leur niveau', 'the rules and their level') }],
  },
  {
    name: 'sla',
    synopsis: l('due <contrat.infog|fichier.sla.json> --priority <id> --metric <métrique> --opened <instant> [--json]', 'due <contract.infog|file.sla.json> --priority <id> --metric <metric> --opened <instant> [--json]'),
    summary: l('calcule l’échéance d’un délai du SLA pour un ticket', 'computes the due instant of an SLA target for a ticket'),
    details: [
      l('L’échéance tient compte de la plage de service, des jours fériés et des changements d’heure du calendrier du délai.', 'The due instant follows the service window, the holidays and the daylight-saving changes of the target’s calendar.'),
    ],
    options: {
      priority: { type: 'string', arg: l('<id>', '<id>'), help: l('la priorité (P1, P2…)', 'the priority (P1, P2…)') },
      metric: { type: 'string', arg: l('<métrique>', '<metric>'), help: l('ack, response, onsite, restore, resolve ou update', 'ack, response, onsite, restore, resolve or update') },
      opened: { type: 'string', arg: l('<instant>', '<instant>'), help: l('ouverture du ticket, ISO 8601 avec décalage (2027-03-05T17:30:00+01:00)', 'when the ticket was opened, ISO 8601 with an offset (2027-03-05T17:30:00+01:00)') },
      json: { type: 'boolean', help: l('sortie JSON avec le début du décompte et le calendrier', 'JSON output with the clock start and the calendar') },
      locale: LOCALE,
      help: HELP,
    },
    maxPositionals: 2,
    examples: [
      { command: l('infog sla due contrat.infog --priority P1 --metric restore --opened 2027-03-05T17:30:00+01:00', 'infog sla due contract.infog --priority P1 --metric restore --opened 2027-03-05T17:30:00+01:00'), what: l('échéance du rétablissement d’un P1', 'restore deadline of a P1') },
    ],
  },
  {
    name: 'explain',
    synopsis: l('<CODE|règle>', '<CODE|rule>'),
    summary: l('explique un code de diagnostic ou une règle : sens, fondement, exemple et correction', 'explains a diagnostic code or a rule: meaning, legal basis, example and fix'),
    details: [],
    options: { locale: LOCALE, help: HELP },
    maxPositionals: 1,
    examples: [
      { command: l('infog explain IG3011', 'infog explain IG3011'), what: l('le renouvellement du contrat', 'contract renewal') },
      { command: l('infog explain term.renewal', 'infog explain term.renewal'), what: l('la même règle, par son identifiant', 'the same rule, by its id') },
    ],
  },
  {
    name: 'init',
    synopsis: l('[--law <FR|CH|BE>] [--kind <infogerance|maintenance>] [--sector <secteur>] [-o <fichier>]', '[--law <FR|CH|BE>] [--kind <infogerance|maintenance>] [--sector <sector>] [-o <file>]'),
    summary: l('écrit un contrat de départ pour un pays et un type de contrat, chaque fait à décider marqué', 'writes a starting contract for a country and a contract kind, every fact to decide marked'),
    details: [
      l('Le contrat a la structure des exemples et tous les éléments de la liste de contrôle ; chaque fait propre à l’affaire (parties, dates, prix, périmètre, contacts) porte une valeur provisoire et un commentaire « // À COMPLÉTER : … », que « infog check » signale (IG2020) jusqu’à ce qu’il soit rempli. Un fichier existant n’est jamais remplacé.',
        'The contract has the structure of the examples and every element of the checklist; each fact specific to the deal (parties, dates, prices, scope, contacts) has a placeholder value and a "// TO COMPLETE: …" comment, which "infog check" reports (IG2020) until it is filled in. An existing file is never overwritten.'),
      l(`Secteurs : ${SECTORS.map((s) => `${s.id} (${s.title.fr})`).join(', ')}.`, `Sectors: ${SECTORS.map((s) => `${s.id} (${s.title.en})`).join(', ')}.`),
    ],
    options: {
      law: { type: 'string', arg: l('<FR|CH|BE>', '<FR|CH|BE>'), help: l('loi applicable (par défaut FR)', 'governing law (default FR)') },
      kind: { type: 'string', arg: l('<infogerance|maintenance>', '<infogerance|maintenance>'), help: l('infogerance (par défaut) ou maintenance', 'infogerance (default) or maintenance') },
      sector: { type: 'string', arg: l('<secteur>', '<sector>'), help: l(`secteur : ${SECTORS.map((s) => s.id).join(', ')}`, `sector: ${SECTORS.map((s) => s.id).join(', ')}`) },
      out: { type: 'string', short: 'o', arg: l('<fichier>', '<file>'), help: l('écrit le contrat dans ce nouveau fichier (par défaut : sur la sortie standard)', 'writes the contract into this new file (default: standard output)') },
      locale: { ...LOCALE, help: l('fr ou en : la langue des messages, des commentaires et des textes du contrat', 'fr or en: the language of messages, comments and the contract’s texts') },
      help: HELP,
    },
    maxPositionals: 0,
    examples: [
      { command: l('infog init --law CH --kind maintenance -o contrat.infog', 'infog init --law CH --kind maintenance -o contract.infog'), what: l('un contrat de maintenance de droit suisse', 'a Swiss-law maintenance contract') },
      { command: l('infog init --law FR --sector health -o clinique.infog', 'infog init --law FR --sector health -o clinic.infog'), what: l('une infogérance de droit français pour le secteur de la santé', 'French-law managed services for the health sector') },
    ],
  },
];

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** `--out <dossier>` / `-o, --out <dir>`: how an option is written in help and messages. */
export function optionLabel(name: string, o: OptionSpec, fr: boolean, withShort = true): string {
  const short = withShort && o.short ? `-${o.short}, ` : '';
  const arg = o.arg ? ` ${fr ? o.arg.fr : o.arg.en}` : '';
  return `${short}--${name}${arg}`;
}
