// Sorting and selecting the rows of a staff table (pure functions, so the hooks and tests share them).

export type SortDir = 'asc' | 'desc';
export interface SortState {
  key: string;
  dir: SortDir;
}

/** A column's sort: first tap ascending, second descending, third back to the server's order. */
export function nextSort(sort: SortState | null, key: string): SortState | null {
  if (!sort || sort.key !== key) return { key, dir: 'asc' };
  if (sort.dir === 'asc') return { key, dir: 'desc' };
  return null;
}

type SortValue = string | number | null | undefined;

/** The rows in the column's order (empty values last either way); a stable copy, the input untouched. */
export function sortRows<T>(rows: readonly T[], sort: SortState | null, valueFor: (row: T, key: string) => SortValue): T[] {
  if (!sort) return [...rows];
  const factor = sort.dir === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueFor(row, sort.key) }))
    .sort((a, b) => {
      const empty = (v: SortValue) => v === null || v === undefined || v === '';
      if (empty(a.value) || empty(b.value)) return empty(a.value) === empty(b.value) ? a.index - b.index : empty(a.value) ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : String(a.value).localeCompare(String(b.value), 'zh-Hans-CN');
      return order === 0 ? a.index - b.index : order * factor;
    })
    .map((x) => x.row);
}

/** Toggles one id in a selection. */
export function toggleId(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** "Select this page": all of the page's ids, or none of them when all were already selected. */
export function toggleAll(selected: ReadonlySet<string>, pageIds: readonly string[]): Set<string> {
  const next = new Set(selected);
  const all = pageIds.length > 0 && pageIds.every((id) => next.has(id));
  for (const id of pageIds) {
    if (all) next.delete(id);
    else next.add(id);
  }
  return next;
}
