import type { CodeSpec, Locale, MessageArgs } from '../../compiler/src/diagnostics/index.ts';

// Every catalogue message rendered without a contract: each argument is a sample that reads as a
// word in a template, as a number in a comparison, and as a list in `.map`/`.join`, so any message
// function renders; a few alternative values reach the branches messages take on an argument
// (`relation === 'after'`, `law === 'CH'`, `state === 'incomplete'`).

/** A value that is at once a one-word list, a number (3) and a string ("sample"). */
function hybrid(word: string, n: number): unknown {
  const v = Object.assign([word], {
    valueOf: () => n,
    toFixed: (d?: number) => n.toFixed(d),
    toLocaleString: () => String(n),
    toUpperCase: () => word.toUpperCase(),
    toLowerCase: () => word.toLowerCase(),
    startsWith: (s: string) => word.startsWith(s),
    endsWith: (s: string) => word.endsWith(s),
    includes: (s: string) => word.includes(s),
    padStart: (len: number, fill?: string) => word.padStart(len, fill),
    slice: (a?: number, b?: number) => word.slice(a, b),
    replace: (a: string | RegExp, b: string) => word.replace(a, b),
    split: (s: string) => word.split(s),
    trim: () => word.trim(),
  });
  return v;
}

function argsOf(overrides: Readonly<Record<string, unknown>>, word: string, n: number): MessageArgs {
  return new Proxy({}, {
    get: (_t, key) => (typeof key === 'string' && key in overrides ? overrides[key] : typeof key === 'string' ? hybrid(word, n) : undefined),
    has: () => true,
  }) as MessageArgs;
}

/** The values messages branch on, each tried in turn on top of the plain sample. */
const VARIANTS: readonly Readonly<Record<string, unknown>>[] = [
  {},
  { law: 'CH' },
  { law: 'BE' },
  { law: 'FR' },
  { state: 'incomplete', present: ['insurance.insurer'] },
  { relation: 'after' },
  { item: 'credentials' },
  { kind: 'money' },
  { count: 1, amount: 1, hours: 1, days: 1, minutes: 60 },
  { minutes: 3000, unit: 'business_day', amount: 5 },
];

/** The message of `spec` in `locale`, rendered once per variant (duplicates removed). */
export function renderSamples(spec: CodeSpec<MessageArgs>, locale: Locale): string[] {
  const out = new Set<string>();
  for (const v of VARIANTS) {
    try {
      out.add(spec.message[locale](argsOf(v, 'sample', 3)));
    } catch {
      // A variant a message cannot take (e.g. a list where it expects a word) says nothing about it.
    }
  }
  return [...out];
}
