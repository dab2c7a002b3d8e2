import type { FileNode, Import } from '../ast/types.ts';
import { parse } from '../ast/index.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import { importCycle, importNotFound, importOutsideProject, invalidImportPath } from '../diagnostics/codes/names.ts';
import type { Host } from '../host.ts';
import { decodeDiagnostics } from '../syntax/index.ts';
import { decodeUtf8, type SourceFile } from '../text/index.ts';
import { displayPath, resolveImport, type ModuleLocation } from './module-path.ts';

// Loads the entry file and, through the host, every module it imports (transitively), parsing each
// once. Cycles, missing files and paths that leave the project are reported at the import.

export interface LoadedModule {
  readonly location: ModuleLocation;
  readonly source: SourceFile;
  readonly ast: FileNode;
  /** The modules this one imports, in order, resolved (unresolvable imports are omitted). */
  readonly imports: readonly { readonly node: Import; readonly target: string }[];
}

export interface Program {
  readonly entry: LoadedModule;
  /** Every module by display path (`std/…` for the stdlib), the entry included. */
  readonly modules: ReadonlyMap<string, LoadedModule>;
}

export function loadProgram(entry: SourceFile, host: Host, report: (d: Diagnostic) => void): Program {
  const modules = new Map<string, LoadedModule>();
  const visiting: string[] = [];

  const load = (location: ModuleLocation, source: SourceFile): LoadedModule => {
    const key = displayPath(location);
    const { file, diagnostics } = parse(source);
    diagnostics.forEach(report);
    const imports: { node: Import; target: string }[] = [];
    const mod: LoadedModule = { location, source, ast: file, imports };
    modules.set(key, mod);
    visiting.push(key);
    for (const item of file.items) {
      if (item.kind !== 'import' || !item.path) continue;
      const target = follow(item, location, source.path);
      if (target) imports.push({ node: item, target });
    }
    visiting.pop();
    return mod;
  };

  const follow = (node: Import, from: ModuleLocation, fromPath: string): string | undefined => {
    const spec = node.path?.value ?? '';
    const range = node.path?.range ?? node.range;
    const resolved = resolveImport(spec, from);
    if (!resolved.ok) {
      const code = resolved.reason === 'outside' ? importOutsideProject : invalidImportPath;
      report(code.create(fromPath, range, { path: spec }));
      return undefined;
    }
    const key = displayPath(resolved.location);
    if (visiting.includes(key)) {
      report(importCycle.create(fromPath, range, { cycle: [...visiting.slice(visiting.indexOf(key)), key] }));
      return undefined;
    }
    if (modules.has(key)) return key;
    const bytes = host.readFile(resolved.location.root, resolved.location.path);
    if (bytes === undefined) {
      report(importNotFound.create(fromPath, range, { path: spec }));
      return undefined;
    }
    const decoded = decodeUtf8(bytes);
    decodeDiagnostics(key, decoded).forEach(report);
    load(resolved.location, { path: key, text: decoded.text });
    return key;
  };

  const entryModule = load({ root: 'project', path: entry.path }, entry);
  return { entry: entryModule, modules };
}
