import { shownRule, type Locale } from '../../diagnostics/index.ts';
import type { LocatedDiagnostic, Summary } from './located.ts';
import { printable } from './printable.ts';

// Human output: `file:line:col severity CODE [rule] message`, then a code frame. Colour only on a
// terminal and never when NO_COLOR is set (no-color.org).

const MAX_FRAME_WIDTH = 160;

export interface Style {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly blue: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const sgr = (code: string) => (s: string): string => `\x1b[${code}m${s}\x1b[0m`;
export const COLOUR: Style = { red: sgr('31'), yellow: sgr('33'), blue: sgr('34'), dim: sgr('2'), bold: sgr('1') };
export const PLAIN: Style = { red: (s) => s, yellow: (s) => s, blue: (s) => s, dim: (s) => s, bold: (s) => s };

export function renderText(ds: readonly LocatedDiagnostic[], summary: Summary, locale: Locale, style: Style): string {
  const out: string[] = [];
  for (const d of ds) {
    const sev = d.diagnostic.severity;
    const paint = sev === 'error' ? style.red : sev === 'warning' ? style.yellow : style.blue;
    const shown = shownRule(d.diagnostic);
    const rule = shown ? ` [${shown}]` : '';
    // Paths and messages quote the contract's text: its control characters are shown, never obeyed.
    out.push(`${style.bold(`${printable(d.file)}:${d.start.line}:${d.start.column}`)} ${paint(sev)} ${d.diagnostic.code}${rule} ${printable(d.message)}`);
    // A finding without a position in the source has no frame, nor the one-line summary of what a
    // helpdesk export loses (its details, with frames, are behind `compile --verbose`).
    if (d.diagnostic.range.end > 0 && d.brief !== true) out.push(...frame(d, style));
    for (const r of d.related) out.push(style.dim(`  = ${printable(r.message)} (${printable(r.file)}:${r.start.line}:${r.start.column})`));
  }
  out.push(summaryLine(summary, locale));
  return `${out.join('\n')}\n`;
}

function frame(d: LocatedDiagnostic, style: Style): string[] {
  const line = d.start.line;
  const raw = d.lineText;
  // Tabs and control characters would misalign the caret line; long lines are cut around the caret.
  const text = raw.replace(/[\t\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ');
  const from = Math.max(0, d.start.column - 1 - Math.floor(MAX_FRAME_WIDTH / 2));
  const shown = text.slice(from, from + MAX_FRAME_WIDTH);
  const caretStart = d.start.column - 1 - from;
  const caretLen = d.end.line === line ? Math.max(1, Math.min(d.end.column - d.start.column, shown.length - caretStart)) : Math.max(1, shown.length - caretStart);
  const gutter = String(line);
  return [
    style.dim(`${gutter} | `) + (from > 0 ? '…' : '') + shown,
    style.dim(`${' '.repeat(gutter.length)} | `) + (from > 0 ? ' ' : '') + ' '.repeat(Math.max(0, caretStart)) + '^'.repeat(caretLen),
  ];
}

export function summaryLine(s: Summary, locale: Locale): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 || (locale === 'fr' && n === 0) ? one : many}`;
  return locale === 'fr'
    ? `${plural(s.files, 'fichier vérifié', 'fichiers vérifiés')} : ${plural(s.errors, 'erreur', 'erreurs')}, ${plural(s.warnings, 'avertissement', 'avertissements')}.`
    : `${plural(s.files, 'file checked', 'files checked')}: ${plural(s.errors, 'error', 'errors')}, ${plural(s.warnings, 'warning', 'warnings')}.`;
}
