import { createHash } from 'node:crypto';
import { lookupCode, shownRule, type Locale } from '../../diagnostics/index.ts';
import type { LocatedDiagnostic, Summary } from './located.ts';
import { printable } from './printable.ts';

// Machine formats of `infog check` (docs/cli.md): json, sarif (2.1.0), GitHub workflow commands and
// GitLab's Code Quality report.

export function renderJson(ds: readonly LocatedDiagnostic[], summary: Summary): string {
  const diagnostics = ds.map((d) => ({
    file: d.file,
    code: d.diagnostic.code,
    ...(d.diagnostic.rule === undefined ? {} : { rule: d.diagnostic.rule }),
    severity: d.diagnostic.severity,
    message: d.message,
    range: { start: d.start, end: d.end },
  }));
  return `${JSON.stringify({ diagnostics, summary }, null, 2)}\n`;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function renderSarif(ds: readonly LocatedDiagnostic[], locale: Locale, version: string): string {
  const codes = [...new Set(ds.map((d) => d.diagnostic.code))].sort();
  const rules = codes.map((code) => {
    const spec = lookupCode(code);
    return {
      id: code,
      ...(spec?.rule === undefined ? {} : { name: spec.rule }),
      shortDescription: { text: spec?.title[locale] ?? code },
      fullDescription: { text: spec?.doc.explanation[locale] ?? code },
      defaultConfiguration: { level: SARIF_LEVEL[spec?.severity ?? 'error'] },
      help: { text: `infog explain ${code}` },
    };
  });
  const results = ds.map((d) => ({
    ruleId: d.diagnostic.code,
    ruleIndex: codes.indexOf(d.diagnostic.code),
    level: SARIF_LEVEL[d.diagnostic.severity],
    message: { text: d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: d.file.split('\\').join('/') },
        region: { startLine: d.start.line, startColumn: d.start.column, endLine: d.end.line, endColumn: d.end.column },
      },
    }],
    ...(d.diagnostic.rule === undefined ? {} : { properties: { rule: d.diagnostic.rule } }),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'infog', semanticVersion: version, informationUri: 'https://github.com/infog/infog', rules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

// Workflow-command escaping, as GitHub's toolkit does it: data escapes % CR LF, properties also : and ,.
// Other control characters are shown as escapes first (printable.ts): a log viewer obeys them too.
const escapeData = (s: string): string => printable(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function renderGithub(ds: readonly LocatedDiagnostic[]): string {
  const lines = ds.map((d) => {
    const kind = d.diagnostic.severity === 'error' ? 'error' : d.diagnostic.severity === 'warning' ? 'warning' : 'notice';
    const props = [
      `file=${escapeProperty(d.file)}`,
      `line=${d.start.line}`,
      `col=${d.start.column}`,
      `endLine=${d.end.line}`,
      `endColumn=${d.end.column}`,
      `title=${escapeProperty(d.diagnostic.code + (shownRule(d.diagnostic) ? ` ${shownRule(d.diagnostic) ?? ''}` : ''))}`,
    ].join(',');
    return `::${kind} ${props}::${escapeData(d.message)}`;
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

const GITLAB_SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/**
 * GitLab Code Quality report (the Code Climate issue subset GitLab reads from
 * `artifacts:reports:codequality`). The fingerprint leaves the line out, so a finding keeps its
 * identity in the merge-request widget when lines above it move; identical findings of one file are
 * told apart by their rank.
 */
export function renderGitlab(ds: readonly LocatedDiagnostic[]): string {
  const seen = new Map<string, number>();
  const issues = ds.map((d) => {
    const path = d.file.split('\\').join('/').replace(/^\.\//, '');
    const key = `${path}\0${d.diagnostic.code}\0${d.message}`;
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    return {
      type: 'issue',
      check_name: d.diagnostic.code + (d.diagnostic.rule ? ` ${d.diagnostic.rule}` : ''),
      description: d.message,
      severity: GITLAB_SEVERITY[d.diagnostic.severity],
      fingerprint: createHash('sha256').update(`${key}\0${rank}`).digest('hex').slice(0, 32),
      location: { path, positions: { begin: { line: d.start.line, column: d.start.column }, end: { line: d.end.line, column: d.end.column } } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
