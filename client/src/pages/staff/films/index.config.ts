export default definePageConfig({
  navigationBarTitleText: '微纪录片管理',
});
