// Instants as text: ISO 8601 with an explicit UTC offset, the only form `infog sla due` and the
// exporters exchange (spec sla-v1, cli.md). Local wall-clock text without an offset is ambiguous around
// DST changes, so it is never produced and never accepted here.
import { civilFromDays, daysFromCivil, daysInMonth, MS_PER_DAY, pad } from './civil.ts';
import { getZone, MAX_INSTANT, MIN_INSTANT } from './zone.ts';

function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${sign}${pad(h)}:${pad(m)}${s === 0 ? '' : `:${pad(s)}`}`;
}

/**
 * `2027-05-04T10:00:00+02:00`: local time in `timezone` with seconds (milliseconds only when not zero)
 * and the offset in force at that instant. Undefined for an unknown zone or an instant outside years
 * 1–9999.
 */
export function toLocalIso(epochMs: number, timezone: string): string | undefined {
  const zone = getZone(timezone);
  if (!zone || !Number.isFinite(epochMs) || epochMs < MIN_INSTANT || epochMs > MAX_INSTANT) return undefined;
  const offset = zone.offsetAt(epochMs);
  const local = epochMs + offset;
  const days = Math.floor(local / MS_PER_DAY);
  const { year, month, day } = civilFromDays(days);
  const msOfDay = local - days * MS_PER_DAY;
  const seconds = Math.floor(msOfDay / 1000);
  const millis = Math.round(msOfDay - seconds * 1000);
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}${millis === 0 ? '' : `.${pad(millis, 3)}`}${formatOffset(offset)}`;
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * Epoch ms of an ISO 8601 / RFC 3339 instant with `Z` or a `±HH:MM` offset, seconds and fraction
 * optional; undefined for anything else (no offset, impossible date or time, leap second, offset
 * beyond ±23:59).
 */
export function parseInstant(iso: string): number | undefined {
  const m = ISO_INSTANT.exec(iso.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offset = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const local = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + fraction;
  return local - offset;
}
