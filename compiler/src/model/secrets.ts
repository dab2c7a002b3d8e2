import type { Statement, Value } from '../ast/types.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import { possibleSecret, secretValue } from '../diagnostics/codes/secrets.ts';
import type { Range } from '../text/index.ts';
import type { Program } from './load.ts';

// "No secrets in contracts" ([S000]: admin passwords go to the technical dossier's vault). Every
// string, text block and comment of the project's files is scanned; the stdlib is ours and clean.
// Known formats are errors; long high-entropy tokens only a warning, since some identifiers look random.

interface Pattern {
  /** A key of SECRET_KINDS (diagnostics/codes/secrets.ts), rendered per locale. */
  readonly kind: string;
  readonly re: RegExp;
}

/** A value that looks like a password: 6–64 characters without blanks or quotes, with a letter and a digit or symbol. */
const PASSWORD_LIKE = `(?=[^\\s"'«»,;]*[A-Za-z])(?=[^\\s"'«»,;]*[0-9!#$%&*+?@^~])(?!["'«]?\\s*(?:<|\\{|\\[|\\*{3}|x{3}|…))[^\\s"'«»,;]{6,64}(?![^\\s"'«»,;])`;

const PATTERNS: readonly Pattern[] = [
  { kind: 'private-key', re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: 'aws-key', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'github-token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/ },
  { kind: 'gitlab-token', re: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { kind: 'slack-token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { kind: 'google-key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { kind: 'stripe-key', re: /\b(?:sk|rk)_live_[0-9A-Za-z]{20,}\b/ },
  { kind: 'api-key', re: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/ },
  { kind: 'jwt', re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  { kind: 'url-credentials', re: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i },
  // "mot de passe : X", "password=X", "mdp: X", "pwd X", with a value that is not a placeholder. The gap
  // before the separator never crosses a clause template's brace: « tenus au même secret.{end}{if law
  // is BE} » is wording, not a password.
  { kind: 'password', re: /\b(?:mot[\s_-]*de[\s_-]*passe|mdp|passwords?|passwd|pwd|passphrase|secret|api[\s_-]?key|token)\b[^:=\n"{}]{0,30}?(?:[:=]|\best\b|\bis\b)\s*(?!["'«]?\s*(?:<|\{|\[|\*{3}|x{3}|…|\.\.\.|dans le coffre|in the vault|vault|coffre))[^\s"'«»,;]{4,256}/i },
  // A Wi-Fi key, with or without a colon: "clé WPA2 Xk9#pL2m", "Wi-Fi key: …", "PSK = …".
  { kind: 'wifi-key', re: new RegExp(`(?:\\b(?:wi-?fi|wlan)[\\s_-]*(?:key|password|pass|code|psk)|\\bwpa[23]?(?:[\\s_-]*psk)?|\\bpsk|\\bcl[ée]f?[\\s_-]+(?:wi-?fi|wpa[23]?|wlan|r[ée]seau|de s[ée]curit[ée](?:[\\s_-]+r[ée]seau)?)|\\bnetwork[\\s_-]*key|\\bsecurity[\\s_-]*key)(?![A-Za-z])\\s*(?:[:=]|\\best\\b|\\bis\\b)?\\s*${PASSWORD_LIKE}`, 'i') },
  // A password after its keyword without a colon ("pwd Sup3rS3cret!"): the value must then look like one
  // (letters and digits or symbols), so that "password policy" or "mot de passe oublié" are not flagged.
  { kind: 'password', re: new RegExp(`\\b(?:mot[\\s_-]*de[\\s_-]*passe|mdp|passwords?|passwd|pwd|passphrase)\\s+${PASSWORD_LIKE}`, 'i') },
];

/**
 * Cheap test that every pattern above needs to match (a marker word, an assignment or a URL): most
 * strings of a contract fail it and skip the individual patterns. Keep it in step with PATTERNS.
 */
const MAYBE_SECRET = /PRIVATE KEY|AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|AIza|_live_|sk-|eyJ|:\/\/|mot|mdp|pass|pwd|secret|api|token|wi-?fi|wlan|wpa|psk|cl[ée]|key/i;

export function scanSecrets(program: Program, report: (d: Diagnostic) => void): void {
  for (const [path, mod] of program.modules) {
    if (path.startsWith('std/')) continue;
    const text = mod.source.text;
    const visit = (v: Value): void => {
      if (v.kind === 'string' || v.kind === 'text') scanRange(text, v.range, path, report);
      else if (v.kind === 'list') v.items.forEach(visit);
    };
    // A direct walk over statements: this runs on every keystroke in the editor.
    const statements = (list: readonly Statement[]): void => {
      for (const st of list) {
        st.args.forEach(visit);
        if (st.block) statements(st.block.statements);
      }
    };
    statements(mod.ast.items.filter((i): i is Statement => i.kind === 'statement'));
    for (const c of mod.ast.comments) scanRange(text, c.range, path, report);
  }
}

/** Short texts cannot hold a key or a password assignment; most strings of a contract are short. */
const MIN_SECRET_TEXT = 8;

function scanRange(text: string, range: Range, file: string, report: (d: Diagnostic) => void): void {
  if (range.end - range.start < MIN_SECRET_TEXT) return;
  scan(text.slice(range.start, range.end), range.start, file, report);
}

// Regexps run on windows of a long text, never on the whole of it: V8 keeps a backtracking entry per
// repeated character and overflows its stack on a run of a few million (issue 17). A window is long
// enough for any secret a pattern knows; consecutive windows overlap by more than the longest match.
const WINDOW = 64 * 1024;
const OVERLAP = 1024;

function scan(text: string, base: number, file: string, report: (d: Diagnostic) => void): void {
  for (let from = 0; from < text.length; from += WINDOW - OVERLAP) {
    const window = text.length <= WINDOW ? text : text.slice(from, from + WINDOW);
    const found = knownSecret(window);
    if (found) {
      report(secretValue.create(file, at(base, from + found.index, found.length), { kind: found.kind }));
      return;
    }
    if (from + WINDOW >= text.length) break;
  }
  const token = randomToken(text);
  if (token) report(possibleSecret.create(file, at(base, token.index, token.length), {}));
}

function knownSecret(text: string): { kind: string; index: number; length: number } | undefined {
  if (!MAYBE_SECRET.test(text)) return undefined;
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m) return { kind: p.kind, index: m.index, length: m[0].length };
  }
  return undefined;
}

/** Characters of a token candidate (base64, hex, URL-safe alphabets). */
const TOKEN_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_=-') TOKEN_CHAR[c.charCodeAt(0)] = 1;
const MIN_TOKEN = 24;
/** Generated secrets are short; a longer run is judged on its first characters. */
const MAX_TOKEN = 512;

/** The first run of ≥ 24 token characters that looks random, scanned in one linear pass. */
function randomToken(text: string): { index: number; length: number } | undefined {
  if (text.length < MIN_TOKEN) return undefined;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && TOKEN_CHAR[text.charCodeAt(i)] !== 1) i++;
    const start = i;
    while (i < text.length && TOKEN_CHAR[text.charCodeAt(i)] === 1) i++;
    if (i - start >= MIN_TOKEN && looksRandom(text.slice(start, Math.min(i, start + MAX_TOKEN)))) return { index: start, length: i - start };
  }
  return undefined;
}

function at(base: number, index: number, length: number): Range {
  return { start: base + index, end: base + index + length };
}

/** Mixed classes and ≥ 4 bits of Shannon entropy per character: typical of generated secrets. */
function looksRandom(s: string): boolean {
  if (!/[a-z]/.test(s) || !/[A-Z]/.test(s) || !/[0-9]/.test(s)) return false;
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h >= 4;
}
