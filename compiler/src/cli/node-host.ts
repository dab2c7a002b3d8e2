import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Host } from '../host.ts';

// The file-system host of the CLI. It confines every read to its root (the project, or the stdlib)
// after resolving links, so a symlink inside the project cannot smuggle in an outside file.

const PROJECT_MARKERS = ['infog.json', 'package.json', '.git'];

/** The project root of a file: the nearest ancestor holding a project marker, else its folder. */
export function findProjectRoot(file: string): string {
  const start = dirname(resolve(file));
  for (let dir = start; ; dir = dirname(dir)) {
    if (PROJECT_MARKERS.some((m) => existsSync(join(dir, m)))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/**
 * The stdlib shipped with the compiler: the nearest `stdlib/` folder above this module that holds the
 * clause library (`<repo>/stdlib` from a clone, `dist/stdlib` inside the VS Code extension), or
 * `$INFOG_STDLIB`.
 */
export function findStdlib(): string {
  const fromEnv = process.env['INFOG_STDLIB'];
  if (fromEnv) return resolve(fromEnv);
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'stdlib', 'clauses', 'index.infog'))) return join(dir, 'stdlib');
    if (dirname(dir) === dir) return resolve('stdlib');
  }
}

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(`..${sep}`));
}

export function readConfined(root: string, relPath: string): Uint8Array | undefined {
  try {
    const realRoot = realpathSync(root);
    const full = realpathSync(join(realRoot, ...relPath.split('/')));
    if (!within(realRoot, full) || !statSync(full).isFile()) return undefined;
    return readFileSync(full);
  } catch {
    return undefined;
  }
}

export class NodeHost implements Host {
  readonly projectRoot: string;
  readonly stdlibRoot: string;
  private readonly todayIso: string;

  constructor(projectRoot: string, stdlibRoot: string = findStdlib(), today: string = todayFromEnvironment()) {
    this.projectRoot = projectRoot;
    this.stdlibRoot = stdlibRoot;
    this.todayIso = today;
  }

  readFile(root: 'project' | 'stdlib', path: string): Uint8Array | undefined {
    return readConfined(root === 'project' ? this.projectRoot : this.stdlibRoot, path);
  }

  today(): string {
    return this.todayIso;
  }
}

/** Today, or the day of `SOURCE_DATE_EPOCH` when set, for reproducible builds. */
export function todayFromEnvironment(): string {
  const epoch = Number(process.env['SOURCE_DATE_EPOCH']);
  const ms = Number.isFinite(epoch) && process.env['SOURCE_DATE_EPOCH'] ? epoch * 1000 : Date.now();
  return new Date(ms).toISOString().slice(0, 10);
}
