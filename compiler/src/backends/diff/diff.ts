import type { Locale } from '../../diagnostics/index.ts';
import type { BoundStatement, Model } from '../../model/index.ts';
import { compareText } from '../../text/index.ts';
import { contractFacts, type Fact } from './facts.ts';
import { describe, speaker, type Speaker } from './sentences.ts';

// Two checked contracts → what changed between them, fact by fact, matched by identity (facts.ts).
// A statement added or removed with its block is one change (a new site with its workstations);
// a statement kept whose own values differ is one change, whatever number of its slots moved.

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One side of a change: where the fact is written and its canonical values. */
export interface ChangeSide {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly values: Readonly<Record<string, string>>;
  /** Declared identities below this statement (a removed site's equipment), for the whole subtree. */
  readonly facts: number;
}

export interface Change {
  readonly kind: ChangeKind;
  /** Identity: `sla.priority[P1].restore`. */
  readonly key: string;
  /** Statement path by keywords, as the document's fact sources say it: `sla.priority.restore`. */
  readonly path: string;
  /** The value slots that differ (a change), empty for an addition or a removal. */
  readonly slots: readonly string[];
  readonly old?: ChangeSide;
  readonly new?: ChangeSide;
  /** The change as a sentence, from the phrases of the vocabulary. */
  readonly text: Readonly<Record<Locale, string>>;
}

export interface ContractDiff {
  readonly changes: readonly Change[];
}

/** The statements (old side, new side) behind a change, for the amendment and the checks. */
export interface ChangeStatements {
  readonly old: BoundStatement | undefined;
  readonly new: BoundStatement | undefined;
}

export interface DiffDetail extends ContractDiff {
  readonly statements: ReadonlyMap<Change, ChangeStatements>;
}

export function diffModels(oldModel: Model, newModel: Model): DiffDetail {
  const a = contractFacts(oldModel.contract);
  const b = contractFacts(newModel.contract);
  const speakers = { old: lazy(() => speakersOf(oldModel)), new: lazy(() => speakersOf(newModel)) };
  const changes: Change[] = [];
  const statements = new Map<Change, ChangeStatements>();
  const push = (c: Omit<Change, 'text'>, st: ChangeStatements): void => {
    const text = { fr: describe(c, st, speakers.old()?.fr, speakers.new()?.fr), en: describe(c, st, speakers.old()?.en, speakers.new()?.en) };
    const full: Change = { ...c, text };
    changes.push(full);
    statements.set(full, st);
  };
  for (const [key, f] of b) {
    const before = a.get(key);
    if (!before) {
      if (f.parent === '' || a.has(f.parent)) push({ kind: 'added', key, path: f.path, slots: [], new: side(f, b) }, { old: undefined, new: f.b });
      continue;
    }
    const slots = [...new Set([...Object.keys(before.values), ...Object.keys(f.values)])].filter((s) => before.values[s] !== f.values[s]);
    if (slots.length > 0) push({ kind: 'changed', key, path: f.path, slots, old: side(before, a), new: side(f, b) }, { old: before.b, new: f.b });
  }
  for (const [key, f] of a) {
    if (b.has(key)) continue;
    if (f.parent === '' || b.has(f.parent)) push({ kind: 'removed', key, path: f.path, slots: [], old: side(f, a) }, { old: f.b, new: undefined });
  }
  changes.sort((x, y) => compareText(x.key, y.key));
  return { changes, statements };
}

function side(f: Fact, all: ReadonlyMap<string, Fact>): ChangeSide {
  let facts = 0;
  for (const k of all.keys()) if (k.startsWith(`${f.key}.`)) facts++;
  return { file: f.b.file, start: f.b.node.range.start, end: f.b.node.range.end, values: f.values, facts };
}

function speakersOf(m: Model): Record<Locale, Speaker | undefined> {
  return { fr: speaker(m, 'fr'), en: speaker(m, 'en') };
}

function lazy<T>(f: () => T): () => T {
  let v: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      v = f();
      done = true;
    }
    return v as T;
  };
}
