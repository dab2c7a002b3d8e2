import { CstParser } from 'chevrotain';
import type { CstNode, IOrAlt, IRecognitionException, IToken, TokenType } from 'chevrotain';
import { ALL_TOKENS, SKIP_GRAMMAR_VALIDATIONS, Comma, HeadlessStart, Import, LCurly, Name, NL, RCurly, Semi, ValueToken } from './tokens.ts';

// The grammar is total by construction: every token that can appear has an alternative in the item
// loops (a value with no keyword, a stray `,` or `}`, a block with no keyword all have a rule), so the
// parser never stops early and the AST builder reports those cases with precise messages. Chevrotain's
// own recovery stays enabled as a backstop and its errors are still turned into diagnostics.
//
// The value grammar inside a statement (lists, quantities, `mon..fri`) is read by the AST builder from
// the ordered `arg` tokens of the statement: this keeps one CST node per statement instead of one per
// value, which is most of the parse time on real contracts.
//
// CST shape (labels are the children keys):
//   file      { item: (importDecl | statement | headless | NL | ';' | '}')[] }
//   importDecl{ Import, arg: token[] }
//   statement { keyword: [Name], arg: (value token | ',')[], cont: NL[], block?: [block] }
//   headless  { arg: token[], cont: NL[], block?: [block] }       a statement with no keyword
//   block     { LCurly, item: (importDecl | statement | headless | NL | ';')[], RCurly? }

// Options objects shared by every call instead of a literal per call: the parser runs once per token.
const ITEM = { LABEL: 'item' } as const;
const ARG = { LABEL: 'arg' } as const;
const CONT = { LABEL: 'cont' } as const;
const KEYWORD = { LABEL: 'keyword' } as const;

class InfogParser extends CstParser {
  // Alternatives of the hot ORs, built on first use and reused (Chevrotain's documented "cached
  // alternatives" pattern): a literal array of closures per call would allocate on every token.
  private itemAlts: IOrAlt<unknown>[] | undefined;
  private topItemAlts: IOrAlt<unknown>[] | undefined;
  private argAlts: IOrAlt<unknown>[] | undefined;

  constructor() {
    super(ALL_TOKENS as TokenType[], {
      recoveryEnabled: true,
      maxLookahead: 2,
      nodeLocationTracking: 'none',
      skipValidations: SKIP_GRAMMAR_VALIDATIONS,
    });
    this.performSelfAnalysis();
  }

  public file = this.RULE('file', () => {
    this.MANY(() => {
      this.OR(
        (this.topItemAlts ??= [
          { ALT: () => this.SUBRULE(this.importDecl, ITEM) },
          { ALT: () => this.SUBRULE(this.statement, ITEM) },
          { ALT: () => this.SUBRULE(this.headless, ITEM) },
          { ALT: () => this.CONSUME(NL, ITEM) },
          { ALT: () => this.CONSUME(Semi, ITEM) },
          // A `}` with no open block: kept as an item so the AST builder can report it.
          { ALT: () => this.CONSUME(RCurly, ITEM) },
        ]),
      );
    });
  });

  public importDecl = this.RULE('importDecl', () => {
    this.CONSUME(Import);
    this.args();
  });

  public statement = this.RULE('statement', () => {
    this.CONSUME(Name, KEYWORD);
    this.args();
    this.OPTION(() => this.SUBRULE(this.block));
  });

  /** A value, `,` or `..` where a statement should start, or a `{` with no keyword before it. */
  public headless = this.RULE('headless', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(HeadlessStart, ARG);
          this.args();
          this.OPTION(() => this.SUBRULE(this.block));
        },
      },
      { ALT: () => this.SUBRULE2(this.block) },
    ]);
  });

  public block = this.RULE('block', () => {
    this.CONSUME(LCurly);
    this.MANY(() => {
      this.OR(
        (this.itemAlts ??= [
          { ALT: () => this.SUBRULE(this.importDecl, ITEM) },
          { ALT: () => this.SUBRULE(this.statement, ITEM) },
          { ALT: () => this.SUBRULE(this.headless, ITEM) },
          { ALT: () => this.CONSUME(NL, ITEM) },
          { ALT: () => this.CONSUME(Semi, ITEM) },
        ]),
      );
    });
    // Optional so that a missing `}` (end of file) is a precise diagnostic from the AST builder, not a
    // generic "expected '}'" from recovery.
    this.OPTION(() => this.CONSUME(RCurly));
  });

  /** Arguments: value tokens and commas, in source order; a comma lets the list continue on the next line. */
  private args(): void {
    this.MANY9(() => {
      this.OR9(
        (this.argAlts ??= [
          { ALT: () => this.CONSUME9(ValueToken, ARG) },
          {
            ALT: () => {
              this.CONSUME8(Comma, ARG);
              this.MANY8(() => this.CONSUME7(NL, CONT));
            },
          },
        ]),
      );
    });
  }
}

// One instance for every parse: building a Chevrotain parser (grammar analysis) costs far more than a
// parse of a typical contract. Parsing is synchronous, so sharing it is safe.
const parser = new InfogParser();

export interface CstResult {
  readonly cst: CstNode;
  /** Chevrotain's errors; empty in practice because the grammar is total. */
  readonly errors: readonly IRecognitionException[];
}

export function parseTokens(tokens: IToken[]): CstResult {
  parser.input = tokens;
  const cst = parser.file();
  return { cst, errors: parser.errors };
}

/** The grammar as data, for the railroad diagrams (`scripts/gen-diagrams.ts`). */
export function serializedGrammar(): ReturnType<InfogParser['getSerializedGastProductions']> {
  return parser.getSerializedGastProductions();
}

