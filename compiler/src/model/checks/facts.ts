// What a checklist rule found of an element: the facts it lacks and the facts it has. A fact that
// does not apply to this contract (`recovery_fee` under Swiss law) is neither, so an incomplete
// element's message names only what the user really wrote.

/** `[fact, stated]`, or `[fact, stated, applies]` when the fact is asked for only in some contracts. */
export type FactCheck = readonly [key: string, ok: boolean, applies?: boolean];

export interface Facts {
  readonly missing: readonly string[];
  readonly present: readonly string[];
}

export function factsOf(checks: readonly (FactCheck | undefined)[]): Facts {
  const missing: string[] = [];
  const present: string[] = [];
  for (const c of checks) {
    if (c === undefined || c[2] === false) continue;
    (c[1] ? present : missing).push(c[0]);
  }
  return { missing, present };
}
