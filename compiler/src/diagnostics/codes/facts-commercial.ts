import type { Localized } from '../types.ts';

// Labels of the facts the "commercial" rules report (merged in ./facts.ts).
export const commercialFacts: Readonly<Record<string, Localized>> = {};
