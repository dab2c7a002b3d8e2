// Stage `text`: consumes bytes or strings, produces `SourceFile`s and the line index used at the
// edges. Guarantees: positions in the core are UTF-16 offsets (what JavaScript strings and the LSP
// use); lines and columns are computed only here, for rendering.
export type { Range, SourceFile } from './source.ts';
export { compareText, makeSource, rangeOf } from './source.ts';
export { LineIndex } from './line-index.ts';
export type { LineColumn } from './line-index.ts';
export { decodeUtf8 } from './decode.ts';
export type { DecodeResult } from './decode.ts';
export { editDistance, suggest } from './suggest.ts';
export { BREAK_OPPORTUNITY, MAX_WORD_LENGTH, WORD_CHUNK, breakLongWords, findLongWord } from './words.ts';
