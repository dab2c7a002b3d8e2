// Stage `syntax`: consumes a `SourceFile` (text), produces tokens (comments kept apart for the editor) and
// a Chevrotain CST, plus diagnostics for everything token-level or structural: unknown characters,
// unclosed literals and comments, invisible control characters, size and nesting limits.
// Guarantees: never throws on any text; every diagnostic range lies within [0, text.length]; the CST
// covers the whole token vector (the grammar is total); nesting in the CST is at most MAX_NESTING_DEPTH,
// so later recursive stages are safe. It knows no contract vocabulary and imports only text/ and
// diagnostics/. Values (escapes, dates, lists, quantities) are read by the next stage, ../ast.
import type { CstNode, IToken } from 'chevrotain';
import type { Diagnostic } from '../diagnostics/index.ts';
import { invalidUtf8, utf16File } from '../diagnostics/codes/text.ts';
import { unexpectedToken } from '../diagnostics/codes/syntax.ts';
import type { DecodeResult, SourceFile } from '../text/index.ts';
import { clip, lex, tokenRange } from './lexer.ts';
import { cutDeepBlocks } from './limits.ts';
import { parseTokens } from './parser.ts';

export interface ParseCstResult {
  readonly cst: CstNode;
  /** The tokens the parser read (blocks nested too deeply already cut out). */
  readonly tokens: readonly IToken[];
  readonly comments: readonly IToken[];
  readonly diagnostics: Diagnostic[];
}

/** Lexes and parses. Never throws. */
export function parseCst(source: SourceFile): ParseCstResult {
  const lexed = lex(source);
  const diagnostics = lexed.diagnostics;
  const tokens = cutDeepBlocks(source.path, lexed.tokens, diagnostics);
  const { cst, errors } = parseTokens(tokens);
  const end = source.text.length;
  for (const e of errors) {
    const t = e.token;
    // EOF and tokens invented by recovery have no real offset: point at the end of the text.
    const real = Number.isFinite(t.startOffset) && t.tokenType.name !== 'EOF' && !t.isInsertedInRecovery;
    const range = real ? tokenRange(t) : { start: end, end };
    diagnostics.push(unexpectedToken.create(source.path, range, { found: real ? clip(t.image) : 'EOF' }));
  }
  return { cst, tokens, comments: lexed.comments, diagnostics };
}

/**
 * IG0001 for each malformed UTF-8 sequence `decodeUtf8` found (it stops listing after a few), or the
 * one IG0009 of a UTF-16 file.
 */
export function decodeDiagnostics(path: string, decoded: DecodeResult): Diagnostic[] {
  if (decoded.utf16) return [utf16File.create(path, { start: 0, end: 0 }, { encoding: decoded.utf16 === 'UTF-16LE' ? 'UTF-16 LE' : 'UTF-16 BE' })];
  return decoded.invalid.map(({ byteOffset, textOffset }) => {
    const start = Math.min(textOffset, decoded.text.length);
    return invalidUtf8.create(path, { start, end: Math.min(start + 1, decoded.text.length) }, { byteOffset });
  });
}

export { lex, tokenRange } from './lexer.ts';
export type { LexResult } from './lexer.ts';
export { serializedGrammar } from './parser.ts';
export * as tokens from './tokens.ts';
export { FRENCH_UNITS, UNITS, isUnit, lookupUnit } from './units.ts';
export type { Dimension, UnitInfo } from './units.ts';
export { decodeString, isValidDate, isValidMonth, textBlockValue, timeMinutes } from './literals.ts';
export type { DecodedString, EscapeProblem } from './literals.ts';
export {
  MAX_DIAGNOSTICS,
  MAX_FILE_CHARS,
  MAX_LITERAL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NESTING_DEPTH,
  capDiagnostics,
} from './limits.ts';
export type { CstNode, IToken } from 'chevrotain';
