// Shape of the sample cards that are loaded into an empty database.
export type SeedTier = 'MAIN' | 'FEATURED';
export type SeedTheme = 'TECH_HOTSPOT' | 'INNOVATIVE_CONSUMPTION' | 'UPGRADE_RENEWAL';
export type SeedLandmarkKind =
  | 'MUSEUM' // 工业博物馆
  | 'HERITAGE' // 工业遗产
  | 'CREATIVE_TOWN' // 创意小镇 / 文创园区
  | 'PARK' // 产业园区
  | 'TOURISM'; // 工业旅游点

export interface SeedCard {
  slug: string; // lowercase ascii, e.g. "baoding-electric-valley"
  regionCode: string; // 6-digit GB/T 2260 code (e.g. "130600" 保定市, "350526" 德化县)
  title: string; // 中国电谷
  titleEn: string;
  tier: SeedTier;
  themes: SeedTheme[]; // may be empty for 2024 cards
  batchYear: 2024 | 2025;
  industries: string[]; // 1–5 entries, e.g. ["电力装备", "新能源"]
  concept: string; // one line
  conceptEn: string;
  story: string; // 2–4 short paragraphs separated by "\n\n"
  storyEn: string;
  color: string; // main colour, "#RRGGBB"
  keyFigures: { label: string; labelEn: string; value: string; unit: string }[];
  enterprises: string[];
  landmarks: { name: string; kind: SeedLandmarkKind; description: string }[];
  clusters: string[]; // related clusters, may be empty
  // Where the real facts come from (e.g. "FACTS.md：2022年签约试点（福建日报转载）").
  source: string;
  // Honest labelling: which parts are invented sample content (示例). Shown to users.
  sampleNote: string;
}
