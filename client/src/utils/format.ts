/** Dates as China reads them (Asia/Shanghai), without a locale library. */
const pad = (n: number) => String(n).padStart(2, '0');

function shanghai(iso: string): Date | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  // Shift to UTC+8 and read the UTC fields.
  return new Date(d.getTime() + 8 * 3600_000);
}

/** 2025-06-30 18:00 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = shanghai(iso);
  if (!d) return '';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 2025-06-30 */
export function formatDate(iso: string | null | undefined): string {
  return formatDateTime(iso).slice(0, 10);
}

/** 18:00 */
export function formatTime(iso: string | Date): string {
  const d = shanghai(typeof iso === 'string' ? iso : iso.toISOString());
  return d ? `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : '';
}

/** 1.2 MB, 340 KB */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
