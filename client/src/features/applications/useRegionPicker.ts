// The region picker's state: the sheet, the level it shows (a path from 全国 down), the search box,
// and where it reopens — at the level of the region last chosen, not at 全国.
import { useEffect, useRef, useState } from 'react';
import { RegionSearchDocument, RegionsDocument, RegionTrailDocument, type RegionOptionFragment } from '@cards/schema';
import { getClient } from '../../graphql/client';
import { useQuery } from '../../graphql/useQuery';

/** Leaves of the tree: choosing one closes the sheet. Other levels open their children. */
export const REGION_LEAVES = new Set(['COUNTY', 'INDUSTRIAL_ZONE']);

/** How long typing must pause before the search runs. */
export const REGION_SEARCH_DELAY_MS = 250;

export type RegionHit = RegionOptionFragment & { ancestors: RegionOptionFragment[] };

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (!value) {
      setSettled('');
      return;
    }
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function useRegionPicker(value: RegionOptionFragment | null, admittedLevels: string[], onChange: (region: RegionOptionFragment) => void) {
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState<RegionOptionFragment[]>([]);
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), REGION_SEARCH_DELAY_MS);
  /** The ancestors of regions chosen here or seen in search results, so reopening needs no request. */
  const trails = useRef(new Map<string, RegionOptionFragment[]>());
  const opening = useRef(0);

  const parent = path.length ? path[path.length - 1] : null;
  const searching = term.length > 0;
  const children = useQuery(RegionsDocument, { parentCode: parent?.code ?? null }, { pause: !open || searching });
  const found = useQuery(RegionSearchDocument, { query: term }, { pause: !open || !searching });

  const admitted = (level: string) => admittedLevels.length === 0 || admittedLevels.includes(level);

  const choose = (region: RegionOptionFragment, ancestors: RegionOptionFragment[]) => {
    trails.current.set(region.code, ancestors);
    onChange(region);
    setOpen(false);
  };

  /** A row of the current level: a leaf is chosen (when admitted), anything else opens its children. */
  const tap = (region: RegionOptionFragment) => {
    if (REGION_LEAVES.has(region.level)) {
      if (admitted(region.level)) choose(region, path);
      return;
    }
    setPath([...path, region]);
  };

  /** A search result: a leaf is chosen; a province or city opens at its children (its own "choose" row on top). */
  const tapHit = (hit: RegionHit) => {
    const { ancestors, ...region } = hit;
    trails.current.set(hit.code, ancestors);
    if (REGION_LEAVES.has(hit.level)) {
      if (admitted(hit.level)) choose(region, ancestors);
      return;
    }
    setSearch('');
    setPath([...ancestors, region]);
  };

  /** "Choose 长沙市" at the top of its children. */
  const chooseCurrent = () => parent && choose(parent, path.slice(0, -1));

  /** Open at the level of the current choice (its siblings), else at 全国. */
  const show = () => {
    const id = ++opening.current;
    setSearch('');
    setOpen(true);
    if (!value) {
      setPath([]);
      return;
    }
    const known = trails.current.get(value.code);
    if (known) {
      setPath(known);
      return;
    }
    void getClient()
      .query(RegionTrailDocument, { code: value.code })
      .toPromise()
      .then((r) => {
        const ancestors = r.data?.region?.ancestors;
        if (!ancestors || id !== opening.current) return;
        trails.current.set(value.code, ancestors);
        setPath(ancestors);
      });
  };

  return {
    open,
    show,
    close: () => setOpen(false),
    path,
    setPath,
    parent,
    search,
    setSearch,
    term,
    searching,
    children,
    hits: (found.data?.regionSearch ?? []) as RegionHit[],
    found,
    admitted,
    tap,
    tapHit,
    chooseCurrent,
  };
}
