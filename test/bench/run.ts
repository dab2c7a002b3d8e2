// `npm run bench`: performance as ratios against baselines measured in the same process on the same
// machine (medians after warm-up), so figures survive hardware changes. `--json` prints one object;
// `--quick` uses fewer runs. Results are recorded in docs/performance.md.
import { parse } from '../../compiler/src/index.ts';
import { generateContract, generateJson } from './generate.ts';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const RUNS = quick ? 5 : 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Median wall time of `fn` in ms, after warm-up runs that let the JIT settle. */
function time(fn: () => unknown, runs = RUNS, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** Alternates the two measurements so that machine noise hits both alike. */
function ratio(subject: () => unknown, baseline: () => unknown): { ratio: number; subjectMs: number; baselineMs: number } {
  const s: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < 3; round++) {
    s.push(time(subject));
    b.push(time(baseline));
  }
  const subjectMs = median(s);
  const baselineMs = median(b);
  return { ratio: subjectMs / baselineMs, subjectMs, baselineMs };
}

const contract10k = generateContract(10_000);
const json10k = generateJson(Buffer.byteLength(contract10k));
const front = ratio(() => parse({ path: 'bench.infog', text: contract10k }), () => JSON.parse(json10k));

const result = {
  frontEndVsJsonParse: Number(front.ratio.toFixed(2)),
};

if (args.has('--json')) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const kb = (Buffer.byteLength(contract10k) / 1024).toFixed(0);
  process.stdout.write([
    `node ${process.version}, ${process.arch}`,
    `10,000-line contract (${kb} KiB): lex + parse + AST ${front.subjectMs.toFixed(1)} ms; JSON.parse of ${(json10k.length / 1024).toFixed(0)} KiB ${front.baselineMs.toFixed(2)} ms`,
    `frontEndVsJsonParse = ${result.frontEndVsJsonParse} (target at this stage ≤ 40, final ≤ 25)`,
    '',
  ].join('\n'));
}
