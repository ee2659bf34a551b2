// The application's life (PRODUCT.md): consult, then sign, then build, then publish.
import type { ApplicationStatus } from '../../generated/prisma/enums.js';

export type Actor = 'OWNER' | 'STAFF';

interface Rule {
  by: Actor;
  /** The transition needs a note (the reason shown to the official). */
  needsNote?: boolean;
}

export const TRANSITIONS: Record<ApplicationStatus, Partial<Record<ApplicationStatus, Rule>>> = {
  DRAFT: { SUBMITTED: { by: 'OWNER' } },
  SUBMITTED: {
    IN_CONSULTATION: { by: 'STAFF' },
    RETURNED: { by: 'STAFF', needsNote: true },
    DECLINED: { by: 'STAFF', needsNote: true },
    WITHDRAWN: { by: 'OWNER' },
  },
  IN_CONSULTATION: {
    AGREEMENT_SIGNED: { by: 'STAFF' },
    RETURNED: { by: 'STAFF', needsNote: true },
    DECLINED: { by: 'STAFF', needsNote: true },
    WITHDRAWN: { by: 'OWNER' },
  },
  RETURNED: { SUBMITTED: { by: 'OWNER' }, WITHDRAWN: { by: 'OWNER' } },
  AGREEMENT_SIGNED: { BUILDING: { by: 'STAFF' } },
  // PUBLISHED is reached by publishing the application's card, not by a plain transition.
  BUILDING: {},
  PUBLISHED: {},
  DECLINED: {},
  WITHDRAWN: {},
};

/** Statuses in which a region's application blocks another one in the same campaign. */
export const LIVE_STATUSES: ApplicationStatus[] = ['SUBMITTED', 'IN_CONSULTATION', 'RETURNED', 'AGREEMENT_SIGNED', 'BUILDING', 'PUBLISHED'];

/** Statuses in which the official may edit the form. */
export const EDITABLE_STATUSES: ApplicationStatus[] = ['DRAFT', 'RETURNED'];

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  IN_CONSULTATION: '协商中',
  RETURNED: '已退回修改',
  AGREEMENT_SIGNED: '已签约',
  BUILDING: '打造中',
  PUBLISHED: '已发布',
  DECLINED: '未通过',
  WITHDRAWN: '已撤回',
};

export function allowedTransitions(from: ApplicationStatus, by: Actor): ApplicationStatus[] {
  return (Object.entries(TRANSITIONS[from]) as [ApplicationStatus, Rule][]).filter(([, rule]) => rule.by === by).map(([to]) => to);
}

/** null when allowed; otherwise the reason, in Chinese. */
export function checkTransition(from: ApplicationStatus, to: ApplicationStatus, by: Actor, note: string | null | undefined): string | null {
  const rule = TRANSITIONS[from][to];
  if (!rule || rule.by !== by) return `申请当前为「${STATUS_LABELS[from]}」，不能变更为「${STATUS_LABELS[to]}」`;
  if (rule.needsNote && !note?.trim()) return `变更为「${STATUS_LABELS[to]}」需要填写原因`;
  return null;
}
