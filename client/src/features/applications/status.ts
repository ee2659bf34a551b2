/** How each application status looks (chip colours) and what staff actions need. */
export const STATUS_TONE: Record<string, 'draft' | 'active' | 'warn' | 'good' | 'done' | 'closed'> = {
  DRAFT: 'draft',
  SUBMITTED: 'active',
  IN_CONSULTATION: 'active',
  RETURNED: 'warn',
  AGREEMENT_SIGNED: 'good',
  BUILDING: 'good',
  PUBLISHED: 'done',
  DECLINED: 'closed',
  WITHDRAWN: 'closed',
};

/** Transitions that need a reason the official will read (the server enforces it too). */
export const NOTE_REQUIRED = new Set(['RETURNED', 'DECLINED']);

/** Statuses in which the official may edit the form. */
export const EDITABLE = new Set(['DRAFT', 'RETURNED']);

/** Destructive staff actions get the outlined (secondary) look. */
export const SECONDARY_TRANSITIONS = new Set(['RETURNED', 'DECLINED', 'WITHDRAWN']);

/** Applications still on their way (进行中): submitted and not yet published, declined or withdrawn. */
export const IN_PROGRESS = new Set(['SUBMITTED', 'IN_CONSULTATION', 'RETURNED', 'AGREEMENT_SIGNED', 'BUILDING']);

export function inProgressCount(byStatus: { status: string; count: number }[]): number {
  return byStatus.filter((s) => IN_PROGRESS.has(s.status)).reduce((n, s) => n + s.count, 0);
}
