// Staff accounts in the app: the list (staff), and creating, editing and disabling them (admins).
import { builder } from '../../schema/builder.js';
import { NotFoundError, UserError, ValidationError } from '../../schema/errors.js';
import { requireLocalId } from '../../schema/ids.js';
import { staffPublicName } from '@cards/schema/rules';
import { isStaff } from './auth.policy.js';
import { UserNode } from './auth.schema.js';
import { createStaffAccount, listStaffMembers, setStaffAccountDisabled, updateStaffAccount } from './staff-accounts.js';

export const StaffRoleEnum = builder.enumType('StaffRole', { values: ['STAFF', 'ADMIN'] as const });

builder.prismaObjectFields(UserNode, (t) => ({
  staffNumber: t.exposeString('staffNumber', { nullable: true, description: '工号: shown to citizens with the display name.' }),
  publicName: t.string({
    description: 'How citizens see a staff member: "李明（工号 A012）".',
    select: { displayName: true, staffNumber: true },
    resolve: (u) => staffPublicName(u),
  }),
  username: t.string({
    nullable: true,
    description: "A staff account's sign-in name (staff viewers only).",
    select: { username: true, role: true },
    resolve: (u, _a, ctx) => (isStaff(ctx.viewer) && (u.role === 'STAFF' || u.role === 'ADMIN') ? u.username : null),
  }),
  disabled: t.boolean({ select: { disabledAt: true }, resolve: (u) => u.disabledAt !== null }),
  disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true }),
}));

const CreateStaffAccountInput = builder.inputType('CreateStaffAccountInput', {
  fields: (t) => ({
    username: t.string({ required: true, maxLength: 64 }),
    password: t.string({ required: true, maxLength: 256 }),
    displayName: t.string({ required: true, maxLength: 60 }),
    staffNumber: t.string({ maxLength: 32 }),
    role: t.field({ type: StaffRoleEnum, required: true }),
  }),
});

const UpdateStaffAccountInput = builder.inputType('UpdateStaffAccountInput', {
  description: 'Fields left out stay as they are; an empty staffNumber clears it; a password resets it.',
  fields: (t) => ({
    id: t.id({ required: true }),
    displayName: t.string({ maxLength: 60 }),
    staffNumber: t.string({ maxLength: 32 }),
    role: t.field({ type: StaffRoleEnum }),
    password: t.string({ maxLength: 256 }),
  }),
});

const userId = (id: string | number) => requireLocalId(id, 'User', () => new NotFoundError('工作人员账号不存在（No such staff account）'));
const errors = { types: [ValidationError, NotFoundError, UserError] };

builder.queryField('staffMembers', (t) =>
  t.prismaField({
    type: ['User'],
    authScopes: { staff: true },
    description: 'Staff and admin accounts (for assigning a reviewer; admins manage them). Disabled ones only with includeDisabled.',
    args: { includeDisabled: t.arg.boolean() },
    resolve: async (_query, _root, args, ctx) => listStaffMembers(ctx, ctx.viewer, { includeDisabled: args.includeDisabled }),
  }),
);

builder.mutationFields((t) => ({
  createStaffAccount: t.prismaField({
    type: 'User',
    authScopes: { admin: true },
    errors,
    description: 'Creates a staff or admin account (admins only); the password is at least 10 characters.',
    args: { input: t.arg({ type: CreateStaffAccountInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const user = await createStaffAccount(ctx, ctx.viewer, args.input);
      return ctx.db.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
  updateStaffAccount: t.prismaField({
    type: 'User',
    authScopes: { admin: true },
    errors,
    description: "Changes a staff account's display name, 工号, role or password (admins only; not one's own role).",
    args: { input: t.arg({ type: UpdateStaffAccountInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const { id, ...rest } = args.input;
      const user = await updateStaffAccount(ctx, ctx.viewer, { ...rest, id: userId(id) });
      return ctx.db.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
  setStaffAccountDisabled: t.prismaField({
    type: 'User',
    authScopes: { admin: true },
    errors,
    description: 'Disables a staff account (it cannot sign in; every session ends at once) or enables it again. Admins only; not oneself.',
    args: { id: t.arg.id({ required: true }), disabled: t.arg.boolean({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const user = await setStaffAccountDisabled(ctx, ctx.viewer, { id: userId(args.id), disabled: args.disabled });
      return ctx.db.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
}));
