import '../../diagnostics/codes/pdf.ts';
import type { Diagnostic, Locale } from '../../diagnostics/index.ts';
import type { Host } from '../../host.ts';
import type { BoundStatement, Model } from '../../model/index.ts';
import { child, children } from '../../model/query.ts';
import { checkLibrary } from './check.ts';
import { computedCollections } from './computed.ts';
import { evaluate } from './evaluate.ts';
import type { Item } from './facts.ts';
import { loadLibrary } from './library.ts';
import { toInlines, visible } from './marks.ts';
import { parseTemplate } from './template.ts';
import type { ContractDocument, Inline, SignatureColumn } from './types.ts';
import { renderTemplate, type Ledger, type WordingContext } from './wording.ts';

// The checked model → the contract document (types.ts): cover page, contents, front matter, articles,
// signature page, annexes, running header and footer. Every word comes from the clause library —
// the labels are wording too (`label cover_reference "Référence : {reference}"`), so the facts on the
// cover and the signature block are in the ledger like any other. Pure: the library is read through
// the Host, no clock is read (dates come from the contract, else from `sourceDateEpoch`).

export interface DocumentOptions {
  readonly lang: Locale;
  readonly draft: boolean;
  /** Reads the clause library (stdlib/clauses) and the contract's modules. */
  readonly host: Host;
  /** `SOURCE_DATE_EPOCH`, in seconds, used when the contract states no date. */
  readonly sourceDateEpoch?: number;
}

export interface DocumentResult {
  /** Undefined when the file has no contract. */
  readonly document: ContractDocument | undefined;
  /** What the document printed, statement by statement and slot by slot (ledger.ts reads it). */
  readonly ledger: Ledger;
  readonly diagnostics: readonly Diagnostic[];
}

export function buildDocument(model: Model, options: DocumentOptions): DocumentResult {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic): void => {
    diagnostics.push(d);
  };
  const contract = model.contract;
  const lib = loadLibrary(model, options.host, report);
  checkOnce(lib, model, options.host, report);
  if (!contract) return { document: undefined, ledger: new Map(), diagnostics };
  const lang = options.lang;
  const law = model.law;
  const ev = evaluate(lib, {
    voice: { lang, law }, draft: options.draft, contract, symbols: model.symbols,
    computed: computedCollections(model), report,
  });
  // A label is wording over the contract (or over the party or signatory it is about).
  const marked = (key: string, scopes: readonly Item[] = []): string => {
    const raw = lib.labels.get(key)?.[lang] ?? key;
    return renderTemplate(parseTemplate(raw, 0), scopes, ev.ctx, { file: lib.labelsFile, clause: key });
  };
  const say = (key: string, scopes: readonly Item[] = []): string => visible(marked(key, scopes));
  const inline = (key: string): Inline[] => toInlines(marked(key), ev.ctx.facts.sources);
  const ctx: WordingContext = ev.ctx;
  const has = (b: BoundStatement | undefined): boolean => b !== undefined;

  const parties = children(contract, 'party');
  const role = (p: BoundStatement): string => (p.values['role']?.kind === 'enum' ? p.values['role'].value : '');
  const ordered = [...parties.filter((p) => role(p) === 'provider'), ...parties.filter((p) => role(p) === 'client')];
  const kind = child(contract, 'kind')?.values['kind'];
  const kindLabel = kind?.kind === 'enum' ? say(`kind_${kind.value}`, []) : say('kind_default');
  if (kind?.kind === 'enum') ctx.ledger.set(child(contract, 'kind') as BoundStatement, new Set(['kind']));
  const title = say('document_title');
  const term = child(contract, 'term');
  const date = child(term, 'signature')?.values['date'] ?? child(term, 'effective')?.values['date'];
  const iso = date?.kind === 'date' ? date.text : undefined;
  const meta = [
    has(child(contract, 'reference')) ? inline('cover_reference') : [],
    has(child(contract, 'version')) ? inline('cover_version') : [],
    iso ? inline('cover_date') : [],
  ].filter((s) => s.length > 0);

  const signatures: SignatureColumn[] = ordered.map((p) => ({
    heading: say('sign_for', [{ kind: 'stmt', b: p }]),
    signatories: children(p, 'signatory').map((s) => ({
      lines: [
        say('sign_name', [{ kind: 'stmt', b: s }]),
        ...(has(child(s, 'capacity')) ? [say('sign_capacity', [{ kind: 'stmt', b: s }])] : []),
        // The address the electronic signature invitation goes to.
        ...(has(child(s, 'email')) && lib.labels.has('sign_email') ? [say('sign_email', [{ kind: 'stmt', b: s }])] : []),
      ],
      signHere: say('sign_here'),
    })),
  }));

  const providerName = ordered.find((p) => role(p) === 'provider');
  const clientName = ordered.find((p) => role(p) === 'client');
  const nameOf = (p: BoundStatement | undefined): string => (p ? say('party_name', [{ kind: 'stmt', b: p }]) : '');
  const shortTitle = title.length > 60 ? `${title.slice(0, 57)}…` : title;
  const epoch = iso ? `${iso}T00:00:00Z` : new Date((options.sourceDateEpoch ?? 0) * 1000).toISOString();
  const reference = has(child(contract, 'reference')) ? say('header_reference') : '';

  const document: ContractDocument = {
    lang,
    draft: options.draft,
    meta: {
      title,
      subject: [kindLabel, reference].filter((s) => s !== '').join(' '),
      author: nameOf(providerName),
      keywords: [kindLabel, reference, nameOf(clientName), nameOf(providerName)].filter((s) => s !== '').join(', '),
      date: epoch,
    },
    cover: {
      kind: kindLabel,
      title,
      between: say('cover_between'),
      and: say('cover_and'),
      parties: ordered.map((p) => ({ name: nameOf(p), role: say(`role_${role(p)}`) })),
      meta,
    },
    tocTitle: say('toc'),
    headings: { article: say('heading_article'), annex: say('heading_annex') },
    header: { left: reference, right: shortTitle },
    footer: { left: has(child(contract, 'version')) ? say('cover_version') : '', center: lib.labels.has('footer_initials') ? say('footer_initials').trim() : '', right: say('page') },
    watermark: options.draft ? say('draft') : undefined,
    sections: ev.sections,
    signatures,
  };
  return { document, ledger: ctx.ledger, diagnostics };
}

/** The library and its diagnostics alone, for `infog check` to report clause errors early. */
export function checkClauses(model: Model, host: Host): readonly Diagnostic[] {
  const out: Diagnostic[] = [];
  const lib = loadLibrary(model, host, (d) => out.push(d));
  checkOnce(lib, model, host, (d) => out.push(d));
  return out;
}

// The stdlib alone checks the same for every contract: its findings are computed once per host. A
// contract with its own clauses (overrides, project modules) has its library checked every time.
const stdlibChecked = new WeakMap<Host, readonly Diagnostic[]>();

function checkOnce(lib: ReturnType<typeof loadLibrary>, model: Model, host: Host, report: (d: Diagnostic) => void): void {
  const own = lib.clauses.some((c) => !c.file.startsWith('std/')) || (model.contract?.children.some((c) => c.spec.keyword === 'clause') ?? false);
  if (own) {
    checkLibrary(lib, model.symbols, report);
    return;
  }
  let cached = stdlibChecked.get(host);
  if (!cached) {
    const found: Diagnostic[] = [];
    checkLibrary(lib, model.symbols, (d) => found.push(d));
    stdlibChecked.set(host, (cached = found));
  }
  cached.forEach(report);
}
