import { builder } from '../../schema/builder.js';
import { RegionLevel } from '../../generated/prisma/enums.js';

/** GB/T 2260 codes have 6 digits (12 for towns); anything longer is not a code. */
export const REGION_CODE_MAX = 12;

export const RegionLevelEnum = builder.enumType(RegionLevel, { name: 'RegionLevel' });

export const RegionNode = builder.prismaNode('Region', {
  id: { field: 'code' },
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { description: 'Name without its administrative suffix (东莞市 → 东莞).' }),
    fullName: t.exposeString('fullName', { description: 'Names from the province down, e.g. "福建省 · 泉州市 · 德化县".' }),
    nameEn: t.exposeString('nameEn', { description: 'Romanised name, e.g. "Dongguan".' }),
    fullNameEn: t.exposeString('fullNameEn', { description: '"Guangdong · Dongguan".' }),
    level: t.expose('level', { type: RegionLevelEnum }),
    parent: t.relation('parent', { nullable: true }),
    hasChildren: t.exposeBoolean('hasChildren', { description: 'Whether regions(parentCode: code) has entries.' }),
  }),
});

builder.queryField('regions', (t) =>
  t.prismaField({
    type: ['Region'],
    description: 'Child regions of parentCode; the provinces when parentCode is null.',
    args: { parentCode: t.arg.string({ required: false, maxLength: REGION_CODE_MAX }) },
    resolve: (query, _root, args, ctx) => ctx.db.prisma.region.findMany({ ...query, where: { parentCode: args.parentCode ?? null }, orderBy: { code: 'asc' } }),
  }),
);
