import type { FactSource, Inline } from './types.ts';

// Wording is assembled as strings (templates, typography and paragraph splitting are string work),
// yet the document must know which characters came from which fact. So facts, superscripts and
// cross-references travel inside the string between private-use characters (stripped from any text
// that comes from a source file, see `clean`), and `toInlines` turns the marked string into inline
// nodes at the end.

const FACT_OPEN = '\uE000';
const SEP = '\uE001';
const FACT_CLOSE = '\uE002';
const SUP_OPEN = '\uE003';
const SUP_CLOSE = '\uE004';
const REF_OPEN = '\uE005';
const REF_CLOSE = '\uE006';

/** Every marker character, for regular expressions that must see through them. */
export const MARKS = '\uE000-\uE006';
const ANY_MARK = /[\uE000-\uE006]/gu;

/** Removes marker characters from text that comes from a source file. */
export function clean(text: string): string {
  return text.replace(ANY_MARK, '');
}

/** Collects fact sources; a marked string refers to them by index. */
export class FactTable {
  readonly sources: FactSource[] = [];

  wrap(text: string, source: FactSource): string {
    if (text === '') return '';
    this.sources.push(source);
    return `${FACT_OPEN}${this.sources.length - 1}${SEP}${text}${FACT_CLOSE}`;
  }
}

export function sup(text: string): string {
  return `${SUP_OPEN}${text}${SUP_CLOSE}`;
}

export function ref(target: string, text: string): string {
  return `${REF_OPEN}${target}${SEP}${text}${REF_CLOSE}`;
}

/** The visible text of a marked string. */
export function visible(marked: string): string {
  return marked.replace(/[\uE000\uE005][^\uE001]*\uE001/gu, '').replace(ANY_MARK, '');
}

/** The first visible character of a marked string (for elision), or ''. */
export function firstVisible(marked: string): string {
  return visible(marked.slice(0, 64)).charAt(0);
}

/** Upper-cases the first visible letter of a marked string. */
export function capitalise(marked: string, locale: string): string {
  const m = /^((?:[\uE000\uE005][^\uE001]*\uE001|[\uE002-\uE006])*)(\p{L})/u.exec(marked);
  if (!m) return marked;
  const head = m[1] ?? '';
  return head + (m[2] ?? '').toLocaleUpperCase(locale) + marked.slice(head.length + (m[2] ?? '').length);
}

/** Lower-cases the first visible letter of a marked string. */
export function lowerFirst(marked: string, locale: string): string {
  const m = /^((?:[\uE000\uE005][^\uE001]*\uE001|[\uE002-\uE006])*)(\p{L})/u.exec(marked);
  if (!m) return marked;
  const head = m[1] ?? '';
  return head + (m[2] ?? '').toLocaleLowerCase(locale) + marked.slice(head.length + (m[2] ?? '').length);
}

/**
 * A marked string (with `**bold**` markup) → inline nodes. Unbalanced markers (never produced by the
 * evaluator) are dropped rather than trusted.
 */
export function toInlines(marked: string, facts: readonly FactSource[]): Inline[] {
  interface Frame { readonly kind: 'root' | 'fact' | 'ref' | 'strong'; readonly content: Inline[]; readonly source?: FactSource; readonly target?: string }
  const stack: Frame[] = [{ kind: 'root', content: [] }];
  const top = (): Frame => stack[stack.length - 1] as Frame;
  let text = '';
  const flush = (): void => {
    if (text === '') return;
    const c = top().content;
    const last = c[c.length - 1];
    if (last?.kind === 'text') c[c.length - 1] = { kind: 'text', text: last.text + text };
    else c.push({ kind: 'text', text });
    text = '';
  };
  const close = (kind: Frame['kind']): void => {
    // Close up to the nearest frame of this kind; frames opened inside it close with it.
    const at = stack.map((f) => f.kind).lastIndexOf(kind);
    if (at <= 0) return;
    flush();
    while (stack.length > at) {
      const f = stack.pop() as Frame;
      const node: Inline | undefined =
        f.kind === 'fact' && f.source ? { kind: 'fact', source: f.source, content: f.content }
          : f.kind === 'ref' ? { kind: 'ref', target: f.target ?? '', content: f.content }
            : f.kind === 'strong' ? { kind: 'strong', content: f.content } : undefined;
      if (node && node.content.length > 0) top().content.push(node);
    }
  };
  let i = 0;
  while (i < marked.length) {
    const c = marked[i] as string;
    if (c === FACT_OPEN || c === REF_OPEN) {
      const sep = marked.indexOf(SEP, i);
      if (sep < 0) { i++; continue; }
      flush();
      const key = marked.slice(i + 1, sep);
      if (c === FACT_OPEN) {
        const source = facts[Number(key)];
        stack.push(source ? { kind: 'fact', content: [], source } : { kind: 'fact', content: [] });
      } else stack.push({ kind: 'ref', content: [], target: key });
      i = sep + 1;
    } else if (c === FACT_CLOSE) { close('fact'); i++; }
    else if (c === REF_CLOSE) { close('ref'); i++; }
    else if (c === SUP_OPEN) {
      const end = marked.indexOf(SUP_CLOSE, i);
      flush();
      const s = marked.slice(i + 1, end < 0 ? marked.length : end);
      top().content.push({ kind: 'sup', text: s });
      i = end < 0 ? marked.length : end + 1;
    } else if (c === '*' && marked[i + 1] === '*') {
      if (top().kind === 'strong' || stack.some((f) => f.kind === 'strong')) close('strong');
      else { flush(); stack.push({ kind: 'strong', content: [] }); }
      i += 2;
    } else if (c === SEP || c === SUP_CLOSE) i++;
    else { text += c; i++; }
  }
  flush();
  while (stack.length > 1) close(top().kind);
  return (stack[0] as Frame).content;
}
