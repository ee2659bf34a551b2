// Admins keep the centre's accounts: create staff and admins, set the name and 工号 citizens see,
// change roles, disable an account (its sessions end at once). Each change is in the audit trail.
import { staffAccountProblems, stripControl } from '@cards/schema/rules';
import type { Deps, Viewer } from '../../context.js';
import type { Role } from '../../generated/prisma/enums.js';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { isUniqueViolation } from '../../schema/idempotency.js';
import { assertCanManageStaff, isStaff, isStaffAccount } from './auth.policy.js';
import { hashPassword } from './passwords.js';

export type StaffRole = Extract<Role, 'STAFF' | 'ADMIN'>;

const STAFF_SELECT = { id: true, username: true, displayName: true, staffNumber: true, role: true, disabledAt: true } as const;

/** Staff and admins, by name; disabled accounts only when asked. */
export async function listStaffMembers(deps: Deps, viewer: Viewer, { includeDisabled }: { includeDisabled?: boolean | null }) {
  if (!isStaff(viewer)) throw new NotFoundError('没有权限执行此操作（Not allowed）');
  return deps.db.prisma.user.findMany({
    where: { role: { in: ['STAFF', 'ADMIN'] }, ...(includeDisabled ? {} : { disabledAt: null }) },
    orderBy: [{ disabledAt: { sort: 'desc', nulls: 'first' } }, { staffNumber: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
  });
}

const staffNumberOf = (s: string | null | undefined) => (s == null ? s : stripControl(s).trim() || null);

function duplicate(err: unknown): never {
  if (isUniqueViolation(err)) {
    const target = JSON.stringify((err as { meta?: unknown }).meta ?? '') + String((err as Error).message);
    if (/staffNumber/.test(target)) throw new ValidationError([{ field: 'staffNumber', code: 'TAKEN', message: '该工号已被使用（This staff number is taken）' }]);
    throw new ValidationError([{ field: 'username', code: 'TAKEN', message: '该登录账号已存在（This username is taken）' }]);
  }
  throw err;
}

export interface NewStaffAccount {
  username: string;
  password: string;
  displayName: string;
  staffNumber?: string | null;
  role: StaffRole;
}

export async function createStaffAccount(deps: Deps, viewer: Viewer, input: NewStaffAccount) {
  assertCanManageStaff(viewer);
  const fields = {
    username: stripControl(input.username).trim(),
    password: input.password,
    displayName: stripControl(input.displayName).trim(),
    staffNumber: staffNumberOf(input.staffNumber) ?? null,
  };
  const problems = staffAccountProblems(fields);
  if (problems.length) throw new ValidationError(problems);
  const passwordHash = await hashPassword(fields.password);
  try {
    return await deps.db.prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { username: fields.username, passwordHash, displayName: fields.displayName, staffNumber: fields.staffNumber, role: input.role },
        select: STAFF_SELECT,
      });
      const { id: _id, disabledAt: _d, ...after } = user;
      await recordAudit(tx, viewer, { action: 'staff.create', subjectType: 'User', subjectId: user.id, after });
      return user;
    });
  } catch (err) {
    return duplicate(err);
  }
}

export interface StaffAccountEdit {
  id: string;
  displayName?: string | null;
  staffNumber?: string | null;
  role?: StaffRole | null;
  password?: string | null;
}

/** Changes a staff account's name, 工号, role or password (fields left out stay). */
export async function updateStaffAccount(deps: Deps, viewer: Viewer, input: StaffAccountEdit) {
  assertCanManageStaff(viewer);
  const prisma = deps.db.prisma;
  const current = await prisma.user.findUnique({ where: { id: input.id }, select: STAFF_SELECT });
  if (!current || !isStaffAccount(current)) throw new NotFoundError('工作人员账号不存在（No such staff account）');
  if (input.role && input.role !== current.role) assertCanManageStaff(viewer, input.id, 'role');
  const data = {
    ...(input.displayName != null ? { displayName: stripControl(input.displayName).trim() } : {}),
    ...(input.staffNumber !== undefined ? { staffNumber: staffNumberOf(input.staffNumber) ?? null } : {}),
    ...(input.role ? { role: input.role } : {}),
  };
  const problems = staffAccountProblems({
    ...(data.displayName !== undefined ? { displayName: data.displayName } : {}),
    ...(data.staffNumber !== undefined ? { staffNumber: data.staffNumber } : {}),
    ...(input.password != null ? { password: input.password } : {}),
  });
  if (problems.length) throw new ValidationError(problems);
  const passwordHash = input.password != null ? await hashPassword(input.password) : undefined;
  const changed = Object.keys(data).filter((k) => data[k as keyof typeof data] !== current[k as keyof typeof current]);
  try {
    const user = await prisma.$transaction(async (tx) => {
      const user = await tx.user.update({ where: { id: input.id }, data: { ...data, ...(passwordHash ? { passwordHash } : {}) }, select: STAFF_SELECT });
      if (changed.length || passwordHash) {
        const pick = (u: typeof current) => Object.fromEntries(changed.map((k) => [k, u[k as keyof typeof u]]));
        await recordAudit(tx, viewer, {
          action: 'staff.update',
          subjectType: 'User',
          subjectId: user.id,
          before: pick(current),
          after: { ...pick(user), ...(passwordHash ? { password: '（已重置）' } : {}) },
        });
      }
      // A new role changes what the account may do: its sessions start over.
      if (data.role && data.role !== current.role) await tx.session.deleteMany({ where: { userId: user.id } });
      return user;
    });
    if (data.role && data.role !== current.role) deps.services.inquiryEvents.endUser(user.id);
    return user;
  } catch (err) {
    return duplicate(err);
  }
}

/** Disables (every session revoked, live subscriptions ended) or enables a staff account. */
export async function setStaffAccountDisabled(deps: Deps, viewer: Viewer, { id, disabled }: { id: string; disabled: boolean }) {
  assertCanManageStaff(viewer, id, disabled ? 'disable' : undefined);
  const prisma = deps.db.prisma;
  const user = await prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id }, select: STAFF_SELECT });
    if (!current || !isStaffAccount(current)) throw new NotFoundError('工作人员账号不存在（No such staff account）');
    if (disabled === (current.disabledAt !== null)) return current;
    const user = await tx.user.update({ where: { id }, data: { disabledAt: disabled ? new Date() : null }, select: STAFF_SELECT });
    if (disabled) await tx.session.deleteMany({ where: { userId: id } });
    await recordAudit(tx, viewer, {
      action: disabled ? 'staff.disable' : 'staff.enable',
      subjectType: 'User',
      subjectId: id,
      before: { disabled: current.disabledAt !== null },
      after: { disabled },
    });
    return user;
  });
  if (disabled) deps.services.inquiryEvents.endUser(id);
  return user;
}

