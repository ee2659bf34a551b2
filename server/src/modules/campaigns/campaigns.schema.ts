import { builder } from '../../schema/builder.js';
import { RegionLevelEnum } from '../regions/regions.schema.js';
import { openCampaign } from '../applications/applications.service.js';

export const CampaignNode = builder.prismaNode('Campaign', {
  id: { field: 'id' },
  fields: (t) => ({
    title: t.exposeString('title'),
    opensAt: t.expose('opensAt', { type: 'DateTime' }),
    closesAt: t.expose('closesAt', { type: 'DateTime' }),
    admittedLevels: t.expose('admittedLevels', { type: [RegionLevelEnum] }),
    isOpen: t.boolean({ select: { opensAt: true, closesAt: true }, resolve: (c) => c.opensAt <= new Date() && new Date() < c.closesAt }),
  }),
});

builder.queryFields((t) => ({
  campaigns: t.prismaField({
    type: ['Campaign'],
    description: 'Calls for applications (征集), newest first.',
    resolve: (query, _root, _args, ctx) => ctx.db.prisma.campaign.findMany({ ...query, orderBy: { opensAt: 'desc' } }),
  }),
  openCampaign: t.prismaField({
    type: 'Campaign',
    nullable: true,
    description: 'The campaign accepting applications now, if any.',
    resolve: async (query, _root, _args, ctx) => {
      const open = await openCampaign(ctx.db.prisma);
      return open ? ctx.db.prisma.campaign.findUnique({ ...query, where: { id: open.id } }) : null;
    },
  }),
}));
