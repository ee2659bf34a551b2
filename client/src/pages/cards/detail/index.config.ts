export default definePageConfig({
  navigationBarTitleText: '名片详情',
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
