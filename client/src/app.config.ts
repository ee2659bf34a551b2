export default defineAppConfig({
  pages: ['pages/home/index', 'pages/cards/list/index', 'pages/cards/detail/index'],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f6f2ec',
    navigationBarBackgroundColor: '#c8102e',
    navigationBarTitleText: '产业名片',
    navigationBarTextStyle: 'white',
  },
  lazyCodeLoading: 'requiredComponents',
})
