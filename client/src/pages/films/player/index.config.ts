export default definePageConfig({
  navigationBarTitleText: '微纪录片',
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
