import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { StaffFilmFragment } from '@cards/schema';
import { taroStub } from '../../../test/taro-stub';
import { serveGraphQL } from '../../../test/serve';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import { translate } from '../../i18n';
import { isTranscoding, jobLabel } from './staffFilms';
import { useStaffFilms } from './useStaffFilms';
import { useFilmPublishing } from './useFilmActions';

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => setClient(null));

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('zh', key, params);

function film(state: string, patch: Partial<StaffFilmFragment> = {}): StaffFilmFragment {
  return {
    id: 'RmlsbTox',
    title: '盐湖',
    titleEn: null,
    durationSeconds: null,
    posterUrl: null,
    published: false,
    job: { state, progress: 40, error: null },
    subtitles: [],
    ...patch,
  } as unknown as StaffFilmFragment;
}

const page = (...films: StaffFilmFragment[]) => ({
  data: {
    card: { id: 'Q2FyZDox', slug: 'golmud', title: '格尔木', titleEn: null },
    films: { totalCount: films.length, edges: films.map((node) => ({ node })) },
  },
});

describe('staff films', () => {
  it('labels a job by its state', () => {
    expect(jobLabel(film('PROCESSING').job, t)).toContain('40');
    expect(jobLabel({ state: 'FAILED', progress: 0, error: '无法解码' } as StaffFilmFragment['job'], t)).toContain('无法解码');
    expect(isTranscoding(film('QUEUED'))).toBe(true);
    expect(isTranscoding(film('READY'))).toBe(false);
  });

  it('polls while a job is transcoding, until it is ready', async () => {
    let answers = 0;
    const seen = serveGraphQL(() => (++answers < 2 ? page(film('PROCESSING')) : page(film('READY'))));
    const { result } = renderHook(() => useStaffFilms('golmud'));
    await waitFor(() => expect(result.current.films[0]?.job.state).toBe('READY'), { timeout: 8000 });
    expect(result.current.totalCount).toBe(1);
    expect(seen.map((s) => s.variables)).toEqual([{ cardSlug: 'golmud' }, { cardSlug: 'golmud' }]);
  }, 15_000);

  it('publishes a film and reports the new state', async () => {
    serveGraphQL(() => ({ data: { publishFilm: { __typename: 'Film', ...film('READY', { published: true }) } } }));
    let changed = 0;
    const { result } = renderHook(() => useFilmPublishing(film('READY'), () => changed++));
    await act(() => result.current.toggle());
    expect(result.current.published).toBe(true);
    expect(changed).toBe(1);
    expect(taroStub.toasts).toEqual([t('staffFilms.publishDone')]);
  });
});
