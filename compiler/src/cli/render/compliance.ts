import type { Locale } from '../../diagnostics/index.ts';
import type { Model } from '../../model/index.ts';
import { RULES } from '../../model/index.ts';
import { contractSpec } from '../../schema/index.ts';
import { LineIndex } from '../../text/index.ts';
import type { LocatedDiagnostic } from './located.ts';

// `infog compile --report`: the provider's compliance note, beside the contract and never inside it.
// It lists the checklist rules the contract waives (rule, title, reason, line) and the findings still
// open when it was compiled, in the CLI's language. The waivers are an audit trail for the provider:
// they are not terms the parties agree on, so the contract document prints none of them.

const TEXT = {
  fr: {
    title: 'Note de conformité',
    intro: 'Note interne destinée au prestataire : elle ne fait pas partie du contrat et n’est pas signée. Elle récapitule les règles de la liste de contrôle que le contrat écarte par une dérogation motivée (`waive`) et les constats encore ouverts lors de la compilation.',
    reference: 'référence', version: 'version',
    waivers: 'Dérogations', noWaiver: 'Aucune règle de la liste de contrôle n’est écartée.',
    head: '| Règle | Code | Intitulé | Niveau | Raison | Ligne |',
    findings: 'Constats ouverts', noFinding: 'Aucun constat ouvert.',
    level: { required: 'obligatoire', recommended: 'recommandée', optional: 'facultative' },
    severity: { error: 'erreur', warning: 'avertissement', info: 'information' },
    line: 'ligne',
  },
  en: {
    title: 'Compliance note',
    intro: 'Internal note for the provider: it is not part of the contract and is not signed. It sums up the checklist rules the contract sets aside by a reasoned waiver (`waive`) and the findings still open when it was compiled.',
    reference: 'reference', version: 'version',
    waivers: 'Waivers', noWaiver: 'No checklist rule is waived.',
    head: '| Rule | Code | Title | Level | Reason | Line |',
    findings: 'Open findings', noFinding: 'No open finding.',
    level: { required: 'required', recommended: 'recommended', optional: 'optional' },
    severity: { error: 'error', warning: 'warning', info: 'information' },
    line: 'line',
  },
} as const;

/** A table cell: one line, pipes escaped. */
const cell = (s: string): string => s.replace(/\s+/gu, ' ').replace(/\|/gu, '\\|').trim();

/** The compliance note of one compiled contract, as Markdown. */
export function renderCompliance(model: Model, name: string, located: readonly LocatedDiagnostic[], locale: Locale): string {
  const t = TEXT[locale];
  const c = model.contract;
  const title = c?.values['title'];
  const titleText = title?.kind === 'string' ? (locale === 'en' && title.en ? title.en.value : title.value) : name;
  const stated = (keyword: string): string | undefined => {
    const v = c?.children.find((x) => x.spec.keyword === keyword)?.values['value'];
    return v?.kind === 'string' ? v.value : undefined;
  };
  const lawSpec = contractSpec.block?.statements.find((s) => s.keyword === 'law');
  const lawSlot = lawSpec?.args[0];
  const lawLabel = lawSlot?.kind === 'value' && lawSlot.type.kind === 'enum' ? lawSlot.type.values.find((v) => v.name === model.law)?.doc[locale] : undefined;
  const facts = [
    stated('reference') ? `${t.reference} ${stated('reference') ?? ''}` : undefined,
    stated('version') ? `${t.version} ${stated('version') ?? ''}` : undefined,
    lawLabel,
  ].filter((x): x is string => x !== undefined);

  const out: string[] = [`# ${t.title} – ${titleText}`, '', `\`${name}.infog\`${facts.length > 0 ? ` — ${facts.join(', ')}` : ''}.`, '', t.intro, '', `## ${t.waivers}`, ''];
  if (model.waivers.length === 0) out.push(t.noWaiver);
  else {
    out.push(t.head, '|---|---|---|---|---|---|');
    for (const w of model.waivers) {
      const rule = RULES.find((r) => r.code.rule === w.rule);
      const text = model.program.modules.get(w.file)?.source.text;
      const line = text === undefined ? '' : String(new LineIndex(text).position(w.range.start).line);
      out.push(`| \`${cell(w.rule)}\` | ${rule?.code.code ?? ''} | ${cell(rule?.code.title[locale] ?? '')} | ${w.level ? t.level[w.level] : ''} | ${cell(w.reason)} | ${line} |`);
    }
  }
  out.push('', `## ${t.findings}`, '');
  if (located.length === 0) out.push(t.noFinding);
  for (const d of located) {
    out.push(`- ${d.diagnostic.code} (${t.severity[d.diagnostic.severity]}), ${t.line} ${d.start.line} : ${cell(d.message)}`.replace(' : ', locale === 'fr' ? '\u00A0: ' : ': '));
  }
  return `${out.join('\n')}\n`;
}
