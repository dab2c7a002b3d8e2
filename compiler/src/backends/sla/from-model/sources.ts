// The SLA document's source map: JSON Pointer of a fact (`/priorities/0/targets/ack`) → the contract
// statement that states it (its keyword's range). Helpdesk exporters read only the document; when a
// tool cannot hold a fact, the caller maps the loss back through this map, so the warning points at the
// line to look at instead of 1:1 (backends/helpdesk/losses.ts).
//
// Statements of the standard library (a preset's priorities, `std/hours/…`) are left out: the lookup
// then falls back to the enclosing fact, which the contract states (`sla from gold`, `hours x from …`).
import type { BoundStatement } from '../../../model/index.ts';
import type { SlaFacts } from '../../../model/checks/sla.ts';
import { METRIC_ORDER } from '../../../model/checks/sla.ts';
import { anchor, child, children, value } from '../../../model/query.ts';
import type { TypedValue } from '../../../model/typed-value.ts';
import type { Range } from '../../../text/index.ts';

export interface SourcePlace {
  readonly file: string;
  readonly range: Range;
}

/** Pointer → place; the document root `''` is the contract statement. */
export type SlaSourceMap = ReadonlyMap<string, SourcePlace>;

/** A JSON Pointer (RFC 6901) from its segments. */
function pointer(...segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function weekdays(v: TypedValue | undefined): string[] {
  const list = v === undefined ? [] : v.kind === 'list' ? v.items : [v];
  return list.flatMap((i) => (i.kind === 'weekdays' ? [...i.days] : []));
}

/** Builds the map from the same facts the document was built from. */
export function slaSourceMap(contract: BoundStatement, facts: SlaFacts): SlaSourceMap {
  const map = new Map<string, SourcePlace>();
  const put = (b: BoundStatement | undefined, ...segments: (string | number)[]): void => {
    if (!b || b.file.startsWith('std/')) return;
    map.set(pointer(...segments), { file: b.file, range: anchor(b) });
  };
  put(contract);
  for (const [name, c] of facts.calendars) {
    const h = c.statement;
    put(h, 'calendars', name);
    put(child(h, 'timezone'), 'calendars', name, 'timezone');
    put(child(h, 'holidays'), 'calendars', name, 'holidays');
    const time = child(h, 'time');
    const covering: [string[], BoundStatement | undefined][] = [
      [time ? weekdays(value(child(h, 'days'), 'days')) : [], time],
      ...children(h, 'window').map((w): [string[], BoundStatement] => [weekdays(value(w, 'days')), w]),
    ];
    for (const [days, s] of covering) for (const d of days) if (!map.has(pointer('calendars', name, 'week', d))) put(s, 'calendars', name, 'week', d);
  }
  const sla = facts.sla;
  // The sections of the `sla` block default to the `sla` statement, which the contract writes even when
  // its content comes from a preset (`sla from gold`); a statement of the project overrides it.
  for (const section of ['priorities', 'clock', 'availability', 'penalties', 'escalation']) put(sla, section);
  facts.priorities.forEach((p, i) => {
    put(p.statement, 'priorities', i);
    for (const m of METRIC_ORDER) put(p.targets[m]?.statement, 'priorities', i, 'targets', m);
  });
  put(child(child(contract, 'support'), 'quota'), 'quota');
  const clock = child(sla, 'clock');
  put(clock, 'clock');
  put(child(clock, 'pauses'), 'clock', 'pauses');
  children(sla, 'availability').forEach((a, i) => put(a, 'availability', i));
  put(child(sla, 'penalties'), 'penalties');
  children(sla, 'penalty').forEach((p, i) => put(p, 'penalties', i));
  children(sla, 'escalation').forEach((e, i) => put(e, 'escalation', i));
  return map;
}

/**
 * The place of `ptr`, or of its nearest ancestor the map knows (a target from a preset → its priority
 * or the `sla` statement), or the contract file's start when even the root is unknown.
 */
export function locateInSource(map: SlaSourceMap, ptr: string, file: string): SourcePlace {
  for (let p = ptr; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const place = map.get(p);
    if (place) return place;
    if (p === '') return { file, range: { start: 0, end: 0 } };
  }
}
