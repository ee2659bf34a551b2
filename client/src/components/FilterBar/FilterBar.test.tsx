import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { emptyFilters } from '../../features/cards/filters';
import { catalogueFilterDefs } from '../../features/cards/filterDefs';
import { translate } from '../../i18n';
import { tabLabel } from '../../utils/filterDef';
import FilterBar from './index';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('zh', key, params);
const provinces = [{ code: '630000', name: '青海省', shortName: '青海', nameEn: 'Qinghai' }];

describe('FilterBar', () => {
  it('opens one panel, reports a new choice and closes', async () => {
    const changes: [string, string][] = [];
    const defs = catalogueFilterDefs(emptyFilters, provinces, [2025], t, 'zh');
    const { container } = render(<FilterBar defs={defs} onChange={(k, v) => changes.push([k, v])} />);
    expect(container.querySelectorAll('.filter-bar__tab')).toHaveLength(4);
    await act(async () => fireEvent.click(container.querySelector('.filter-regionCode') as HTMLElement));
    expect(container.querySelector('.filter-bar__grid')?.className).toContain('is-4col');
    await act(async () => fireEvent.click(screen.getByText('青海')));
    expect(changes).toEqual([['regionCode', '630000']]);
    expect(container.querySelector('.filter-bar__panel')).toBeNull();
  });

  it('does not report the option already chosen', async () => {
    const changes: string[] = [];
    const defs = catalogueFilterDefs({ ...emptyFilters, batchYear: '2025' }, provinces, [2025], t, 'zh');
    const { container } = render(<FilterBar defs={defs} onChange={(k) => changes.push(k)} />);
    const yearTab = container.querySelector('.filter-batchYear') as HTMLElement;
    expect(yearTab.className).toContain('is-set');
    await act(async () => fireEvent.click(yearTab));
    await act(async () => fireEvent.click(container.querySelector('.filter-bar__opt[data-value="2025"]') as HTMLElement));
    expect(changes).toEqual([]);
  });

  it('names a tab by its choice, by the raw value while options load, else by the filter', () => {
    const def = { key: 'status', label: '状态', value: '', options: [{ value: 'SUBMITTED', label: '已提交' }] };
    expect(tabLabel(def)).toEqual({ text: '状态', set: false });
    expect(tabLabel({ ...def, value: 'SUBMITTED' })).toEqual({ text: '已提交', set: true });
    expect(tabLabel({ ...def, value: 'DRAFT' })).toEqual({ text: 'DRAFT', set: true });
  });
});
