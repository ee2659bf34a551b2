import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// One graphql instance: Pothos and yoga load its CommonJS build, so our own imports must too.
const graphql = require.resolve('graphql', { paths: [new URL('./server', import.meta.url).pathname] });
// `*.postgres.test.ts` need a PostgreSQL server. CI runs them in its PostgreSQL pass and leaves them
// out of the embedded-database pass, so nothing is skipped there; elsewhere they say why they skip.
const inCI = process.env.CI === 'true' || process.env.CI === '1';
const postgresOnly = inCI && !process.env.TEST_DATABASE_URL ? ['test/api/**/*.postgres.test.ts'] : [];

// Projects: `api` (GraphQL against a real database: PGlite by default, PostgreSQL when
// TEST_DATABASE_URL is set), `browser` (Chromium against the real server and the H5 build),
// `build` (the weapp package), `client` (component tests in jsdom), `weapp` (the WeChat package run
// under WeChat's own compiler and component framework against the real server).
export default defineConfig({
  resolve: { alias: { graphql } },
  test: {
    reporters: inCI ? ['default', './test/support/no-skips-reporter.ts'] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts', 'server/src/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...postgresOnly],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // A server round trip on a loaded two-core machine can take more than expect.poll's default second.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      'client/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'weapp',
          include: ['test/weapp/**/*.test.ts'],
          // Node's own globals for the host (fetch, Blob); the host makes the view's jsdom itself.
          environment: 'node',
          globalSetup: ['test/weapp/global-setup.ts'],
          // Taro's runtime keeps global state: each file gets its own process and host.
          pool: 'forks',
          isolate: true,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node', testTimeout: 300_000 },
      },
    ],
  },
});
