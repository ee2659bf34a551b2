// The version of 用户协议 and 隐私政策 that sign-in asks people to agree to. Change it when either text
// changes in substance: the next sign-in then records agreement to the new version.
export const TERMS_VERSION = '2026-12-02';
