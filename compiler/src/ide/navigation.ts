import type { Locale, Localized, TextEdit } from '../diagnostics/index.ts';
import type { CheckResult, Declaration } from '../model/index.ts';
import { lex, tokens } from '../syntax/index.ts';
import type { Range } from '../text/index.ts';
import { contains, viewOf } from './context.ts';

// Go to definition, references and rename, over the model's symbol table (declarations and resolved
// references with their files and ranges) and the program's imports.

export interface Location {
  /** Display path: project-relative, or `std/…` for the standard library. */
  readonly file: string;
  readonly range: Range;
}

/** The declaration a name at `offset` declares or refers to. */
export function symbolAt(result: CheckResult, file: string, offset: number): { decl: Declaration; range: Range } | undefined {
  const { declarations, references } = result.model.symbols;
  const d = declarations.find((x) => x.file === file && contains(x.range, offset));
  if (d) return { decl: d, range: d.range };
  const r = references.find((x) => x.file === file && contains(x.range, offset));
  return r?.target ? { decl: r.target, range: r.range } : undefined;
}

export function definition(result: CheckResult, file: string, offset: number): Location[] {
  const mod = result.model.program.modules.get(file);
  const imp = mod?.imports.find((i) => i.node.path && contains(i.node.path.range, offset));
  if (imp) return [{ file: imp.target, range: { start: 0, end: 0 } }];
  const s = symbolAt(result, file, offset);
  return s ? [{ file: s.decl.file, range: s.decl.range }] : [];
}

export function references(result: CheckResult, file: string, offset: number, includeDeclaration: boolean): Location[] {
  const s = symbolAt(result, file, offset);
  if (!s) return [];
  const refs = result.model.symbols.references.filter((r) => r.target === s.decl).map((r) => ({ file: r.file, range: r.range }));
  return includeDeclaration ? [{ file: s.decl.file, range: s.decl.range }, ...refs] : refs;
}

/** Names in the same file as `offset` that are the same symbol, for document highlights. */
export function highlights(result: CheckResult, file: string, offset: number): Range[] {
  return references(result, file, offset, true).filter((l) => l.file === file).map((l) => l.range);
}

export type PrepareRename = { readonly range: Range; readonly placeholder: string } | { readonly error: Localized };

export function prepareRename(result: CheckResult, file: string, offset: number): PrepareRename | undefined {
  if (!viewOf(result, file)) return undefined;
  const s = symbolAt(result, file, offset);
  if (!s) return undefined;
  if (s.decl.file.startsWith('std/')) {
    return { error: { fr: `« ${s.decl.name} » est déclaré dans la bibliothèque standard (${s.decl.file}) : il ne peut pas être renommé.`, en: `"${s.decl.name}" is declared in the standard library (${s.decl.file}) and cannot be renamed.` } };
  }
  return { range: s.range, placeholder: s.decl.name };
}

export type RenameResult = { readonly edits: readonly TextEdit[] } | { readonly error: Localized };

/** Whether `text` is one name as the lexer reads it (and not the reserved word `import`). */
export function isValidName(text: string): boolean {
  const lexed = lex({ path: 'rename', text });
  const t = lexed.tokens[0];
  return lexed.tokens.length === 1 && lexed.comments.length === 0 && lexed.diagnostics.length === 0 && t?.tokenType === tokens.Name && t.image === text;
}

export function rename(result: CheckResult, file: string, offset: number, newName: string, _locale: Locale = 'fr'): RenameResult | undefined {
  const prepared = prepareRename(result, file, offset);
  if (!prepared) return undefined;
  if ('error' in prepared) return prepared;
  if (!isValidName(newName)) {
    return { error: { fr: `« ${newName} » n’est pas un nom valide (lettres, chiffres, _ et - entre deux segments).`, en: `"${newName}" is not a valid name (letters, digits, _ and - between segments).` } };
  }
  const s = symbolAt(result, file, offset);
  if (!s) return undefined;
  const clash = result.model.symbols.lookup(s.decl.namespace, newName);
  if (clash && clash !== s.decl) {
    return { error: { fr: `« ${newName} » est déjà déclaré (${s.decl.namespace}).`, en: `"${newName}" is already declared (${s.decl.namespace}).` } };
  }
  const edits = references(result, file, offset, true).map((l) => ({ file: l.file, range: l.range, newText: newName }));
  return { edits };
}
