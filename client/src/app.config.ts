export default defineAppConfig({
  // The main package: the public catalogue and the five tab pages (WeChat wants tab pages in the main package
  // and no main-package page under a subpackage's root).
  pages: [
    'pages/home/index',
    'pages/cards/catalogue/index',
    'pages/films/list/index',
    'pages/inquiries/ask/index',
    'pages/account/me/index',
    'pages/cards/list/index',
    'pages/cards/detail/index',
  ],
  // Signed-in parts load on demand (weapp subpackages), so the main package stays small.
  subPackages: [
    { root: 'pages/account/login', pages: ['index'] },
    { root: 'pages/account/notifications', pages: ['index'] },
    { root: 'pages/account/privacy', pages: ['index'] },
    { root: 'pages/account/rights', pages: ['index'] },
    { root: 'pages/applications', pages: ['guide/index', 'form/index', 'detail/index'] },
    {
      root: 'pages/staff',
      pages: [
        'list/index',
        'application/index',
        'card/index',
        'cards/index',
        'overview/index',
        'films/index',
        'inquiries/index',
        'inquiry/index',
        'canned-replies/index',
        'faqs/index',
        'inquiry-stats/index',
        'bot-misses/index',
        'accounts/index',
        'audit/index',
      ],
    },
    // Micro-documentaries: the player (with its Video) loads on demand; the feed is a tab.
    { root: 'pages/films/player', pages: ['index'] },
    // Inquiries (咨询): the chat with the bot and the centre; its live connection loads on demand too.
    { root: 'pages/inquiries/chat', pages: ['index'] },
  ],
  // Labels in Chinese here; the tab pages put them in English when English is chosen (i18n/tabBar.ts).
  tabBar: {
    color: '#5c534c',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-on.png' },
      { pagePath: 'pages/cards/catalogue/index', text: '名片', iconPath: 'assets/tabbar/cards.png', selectedIconPath: 'assets/tabbar/cards-on.png' },
      { pagePath: 'pages/films/list/index', text: '影片', iconPath: 'assets/tabbar/films.png', selectedIconPath: 'assets/tabbar/films-on.png' },
      { pagePath: 'pages/inquiries/ask/index', text: '咨询', iconPath: 'assets/tabbar/ask.png', selectedIconPath: 'assets/tabbar/ask-on.png' },
      { pagePath: 'pages/account/me/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-on.png' },
    ],
  },
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f6f2ec',
    navigationBarBackgroundColor: '#c8102e',
    navigationBarTextStyle: 'white',
    navigationBarTitleText: '产业名片',
  },
  lazyCodeLoading: 'requiredComponents',
});
