import { useCallback, useEffect, useRef, useState } from 'react';
import { useReachBottom, useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import TopBar from '../../../components/TopBar';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import FilmTile from '../../../components/FilmTile';
import { THEMES, themeLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { FilmFeedDocument, type CardTheme, type FilmSummaryFragment } from '../../../graphql/operations';
import { getClient } from '../../../graphql/client';
import { errorMessage } from '../../../graphql/mutate';
import { feedUrl } from '../../../features/films/urls';
import { PageActiveContext, usePageActiveState, useTestHook } from '../../../utils/pageActive';
import { useTabBarLabels } from '../../../i18n/tabBar';
import { useQueryInAddress } from '../../../utils/useQueryInAddress';
import './index.scss';
import { useElderClass } from '../../../features/display/elder';

const PAGE_SIZE = 10;

interface FeedState {
  films: FilmSummaryFragment[];
  total: number | null;
  endCursor: string | null;
  hasMore: boolean;
  loading: boolean;
  error: string | null;
}

const initial: FeedState = { films: [], total: null, endCursor: null, hasMore: false, loading: true, error: null };

function ThemeChips({ theme, onChange }: { theme: string; onChange: (v: string) => void }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const options = [{ value: '', label: t('common.all') }, ...THEMES.map((v) => ({ value: v, label: themeLabel(v, lang) }))];
  return (
    <View className="films__chips">
      {options.map((o) => (
        <Text
          key={o.value || 'all'}
          className={`films__chip ${o.value === theme ? 'is-active' : ''} ${hook('film-theme')}`}
          data-value={o.value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </Text>
      ))}
    </View>
  );
}

export default function FilmFeedPage() {
  const elder = useElderClass();
  const { t, lang } = useI18n();
  const active = usePageActiveState();
  useNavigationTitle('films.title');
  useTabBarLabels();
  const router = useRouter();
  const initialTheme = THEMES.includes(router.params.theme as never) ? (router.params.theme as string) : '';
  const [theme, setTheme] = useState(initialTheme);
  // A reload or a copied link keeps the chosen theme.
  useQueryInAddress({ theme }, active);
  const [state, setState] = useState<FeedState>(initial);
  const stateRef = useRef(state);
  stateRef.current = state;
  const seq = useRef(0);

  const load = useCallback(
    async (append: boolean) => {
      const id = ++seq.current;
      setState((s) => (append ? { ...s, loading: true, error: null } : { ...initial }));
      const result = await getClient()
        .query(
          FilmFeedDocument,
          { first: PAGE_SIZE, after: append ? stateRef.current.endCursor : null, theme: (theme || null) as CardTheme | null },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (id !== seq.current) return;
      if (result.error || !result.data) {
        setState((s) => ({ ...s, loading: false, error: errorMessage(result.error, t('common.errorHint')) }));
        return;
      }
      const page = result.data.films;
      setState((s) => ({
        films: append ? [...s.films, ...page.edges.map((e) => e.node)] : page.edges.map((e) => e.node),
        total: page.totalCount,
        endCursor: page.pageInfo.endCursor ?? null,
        hasMore: page.pageInfo.hasNextPage,
        loading: false,
        error: null,
      }));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [theme],
  );

  useEffect(() => {
    load(false);
  }, [load]);

  useReachBottom(() => {
    const s = stateRef.current;
    if (s.hasMore && !s.loading && !s.error) load(true);
  });

  useShareAppMessage(() => ({ title: t('films.homeTitle'), path: feedUrl(theme) }));

  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page films ${lang === 'en' ? 'is-en' : ''} ${elder}`}>
        <TopBar back title={t('films.title')} />
        <View className="films__hero">
          <Text className="films__hero-title">{t('films.homeTitle')}</Text>
          <Text className="films__hero-sub">{t('films.homeSubtitle')}</Text>
        </View>
        <ThemeChips theme={theme} onChange={setTheme} />
        <View className="page-body films__body">
          {state.total !== null ? <Text className="films__count">{t('films.total', { n: state.total })}</Text> : null}
          {state.films.map((film) => (
            <FilmTile key={film.id} film={film} />
          ))}
          {state.loading ? <Loading compact={state.films.length > 0} /> : null}
          {state.error && !state.films.length ? <ErrorState message={state.error} onRetry={() => load(false)} /> : null}
          {!state.loading && !state.error && state.total === 0 ? <Empty title={t('films.empty')} hint={t('films.emptyHint')} /> : null}
        </View>
      </View>
    </PageActiveContext.Provider>
  );
}
