import type { Locale } from '../../diagnostics/index.ts';
import { RULES } from '../../model/index.ts';

/** `infog rules`: generated from the rule registry and the catalogue, never written by hand. */
export function listRules(): { rule: string; code: string; level: string; title: { fr: string; en: string } }[] {
  return RULES.map((r) => ({ rule: r.code.rule ?? '', code: r.code.code, level: r.code.level, title: { fr: r.code.title.fr, en: r.code.title.en } }));
}

export function renderRules(json: boolean, locale: Locale): string {
  const rules = listRules();
  if (json) return `${JSON.stringify(rules, null, 2)}\n`;
  const width = Math.max(...rules.map((r) => r.rule.length));
  return `${rules.map((r) => `${r.code}  ${r.rule.padEnd(width)}  ${r.level.padEnd(11)}  ${r.title[locale]}`).join('\n')}\n`;
}
