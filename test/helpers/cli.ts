import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './host.ts';
import { recordingEnv } from './record.ts';

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `infog` binary as a user would, with a clean, reproducible environment. */
export function infog(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; input?: string; timeout?: number } = {}): Run {
  const r = spawnSync(process.execPath, [join(REPO, 'compiler', 'bin', 'infog.js'), ...args], {
    cwd: options.cwd ?? REPO,
    env: { PATH: process.env['PATH'] ?? '', LANG: 'C', SOURCE_DATE_EPOCH: '1795392000', ...recordingEnv(), ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
