import type { Diagnostic, Locale } from '../../diagnostics/index.ts';
import { renderMessage } from '../../diagnostics/index.ts';
import { LineIndex, type LineColumn } from '../../text/index.ts';

// Diagnostics as the edges see them: display path, 1-based lines and columns (UTF-16 units, end
// exclusive), rendered message. Only the CLI and the language server convert offsets.

/** Plain data (it crosses worker threads): the frame's line is copied, not the whole text. */
export interface LocatedDiagnostic {
  readonly diagnostic: Diagnostic;
  readonly file: string;
  readonly start: LineColumn;
  readonly end: LineColumn;
  readonly message: string;
  /** The text of the start line, for the code frame. */
  readonly lineText: string;
  /** Related places ("first declared here", "in preset gold"), located and rendered. */
  readonly related: readonly { readonly file: string; readonly start: LineColumn; readonly message: string }[];
  /** One line, no code frame (the summary of what an export loses). */
  readonly brief?: boolean;
}

/** Finds the text and the display path of any file of the checked program, for related places. */
export type FileLookup = (file: string) => { readonly text: string; readonly display: string } | undefined;

export class Locator {
  private readonly indexes = new Map<string, LineIndex>();

  private index(display: string, text: string): LineIndex {
    let index = this.indexes.get(display);
    if (!index) {
      index = new LineIndex(text);
      this.indexes.set(display, index);
    }
    return index;
  }

  /** `text` is the diagnostic's file's text and `display` the path users see; `files` finds related ones. */
  locate(d: Diagnostic, text: string, display: string, locale: Locale, files?: FileLookup): LocatedDiagnostic {
    const index = this.index(display, text);
    const start = index.position(d.range.start);
    const related = (d.related ?? []).flatMap((r) => {
      const f = files?.(r.file);
      return f ? [{ file: f.display, start: this.index(f.display, f.text).position(r.range.start), message: r.message[locale] }] : [];
    });
    return {
      diagnostic: d,
      file: display,
      start,
      end: index.position(d.range.end),
      message: renderMessage(d, locale),
      lineText: index.lineText(start.line),
      related,
    };
  }
}

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
}

export function summarise(files: number, ds: readonly LocatedDiagnostic[]): Summary {
  return {
    files,
    errors: ds.filter((d) => d.diagnostic.severity === 'error').length,
    warnings: ds.filter((d) => d.diagnostic.severity === 'warning').length,
  };
}

/** Identity of a located diagnostic: everything a reader sees (file, place, code, severity, message) and its arguments. */
export function sameDiagnosticKey(d: LocatedDiagnostic): string {
  const x = d.diagnostic;
  return JSON.stringify([d.file, x.range.start, x.range.end, x.code, x.severity, x.rule ?? '', x.args, d.message]);
}
