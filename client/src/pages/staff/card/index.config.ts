export default definePageConfig({
  navigationBarTitleText: '编辑产业名片',
});
