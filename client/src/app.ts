import type { PropsWithChildren } from 'react';
import { listenForPrivacyRequests } from './features/privacy/privacy';
import './app.scss';

// WeChat asks the app for the user's privacy agreement through one listener, registered at start-up.
listenForPrivacyRequests();

function App({ children }: PropsWithChildren) {
  // `children` is the page being rendered.
  return children;
}

export default App;
