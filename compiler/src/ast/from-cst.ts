import type { Diagnostic, RelatedInformation } from '../diagnostics/index.ts';
import {
  blockWithoutName,
  groupedDigits,
  incompleteNameRange,
  invalidDate,
  invalidEscape,
  invalidMonth,
  invalidTime,
  valueExpectedAfterComma,
  valueExpectedBeforeComma,
  importNotAtTopLevel,
  importPathExpected,
  missingCloseBrace,
  missingSeparator,
  statementWithoutName,
  unexpectedAfterImport,
  unexpectedCloseBrace,
} from '../diagnostics/codes/syntax.ts';
import type { CstNode, IToken } from '../syntax/index.ts';
import { decodeString, isUnit, isValidDate, isValidMonth, textBlockValue, timeMinutes, tokenRange, tokens as T } from '../syntax/index.ts';
import type { SourceFile } from '../text/index.ts';
import { LineIndex } from '../text/index.ts';
import type { Block, Comment, ErrorValue, FileNode, Import, Item, Name, Statement, Value } from './types.ts';

type CstElement = CstNode | IToken;

// A property read, not `in`: this runs for every element of the CST and stays monomorphic in V8.
function isToken(e: CstElement): e is IToken {
  return (e as Partial<CstNode>).children === undefined;
}

const OPENED_HERE = { fr: 'bloc ouvert ici', en: 'block opened here' } as const;

/**
 * Builds the AST from the CST in one pass, reporting what the total grammar let through: missing
 * separators and braces, statements or blocks with no keyword, misplaced imports, and (in values.ts)
 * every literal problem. Items the user must fix but the tree cannot represent (a statement with no
 * keyword) are reported and left out, their content still checked.
 */
export class AstBuilder {
  readonly path: string;
  readonly text: string;
  readonly diagnostics: Diagnostic[] = [];
  private lines: LineIndex | undefined;
  private lastEnd = 0;

  constructor(source: SourceFile) {
    this.path = source.path;
    this.text = source.text;
  }

  file(cst: CstNode, comments: readonly IToken[]): FileNode {
    const items = this.items(cst.children['item'], true, 0);
    return { kind: 'file', items, comments: comments.map(comment), range: { start: 0, end: this.text.length } };
  }

  /**
   * The items of the file (imports kept) or of a block (imports reported and dropped), and the end
   * offset of the last thing read. `end` is a field, not a return value, to allocate nothing per block.
   */
  private items(elements: readonly CstElement[] | undefined, topLevel: boolean, start: number): Item[] {
    const items: Item[] = [];
    let end = start;
    // True after an item until a line break or `;`: a second item there lacks its separator.
    let open = false;
    const list = elements ?? NO_TOKENS;
    for (let k = 0; k < list.length; k++) {
      const e = list[k] as CstElement;
      if (isToken(e)) {
        end = Math.max(end, e.startOffset + e.image.length);
        if (e.tokenType === T.RCurly) this.report(unexpectedCloseBrace.create(this.path, tokenRange(e), {}));
        else open = false;
        continue;
      }
      if (open && e.name !== 'headless') {
        const first = firstToken(e);
        if (first) this.report(missingSeparator.create(this.path, tokenRange(first), { found: first.image }));
      }
      open = true;
      if (e.name === 'statement') {
        const s = this.statement(e);
        items.push(s);
        end = Math.max(end, s.range.end);
      } else if (e.name === 'importDecl') {
        const i = this.importDecl(e);
        if (topLevel) items.push(i);
        else this.report(importNotAtTopLevel.create(this.path, { start: i.range.start, end: i.range.start + 6 }, {}));
        end = Math.max(end, i.range.end);
      } else {
        end = Math.max(end, this.headless(e));
      }
    }
    this.lastEnd = end;
    return items;
  }

  private statement(node: CstNode): Statement {
    const kw = node.children['keyword']?.[0];
    const keywordToken = kw !== undefined && isToken(kw) ? kw : undefined;
    const args = tokensOf(node.children['arg']);
    const kwRange = keywordToken ? tokenRange(keywordToken) : { start: args[0]?.startOffset ?? 0, end: args[0]?.startOffset ?? 0 };
    const keyword = { kind: 'name', text: keywordToken?.image ?? '', range: kwRange } as const;
    const values = readArgs(this, args);
    const blockNode = nodeOf(node.children['block']);
    const block = blockNode ? this.block(blockNode) : undefined;
    const lastArg = args[args.length - 1];
    const end = Math.max(kwRange.end, lastArg ? lastArg.startOffset + lastArg.image.length : 0, block?.range.end ?? 0);
    return { kind: 'statement', keyword, args: values, block, range: { start: kwRange.start, end } };
  }

  private importDecl(node: CstNode): Import {
    const kw = tokensOf(node.children['Import'])[0];
    const start = kw?.startOffset ?? 0;
    const args = tokensOf(node.children['arg']);
    const lastArg = args[args.length - 1];
    const end = Math.max(kw ? start + kw.image.length : start, lastArg ? lastArg.startOffset + lastArg.image.length : 0);
    const first = args[0];
    let path: Import['path'];
    if (first !== undefined && (first.tokenType === T.StringLit || first.tokenType === T.UnterminatedString)) {
      const v = readValue(this, args, 0).value;
      if (v.kind === 'string') path = v;
      if (args.length > 1) {
        const second = args[1];
        const from = second?.startOffset ?? end;
        this.report(unexpectedAfterImport.create(this.path, { start: from, end }, {}));
      }
    } else {
      this.report(importPathExpected.create(this.path, { start, end }, {}));
    }
    return { kind: 'import', path, range: { start, end } };
  }

  /** Reports a statement with no keyword (or a bare block), reads its content for its own problems, and drops it. */
  private headless(node: CstNode): number {
    const args = tokensOf(node.children['arg']);
    const blockNode = nodeOf(node.children['block']);
    const first = args[0];
    if (first !== undefined) {
      const lastArg = args[args.length - 1] ?? first;
      const range = { start: first.startOffset, end: lastArg.startOffset + lastArg.image.length };
      this.report(statementWithoutName.create(this.path, tokenRange(first), { found: first.image.length > 24 ? `${first.image.slice(0, 20)}…` : first.image }));
      // A leading comma is the reported problem itself; do not report it a second time as a list error.
      readArgs(this, first.tokenType === T.Comma ? args.slice(1) : args);
      const block = blockNode ? this.block(blockNode) : undefined;
      return Math.max(range.end, block?.range.end ?? 0);
    }
    if (blockNode) {
      const block = this.block(blockNode);
      this.report(blockWithoutName.create(this.path, { start: block.range.start, end: block.range.start + 1 }, {}));
      return block.range.end;
    }
    return 0;
  }

  private block(node: CstNode): Block {
    const open = tokensOf(node.children['LCurly'])[0];
    const close = tokensOf(node.children['RCurly'])[0];
    const start = open?.startOffset ?? 0;
    // Inside a block `items` returns statements only: imports there are reported and dropped.
    const statements = this.items(node.children['item'], false, start + 1) as Statement[];
    const end = this.lastEnd;
    if (close !== undefined && !close.isInsertedInRecovery) {
      return { kind: 'block', statements, range: { start, end: close.startOffset + 1 }, closed: true };
    }
    const eof = this.text.length;
    const related: RelatedInformation[] = [{ file: this.path, range: { start, end: start + 1 }, message: OPENED_HERE }];
    this.report(missingCloseBrace.create(this.path, { start: eof, end: eof }, { line: this.line(start) }, { related }));
    return { kind: 'block', statements, range: { start, end }, closed: false };
  }

  report(d: Diagnostic): void {
    this.diagnostics.push(d);
  }

  private line(offset: number): number {
    this.lines ??= new LineIndex(this.text);
    return this.lines.position(offset).line;
  }
}

function comment(t: IToken): Comment {
  const style = t.tokenType === T.LineComment ? 'line' : 'block';
  return { kind: 'comment', text: t.image, style, range: tokenRange(t) };
}

const NO_TOKENS: readonly IToken[] = [];

/** The tokens under a label; the grammar puts only tokens under `arg`, `Import`, `LCurly` and `RCurly`. */
function tokensOf(elements: readonly CstElement[] | undefined): readonly IToken[] {
  return (elements as readonly IToken[] | undefined) ?? NO_TOKENS;
}

function nodeOf(elements: readonly CstElement[] | undefined): CstNode | undefined {
  const e = elements?.[0];
  return e !== undefined && !isToken(e) ? e : undefined;
}

/** The first token of an item node: its keyword, `import`, first argument or `{`. */
function firstToken(node: CstNode): IToken | undefined {
  const c = node.children;
  const direct = c['keyword']?.[0] ?? c['Import']?.[0] ?? c['arg']?.[0] ?? c['LCurly']?.[0];
  if (direct !== undefined) return isToken(direct) ? direct : firstToken(direct);
  const block = nodeOf(c['block']);
  return block ? firstToken(block) : undefined;
}

// ---- Arguments and values ----------------------------------------------------------------------------
// The parser hands over a statement's arguments as one ordered run of value tokens and commas; here they
// become values: `NUMBER unit` is a quantity, `NAME .. NAME` a range, and values joined by commas a list.

interface Reporter {
  readonly path: string;
  report(d: Diagnostic): void;
}

/** Groups the argument run into values: each comma-joined group of two or more becomes a `List`. */
export function readArgs(r: Reporter, args: readonly IToken[]): Value[] {
  const out: Value[] = [];
  let group: Value[] | undefined;
  let pendingComma: IToken | undefined;
  const flush = (): void => {
    if (group === undefined) return;
    const first = group[0];
    const last = group[group.length - 1];
    if (group.length === 1 && first) out.push(first);
    else if (first && last) out.push({ kind: 'list', items: group, range: { start: first.range.start, end: last.range.end } });
    group = undefined;
  };
  let i = 0;
  while (i < args.length) {
    const t = args[i] as IToken;
    if (t.tokenType === T.Comma) {
      if (pendingComma) r.report(valueExpectedAfterComma.create(r.path, tokenRange(pendingComma), {}));
      else if (group === undefined) r.report(valueExpectedBeforeComma.create(r.path, tokenRange(t), {}));
      pendingComma = t;
      i++;
      continue;
    }
    const { value, next } = readValue(r, args, i);
    if (pendingComma === undefined || group === undefined) {
      flush();
      group = [value];
    } else {
      group.push(value);
    }
    pendingComma = undefined;
    i = next;
  }
  if (pendingComma) r.report(valueExpectedAfterComma.create(r.path, tokenRange(pendingComma), {}));
  flush();
  return out;
}

/** Reads the value starting at `args[i]`; `next` is the index after it. */
export function readValue(r: Reporter, args: readonly IToken[], i: number): { value: Value; next: number } {
  const t = args[i] as IToken;
  const range = tokenRange(t);
  const type = t.tokenType;
  const text = t.image;
  switch (type) {
    case T.Name: {
      const name: Name = { kind: 'name', text, range };
      if (args[i + 1]?.tokenType !== T.DotDot) return { value: name, next: i + 1 };
      const to = args[i + 2];
      if (to?.tokenType === T.Name) {
        const toName: Name = { kind: 'name', text: to.image, range: tokenRange(to) };
        return { value: { kind: 'name-range', from: name, to: toName, range: { start: range.start, end: toName.range.end } }, next: i + 3 };
      }
      const dots = tokenRange(args[i + 1] as IToken);
      r.report(incompleteNameRange.create(r.path, dots, {}));
      return { value: errorValue(range.start, dots.end), next: i + 2 };
    }
    case T.NumberLit:
    case T.GroupedNumberLit: {
      // `2'400.00` is `2400.00` written with a Swiss separator: said once, read as meant.
      const digits = type === T.GroupedNumberLit ? text.replace(/['\u2019]/gu, '') : text;
      if (digits !== text) {
        r.report(groupedDigits.create(r.path, range, { written: text, number: digits }, {
          fixes: [{ title: { fr: `Écrire ${digits}`, en: `Write ${digits}` }, edits: [{ file: r.path, range, newText: digits }], preferred: true }],
        }));
      }
      const amount = { kind: 'number', value: Number(digits), text: digits, range } as const;
      const unit = args[i + 1];
      if (unit?.tokenType !== T.Name || !isUnit(unit.image)) return { value: amount, next: i + 1 };
      const unitName: Name = { kind: 'name', text: unit.image, range: tokenRange(unit) };
      return { value: { kind: 'quantity', amount, unit: unitName, range: { start: range.start, end: unitName.range.end } }, next: i + 2 };
    }
    case T.PercentLit: {
      const digits = text.slice(0, -1);
      return { value: { kind: 'percent', value: Number(digits), text: digits, range }, next: i + 1 };
    }
    case T.StringLit:
    case T.UnterminatedString: {
      const closed = type === T.StringLit;
      const content = text.slice(1, closed ? -1 : undefined);
      const { value, problems } = decodeString(content);
      for (const p of problems) {
        // A string cut at the end of its line by a lone backslash is already reported as unterminated.
        if (!closed && p.end === content.length && p.text === '\\') continue;
        const at = range.start + 1 + p.start;
        r.report(invalidEscape.create(r.path, { start: at, end: range.start + 1 + p.end }, { escape: p.text }));
      }
      return { value: { kind: 'string', value, range }, next: i + 1 };
    }
    case T.TextBlock:
    case T.UnclosedTextBlock: {
      const content = text.slice(3, type === T.TextBlock ? -3 : undefined);
      return { value: { kind: 'text', value: textBlockValue(content), contentStart: range.start + 3, range }, next: i + 1 };
    }
    case T.DateLit:
      if (isValidDate(text)) return { value: { kind: 'date', text, range }, next: i + 1 };
      r.report(invalidDate.create(r.path, range, { text }));
      return { value: errorValue(range.start, range.end), next: i + 1 };
    case T.MonthLit:
      if (isValidMonth(text)) return { value: { kind: 'month', text, range }, next: i + 1 };
      r.report(invalidMonth.create(r.path, range, { text }));
      return { value: errorValue(range.start, range.end), next: i + 1 };
    case T.TimeLit: {
      const minutes = timeMinutes(text, true);
      if (minutes !== undefined) return { value: { kind: 'time', minutes, text, range }, next: i + 1 };
      r.report(invalidTime.create(r.path, range, { text }));
      return { value: errorValue(range.start, range.end), next: i + 1 };
    }
    case T.TimeRangeLit: {
      const start = timeMinutes(text.slice(0, 5), false);
      const end = timeMinutes(text.slice(6), true);
      if (start !== undefined && end !== undefined) return { value: { kind: 'time-range', start, end, text, range }, next: i + 1 };
      const bad = start === undefined ? text.slice(0, 5) : text.slice(6);
      r.report(invalidTime.create(r.path, range, { text: bad }));
      return { value: errorValue(range.start, range.end), next: i + 1 };
    }
    default:
      // `..` with no name before it (the only other value token).
      r.report(incompleteNameRange.create(r.path, range, {}));
      return { value: errorValue(range.start, range.end), next: i + 1 };
  }
}

function errorValue(start: number, end: number): ErrorValue {
  return { kind: 'error', range: { start, end } };
}
