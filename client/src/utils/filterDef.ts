// The shape of one drop-down filter (components/FilterBar), built by the pages' feature code.

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterDef {
  key: string;
  /** Shown when nothing is chosen. */
  label: string;
  value: string;
  /** The first option is usually "any" (value ''). */
  options: FilterOption[];
  /** Four narrow columns in a taller panel (long lists such as provinces). */
  dense?: boolean;
}

/** What a tab shows: the chosen option, the raw value while the options load, or the filter's name. */
export function tabLabel(def: FilterDef): { text: string; set: boolean } {
  if (!def.value) return { text: def.label, set: false };
  const chosen = def.options.find((o) => o.value === def.value);
  return { text: chosen ? chosen.label : def.value, set: true };
}
