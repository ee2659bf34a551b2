export default definePageConfig({
  navigationBarTitleText: '申请管理',
});
