import type { PropsWithChildren } from 'react';
import { listenForPrivacyRequests } from './features/privacy/privacy';
import { isElderMode } from './features/display/elder';
import { getLang, subscribeLang } from './i18n/store';
import { enableKeyboardAccess } from './utils/keyboardAccess';
import './app.scss';

// H5 only: tap-target sizes by role (WXSS has no attribute selectors), and the document's language.
if (IS_H5) {
  require('./styles/targets.h5.scss');
  const setDocumentLang = (lang: string) => document.documentElement.setAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
  setDocumentLang(getLang());
  subscribeLang(setDocumentLang);
  enableKeyboardAccess();
}
// 长辈模式: worked out once at start (the stored choice, `?mode=elder` on H5, WeChat's font size).
isElderMode();

// WeChat asks the app for the user's privacy agreement through one listener, registered at start-up.
listenForPrivacyRequests();

function App({ children }: PropsWithChildren) {
  // `children` is the page being rendered.
  return children;
}

export default App;
