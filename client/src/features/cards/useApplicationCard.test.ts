import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { ApplicationFieldsFragment } from '@cards/schema';
import { taroStub } from '../../../test/taro-stub';
import { application, serveGraphQL } from '../../../test/serve';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import { useApplicationCard } from './useApplicationCard';

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => setClient(null));

const card = { id: 'Q2FyZDox', slug: 'golmud', title: '格尔木产业名片', published: false };
const building = application({ status: 'BUILDING', card: null }) as unknown as ApplicationFieldsFragment;
const withCard = application({ status: 'BUILDING', card }) as unknown as ApplicationFieldsFragment;

describe('useApplicationCard', () => {
  it('creates the card and opens its editor', async () => {
    const seen = serveGraphQL(() => ({ data: { createCardFromApplication: { __typename: 'Card', id: card.id } } }));
    let changed = 0;
    const { result } = renderHook(() => useApplicationCard(building, () => changed++));
    await act(() => result.current.create());
    expect(seen.map((s) => s.operationName)).toEqual(['CreateCardFromApplication']);
    expect(changed).toBe(1);
    expect(taroStub.navigations).toEqual([`/pages/staff/card/index?applicationId=${encodeURIComponent(building.id)}`]);
  });

  it('publishes only after staff confirm, and shows a refusal', async () => {
    const seen = serveGraphQL(() => ({ data: { publishCard: { __typename: 'ActionRefused', message: '名片不存在', code: 'NOT_FOUND' } } }));
    taroStub.modalAnswer = false;
    const { result } = renderHook(() => useApplicationCard(withCard, () => undefined));
    await act(() => result.current.publish());
    expect(taroStub.modals).toEqual(['发布后公众即可看到这张名片，申请将变为「已发布」。确定发布？']);
    expect(seen).toHaveLength(0);

    taroStub.modalAnswer = true;
    await act(() => result.current.publish());
    expect(seen.map((s) => s.operationName)).toEqual(['PublishCard']);
    expect(result.current.message).toBe('名片不存在');
  });
});
