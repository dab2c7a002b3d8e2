import type { Localized } from '../types.ts';

// Labels of the facts the "scope" rules report (merged in ./facts.ts).
export const scopeFacts: Readonly<Record<string, Localized>> = {};
