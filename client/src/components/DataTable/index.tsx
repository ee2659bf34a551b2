import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import type { SortState } from '../../features/staff/table';
import './index.scss';

export interface Column<T> {
  key: string;
  label: string;
  /** CSS grid track, e.g. '2fr' or '120px' (design px). */
  width?: string;
  sortable?: boolean;
  render: (row: T) => ReactNode;
}

interface Props<T> {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** The accessible name of a row (for its checkbox). */
  rowName?: (row: T) => string;
  caption: string;
  sort?: SortState | null;
  onSort?: (key: string) => void;
  onRowClick?: (row: T) => void;
  selected?: ReadonlySet<string>;
  onToggle?: (id: string) => void;
  onToggleAll?: () => void;
  /** Paging bar: shown when given. */
  paging?: { page: number; hasPrev: boolean; hasNext: boolean; onPrev: () => void; onNext: () => void };
  empty?: ReactNode;
}

function Check({ on, label, onClick }: { on: boolean | 'mixed'; label: string; onClick: () => void }) {
  return (
    <View
      className={`data-table__check ${on === true ? 'is-on' : ''} ${on === 'mixed' ? 'is-mixed' : ''}`}
      role="checkbox"
      aria-checked={on}
      aria-label={label}
      onClick={(e) => {
        e.stopPropagation();
        onClick();
      }}
    />
  );
}

/** The staff's desktop table: sortable headers, optional row selection, numbered pages. */
export default function DataTable<T>(props: Props<T>) {
  const { columns, rows, rowKey, caption, sort, onSort, onRowClick, selected, onToggle, onToggleAll, paging, empty } = props;
  const { t } = useI18n();
  const selectable = !!(selected && onToggle);
  const tracks = `${selectable ? 'var(--table-check) ' : ''}${columns.map((c) => c.width ?? '1fr').join(' ')}`;
  const onPage = rows.filter((r) => selected?.has(rowKey(r))).length;
  return (
    <View className="data-table" role="table" aria-label={caption}>
      <View className="data-table__row data-table__row--head" role="row" style={{ gridTemplateColumns: tracks }}>
        {selectable ? (
          <View className="data-table__cell" role="columnheader">
            <Check
              on={onPage > 0 && onPage === rows.length ? true : onPage > 0 ? 'mixed' : false}
              label={t('table.selectAll')}
              onClick={() => onToggleAll?.()}
            />
          </View>
        ) : null}
        {columns.map((c) => {
          const dir = sort?.key === c.key ? sort.dir : null;
          return (
            <View
              key={c.key}
              className={`data-table__cell data-table__head ${c.sortable ? 'is-sortable' : ''}`}
              role="columnheader"
              aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : c.sortable ? 'none' : undefined}
              onClick={c.sortable ? () => onSort?.(c.key) : undefined}
            >
              <Text>{c.label}</Text>
              {c.sortable ? <Text className={`data-table__arrow ${dir ? `is-${dir}` : ''}`}>{dir === 'desc' ? '▼' : dir === 'asc' ? '▲' : '↕'}</Text> : null}
            </View>
          );
        })}
      </View>
      {rows.map((row) => {
        const id = rowKey(row);
        const on = !!selected?.has(id);
        return (
          <View
            key={id}
            className={`data-table__row ${on ? 'is-selected' : ''} ${onRowClick ? 'is-link' : ''}`}
            role="row"
            aria-selected={selectable ? on : undefined}
            style={{ gridTemplateColumns: tracks }}
            onClick={onRowClick ? () => onRowClick(row) : undefined}
          >
            {selectable ? (
              <View className="data-table__cell" role="cell">
                <Check on={on} label={t('table.select', { name: props.rowName?.(row) ?? id })} onClick={() => onToggle?.(id)} />
              </View>
            ) : null}
            {columns.map((c) => (
              <View key={c.key} className="data-table__cell" role="cell">
                {c.render(row)}
              </View>
            ))}
          </View>
        );
      })}
      {rows.length === 0 ? empty : null}
      {paging ? (
        <View className="data-table__paging">
          <View className={`data-table__page-btn ${paging.hasPrev ? '' : 'is-disabled'}`} role="button" aria-disabled={!paging.hasPrev} onClick={paging.onPrev}>
            <Text>{t('table.prev')}</Text>
          </View>
          <Text className="data-table__page">{t('table.page', { page: paging.page })}</Text>
          <View className={`data-table__page-btn ${paging.hasNext ? '' : 'is-disabled'}`} role="button" aria-disabled={!paging.hasNext} onClick={paging.onNext}>
            <Text>{t('table.next')}</Text>
          </View>
        </View>
      ) : null}
    </View>
  );
}
