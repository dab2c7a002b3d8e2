import type { Localized } from '../types.ts';

// Labels of the facts the "sla" rules report (merged in ./facts.ts).
export const slaFacts: Readonly<Record<string, Localized>> = {};
