// Configurable figures of the SLA checks (brief §3.4, §3.5). Figures as of 2026, re-check before release.

export const SLA_PROFILE = {
  /** Time zones of the contracts in scope (FR, CH romande, BE); another one is a warning. */
  timezones: ['Europe/Paris', 'Europe/Zurich', 'Europe/Brussels'] as readonly string[],
  /** Availability objective: error outside [min, max], warning at exactly max. */
  availability: { min: 90, max: 100 },
  /** Minutes in the 30-day month the allowed downtime is expressed in (99.0 % → 432 min). */
  downtimeBaseMinutes: 30 * 24 * 60,
  /** Penalty cap, as a % of the monthly fee per month: error above `max`, warnings outside [low, high]. */
  penaltyCap: { maxMonthly: 100, maxYearly: 1200, high: 30, low: 2 },
  /** Region codes whose holidays differ from their country's set (brief §4.1, §4.3). */
  regionalSetPrefixes: ['FR-57', 'FR-67', 'FR-68', 'CH-'] as readonly string[],
} as const;

/** Allowed downtime in minutes per 30 days for an availability objective, rounded to 0.1 min. */
export function allowedDowntimeMinutes(objective: number): number {
  return Math.round(((100 - objective) / 100) * SLA_PROFILE.downtimeBaseMinutes * 10) / 10;
}
