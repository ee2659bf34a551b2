export default definePageConfig({
  navigationBarTitleText: '名片目录',
  onReachBottomDistance: 200,
  enableShareAppMessage: true,
});
