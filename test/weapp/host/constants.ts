/** The subscribe-message template the test build asks for (root package.json, `build:clients:test`) and the test server knows. */
export const SUBSCRIBE_TEMPLATE_ID = 'cards-test-status-template';
