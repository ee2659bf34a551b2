import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Unit and component tests in jsdom.
 * - `@tarojs/components` → its React build (`lib/react`, web components wrapped for React);
 * - `@tarojs/taro` → a small in-memory stand-in (`test/taro-stub.ts`): storage, request, navigation, hooks;
 * - the constants Taro's bundler defines (`process.env.TARO_ENV`, `IS_H5`, `API_URL`, …) are defined here / in the setup file.
 * Run from the workspace root: `npx vitest run --root client` (or `pnpm --filter @cards/client test`).
 */
export default defineConfig({
  root: __dirname,
  resolve: {
    // One React for the app and Taro's component library: the workspace also holds React 19 (a
    // dependency of Prisma's tooling), which pnpm hoists where @tarojs/components looks first.
    dedupe: ['react', 'react-dom'],
    alias: [
      { find: /^@tarojs\/components$/, replacement: '@tarojs/components/lib/react' },
      { find: /^@tarojs\/taro$/, replacement: path.resolve(__dirname, 'test/taro-stub.ts') },
      { find: /^@\//, replacement: `${path.resolve(__dirname, 'src')}/` },
    ],
  },
  define: {
    'process.env.TARO_ENV': JSON.stringify('h5'),
    IS_H5: 'true',
    IS_WEAPP: 'false',
    API_URL: JSON.stringify('http://127.0.0.1:4000/graphql'),
    WECHAT_SUBSCRIBE_TEMPLATE_ID: JSON.stringify(''),
  },
  esbuild: {
    jsx: 'automatic',
  },
  test: {
    name: 'client',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    css: false,
    server: {
      deps: {
        // Transform Taro's component library so that its own `@tarojs/taro` imports hit the stand-in too.
        inline: [/@tarojs\/components/],
      },
    },
  },
});
