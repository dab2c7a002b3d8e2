import { execFileSync } from 'node:child_process';
import type { Host } from '../host.ts';
import { findStdlib, readConfined, todayFromEnvironment } from './node-host.ts';

// A host that reads the project as it was at a git revision (`infog diff contrat.infog --from v1.0`):
// every project file, the contract and the modules it imports, comes from `git show <rev>:<path>`, so
// the signed version is checked exactly as it was tagged. The stdlib is the installed one. Only the
// CLI runs git; the core sees a Host like any other.

export class GitRevisionHost implements Host {
  private readonly cache = new Map<string, Uint8Array | undefined>();
  private readonly projectRoot: string;
  private readonly rev: string;
  private readonly stdlibRoot: string;
  private readonly todayIso: string;

  constructor(projectRoot: string, rev: string, stdlibRoot: string = findStdlib(), todayIso: string = todayFromEnvironment()) {
    this.projectRoot = projectRoot;
    this.rev = rev;
    this.stdlibRoot = stdlibRoot;
    this.todayIso = todayIso;
  }

  readFile(root: 'project' | 'stdlib', path: string): Uint8Array | undefined {
    if (root === 'stdlib') return readConfined(this.stdlibRoot, path);
    if (this.cache.has(path)) return this.cache.get(path);
    const bytes = gitShow(this.projectRoot, this.rev, path);
    this.cache.set(path, bytes);
    return bytes;
  }

  today(): string {
    return this.todayIso;
  }
}

/** A file at a revision, by its path relative to `cwd` (`./` makes git read it so); undefined if absent. */
export function gitShow(cwd: string, rev: string, path: string): Uint8Array | undefined {
  // A revision that looks like an option would be read by git as one.
  if (rev.startsWith('-') || path.split('/').includes('..')) return undefined;
  try {
    return execFileSync('git', ['show', `${rev}:./${path}`], { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Whether `rev` names a commit of the repository around `cwd`. */
export function revisionExists(cwd: string, rev: string): boolean {
  if (rev.startsWith('-')) return false;
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
