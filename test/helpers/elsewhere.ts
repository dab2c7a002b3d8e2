import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Outputs } from './outputs.ts';

// Another process, on the other side of the date line, in another language, with the clock of the
// day it runs: what its deterministic outputs (outputs.ts) are there.

let cached: Outputs | undefined;

export function outputsElsewhere(): Outputs {
  if (cached) return cached;
  const r = spawnSync(process.execPath, [join(import.meta.dirname, 'outputs.ts')], {
    env: { PATH: process.env['PATH'] ?? '', TZ: 'Pacific/Kiritimati', LANG: 'de_CH.UTF-8', LC_ALL: 'de_CH.UTF-8' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`outputs.ts failed (${String(r.status)}): ${r.stderr}`);
  cached = JSON.parse(r.stdout) as Outputs;
  return cached;
}
