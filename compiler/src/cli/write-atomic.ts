import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Every output is written atomically: the bytes go to a temporary file in the same folder (same file
// system, so the rename is atomic), are flushed, then renamed over the target. A failure at any point
// leaves the earlier output untouched and no partial file behind.

let counter = 0;

export function writeAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    const fd = openSync(tmp, 'w', 0o644);
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Writes a set of outputs so that either all of them are replaced or none is: each is first written to
 * its temporary file, and the renames happen only once every temporary file is complete.
 */
export function writeAllAtomic(outputs: readonly { path: string; data: string | Uint8Array }[]): void {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const o of outputs) {
      mkdirSync(dirname(o.path), { recursive: true });
      const tmp = join(dirname(o.path), `.${basename(o.path)}.${process.pid}.${counter++}.tmp`);
      staged.push({ tmp, path: o.path });
      const fd = openSync(tmp, 'w', 0o644);
      try {
        writeSync(fd, typeof o.data === 'string' ? Buffer.from(o.data, 'utf8') : o.data);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const s of staged) renameSync(s.tmp, s.path);
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw e;
  }
}
