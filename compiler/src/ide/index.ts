// Stage `ide`: consumes a checked program (`CheckResult` from ../model) and a position as a UTF-16
// offset; produces editor answers as plain data with offsets — completion, hover, definition,
// references, rename, outline, folding, semantic tokens, code actions, links and lenses.
// Guarantees: never throws on any checked program; knows the language only through the schema and
// the model, so new vocabulary is completed, documented and outlined without changes here; does no
// I/O (the stdlib skeletons come through the Host). Lines, columns and LSP types live in the
// language server's convert.ts.
export { complete } from './completion.ts';
export type { CompletionEntry, CompletionKind, CompletionOptions } from './completion.ts';
export { hover } from './hover.ts';
export type { HoverInfo } from './hover.ts';
export { definition, highlights, isValidName, prepareRename, references, rename } from './navigation.ts';
export type { Location, PrepareRename, RenameResult } from './navigation.ts';
export { documentSymbols, foldingRanges, workspaceSymbols } from './outline.ts';
export type { Fold, OutlineKind, OutlineSymbol, WorkspaceSymbol } from './outline.ts';
export { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from './semantic-tokens.ts';
export type { SemanticToken, TokenModifier, TokenType } from './semantic-tokens.ts';
export { codeActions } from './code-actions.ts';
export type { CodeAction, CodeActionOptions } from './code-actions.ts';
export { codeLenses, documentLinks } from './links.ts';
export type { CodeLensInfo, DocumentLink, LensAction } from './links.ts';
export { snippetOf } from './snippets.ts';
export { parseSource, preview, sectionAt } from './preview.ts';
export type { Preview, SourceRange } from './preview.ts';
