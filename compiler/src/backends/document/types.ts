import type { Locale } from '../../diagnostics/index.ts';

// The contract document as plain data, independent of any renderer (design: a small Pandoc-like tree
// with the few nodes a contract needs). The clause library and the model produce it; the PDF, Word,
// HTML and text renderers only lay it out, adding no word of their own beyond format furniture (page
// numbers, a table-of-contents field). Every printed fact is a `fact` inline that carries where it was
// declared, which gives the ledger of printed facts, the preview's click-to-source and the amendment
// diff's article numbers.

/** Where a printed fact was declared: the statement (or value) range in its file, and its path. */
export interface FactSource {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  /** Statement path by keywords, with the slot when one slot was printed: `support.quota.rollover`. */
  readonly path: string;
}

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong'; readonly content: readonly Inline[] }
  /** A superscript, as in « 1ᵉʳ janvier ». */
  | { readonly kind: 'sup'; readonly text: string }
  | { readonly kind: 'fact'; readonly source: FactSource; readonly content: readonly Inline[] }
  /** A cross-reference to a section by id (« article 12.3 »); `content` is its computed text. */
  | { readonly kind: 'ref'; readonly target: string; readonly content: readonly Inline[] };

export type Block =
  | { readonly kind: 'para'; readonly content: readonly Inline[]; readonly strong: boolean }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[]; readonly strong: boolean }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly (readonly Inline[])[])[] };

export type Part = 'front' | 'article' | 'annex' | 'signature';

export interface Section {
  /** The clause id: target of cross-references, anchor of the preview and the diff. */
  readonly id: string;
  readonly part: Part;
  /** `5`, `5.2` for articles and annexes; empty for front matter and the signature page. */
  readonly number: string;
  readonly title: string;
  /** 1 for an article or annex, 2 for `5.2`, … */
  readonly depth: number;
  readonly blocks: readonly Block[];
  readonly children: readonly Section[];
  /** Where the clause was written (stdlib, a project module or the contract's override). */
  readonly origin: { readonly file: string; readonly start: number; readonly end: number };
}

export interface SignatureColumn {
  /** « Pour Network Service SARL ». */
  readonly heading: string;
  readonly signatories: readonly { readonly lines: readonly string[]; readonly signHere: string }[];
}

export interface CoverPage {
  /** « CONTRAT D'INFOGÉRANCE » before upper-casing: the kind of contract. */
  readonly kind: string;
  readonly title: string;
  readonly between: string;
  readonly and: string;
  readonly parties: readonly { readonly name: string; readonly role: string }[];
  /** Lines under the parties: « Référence : NS-2027-014 », « Version 1.0 », « Date : … ». */
  readonly meta: readonly (readonly Inline[])[];
}

export interface ContractDocument {
  readonly lang: Locale;
  readonly draft: boolean;
  /** Document properties (PDF info, Word core properties, HTML head). */
  readonly meta: {
    readonly title: string;
    readonly subject: string;
    readonly author: string;
    readonly keywords: string;
    /** ISO instant: the contract's signature or effective date, else SOURCE_DATE_EPOCH. */
    readonly date: string;
  };
  readonly cover: CoverPage;
  readonly tocTitle: string;
  /** Heading words: « Article » / "Clause", « Annexe » / "Annex". */
  readonly headings: { readonly article: string; readonly annex: string };
  /** Running header and footer; `{page}` and `{pages}` are filled by the renderer. */
  readonly header: { readonly left: string; readonly right: string };
  /** `center` is the initials box of paper originals (« Paraphes : »), empty otherwise. */
  readonly footer: { readonly left: string; readonly center: string; readonly right: string };
  readonly watermark: string | undefined;
  /** Front matter, articles, the signature page's text, then annexes, in print order. */
  readonly sections: readonly Section[];
  readonly signatures: readonly SignatureColumn[];
}

/** The plain text of a run of inlines (what a reader sees, without provenance). */
export function inlineText(content: readonly Inline[]): string {
  let out = '';
  for (const i of content) {
    switch (i.kind) {
      case 'text': out += i.text; break;
      case 'sup': out += i.text; break;
      case 'strong':
      case 'fact':
      case 'ref': out += inlineText(i.content); break;
    }
  }
  return out;
}
