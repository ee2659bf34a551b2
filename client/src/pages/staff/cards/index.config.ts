export default definePageConfig({
  navigationBarTitleText: '名片管理',
});
