import type { Host } from '../../compiler/src/index.ts';

// The compiler's Host in a browser: no file system — the stdlib (clause library and presets) is
// bundled as data, and the project is the one contract being edited.

export class BrowserHost implements Host {
  private readonly encoder = new TextEncoder();
  private readonly stdlib: Readonly<Record<string, string>>;
  private readonly project: Readonly<Record<string, string>>;
  private readonly day: string;

  constructor(stdlib: Readonly<Record<string, string>>, project: Readonly<Record<string, string>>, day: string) {
    this.stdlib = stdlib;
    this.project = project;
    this.day = day;
  }

  readFile(root: 'project' | 'stdlib', path: string): Uint8Array | undefined {
    const text = (root === 'stdlib' ? this.stdlib : this.project)[path];
    return text === undefined ? undefined : this.encoder.encode(text);
  }

  today(): string {
    return this.day;
  }
}
