// The wording mini-language of clauses (docs/clauses.md): literal text, `{path|filter}` facts,
// `{ref id}` cross-references and `{if cond}…{else}…{end}` conditions. Parsing keeps the source offset
// of every directive so an unknown path or id is reported where it is written.

export interface Condition {
  readonly path: string;
  /** Empty: the fact is present; else it has one of these values. */
  readonly values: readonly string[];
  readonly negated: boolean;
  readonly offset: number;
  readonly length: number;
}

export type TemplateNode =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'fact'; readonly path: string; readonly filter: string | undefined; readonly offset: number; readonly length: number }
  | { readonly kind: 'ref'; readonly id: string; readonly offset: number; readonly length: number }
  | { readonly kind: 'if'; readonly cond: Condition; readonly then: readonly TemplateNode[]; readonly otherwise: readonly TemplateNode[] };

export interface TemplateError {
  readonly detail: string;
  readonly offset: number;
  readonly length: number;
}

export interface Template {
  readonly nodes: readonly TemplateNode[];
  readonly errors: readonly TemplateError[];
}

const PATH = /^(?:\.|\$?[\p{L}_][\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}_-]+)*)$/u;

/** `path`, `path is a, b`, `not path`: the condition grammar shared by `{if}` and `when`. */
export function parseCondition(text: string, offset: number): Condition | TemplateError {
  let rest = text.trim();
  const negated = rest.startsWith('not ');
  if (negated) rest = rest.slice(4).trim();
  const [path = '', values = ''] = rest.split(/\s+is\s+/u, 2);
  const list = values === '' ? [] : values.split(',').map((v) => v.trim()).filter((v) => v !== '');
  if (!PATH.test(path.trim()) || (values !== '' && list.length === 0)) {
    return { detail: `condition « ${text.trim()} »`, offset, length: text.length };
  }
  return { path: path.trim(), values: list, negated, offset, length: text.length };
}

interface Frame {
  readonly nodes: TemplateNode[];
  readonly cond: Condition | undefined;
  then: TemplateNode[] | undefined;
  readonly offset: number;
}

/** Parses wording whose first character is at source offset `base`. */
export function parseTemplate(raw: string, base: number): Template {
  const errors: TemplateError[] = [];
  const stack: Frame[] = [{ nodes: [], cond: undefined, then: undefined, offset: base }];
  const top = (): Frame => stack[stack.length - 1] as Frame;
  let text = '';
  const flush = (): void => {
    if (text !== '') top().nodes.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if ((c === '{' || c === '}') && raw[i + 1] === c) {
      text += c;
      i += 2;
      continue;
    }
    if (c === '}') {
      errors.push({ detail: '« } » sans « { »', offset: base + i, length: 1 });
      i++;
      continue;
    }
    if (c !== '{') {
      text += c;
      i++;
      continue;
    }
    const close = raw.indexOf('}', i + 1);
    const nextOpen = raw.indexOf('{', i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      errors.push({ detail: '« { » non refermée', offset: base + i, length: 1 });
      i++;
      continue;
    }
    flush();
    directive(raw.slice(i + 1, close), base + i, close - i + 1);
    i = close + 1;
  }
  flush();

  function directive(body: string, offset: number, length: number): void {
    const inner = body.trim();
    const innerOffset = offset + 1 + body.indexOf(inner);
    if (inner.startsWith('if ')) {
      const cond = parseCondition(inner.slice(3), innerOffset + 3);
      if ('detail' in cond) errors.push(cond);
      else stack.push({ nodes: [], cond, then: undefined, offset });
    } else if (inner === 'else') {
      const f = top();
      if (stack.length === 1 || f.then !== undefined) errors.push({ detail: '{else} sans {if}', offset, length });
      else {
        f.then = [...f.nodes];
        f.nodes.length = 0;
      }
    } else if (inner === 'end') {
      const f = top();
      if (stack.length === 1 || !f.cond) {
        errors.push({ detail: '{end} sans {if}', offset, length });
        return;
      }
      stack.pop();
      top().nodes.push({ kind: 'if', cond: f.cond, then: f.then ?? f.nodes, otherwise: f.then ? f.nodes : [] });
    } else if (inner.startsWith('ref ')) {
      const id = inner.slice(4).trim();
      top().nodes.push({ kind: 'ref', id, offset: innerOffset + 4, length: id.length });
    } else {
      const [path = '', filter] = inner.split('|', 2).map((s) => s.trim());
      if (!PATH.test(path)) errors.push({ detail: `espace réservé « {${body}} »`, offset, length });
      else top().nodes.push({ kind: 'fact', path, filter: filter === '' ? undefined : filter, offset: innerOffset, length: inner.length });
    }
  }

  while (stack.length > 1) {
    const f = stack.pop() as Frame;
    errors.push({ detail: '{if} sans {end}', offset: f.offset, length: 3 });
  }
  return { nodes: top().nodes, errors };
}

/** Every fact, reference and condition of a template, for the static checks. */
export function* walkTemplate(nodes: readonly TemplateNode[]): Generator<TemplateNode> {
  for (const n of nodes) {
    yield n;
    if (n.kind === 'if') {
      yield* walkTemplate(n.then);
      yield* walkTemplate(n.otherwise);
    }
  }
}
