export default definePageConfig({
  navigationBarTitleText: '咨询会话',
});
