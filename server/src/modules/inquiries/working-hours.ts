// The centre's working hours: when a person can answer. Out of hours a hand-over still queues,
// and the visitor is told when someone will answer.
//
// INQUIRY_HOURS="1-5 09:00-17:30" means Monday to Friday, 9:00 to 17:30, in INQUIRY_TIME_ZONE
// (default Asia/Shanghai). Days are 0 (Sunday) to 6; "always" means every minute of the week.

export interface WorkingHours {
  days: Set<number>;
  /** Minutes after midnight, [open, close). */
  open: number;
  close: number;
  timeZone: string;
}

export const DEFAULT_HOURS = '1-5 09:00-17:30';

export function parseWorkingHours(spec: string = DEFAULT_HOURS, timeZone = 'Asia/Shanghai'): WorkingHours {
  new Intl.DateTimeFormat('en', { timeZone }); // throws RangeError on an unknown zone
  if (spec.trim() === 'always') return { days: new Set([0, 1, 2, 3, 4, 5, 6]), open: 0, close: 24 * 60, timeZone };
  const m = /^\s*([0-6])(?:-([0-6]))?\s+(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})\s*$/.exec(spec);
  if (!m) throw new Error(`INQUIRY_HOURS must look like "1-5 09:00-17:30" or "always", got "${spec}"`);
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  const days = new Set<number>();
  for (let d = from; ; d = (d + 1) % 7) {
    days.add(d);
    if (d === to) break;
  }
  const open = Number(m[3]) * 60 + Number(m[4]);
  const close = Number(m[5]) * 60 + Number(m[6]);
  if (open >= close || close > 24 * 60) throw new Error(`INQUIRY_HOURS: the opening time must come before the closing time ("${spec}")`);
  return { days, open, close, timeZone };
}

/** Weekday and minute of the day of an instant, in the hours' time zone. */
function localTime(hours: WorkingHours, at: Date): { day: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: hours.timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { day, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

export function isOpen(hours: WorkingHours, at: Date): boolean {
  const { day, minute } = localTime(hours, at);
  return hours.days.has(day) && minute >= hours.open && minute < hours.close;
}

/** The next instant someone is at work (at itself when open). */
export function nextOpening(hours: WorkingHours, at: Date): Date {
  if (isOpen(hours, at)) return at;
  const { day, minute } = localTime(hours, at);
  // Walk forward day by day to the next working day's opening minute (whole minutes, no DST in China;
  // a zone with DST may be off by its shift, which only moves the promised time).
  const startOfMinute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  for (let ahead = 0; ahead <= 7; ahead++) {
    const d = (day + ahead) % 7;
    if (!hours.days.has(d)) continue;
    if (ahead === 0 && minute >= hours.open) continue;
    return new Date(startOfMinute.getTime() + (ahead * 24 * 60 + hours.open - minute) * 60_000);
  }
  return at;
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const hhmm = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** "工作日 9:00–17:30" style, for messages. */
export function describeHours(hours: WorkingHours): string {
  const days = [...hours.days].sort();
  const weekdays = days.join() === '1,2,3,4,5' ? '工作日' : days.length === 7 ? '每天' : days.map((d) => WEEKDAYS[d]).join('、');
  return `${weekdays} ${hhmm(hours.open)}–${hhmm(hours.close)}`;
}

/** "11月23日（周一）9:00" in the hours' time zone. */
export function describeInstant(hours: WorkingHours, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: hours.timeZone,
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return `${get('month')}月${get('day')}日（${WEEKDAYS[localTime(hours, at).day]}）${get('hour')}:${String(get('minute')).padStart(2, '0')}`;
}
