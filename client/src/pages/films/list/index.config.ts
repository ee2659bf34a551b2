export default definePageConfig({
  navigationBarTitleText: '微纪录片',
  onReachBottomDistance: 200,
  enableShareAppMessage: true,
});
