import { builder } from '../../schema/builder.js';
import { RegionLevel } from '../../generated/prisma/enums.js';
import { REGION_QUERY_MAX, searchRegionCodes } from './region-search.js';

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
    ancestors: t.prismaField({
      type: ['Region'],
      description: 'The regions above this one, the province first (a picker opens at this level).',
      select: { ancestorCodes: true },
      resolve: async (query, r, _a, ctx) => {
        if (!r.ancestorCodes.length) return [];
        const rows = await ctx.db.prisma.region.findMany({ ...query, where: { code: { in: r.ancestorCodes } } });
        const byCode = new Map(rows.map((row) => [row.code, row]));
        return r.ancestorCodes.flatMap((c) => byCode.get(c) ?? []);
      },
    }),
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

builder.queryField('region', (t) =>
  t.prismaField({
    type: 'Region',
    nullable: true,
    description: 'One region by its code (null when there is none).',
    args: { code: t.arg.string({ required: true, maxLength: REGION_CODE_MAX }) },
    resolve: (query, _root, args, ctx) => ctx.db.prisma.region.findUnique({ ...query, where: { code: args.code } }),
  }),
);

builder.queryField('regionSearch', (t) =>
  t.prismaField({
    type: ['Region'],
    description:
      'Regions whose name matches the query: Chinese (长沙), toneless pinyin (changsha), pinyin initials (cs) or the English name; ' +
      'exact matches first, then provinces before cities before counties. At most `first` (≤ 50) entries; none for an empty query.',
    args: {
      query: t.arg.string({ required: true, maxLength: REGION_QUERY_MAX }),
      first: t.arg.int({ required: false, defaultValue: 20 }),
    },
    resolve: async (query, _root, args, ctx) => {
      const codes = searchRegionCodes(args.query, args.first ?? 20);
      if (!codes.length) return [];
      const select = 'select' in query && query.select ? { select: { ...query.select, code: true } } : {};
      const rows = await ctx.db.prisma.region.findMany({ ...query, ...select, where: { code: { in: codes } } });
      const order = new Map(codes.map((c, i) => [c, i]));
      return rows.sort((a, b) => order.get(a.code)! - order.get(b.code)!);
    },
  }),
);
