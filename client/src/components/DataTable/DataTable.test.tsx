import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import DataTable from './index';

const rows = [
  { id: 'a', name: '保定' },
  { id: 'b', name: '长沙' },
];

describe('DataTable', () => {
  it('sorts by a header, selects rows and pages', () => {
    const onSort = vi.fn();
    const onToggle = vi.fn();
    const onToggleAll = vi.fn();
    const onNext = vi.fn();
    const onRow = vi.fn();
    render(
      <DataTable
        caption="申请"
        columns={[{ key: 'name', label: '区域', sortable: true, render: (r) => r.name }]}
        rows={rows}
        rowKey={(r) => r.id}
        rowName={(r) => r.name}
        sort={{ key: 'name', dir: 'desc' }}
        onSort={onSort}
        selected={new Set(['a'])}
        onToggle={onToggle}
        onToggleAll={onToggleAll}
        onRowClick={onRow}
        paging={{ page: 2, hasPrev: true, hasNext: false, onPrev: vi.fn(), onNext }}
      />,
    );
    const header = screen.getByRole('columnheader', { name: /区域/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(header);
    expect(onSort).toHaveBeenCalledWith('name');
    expect(screen.getByRole('checkbox', { name: '全选本页' }).getAttribute('aria-checked')).toBe('mixed');
    expect(screen.getByRole('checkbox', { name: '选择 保定' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('checkbox', { name: '选择 长沙' }));
    expect(onToggle).toHaveBeenCalledWith('b');
    expect(onRow).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('长沙'));
    expect(onRow).toHaveBeenCalledWith(rows[1]);
    expect(screen.getByText('第 2 页')).toBeTruthy();
    expect(screen.getByRole('button', { name: '下一页' }).getAttribute('aria-disabled')).toBe('true');
  });
});
