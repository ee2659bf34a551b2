import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { validateCardEdit, type CardEditFields } from '@cards/schema/rules';

/** The shared rules' own message for a field of an edit. */
const ruleMessage = (edit: CardEditFields, field: string) => validateCardEdit(edit).find((e) => e.field === field)?.message;
import { taroStub } from '../../../test/taro-stub';
import { serveGraphQL } from '../../../test/serve';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import { useCardEditor } from './useCardEditor';

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => setClient(null));

const card = {
  __typename: 'Card',
  id: 'Q2FyZDox',
  slug: 'golmud',
  title: '格尔木产业名片',
  titleEn: null,
  tier: 'FEATURED',
  themes: [],
  batchYear: 2025,
  industries: ['盐湖化工'],
  concept: null,
  conceptEn: null,
  story: null,
  storyEn: null,
  color: null,
  industriesEn: [],
  logoUrl: null,
  coverUrl: null,
  clusters: [],
  clustersEn: [],
  enterprises: [],
  enterprisesEn: [],
  keyFigures: [],
  landmarks: [],
  sources: [],
  isSample: false,
  sampleNote: null,
  published: false,
  publishedAt: null,
  status: 'DRAFT',
  version: 1,
  offline: null,
  region: { code: '632801', name: '格尔木市', level: 'COUNTY', fullName: '青海省 · 海西州 · 格尔木市', fullNameEn: 'Golmud' },
};

function serve() {
  return serveGraphQL((op) => {
    if (op === 'CardEditor') return { data: { application: { id: 'QXBwOjE=', card } } };
    if (op === 'UpdateCard') return { data: { updateCard: card } };
    if (op === 'PublishCard') return { data: { publishCard: { ...card, published: true, status: 'PUBLISHED', version: 2 } } };
    if (op === 'CardVersions') return { data: { cardVersions: [] } };
    return new Error(`unexpected ${op}`);
  });
}

describe('useCardEditor', () => {
  it('refuses what the shared rules refuse without asking the server, and clears an error once edited', async () => {
    const seen = serve();
    const { result } = renderHook(() => useCardEditor({ applicationId: 'QXBwOjE=' }));
    await waitFor(() => expect(result.current.draft?.title).toBe(card.title));
    act(() => result.current.set({ title: ' ', color: '#abc' }));
    await act(() => result.current.onSave());
    expect(result.current.errors).toEqual({ title: ruleMessage({ title: '' }, 'title'), color: ruleMessage({ color: '#12' }, 'color') });
    expect(seen.map((s) => s.operationName).filter((n) => n !== 'CardVersions')).toEqual(['CardEditor']);
    act(() => result.current.set({ title: '格尔木' }));
    expect(result.current.errors).toEqual({ color: ruleMessage({ color: '#12' }, 'color') });
  });

  it('saves what was typed before publishing, after staff confirm', async () => {
    const seen = serve();
    const { result } = renderHook(() => useCardEditor({ applicationId: 'QXBwOjE=' }));
    await waitFor(() => expect(result.current.draft).not.toBeNull());
    act(() => result.current.set({ color: '#1f4e79' }));
    await act(() => result.current.onPublish());
    expect(seen.map((s) => s.operationName).filter((n) => n !== 'CardVersions')).toEqual(['CardEditor', 'UpdateCard', 'PublishCard']);
    const update = seen.find((s) => s.operationName === 'UpdateCard')!;
    expect((update.variables.input as { color: string; expectedVersion: number }).color).toBe('#1F4E79');
    expect((update.variables.input as { expectedVersion: number }).expectedVersion).toBe(1);
    expect(taroStub.modals).toHaveLength(1);
    expect(result.current.published).toBe(true);
  });
});
