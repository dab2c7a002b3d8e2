import type { Host } from '../host.ts';
import { decodeDiagnostics } from '../syntax/index.ts';
import { decodeUtf8 } from '../text/index.ts';
import { checkSource, type CheckResult } from './index.ts';

/**
 * Checks the project file at `path` (relative to the project root), read through the host. Returns
 * undefined only when the host cannot read the file at all; every problem inside it is a diagnostic.
 */
export function checkFile(path: string, host: Host): CheckResult | undefined {
  const bytes = host.readFile('project', path);
  if (bytes === undefined) return undefined;
  const decoded = decodeUtf8(bytes);
  const result = checkSource({ path, text: decoded.text }, host);
  const encoding = decodeDiagnostics(path, decoded);
  return encoding.length === 0 ? result : { ...result, diagnostics: [...encoding, ...result.diagnostics] };
}
