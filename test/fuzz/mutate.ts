import { Random } from './random.ts';

// Byte-level mutations of real files (examples, stdlib): flips, insertions of random or structural
// bytes, deletions, duplications and splices from another file. Works on UTF-8 bytes, so invalid
// sequences and cut multi-byte characters are produced too.

const STRUCTURAL = ['{', '}', '"', '"""', ',', ';', '\n', '..', '/*', '//', '\\', '\u202e', '\0', '%', '-', ':'];

export function mutate(input: Uint8Array, r: Random, donors: readonly Uint8Array[]): Uint8Array {
  let bytes = Array.from(input);
  const edits = 1 + r.int(8);
  for (let e = 0; e < edits; e++) {
    const at = r.int(bytes.length + 1);
    switch (r.int(6)) {
      case 0:
        if (bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] = r.int(256);
        break;
      case 1:
        bytes.splice(at, 0, ...new TextEncoder().encode(r.pick(STRUCTURAL)));
        break;
      case 2:
        bytes.splice(at, 1 + r.int(40));
        break;
      case 3: {
        const len = 1 + r.int(200);
        bytes.splice(at, 0, ...bytes.slice(at, at + len));
        break;
      }
      case 4: {
        const donor = donors.length > 0 ? r.pick(donors) : input;
        const from = r.int(donor.length + 1);
        bytes.splice(at, r.int(20), ...donor.slice(from, from + 1 + r.int(300)));
        break;
      }
      default:
        bytes = bytes.slice(0, at);
    }
  }
  return Uint8Array.from(bytes);
}

const NUMBERS = ['0', '1', '2', '3', '7', '10', '12', '24', '31', '59', '60', '99', '100', '365', '1000', '99999', '0.5', '12.75', '100.00'];

/**
 * Value-level mutation of a valid file: one to three numbers (amounts, durations, percentages, parts
 * of dates and times) replaced by edge values. The text mostly still parses and often still checks
 * clean, so the checker's validations and the backends (SLA JSON, PDF, exports) see unusual values.
 */
export function mutateValues(input: string, r: Random): string {
  const at = [...input.matchAll(/(?<![\p{L}\p{N}_."])\d+(?:\.\d+)?(?![\p{L}\p{N}_"])/gu)];
  if (at.length === 0) return input;
  let text = input;
  const picks = [...new Set(Array.from({ length: 1 + r.int(3) }, () => r.int(at.length)))].sort((a, b) => b - a);
  for (const i of picks) {
    const m = at[i];
    if (m?.index === undefined) continue;
    text = text.slice(0, m.index) + r.pick(NUMBERS) + text.slice(m.index + m[0].length);
  }
  return text;
}
