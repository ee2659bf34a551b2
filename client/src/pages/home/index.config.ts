export default definePageConfig({
  navigationBarTitleText: '产业名片',
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
