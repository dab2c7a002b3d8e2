import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The files mutations start from and splice in: every example (complete and incomplete), the whole
// stdlib (presets and the clause library), the good and bad corpus, and the syntax corpus.

const REPO = join(import.meta.dirname, '..', '..');
export const DONOR_DIRS = ['examples', 'stdlib', join('test', 'corpus'), join('test', 'syntax')] as const;

export interface Donor {
  readonly path: string;
  readonly bytes: Uint8Array;
}

export function donors(): Donor[] {
  const out: Donor[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(join(REPO, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.infog')) out.push({ path: path.split('\\').join('/'), bytes: readFileSync(join(REPO, path)) });
    }
  };
  DONOR_DIRS.forEach(walk);
  return out;
}

/** The complete examples, the inputs most likely to stay clean under value mutations. */
export function completeExamples(): Donor[] {
  return donors().filter((d) => /^examples\/[^/]+\.infog$/.test(d.path));
}
