import '../../diagnostics/codes/pdf.ts';
import type { Diagnostic, Locale } from '../../diagnostics/index.ts';
import type { Host } from '../../host.ts';
import type { BoundStatement, Model } from '../../model/index.ts';
import { child } from '../../model/query.ts';
import { checkLibrary } from './check.ts';
import { computedCollections } from './computed.ts';
import { evaluate, type Section } from './evaluate.ts';
import { formatDate, typography } from './format.ts';
import { FONT, STYLES, localeTag, sectionNodes, type Json, type Node } from './layout.ts';
import { loadLibrary, type Library } from './library.ts';

// The checked model → pdfmake's document definition, as plain data: cover page, table of contents,
// identification of the parties, numbered articles, signature page, annexes, running header and
// footer. Pure: the clause library is read through the Host, no clock is read (dates come from the
// contract, else from `sourceDateEpoch`), so one source gives one definition.

export interface BuildOptions {
  readonly lang: Locale;
  readonly draft: boolean;
  /** Reads the clause library (stdlib/clauses) and the contract's modules. */
  readonly host: Host;
  /** `SOURCE_DATE_EPOCH`, in seconds, used when the contract states no date. */
  readonly sourceDateEpoch?: number;
}

export interface DocumentDefinition {
  readonly [k: string]: Json;
}

export interface BuildResult {
  readonly definition: DocumentDefinition;
  readonly diagnostics: readonly Diagnostic[];
}

const str = (b: BoundStatement | undefined, slot = 'value'): string => {
  const v = b?.values[slot];
  return v?.kind === 'string' ? v.value : '';
};
const dateOf = (b: BoundStatement | undefined): string | undefined => {
  const v = b?.values['date'];
  return v?.kind === 'date' ? v.text : undefined;
};

export function buildDocument(model: Model, options: BuildOptions): BuildResult {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic): void => {
    diagnostics.push(d);
  };
  const contract = model.contract;
  const lib = loadLibrary(model, options.host, report);
  checkLibrary(lib, model.symbols, report);
  const lang = options.lang;
  const label = (key: string): string => typography(lib.labels.get(key)?.[lang] ?? key, lang);
  const sections = contract
    ? evaluate(lib, { lang, draft: options.draft, contract, symbols: model.symbols, computed: computedCollections(model), report })
    : [];

  const title = str(contract, 'title');
  const reference = str(child(contract, 'reference'));
  const version = str(child(contract, 'version'));
  const term = child(contract, 'term');
  const date = dateOf(child(term, 'signature')) ?? dateOf(child(term, 'effective'));
  const parties = (contract?.children ?? []).filter((c) => c.spec.keyword === 'party');
  const provider = parties.find((p) => p.values['role']?.kind === 'enum' && p.values['role'].value === 'provider');
  const client = parties.find((p) => p.values['role']?.kind === 'enum' && p.values['role'].value === 'client');
  const kindValue = child(contract, 'kind')?.values['kind'];
  const kindLabel = kindValue?.kind === 'enum' ? label(`kind_${kindValue.value}`) : label('kind_default');

  const headings = { article: label('heading_article'), annex: label('heading_annex') };
  const of = (part: Section['part']): Section[] => sections.filter((s) => s.part === part);
  const content: Json[] = [
    ...cover({ kindLabel, title, reference, version, date, lang, label, parties: [provider, client] }),
    { toc: { title: { text: label('toc'), style: 'tocTitle' }, textStyle: 'tocItem', numberStyle: 'tocItem' }, pageBreak: 'after' },
    ...of('front').flatMap((s) => sectionNodes(s, headings, false)),
    ...of('article').flatMap((s) => sectionNodes(s, headings, false)),
    ...of('signature').flatMap((s, i) => [
      ...(i === 0 ? [{ text: '', pageBreak: 'after' } as Node] : []),
      ...sectionNodes(s, headings, false),
    ]),
    ...(of('signature').length > 0 ? [signatures(parties, label)] : []),
    ...of('annex').flatMap((s) => sectionNodes(s, headings, false)),
  ];
  const epoch = date ? `${date}T00:00:00Z` : new Date((options.sourceDateEpoch ?? 0) * 1000).toISOString();
  const shortTitle = title.length > 60 ? `${title.slice(0, 57)}…` : title;
  const definition: DocumentDefinition = {
    info: {
      title: typography(title, lang),
      subject: `${kindLabel}${reference ? ` ${reference}` : ''}`,
      author: str(child(provider, 'name')),
      keywords: [kindLabel, reference, str(child(client, 'name')), str(child(provider, 'name'))].filter((s) => s !== '').join(', '),
      creator: 'infog',
      producer: 'infog',
      creationDate: epoch,
      modDate: epoch,
    },
    language: localeTag(lang),
    pageSize: 'A4',
    pageMargins: [68, 70, 68, 62],
    defaultStyle: { font: FONT, fontSize: 10, lineHeight: 1.22 },
    styles: STYLES,
    // `{page}` and `{pages}` are filled per page by render.ts; the cover page has no furniture.
    header: { columns: [{ text: reference, style: 'furniture' }, { text: typography(shortTitle, lang), style: 'furniture', alignment: 'right' }], margin: [68, 36, 68, 0] },
    footer: { columns: [{ text: version ? `${label('version')} ${version}` : '', style: 'furniture' }, { text: label('page'), style: 'furniture', alignment: 'right' }], margin: [68, 20, 68, 0] },
    ...(options.draft ? { watermark: { text: label('draft'), color: '#b03030', opacity: 0.12, bold: true, fontSize: 64 } } : {}),
    content,
  };
  return { definition, diagnostics };
}

interface CoverFacts {
  readonly kindLabel: string;
  readonly title: string;
  readonly reference: string;
  readonly version: string;
  readonly date: string | undefined;
  readonly lang: Locale;
  readonly label: (key: string) => string;
  readonly parties: readonly (BoundStatement | undefined)[];
}

function cover(f: CoverFacts): Json[] {
  const out: Json[] = [
    { text: '', margin: [0, 90, 0, 0] },
    { text: f.kindLabel.toLocaleUpperCase(localeTag(f.lang)), style: 'coverKind' },
    { text: typography(f.title, f.lang), style: 'coverTitle' },
    { text: f.label('cover_between'), style: 'coverLabel' },
  ];
  f.parties.forEach((p, i) => {
    if (!p) return;
    if (i > 0) out.push({ text: f.label('cover_and'), style: 'coverLabel' });
    const role = p.values['role']?.kind === 'enum' ? p.values['role'].value : '';
    out.push({ text: typography(str(child(p, 'name')), f.lang), style: 'coverParty' });
    out.push({ text: f.label(`role_${role}`), style: 'coverRole' });
  });
  out.push({ text: '', margin: [0, 40, 0, 0] });
  if (f.reference) out.push({ text: `${f.label('cover_reference')} ${f.reference}`, style: 'coverMeta' });
  if (f.version) out.push({ text: `${f.label('version')} ${f.version}`, style: 'coverMeta' });
  if (f.date) out.push({ text: `${f.label('cover_date')} ${formatDate(f.date, f.lang)}`, style: 'coverMeta' });
  out.push({ text: '', pageBreak: 'after' });
  return out;
}

/** One column per party: who signs, in which capacity, and room for the signature. */
function signatures(parties: readonly BoundStatement[], label: (key: string) => string): Node {
  const columns: Json[] = parties.map((p): Json => {
    const lines: Json[] = [{ text: `${label('sign_for')} ${str(child(p, 'name'))}`, style: 'signParty' }];
    for (const s of p.children.filter((c) => c.spec.keyword === 'signatory')) {
      lines.push({ text: `${label('sign_name')} ${str(s, 'name')}`, style: 'signLine' });
      const capacity = str(child(s, 'capacity'));
      if (capacity) lines.push({ text: `${label('sign_capacity')} ${capacity}`, style: 'signLine' });
      lines.push({ text: label('sign_here'), style: 'signLine', margin: [0, 6, 0, 56] });
    }
    return { stack: lines, width: '*' };
  });
  return { columns, columnGap: 24, margin: [0, 18, 0, 0], unbreakable: true };
}

/** The library and its diagnostics alone, for `infog check` to report clause errors early. */
export function checkClauses(model: Model, host: Host): readonly Diagnostic[] {
  const out: Diagnostic[] = [];
  const lib: Library = loadLibrary(model, host, (d) => out.push(d));
  checkLibrary(lib, model.symbols, (d) => out.push(d));
  return out;
}

