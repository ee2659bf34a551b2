import type { CardFilter } from '../../graphql/operations';
import { routeParam } from '../../utils/routeParam';

/** Filters of the card list as they appear in the page URL and UI. */
export interface ListFilters {
  query: string;
  regionCode: string;
  tier: string;
  theme: string;
  batchYear: string;
}

export const emptyFilters: ListFilters = { query: '', regionCode: '', tier: '', theme: '', batchYear: '' };

const TIERS = new Set(['MAIN', 'FEATURED']);
const THEMES = new Set(['TECH_HOTSPOT', 'INNOVATIVE_CONSUMPTION', 'UPGRADE_RENEWAL']);

const decode = (v: string | undefined) => routeParam(v).trim();

/** Read filters from page params (`?query=…&tier=MAIN&theme=…&year=2025&region=440000`). */
export function filtersFromParams(params: Record<string, string | undefined>): ListFilters {
  const tier = decode(params.tier).toUpperCase();
  const theme = decode(params.theme).toUpperCase();
  const year = decode(params.year);
  return {
    query: decode(params.query),
    regionCode: decode(params.region).replace(/\D/g, ''),
    tier: TIERS.has(tier) ? tier : '',
    theme: THEMES.has(theme) ? theme : '',
    batchYear: /^\d{4}$/.test(year) ? year : '',
  };
}

/** The GraphQL `CardFilter` for these filters, or null when nothing is set. */
export function toCardFilter(f: ListFilters): CardFilter | null {
  const filter: CardFilter = {};
  if (f.query.trim()) filter.query = f.query.trim();
  if (f.regionCode) filter.regionCode = f.regionCode;
  if (f.tier) filter.tier = f.tier as CardFilter['tier'];
  if (f.theme) filter.theme = f.theme as CardFilter['theme'];
  if (f.batchYear) filter.batchYear = Number(f.batchYear);
  return Object.keys(filter).length ? filter : null;
}

export function hasActiveFilters(f: ListFilters): boolean {
  return Boolean(f.regionCode || f.tier || f.theme || f.batchYear);
}

/** The filters as page parameters (the names `filtersFromParams` reads; empty when not set). */
export function filtersToParams(f: Partial<ListFilters>): Record<string, string> {
  return { query: f.query ?? '', region: f.regionCode ?? '', tier: f.tier ?? '', theme: f.theme ?? '', year: f.batchYear ?? '' };
}

/** URL of the list page for the given filters (only set values appear). */
export function listUrl(f: Partial<ListFilters>): string {
  const parts = Object.entries(filtersToParams(f))
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return `/pages/cards/list/index${parts.length ? `?${parts.join('&')}` : ''}`;
}

export function detailUrl(slug: string): string {
  return `/pages/cards/detail/index?slug=${encodeURIComponent(slug)}`;
}
