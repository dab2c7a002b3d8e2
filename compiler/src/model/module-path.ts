// Resolution of import specifiers to files, confined to the project and the standard library.
// The host reads what we resolve; nothing here touches the file system.

export type ModuleRoot = 'project' | 'stdlib';

export interface ModuleLocation {
  readonly root: ModuleRoot;
  /** Posix path relative to the root, with the `.infog` extension. */
  readonly path: string;
}

export type ResolveResult =
  | { readonly ok: true; readonly location: ModuleLocation }
  | { readonly ok: false; readonly reason: 'invalid' | 'outside' };

/** The key a module is known by, and the path diagnostics show (`std/…` for the stdlib). */
export function displayPath(loc: ModuleLocation): string {
  return loc.root === 'stdlib' ? `std/${loc.path}` : loc.path;
}

export function resolveImport(specifier: string, from: ModuleLocation): ResolveResult {
  if (specifier.length === 0 || specifier.includes('\\') || specifier.includes('\0') || /^[a-zA-Z]:/.test(specifier) || specifier.startsWith('/')) {
    return { ok: false, reason: 'invalid' };
  }
  if (specifier.startsWith('std/')) {
    const path = normalise(specifier.slice(4).split('/'));
    return path === undefined ? { ok: false, reason: 'outside' } : { ok: true, location: { root: 'stdlib', path: withExtension(path) } };
  }
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return { ok: false, reason: 'invalid' };
  const dir = from.path.split('/').slice(0, -1);
  const path = normalise([...dir, ...specifier.split('/')]);
  return path === undefined ? { ok: false, reason: 'outside' } : { ok: true, location: { root: from.root, path: withExtension(path) } };
}

/** Folds `.` and `..`; undefined when the path climbs above its root. */
function normalise(parts: readonly string[]): string | undefined {
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(p);
  }
  return out.length === 0 ? undefined : out.join('/');
}

function withExtension(path: string): string {
  return path.endsWith('.infog') ? path : `${path}.infog`;
}
