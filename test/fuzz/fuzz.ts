// `npm run fuzz [-- --seed N --seconds N]`: grammar-aware generation and byte-level mutation of the
// examples and the stdlib, checked against the invariants (invariants.ts) with 1 s per input. A
// failing input is minimised and saved under test/fuzz/regressions/, which `npm test` replays.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateRandomContract } from './generate.ts';
import { mutate } from './mutate.ts';
import { Random } from './random.ts';
import { violations } from './invariants.ts';
import { hugeToken, longWordContract, longWordViolations } from './shapes.ts';

const REPO = join(import.meta.dirname, '..', '..');
const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const seed = option('seed', Date.now() % 1_000_000);
// Extra arguments (e.g. --seed twice from scripts/fuzz.sh) are harmless.
const seconds = option('seconds', 60);
const TIMEOUT_MS = 1000;

function corpus(dir: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.infog')) out.push(readFileSync(join(d, e.name)));
    }
  };
  walk(dir);
  return out;
}

class Runner {
  private worker = this.spawn();
  private spawn(): Worker {
    return new Worker(new URL('./worker.ts', import.meta.url));
  }
  run(text: string, budget = TIMEOUT_MS): Promise<{ found: string[]; ms: number }> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        void this.worker.terminate();
        this.worker = this.spawn();
        resolve({ found: [`hang: no answer within ${5 * budget} ms`], ms: 5 * budget });
      }, 5 * budget);
      this.worker.once('message', (m: { found: string[]; ms: number }) => {
        clearTimeout(timer);
        resolve(m.ms > budget ? { found: [...m.found, `slow: ${m.ms.toFixed(0)} ms`], ms: m.ms } : m);
      });
      this.worker.postMessage(text);
    });
  }
  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/** Delta debugging on lines, then characters, keeping the first violation's kind. */
function minimise(text: string, kind: string): string {
  const fails = (t: string): boolean => violations(t).some((v) => v.split(':')[0] === kind);
  let current = text;
  for (const unit of ['\n', '']) {
    let parts = current.split(unit);
    for (let chunk = Math.max(1, parts.length >> 1); chunk >= 1; chunk >>= 1) {
      for (let i = 0; i < parts.length; ) {
        const candidate = [...parts.slice(0, i), ...parts.slice(i + chunk)];
        if (candidate.length < parts.length && fails(candidate.join(unit))) parts = candidate;
        else i += chunk;
      }
    }
    current = parts.join(unit);
  }
  return current;
}

async function main(): Promise<void> {
  const r = new Random(seed);
  const seeds = [...corpus(join(REPO, 'examples')), ...corpus(join(REPO, 'stdlib')), ...corpus(join(REPO, 'test', 'corpus'))];
  const runner = new Runner();
  const end = Date.now() + seconds * 1000;
  let inputs = 0;
  let failures = 0;
  process.stdout.write(`fuzz: seed ${seed}, ${seconds} s, ${seeds.length} seed files\n`);
  const flagship = readFileSync(join(REPO, 'examples', 'cabinet-dupont.infog'), 'utf8');
  while (Date.now() < end) {
    // The two blow-up shapes of issue 17, now and then: one huge token (a few seconds allowed for
    // millions of characters) and one long word taken through compile (in this thread).
    const shape = r.next();
    if (shape < 0.01) {
      const text = longWordContract(r, flagship);
      const found = longWordViolations(text);
      inputs++;
      if (found.length > 0) {
        failures++;
        const name = createHash('sha256').update(text).digest('hex').slice(0, 12);
        writeFileSync(join(import.meta.dirname, 'regressions', `${name}.infog`), text);
        process.stdout.write(`FAIL ${name} (long word through compile): ${found.join('; ')}\n`);
      }
      continue;
    }
    const huge = shape < 0.03;
    const text = huge ? hugeToken(r) : r.chance(0.4) || seeds.length === 0
      ? generateRandomContract(r.int(2 ** 31))
      : new TextDecoder().decode(mutate(r.pick(seeds), r, seeds));
    const { found } = await runner.run(text, huge ? 5 * TIMEOUT_MS : TIMEOUT_MS);
    inputs++;
    if (found.length === 0) continue;
    failures++;
    const kind = (found[0] ?? '').split(':')[0] ?? '';
    const small = kind === 'hang' || kind === 'slow' ? text : minimise(text, kind);
    const name = createHash('sha256').update(small).digest('hex').slice(0, 12);
    writeFileSync(join(import.meta.dirname, 'regressions', `${name}.infog`), small);
    process.stdout.write(`FAIL ${name}: ${found.join('; ')}\n`);
  }
  await runner.close();
  process.stdout.write(`fuzz: ${inputs} inputs, ${failures} failures (${(inputs / seconds).toFixed(0)}/s)\n`);
  process.exitCode = failures > 0 ? 1 : 0;
}

await main();
