import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareText } from '../text/index.ts';

/**
 * Thrown for usage and I/O problems; main turns it into a message and exit status 2. With `command`,
 * the message is a misuse of that command and main adds its usage line.
 */
export class UsageError extends Error {
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

const SKIP_DIRS = new Set(['node_modules', 'out', 'dist']);

/**
 * Expands the command's arguments: a file stands for itself, a directory for every `.infog` file
 * below it (sorted, skipping dependencies, build output and hidden folders).
 */
export function expandInputs(args: readonly string[], fr: boolean): string[] {
  const out: string[] = [];
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch {
      throw new UsageError(fr ? `fichier ou dossier introuvable : ${arg}` : `no such file or directory: ${arg}`);
    }
    if (st.isDirectory()) {
      const found = walk(arg);
      if (found.length === 0) throw new UsageError(fr ? `aucun fichier .infog dans ${arg}` : `no .infog file in ${arg}`);
      out.push(...found);
    } else out.push(arg);
  }
  return [...new Set(out)];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) out.push(...walk(full));
    else if (entry.isFile() && entry.name.endsWith('.infog')) out.push(full);
  }
  return out;
}
