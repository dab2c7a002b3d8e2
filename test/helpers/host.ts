import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Host } from '../../compiler/src/index.ts';

export const REPO = join(import.meta.dirname, '..', '..');
export const STDLIB = join(REPO, 'stdlib');

/** A host over in-memory project files; the stdlib is the real one, today is fixed. */
export class MemoryHost implements Host {
  readonly files: Map<string, string>;
  private readonly day: string;
  constructor(files: Record<string, string>, day = '2026-11-23') {
    this.files = new Map(Object.entries(files));
    this.day = day;
  }
  readFile(root: 'project' | 'stdlib', path: string): Uint8Array | undefined {
    if (root === 'project') {
      const text = this.files.get(path);
      return text === undefined ? undefined : new TextEncoder().encode(text);
    }
    try {
      return readFileSync(join(STDLIB, ...path.split('/')));
    } catch {
      return undefined;
    }
  }
  today(): string {
    return this.day;
  }
}
