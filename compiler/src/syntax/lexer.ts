import { Lexer } from 'chevrotain';
import type { IToken, TokenType } from 'chevrotain';
import type { Diagnostic } from '../diagnostics/index.ts';
import { fileTooLarge, literalTooLong, nameTooLong } from '../diagnostics/codes/text.ts';
import {
  unclosedComment,
  unexpectedCharacter,
  unterminatedString,
  unterminatedTextBlock,
} from '../diagnostics/codes/syntax.ts';
import type { SourceFile } from '../text/index.ts';
import { MAX_FILE_CHARS, MAX_LITERAL_LENGTH, MAX_NAME_LENGTH, scanControls } from './limits.ts';
import { ALL_TOKENS, SKIP_GRAMMAR_VALIDATIONS, Name, StringLit, TextBlock, UnclosedComment, UnclosedTextBlock, UnterminatedString } from './tokens.ts';

export interface LexResult {
  /** The tokens the parser reads: no blanks, comments or unknown characters. */
  readonly tokens: IToken[];
  /** Comments in order (`//`, `/* *\/`, and an unclosed `/*` running to the end). */
  readonly comments: IToken[];
  /** Token-level problems: unknown characters, unclosed literals, controls, limits. */
  readonly diagnostics: Diagnostic[];
}

// Built once: Chevrotain analyses the patterns here, and `ensureOptimizations` makes a pattern that
// would disable the first-character dispatch a load-time failure instead of a silent slowdown.
const lexer = new Lexer(ALL_TOKENS as TokenType[], {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
  recoveryEnabled: true,
  skipValidations: SKIP_GRAMMAR_VALIDATIONS,
});

/** The half-open range of a token (Chevrotain's `endOffset` is inclusive). */
export function tokenRange(t: IToken): { start: number; end: number } {
  return { start: t.startOffset, end: t.startOffset + t.image.length };
}

/** Lexes a source. Never throws; text over `MAX_FILE_CHARS` yields no tokens and one IG0002. */
export function lex(source: SourceFile): LexResult {
  const { path, text } = source;
  const diagnostics: Diagnostic[] = [];
  if (text.length > MAX_FILE_CHARS) {
    diagnostics.push(fileTooLarge.create(path, { start: 0, end: 0 }, { size: text.length, max: MAX_FILE_CHARS }));
    return { tokens: [], comments: [], diagnostics };
  }
  const result = lexer.tokenize(text);
  scanControls(path, text, diagnostics);
  reportUnknown(path, text, result.groups['errors'] ?? [], diagnostics);
  // Chevrotain's own lexing errors cannot happen (the Unknown token matches anything), but if a future
  // pattern change made them possible they must still become positioned diagnostics.
  for (const e of result.errors) {
    const end = Math.min(text.length, e.offset + Math.max(1, e.length));
    diagnostics.push(unexpectedCharacter.create(path, { start: e.offset, end }, { text: clip(text.slice(e.offset, end)) }));
  }
  const comments = result.groups['comments'] ?? [];
  for (const c of comments) {
    if (c.tokenType === UnclosedComment) {
      diagnostics.push(unclosedComment.create(path, { start: c.startOffset, end: c.startOffset + 2 }, {}));
    }
  }
  checkTokens(path, result.tokens, diagnostics);
  return { tokens: result.tokens, comments, diagnostics };
}

/** One diagnostic per run of unknown characters, adjacent runs (`.@`) merged. */
function reportUnknown(path: string, text: string, runs: readonly IToken[], out: Diagnostic[]): void {
  let i = 0;
  while (i < runs.length) {
    const first = runs[i];
    if (first === undefined) break;
    let end = first.startOffset + first.image.length;
    i++;
    for (let next = runs[i]; next !== undefined && next.startOffset === end; next = runs[i]) {
      end += next.image.length;
      i++;
    }
    out.push(unexpectedCharacter.create(path, { start: first.startOffset, end }, { text: clip(text.slice(first.startOffset, end)) }));
  }
}

function checkTokens(path: string, tokens: readonly IToken[], out: Diagnostic[]): void {
  for (const t of tokens) {
    const type = t.tokenType;
    const length = t.image.length;
    if (type === Name) {
      if (length > MAX_NAME_LENGTH) out.push(nameTooLong.create(path, tokenRange(t), { length, max: MAX_NAME_LENGTH }));
    } else if (type === StringLit || type === TextBlock) {
      if (length > MAX_LITERAL_LENGTH) out.push(literalTooLong.create(path, tokenRange(t), { length, max: MAX_LITERAL_LENGTH }));
    } else if (type === UnterminatedString) {
      out.push(unterminatedString.create(path, tokenRange(t), {}));
      if (length > MAX_LITERAL_LENGTH) out.push(literalTooLong.create(path, tokenRange(t), { length, max: MAX_LITERAL_LENGTH }));
    } else if (type === UnclosedTextBlock) {
      out.push(unterminatedTextBlock.create(path, { start: t.startOffset, end: t.startOffset + 3 }, {}));
      if (length > MAX_LITERAL_LENGTH) out.push(literalTooLong.create(path, tokenRange(t), { length, max: MAX_LITERAL_LENGTH }));
    }
  }
}

/** Message arguments quote source text; a long run of garbage is shortened, never split mid-pair. */
export function clip(s: string): string {
  if (s.length <= 24) return s;
  const cut = s.charCodeAt(19) >= 0xd800 && s.charCodeAt(19) <= 0xdbff ? 19 : 20;
  return `${s.slice(0, cut)}…`;
}
