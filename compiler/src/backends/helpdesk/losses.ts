// From the losses the exporters report (one per fact of the SLA document, per tool) to diagnostics a
// person reads. `infog compile --export all` lost 77 facts for one contract; printed one by one at 1:1
// they drowned the rest. So:
// - summary (the default): one diagnostic per loss kind (code) and tool, whose lists hold every item,
//   at the contract statement of the first item; tools that lose exactly the same items share one
//   diagnostic (`tools: ['Zammad', 'GLPI']`), so eight exports of one contract print a dozen lines;
// - detail (`--verbose`): one diagnostic per lost fact at the statement that states it, still shared by
//   the tools that lose it.
// Pure: `locate` maps a JSON Pointer of the SLA document to a source place (the SLA backend's source
// map); without one, every loss is about the contract file as a whole.
import type { Diagnostic, MessageArgs } from '../../diagnostics/index.ts';
import type { Locate, Loss, Place } from './common.ts';

/** The arguments without `tools`, as a stable key: equal items, equal key. */
function itemKey(args: MessageArgs): string {
  return JSON.stringify(Object.entries(args).filter(([k]) => k !== 'tools').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `a` with every list argument of `b` appended (the items of two losses of one kind). */
function appendItems(a: MessageArgs, b: MessageArgs): MessageArgs {
  const out: Record<string, MessageArgs[string]> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    if (k !== 'tools' && Array.isArray(prev) && Array.isArray(v)) out[k] = [...(prev as readonly string[]), ...(v as readonly string[])];
  }
  return out;
}

const toolsOf = (args: MessageArgs): readonly string[] => {
  const t = args['tools'];
  return Array.isArray(t) ? t : [];
};

/** Merges losses that share `key`, in first-seen order; `combine` folds a later one into the first. */
function mergeBy(losses: readonly Loss[], key: (l: Loss) => string, combine: (into: Loss, next: Loss) => Loss): Loss[] {
  const order: string[] = [];
  const byKey = new Map<string, Loss>();
  for (const l of losses) {
    const k = key(l);
    const prev = byKey.get(k);
    if (prev) byKey.set(k, combine(prev, l));
    else {
      order.push(k);
      byKey.set(k, l);
    }
  }
  return order.flatMap((k) => {
    const l = byKey.get(k);
    return l ? [l] : [];
  });
}

/** Adds the tools of `next` to `into` (their items are equal). */
const shareTools = (into: Loss, next: Loss): Loss => ({
  ...into,
  args: { ...into.args, tools: [...toolsOf(into.args), ...toolsOf(next.args).filter((t) => !toolsOf(into.args).includes(t))] },
});

function create(l: Loss, place: Place): Diagnostic {
  return l.code.create(place.file, place.range, l.args);
}

/** One diagnostic per loss kind and tool (tools with the same items share it), at the first item. */
export function summariseLosses(losses: readonly Loss[], locate: Locate): Diagnostic[] {
  const perTool = mergeBy(losses, (l) => `${l.code.code}\u0000${toolsOf(l.args).join(',')}`, (into, next) => ({ ...into, args: appendItems(into.args, next.args) }));
  const shared = mergeBy(perTool, (l) => `${l.code.code}\u0000${itemKey(l.args)}`, shareTools);
  return shared.map((l) => create(l, locate(l.at)));
}

/** One diagnostic per lost fact, at the statement that states it (tools that lose it share it). */
export function detailLosses(losses: readonly Loss[], locate: Locate): Diagnostic[] {
  const shared = mergeBy(losses, (l) => `${l.code.code}\u0000${l.at}\u0000${itemKey(l.args)}`, shareTools);
  return shared
    .map((l) => create(l, locate(l.at)))
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.file < b.d.file ? -1 : a.d.file > b.d.file ? 1 : a.d.range.start - b.d.range.start || a.i - b.i))
    .map(({ d }) => d);
}
