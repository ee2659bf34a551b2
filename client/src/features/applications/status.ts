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
