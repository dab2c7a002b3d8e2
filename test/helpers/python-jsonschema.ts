// Python's `jsonschema` package, the validator Python integrators use, driven from tests: the published
// SLA JSON Schema must validate with it exactly as with ajv (spec sla-v1 "Rules"). CI installs it
// (Debian `python3-jsonschema`, .ci/run). Without it the tests that need it are skipped with a loud
// message, except under CI=true, where its absence is a failure (`pythonMissingInCi`).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SCRIPT = join(import.meta.dirname, 'jsonschema-validate.py');

/**
 * `INFOG_TEST_PYTHON` when set (to try another jsonschema version), else the Debian interpreter (the
 * package CI installs is for it), then whatever `python3` is on PATH.
 */
function findPython(): string | undefined {
  const wanted = process.env['INFOG_TEST_PYTHON'];
  for (const python of wanted ? [wanted] : ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-c', 'import jsonschema'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  return undefined;
}

export const PYTHON = findPython();
export const CI = process.env['CI'] === 'true';

if (!PYTHON) {
  console.warn(
    `\n*** ${CI ? 'MISSING' : 'SKIPPED'}: Python jsonschema validation of the SLA JSON Schema (test/sla). ` +
      'No python3 with the jsonschema package here.\n' +
      '*** It runs in CI (.ci/run installs it). Install it with:\n' +
      '***   apt-get install -y --no-install-recommends python3-jsonschema\n',
  );
}

/** True when the Python tests cannot run although they must (CI): a test asserts this is false. */
export const pythonMissingInCi = CI && PYTHON === undefined;

export interface PythonValidation {
  /** The first line of check_schema's error, null when the schema is valid. */
  readonly schemaError: string | null;
  /** Per document, its errors (`path: message`); [] when valid. */
  readonly results: readonly (readonly string[])[];
}

/** Validates each batch's `documents` against its `schema`, all in one Python process. */
export function pythonValidateBatches(batches: readonly { schema: unknown; documents: readonly unknown[] }[]): { version: string; batches: PythonValidation[] } {
  if (!PYTHON) throw new Error('python3 with jsonschema is not available');
  const r = spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify({ batches }), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python jsonschema failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as { version: string; batches: PythonValidation[] };
}

/** Validates `documents` against `schema` with Python's jsonschema. */
export function pythonValidate(schema: unknown, documents: readonly unknown[]): PythonValidation {
  const [only] = pythonValidateBatches([{ schema, documents }]).batches;
  if (!only) throw new Error('python jsonschema returned no result');
  return only;
}
