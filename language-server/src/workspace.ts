import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkFile, checkSource, type CheckResult, type Host } from '@infog/compiler';
import { findProjectRoot, NodeHost, todayFromEnvironment } from '@infog/compiler/node';

// The server as a Host: open documents overlay the file system, the stdlib comes from the repo's (or
// the extension's) `stdlib/`, and a document's project root is found with the CLI's rules. No
// language knowledge here: checking is `checkSource`, everything else is the compiler's `ide` API.

export interface OpenDocument {
  readonly uri: string;
  readonly text: string;
  readonly version: number;
}

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** Project root (absolute) or undefined for a document that is not a file. */
  readonly root: string | undefined;
  /** Display path of the document in its program. */
  readonly file: string;
  readonly result: CheckResult;
}

const encoder = new TextEncoder();

export class Workspace {
  private readonly docs = new Map<string, OpenDocument>();
  private readonly cache = new Map<string, Analysis>();
  private readonly hosts = new Map<string, NodeHost>();
  private readonly projectHosts = new Map<string, Host>();
  private stdModules: string[] | undefined;
  readonly stdlibRoot: string;
  private readonly today: string;

  constructor(stdlibRoot: string, today: string = todayFromEnvironment()) {
    this.stdlibRoot = stdlibRoot;
    this.today = today;
  }

  set(doc: OpenDocument): void {
    this.docs.set(doc.uri, doc);
  }

  close(uri: string): void {
    this.docs.delete(uri);
    this.cache.delete(uri);
  }

  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }

  openUris(): string[] {
    return [...this.docs.keys()];
  }

  /** The checked program of an open document at its current version (cached per version). */
  analyse(uri: string): Analysis | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const cached = this.cache.get(uri);
    if (cached && cached.version === doc.version && cached.text === doc.text) return cached;
    const { root, file } = this.locate(uri);
    const result = checkSource({ path: file, text: doc.text }, this.hostFor(root));
    const analysis: Analysis = { uri, version: doc.version, text: doc.text, root, file, result };
    this.cache.set(uri, analysis);
    return analysis;
  }

  /** The last analysis, even if the document changed since (for cheap answers while typing). */
  last(uri: string): Analysis | undefined {
    return this.cache.get(uri);
  }

  /** Checks a file that is not open (for "check the workspace"). */
  analyseFile(path: string): Analysis | undefined {
    const uri = pathToFileURL(path).href;
    const open = this.docs.get(uri);
    if (open) return this.analyse(uri);
    const root = findProjectRoot(path);
    const file = relative(root, path).split(sep).join('/');
    // The same entry point as `infog check`: BOM and invalid UTF-8 are handled (and reported) alike.
    const result = checkFile(file, this.hostFor(root));
    if (!result) return undefined;
    return { uri, version: 0, text: result.model.program.entry.source.text, root, file, result };
  }

  /** Open documents whose program reads `uri`'s file (they must be checked again when it changes). */
  dependents(uri: string): string[] {
    const path = this.fsPath(uri);
    if (!path) return [];
    const out: string[] = [];
    for (const a of this.cache.values()) {
      if (a.uri === uri || !a.root) continue;
      const rel = relative(a.root, path).split(sep).join('/');
      if (a.result.model.program.modules.has(rel)) out.push(a.uri);
    }
    return out;
  }

  /** The URI of a display path (`std/…` or project-relative) in a program rooted at `root`. */
  uriOf(file: string, root: string | undefined): string | undefined {
    if (file.startsWith('std/')) return pathToFileURL(join(this.stdlibRoot, ...file.slice(4).split('/'))).href;
    return root ? pathToFileURL(join(root, ...file.split('/'))).href : undefined;
  }

  /** Importable stdlib modules, `std/<path>` without the extension. */
  stdlibModules(): string[] {
    if (this.stdModules) return this.stdModules;
    const out: string[] = [];
    const walk = (dir: string, depth: number): void => {
      if (depth > 6) return;
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const n of names.sort()) {
        const full = join(dir, n);
        if (n.endsWith('.infog')) out.push(`std/${relative(this.stdlibRoot, full).split(sep).join('/').replace(/\.infog$/, '')}`);
        else if (!n.startsWith('.') && isDir(full)) walk(full, depth + 1);
      }
    };
    walk(this.stdlibRoot, 0);
    this.stdModules = out;
    return out;
  }

  /**
   * The host of a project root, the same object on every call: the document backend caches the parsed
   * clause library per host (library.ts), so the preview and the drafting after a pause do not parse
   * the library again at every keystroke. It reads open documents live, so it never goes stale.
   */
  hostFor(root: string | undefined): Host {
    const key = root ?? '';
    let host = this.projectHosts.get(key);
    if (!host) {
      host = this.makeHost(root);
      this.projectHosts.set(key, host);
    }
    return host;
  }

  private makeHost(root: string | undefined): Host {
    const base = root ? this.nodeHost(root) : undefined;
    return {
      readFile: (which, path) => {
        if (which === 'project' && root) {
          const open = this.docs.get(pathToFileURL(join(root, ...path.split('/'))).href);
          if (open) return encoder.encode(open.text);
        }
        if (which === 'stdlib') return (base ?? this.nodeHost(this.stdlibRoot)).readFile('stdlib', path);
        return base?.readFile(which, path);
      },
      today: () => this.today,
    };
  }

  private nodeHost(root: string): NodeHost {
    let h = this.hosts.get(root);
    if (!h) {
      h = new NodeHost(root, this.stdlibRoot, this.today);
      this.hosts.set(root, h);
    }
    return h;
  }

  fsPath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  }

  private locate(uri: string): { root: string | undefined; file: string } {
    const path = this.fsPath(uri);
    if (!path) return { root: undefined, file: decodeURIComponent(uri.split('/').pop() ?? 'untitled.infog') };
    const root = findProjectRoot(path);
    return { root, file: relative(root, path).split(sep).join('/') };
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Every `.infog` file under `dir`, skipping dependencies, VCS and build folders. */
export function findInfogFiles(dir: string, limit = 5000): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number): void => {
    if (depth > 12 || out.length >= limit) return;
    let names: string[] = [];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names.sort()) {
      if (n === 'node_modules' || n.startsWith('.') || n === 'out' || n === 'dist') continue;
      const full = join(d, n);
      if (n.endsWith('.infog')) out.push(full);
      else if (isDir(full)) walk(full, depth + 1);
    }
  };
  walk(dir, 0);
  return out;
}

/**
 * The stdlib: the `stdlibPath` setting, else the CLI's rule (`findStdlib`: `$INFOG_STDLIB`, then the
 * nearest `stdlib/` holding the clause library above the bundle — `dist/stdlib` in the extension,
 * `<repo>/stdlib` in a clone).
 */
export function locateStdlib(explicit: string | undefined, findStdlib: () => string): string {
  return explicit ? resolve(explicit) : findStdlib();
}

/**
 * The `infog` CLI: the bundle beside the server (`dist/cli`, built with it: the extension and the
 * package ship one), else, running from sources, the repo's `compiler/bin/infog.js`.
 */
export function locateCli(explicit: string | undefined): string | undefined {
  if (explicit) return resolve(explicit);
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, 'cli', 'infog.js');
  if (existsSync(beside)) return beside;
  for (let dir = here; ; dir = dirname(dir)) {
    const repo = join(dir, 'compiler', 'bin', 'infog.js');
    if (existsSync(repo)) return repo;
    if (dirname(dir) === dir) return undefined;
  }
}
