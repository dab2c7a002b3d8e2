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
}

export class Locator {
  private readonly indexes = new Map<string, LineIndex>();

  /** `texts` maps a diagnostic's file to its text; `display` maps it to the path users see. */
  locate(d: Diagnostic, text: string, display: string, locale: Locale): LocatedDiagnostic {
    let index = this.indexes.get(display);
    if (!index) {
      index = new LineIndex(text);
      this.indexes.set(display, index);
    }
    const start = index.position(d.range.start);
    return {
      diagnostic: d,
      file: display,
      start,
      end: index.position(d.range.end),
      message: renderMessage(d, locale),
      lineText: index.lineText(start.line),
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
