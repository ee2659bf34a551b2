import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { ScrollView, Text, View } from '@tarojs/components';
import TopBar from '../../components/TopBar';
import SearchBar from '../../components/SearchBar';
import CardItem from '../../components/CardItem';
import { FILMS_URL } from '../../features/films/urls';
import { CHAT_URL } from '../../features/inquiries/chat';
import Section from '../../components/Section';
import { Empty, ErrorState, Loading } from '../../components/StatusView';
import FilmTile from '../../components/FilmTile';
import ElderSwitch from '../../components/ElderSwitch';
import { useElderClass } from '../../features/display/elder';
import { THEMES, themeLabel, useI18n, useNavigationTitle } from '../../i18n';
import { FilmFeedDocument, HomeCardsDocument, UnreadCountDocument } from '../../graphql/operations';
import { useQuery } from '../../graphql/useQuery';
import { useToken } from '../../features/auth/useSession';
import { useRefetchOnShow } from '../../utils/useRefetchOnShow';
import { listUrl } from '../../features/cards/filters';
import { PageActiveContext, usePageActiveState } from '../../utils/pageActive';
import { CATALOGUE_URL, ME_URL, switchToTab } from '../../utils/tabs';
import { useTabBarLabels } from '../../i18n/tabBar';
import { GUIDE_URL } from '../../features/applications/guide';
import './index.scss';

/** The seal-like marks of the entries and themes: a character in Chinese, a letter in English. */
const MARK: Record<string, [string, string]> = {
  apply: ['申', 'A'],
  ask: ['问', '?'],
  TECH_HOTSPOT: ['科', 'T'],
  INNOVATIVE_CONSUMPTION: ['消', 'C'],
  UPGRADE_RENEWAL: ['新', 'U'],
};

export default function HomePage() {
  const { t, lang } = useI18n();
  const active = usePageActiveState();
  const elder = useElderClass();
  useNavigationTitle('home.title');
  useTabBarLabels();
  const { data, error, fetching, refetch } = useQuery(HomeCardsDocument, {});
  // Signed in: the unread badge on the 我的 entry.
  const token = useToken();
  const unread = useQuery(UnreadCountDocument, {}, { pause: !token, requestPolicy: 'network-only', refreshKey: token ?? '' });
  useRefetchOnShow(unread.refetch, !!token);
  const films = useQuery(FilmFeedDocument, { first: 4 }, { requestPolicy: 'cache-and-network' });
  const filmList = films.data?.films?.edges.map((e) => e.node) ?? [];
  const unreadCount = token ? (unread.data?.unreadNotificationCount ?? 0) : 0;
  // 去申请 opens the 办事指南 first (public); the guide leads on to the form (signing in if needed).
  const apply = () => Taro.navigateTo({ url: GUIDE_URL });

  useShareAppMessage(() => ({ title: `${t('app.name')} · ${t('app.programme')}`, path: '/pages/home/index' }));
  useShareTimeline(() => ({ title: `${t('app.name')} · ${t('app.tagline')}` }));

  const mark = (key: string) => MARK[key][lang === 'en' ? 1 : 0];
  const search = (query: string) => Taro.navigateTo({ url: listUrl({ query }) });
  const featured = data?.featured.edges.map((e) => e.node) ?? [];
  const total = data?.all.totalCount;
  const mainCount = data?.featured.totalCount;

  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page home ${lang === 'en' ? 'is-en' : ''} ${elder}`}>
        <TopBar />
        <View className="home__hero">
          <View className="home__hero-pattern" />
          <View className={`home__me ${active ? 'account-entry' : ''}`} role="link" aria-label={t('home.me')} onClick={() => void switchToTab(ME_URL)}>
            <View className="home__me-icon" />
            <Text className="home__me-text">{t('home.me')}</Text>
            {unreadCount ? <Text className={`home__me-badge ${active ? 'account-badge' : ''}`}>{unreadCount > 99 ? '99+' : unreadCount}</Text> : null}
          </View>
          <Text className="home__programme">{t('app.programme')}</Text>
          <Text className="home__title">{t('app.name')}</Text>
          <Text className="home__tagline">{t('app.tagline')}</Text>
        </View>

        <View className="page-body home__body">
          <View className="home__search">
            <SearchBar onSearch={search} clearable={false} elevated />
          </View>

          <ElderSwitch className="home__elder" />

          <View className="home__stats" onClick={() => void switchToTab(CATALOGUE_URL)} role="link">
            <View className="home__stat">
              <Text className="home__stat-value">{total ?? '—'}</Text>
              <Text className="home__stat-label">{t('home.publishedCount')}</Text>
            </View>
            <View className="home__stat-divider" />
            <View className="home__stat">
              <Text className="home__stat-value">{mainCount ?? '—'}</Text>
              <Text className="home__stat-label">{t('home.featuredTitle')}</Text>
            </View>
            <View className="home__stat-divider" />
            <View className="home__stat home__stat--link">
              <Text className="home__stat-cta">{t('home.browseAll')}</Text>
              <View className="home__stat-arrow" />
            </View>
          </View>

          <View className={`home__apply ${active ? 'apply-entry' : ''}`} role="link" onClick={apply}>
            <View className="home__apply-seal">
              <Text>{mark('apply')}</Text>
            </View>
            <View className="home__apply-main">
              <Text className="home__apply-title">{t('home.applyTitle')}</Text>
              <Text className="home__apply-hint">{t('home.applyHint')}</Text>
            </View>
            <Text className="home__apply-cta">{t('home.applyCta')}</Text>
          </View>

          <View className={`home__apply home__apply--ask ${active ? 'ask-entry' : ''}`} role="link" onClick={() => Taro.navigateTo({ url: CHAT_URL })}>
            <View className="home__apply-seal home__apply-seal--ask">
              <Text>{mark('ask')}</Text>
            </View>
            <View className="home__apply-main">
              <Text className="home__apply-title">{t('home.askTitle')}</Text>
              <Text className="home__apply-hint">{t('home.askHint')}</Text>
            </View>
            <Text className="home__apply-cta home__apply-cta--ghost">{t('home.askCta')}</Text>
          </View>

          <Section title={t('home.themesTitle')} subtitle={t('home.themesSubtitle')}>
            <View className="home__themes">
              {THEMES.map((theme) => (
                <View
                  key={theme}
                  className={`home__theme home__theme--${theme.toLowerCase()}`}
                  role="link"
                  data-theme={theme}
                  onClick={() => Taro.navigateTo({ url: listUrl({ theme }) })}
                >
                  <View className="home__theme-mark">
                    <Text>{mark(theme)}</Text>
                  </View>
                  <Text className="home__theme-name">{themeLabel(theme, lang)}</Text>
                  <Text className="home__theme-full">{t('home.themeSuffix')}</Text>
                </View>
              ))}
            </View>
          </Section>

          {filmList.length ? (
            <Section
              title={t('films.homeTitle')}
              className="home__films"
              extra={
                <View className={`home__more ${active ? 'films-entry' : ''}`} role="link" onClick={() => void switchToTab(FILMS_URL)}>
                  <Text>{t('common.more')}</Text>
                </View>
              }
            >
              <ScrollView scrollX className="film-strip" showScrollbar={false} enhanced>
                {filmList.map((film) => (
                  <FilmTile key={film.id} film={film} layout="tile" />
                ))}
              </ScrollView>
            </Section>
          ) : null}

          <Section
            title={t('home.featuredTitle')}
            subtitle={t('home.featuredSubtitle')}
            extra={
              <View className="home__more" role="link" onClick={() => Taro.navigateTo({ url: listUrl({ tier: 'MAIN' }) })}>
                <Text>{t('common.more')}</Text>
              </View>
            }
          >
            {fetching && !data ? <Loading /> : null}
            {error && !data ? <ErrorState message={error.message} onRetry={refetch} /> : null}
            {data && featured.length === 0 ? <Empty /> : null}
            {featured.map((card) => (
              <CardItem key={card.id} card={card} />
            ))}
          </Section>

          <View className="home__footer">
            <Text className="home__footer-line">{t('app.programme')}</Text>
            <Text className="home__footer-note">{t('home.footer')}</Text>
          </View>
        </View>
      </View>
    </PageActiveContext.Provider>
  );
}
