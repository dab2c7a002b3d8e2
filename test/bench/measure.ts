// Measurement helpers: medians after warm-up, alternating subject and baseline so machine noise
// (other processes, frequency scaling) hits both alike.

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

/** Median wall time of `fn` in ms over `runs` runs, after `warmup` runs. */
export function time(fn: () => unknown, runs: number, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export interface Ratio {
  readonly ratio: number;
  readonly subjectMs: number;
  readonly baselineMs: number;
}

export function ratio(subject: () => unknown, baseline: () => unknown, runs: number, rounds = 3): Ratio {
  const s: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < rounds; round++) {
    s.push(time(subject, runs));
    b.push(time(baseline, runs));
  }
  const subjectMs = median(s);
  const baselineMs = median(b);
  return { ratio: subjectMs / baselineMs, subjectMs, baselineMs };
}

export async function ratioAsync(subject: () => Promise<unknown>, baseline: () => Promise<unknown>, runs: number, rounds = 3): Promise<Ratio> {
  const s: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < rounds; round++) {
    s.push(await timeAsync(subject, runs));
    b.push(await timeAsync(baseline, runs));
  }
  const subjectMs = median(s);
  const baselineMs = median(b);
  return { ratio: subjectMs / baselineMs, subjectMs, baselineMs };
}
