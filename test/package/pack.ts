import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO } from '../helpers/host.ts';

// Packs @infog/compiler and @infog/language-server as `npm pack` does for a user, with their prepack
// step, from a copy of the package folders (committed files and the suite's build, no sources or
// node_modules), so the repository itself is left alone while other tests run.

export interface Tarball {
  readonly file: string;
  /** Paths inside the package, as npm lists them. */
  readonly files: readonly string[];
  readonly manifest: Record<string, unknown>;
}

const NODE_DIR = dirname(process.execPath);

/** Runs a command with Node >= 22 first on PATH, a private HOME and npm cache under `tmp`. */
export function run(tmp: string, command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      PATH: `${NODE_DIR}:${process.env['PATH'] ?? ''}`,
      HOME: join(tmp, 'home'),
      LANG: 'C',
      SOURCE_DATE_EPOCH: '1795392000',
      npm_config_update_notifier: 'false',
      npm_config_cache: join(tmp, 'npm-cache'),
      ...env,
    },
  });
  if (r.error) throw r.error;
  return r;
}

export function npm(tmp: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return run(tmp, 'npm', [...args, '--no-audit', '--no-fund'], cwd, env);
}

export function packPackages(tmp: string): { compiler: Tarball; server: Tarball } {
  const src = join(tmp, 'repo');
  cpSync(join(REPO, 'scripts', 'pack.mjs'), join(src, 'scripts', 'pack.mjs'));
  cpSync(join(REPO, 'stdlib'), join(src, 'stdlib'), { recursive: true });
  for (const pkg of ['compiler', 'language-server']) {
    cpSync(join(REPO, pkg), join(src, pkg), { recursive: true, filter: (p) => !/[\\/](src|node_modules)$|tsconfig\.json$/.test(p) });
  }
  const dest = join(tmp, 'tgz');
  mkdirSync(dest, { recursive: true });
  const packed = npm(tmp, ['pack', './compiler', './language-server', '--pack-destination', dest, '--json'], src, { INFOG_PACK_SKIP_BUILD: '1' });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  // postpack removed the stdlib copies again.
  if (existsSync(join(src, 'compiler', 'stdlib')) || existsSync(join(src, 'language-server', 'stdlib'))) throw new Error('postpack left a stdlib copy behind');
  const list = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  const entry = (prefix: string): Tarball => {
    const p = list.find((x) => x.filename.startsWith(prefix));
    if (!p) throw new Error(`no ${prefix} tarball in ${packed.stdout.slice(0, 500)}`);
    const file = join(dest, p.filename);
    const manifest = JSON.parse(run(tmp, 'tar', ['-xzOf', file, 'package/package.json'], tmp).stdout) as Record<string, unknown>;
    return { file, files: p.files.map((f) => f.path), manifest };
  };
  return { compiler: entry('infog-compiler-'), server: entry('infog-language-server-') };
}
