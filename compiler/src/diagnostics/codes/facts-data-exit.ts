import type { Localized } from '../types.ts';

// Labels of the facts the "data-exit" rules report (merged in ./facts.ts).
export const dataExitFacts: Readonly<Record<string, Localized>> = {};
