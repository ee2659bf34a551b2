// Dates as China reads them: Beijing time has no daylight saving, so UTC+8 is exact.

/** Today (or `now`'s day) in China, as YYYY-MM-DD. */
export function chinaDay(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
