export default defineAppConfig({
  // The main package: the public catalogue.
  pages: ['pages/home/index', 'pages/cards/list/index', 'pages/cards/detail/index'],
  // Signed-in parts load on demand (weapp subpackages), so the main package stays small.
  subPackages: [
    { root: 'pages/account', pages: ['login/index', 'me/index', 'notifications/index', 'privacy/index', 'rights/index'] },
    { root: 'pages/applications', pages: ['form/index', 'detail/index'] },
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
      ],
    },
    // Micro-documentaries: the feed and the player (with its Video) load on demand.
    { root: 'pages/films', pages: ['list/index', 'player/index'] },
    // Inquiries (咨询): the chat with the bot and the centre; its live connection loads on demand too.
    { root: 'pages/inquiries', pages: ['chat/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f6f2ec',
    navigationBarBackgroundColor: '#c8102e',
    navigationBarTitleText: '产业名片',
    navigationBarTextStyle: 'white',
  },
  lazyCodeLoading: 'requiredComponents',
});
