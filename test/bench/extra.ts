// Measurements of components that arrive with later issues (PDF, formatter, language server). Each
// returns null until its component exists, so `--json` always has every key.
export async function extraMeasurements(_options: { quick: boolean; log: (s: string) => void }): Promise<Record<string, number | null>> {
  return {};
}
