// `npm run fuzz [-- --seed N --seconds N]`: grammar-aware generation, byte-level mutation of every
// example, the stdlib and the corpus (donors.ts), and value mutation of the examples (which keeps
// many of them clean, so the backends run), checked against the invariants (invariants.ts: parser,
// checker, formatter, SLA JSON, exports, PDF definition) with 3 s per input. A failing input is
// minimised while it keeps the first violation's signature, and saved under test/fuzz/regressions/,
// which `npm test` replays.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { completeExamples, donors } from './donors.ts';
import { generateRandomContract } from './generate.ts';
import { mutate, mutateValues } from './mutate.ts';
import { Random } from './random.ts';
import { violations, type Violation } from './invariants.ts';
import { hugeToken, longWordContract, longWordViolations } from './shapes.ts';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const seed = option('seed', Date.now() % 1_000_000);
// Extra arguments (e.g. --seed twice from scripts/fuzz.sh) are harmless.
const seconds = option('seconds', 60);
// Per input, for the whole pipeline (a 10,000-character contract through every backend takes ~0.5 s).
const TIMEOUT_MS = 3000;

class Runner {
  private worker = this.spawn();
  private spawn(): Worker {
    return new Worker(new URL('./worker.ts', import.meta.url));
  }
  run(text: string, budget = TIMEOUT_MS): Promise<{ found: Violation[]; ms: number }> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        void this.worker.terminate();
        this.worker = this.spawn();
        resolve({ found: [{ signature: 'hang', detail: `no answer within ${5 * budget} ms` }], ms: 5 * budget });
      }, 5 * budget);
      this.worker.once('message', (m: { found: Violation[]; ms: number }) => {
        clearTimeout(timer);
        resolve(m.ms > budget ? { found: [...m.found, { signature: 'slow', detail: `${m.ms.toFixed(0)} ms` }], ms: m.ms } : m);
      });
      this.worker.postMessage(text);
    });
  }
  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Delta debugging on lines, then characters, keeping the first violation's signature (which names
 * the stage and the code, never an offset or a length, so a shorter input can fail the same way).
 */
export function minimise(text: string, signature: string): string {
  const fails = (t: string): boolean => violations(t).some((v) => v.signature === signature);
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
  const seeds = donors().map((d) => d.bytes);
  const examples = completeExamples().map((d) => new TextDecoder().decode(d.bytes));
  const runner = new Runner();
  const end = Date.now() + seconds * 1000;
  let inputs = 0;
  let failures = 0;
  // One regression per kind of failure and run: the same defect found again is reported, not saved.
  const saved = new Set<string>();
  process.stdout.write(`fuzz: seed ${seed}, ${seconds} s, ${seeds.length} donor files\n`);
  const flagship = examples.find((e) => e.includes('cabinet')) ?? examples[0] ?? '';
  while (Date.now() < end) {
    const dice = r.next();
    // The two blow-up shapes of issue 17, now and then: one long word taken through compile (in this
    // thread), and one huge token (a few seconds allowed for millions of characters).
    if (dice < 0.01) {
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
    const huge = dice < 0.03;
    const text = huge
      ? hugeToken(r)
      : dice < 0.35
        ? generateRandomContract(r.int(2 ** 31))
        : dice < 0.8
          ? new TextDecoder().decode(mutate(r.pick(seeds), r, seeds))
          : mutateValues(r.pick(examples), r);
    const { found } = await runner.run(text, huge ? 5 * TIMEOUT_MS : TIMEOUT_MS);
    inputs++;
    if (found.length === 0) continue;
    failures++;
    const signature = found[0]?.signature ?? '';
    const summary = found.map((v) => `${v.signature}: ${v.detail.split('\n')[0]}`).join('; ');
    if (saved.has(signature)) {
      process.stdout.write(`FAIL (again, not saved) ${summary}\n`);
      continue;
    }
    saved.add(signature);
    const small = signature === 'hang' || signature === 'slow' ? text : minimise(text, signature);
    const name = createHash('sha256').update(small).digest('hex').slice(0, 12);
    writeFileSync(join(import.meta.dirname, 'regressions', `${name}.infog`), small);
    process.stdout.write(`FAIL ${name}: ${summary}\n`);
  }
  await runner.close();
  process.stdout.write(`fuzz: ${inputs} inputs, ${failures} failures (${(inputs / seconds).toFixed(0)}/s)\n`);
  process.exitCode = failures > 0 ? 1 : 0;
}

if (import.meta.main) await main();
