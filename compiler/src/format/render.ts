import { INDENT_UNIT, isArray, type Doc } from './doc.ts';

// Renders a Doc the way Prettier 3's `printDocToString` does (same command stack, same `fits` look-ahead
// over the rest of the line, same trimming before a hard line), restricted to the nodes of ./doc.ts. The
// Prettier plugin hands Prettier the same tree, so both print the same text; the plugin tests compare
// them on every golden file.

type Mode = 'break' | 'flat';

interface Command {
  readonly ind: string;
  readonly mode: Mode;
  readonly doc: Doc;
}

export interface RenderOptions {
  readonly printWidth: number;
  readonly eol: string;
}

export function render(doc: Doc, options: RenderOptions): string {
  const out: string[] = [];
  const cmds: Command[] = [{ ind: '', mode: 'break', doc }];
  let pos = 0;
  let shouldRemeasure = false;
  while (cmds.length > 0) {
    const { ind, mode, doc: d } = cmds.pop() as Command;
    if (typeof d === 'string') {
      out.push(d);
      pos += stringWidth(d);
      continue;
    }
    if (isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) cmds.push({ ind, mode, doc: d[i] as Doc });
      continue;
    }
    switch (d.kind) {
      case 'indent':
        cmds.push({ ind: ind + INDENT_UNIT, mode, doc: d.contents });
        break;
      case 'group': {
        if (mode === 'flat' && !shouldRemeasure) {
          cmds.push({ ind, mode: d.broken ? 'break' : 'flat', doc: d.contents });
          break;
        }
        shouldRemeasure = false;
        const next: Command = { ind, mode: 'flat', doc: d.contents };
        cmds.push(!d.broken && fits(next, cmds, options.printWidth - pos) ? next : { ind, mode: 'break', doc: d.contents });
        break;
      }
      case 'line':
        if (mode === 'flat' && d.mode !== 'hard' && d.mode !== 'literal') {
          if (d.mode === 'line') {
            out.push(' ');
            pos += 1;
          }
          break;
        }
        if (mode === 'flat') shouldRemeasure = true;
        if (d.mode === 'literal') {
          out.push(options.eol);
          pos = 0;
        } else {
          trimEnd(out);
          out.push(options.eol + ind);
          pos = ind.length;
        }
        break;
    }
  }
  return out.join('');
}

/** Prettier's `fits`: does `next`, then the rest of the current line, fit in `width` columns? */
function fits(next: Command, rest: readonly Command[], width: number): boolean {
  let restIdx = rest.length;
  const cmds: { mode: Mode; doc: Doc }[] = [next];
  let remaining = width;
  while (remaining >= 0) {
    const cmd = cmds.pop();
    if (cmd === undefined) {
      if (restIdx === 0) return true;
      cmds.push(rest[--restIdx] as Command);
      continue;
    }
    const { mode, doc } = cmd;
    if (typeof doc === 'string') {
      remaining -= stringWidth(doc);
      continue;
    }
    if (isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) cmds.push({ mode, doc: doc[i] as Doc });
      continue;
    }
    switch (doc.kind) {
      case 'indent':
        cmds.push({ mode, doc: doc.contents });
        break;
      case 'group':
        cmds.push({ mode: doc.broken ? 'break' : mode, doc: doc.contents });
        break;
      case 'line':
        if (mode === 'break' || doc.mode === 'hard' || doc.mode === 'literal') return true;
        if (doc.mode === 'line') remaining -= 1;
        break;
    }
  }
  return false;
}

/** Removes trailing spaces and tabs from the output, as Prettier does before a hard line break. */
function trimEnd(out: string[]): void {
  while (out.length > 0) {
    const last = out[out.length - 1] as string;
    const end = last.charCodeAt(last.length - 1);
    if (last.length > 0 && end !== 32 && end !== 9) return;
    const trimmed = last.replace(/[ \t]+$/, '');
    if (trimmed.length > 0 || last.length === 0) {
      out[out.length - 1] = trimmed;
      if (trimmed.length > 0) return;
      out.pop();
      continue;
    }
    out.pop();
  }
}

const NOT_ASCII = /[^\x20-\x7F]/;
/** Printable Latin (accents included) below the combining marks: one column each. */
const NARROW = /^[\x20-\x7E\u00A0-\u02FF]*$/;
const ZERO_WIDTH = /[\p{Mn}\p{Me}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;

/**
 * Display width in columns, as Prettier's `getStringWidth` counts it: controls and combining marks take
 * none, East Asian wide and full-width characters and emoji take two. (Prettier uses the full Unicode
 * East Asian Width table; the ranges below cover the scripts a contract may quote.)
 */
export function stringWidth(text: string): number {
  if (!NOT_ASCII.test(text) || NARROW.test(text)) return text.length;
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) continue;
    if (ZERO_WIDTH.test(ch)) continue;
    width += isWide(cp) || EMOJI.test(ch) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
    || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf)
    || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
    || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
}
