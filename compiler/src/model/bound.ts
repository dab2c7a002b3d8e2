import type { Statement } from '../ast/types.ts';
import type { Namespace, StatementSpec } from '../schema/index.ts';
import type { Range } from '../text/index.ts';
import type { TypedValue } from './typed-value.ts';

/** A statement once matched against its spec: typed values by slot name, bound children. */
export interface BoundStatement {
  readonly spec: StatementSpec;
  readonly node: Statement;
  /** File the statement was written in (a preset's statements keep their module's path). */
  readonly file: string;
  readonly values: Readonly<Record<string, TypedValue>>;
  readonly children: readonly BoundStatement[];
}

export interface Declaration {
  readonly name: string;
  readonly namespace: Namespace;
  readonly file: string;
  /** The range of the name itself, for go-to-definition and rename. */
  readonly range: Range;
  readonly statement: BoundStatement;
}

export interface Reference {
  readonly name: string;
  readonly namespace: Namespace;
  readonly file: string;
  readonly range: Range;
  /** Filled by resolution; undefined when the name is unknown (already reported). */
  readonly target: Declaration | undefined;
}
