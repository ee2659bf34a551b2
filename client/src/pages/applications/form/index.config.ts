export default definePageConfig({
  navigationBarTitleText: '申请登记表',
});
