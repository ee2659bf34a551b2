import type { RegionLevel } from '../../generated/prisma/enums.js';

export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  PROVINCE: '省级',
  SUB_PROVINCIAL_CITY: '副省级（省会）城市',
  PREFECTURE_CITY: '地级市',
  COUNTY: '区、县（市）、旗',
  INDUSTRIAL_ZONE: '产业集聚区',
};
