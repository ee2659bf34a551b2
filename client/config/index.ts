import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { PreloadFirstPagePlugin } from './preload-first-page';

/**
 * Hand-written Taro config (`taro init` pins a generator plugin that is not published).
 * Each target keeps its own output folder so that one build never overwrites the other.
 */
export default defineConfig<'webpack5'>(async (merge) => {
  const target = process.env.TARO_ENV || 'h5';
  const apiUrl = process.env.API_URL || 'http://127.0.0.1:4000/graphql';

  // Besides `src`, Babel must compile the typed operations of the workspace package `@cards/schema`
  // (TypeScript source) and, for WeChat only, urql's ES2018+ code (async generators) so that the
  // weapp output stays ES5. Browsers run urql as published (transpiled it is ~45 KB larger).
  const schemaDir = path.resolve(__dirname, '..', '..', 'schema');
  const urqlModules = (filename: string) => /node_modules[\\/](@urql|wonka|@0no-co)[\\/]/.test(filename);
  const miniCompile = { include: [schemaDir, urqlModules] };
  const h5Compile = { include: [schemaDir] };

  // Strip the types of `@cards/schema`'s generated file with esbuild before Babel sees it. esbuild
  // ignores type-level problems that Babel's parser rejects (codegen once emitted the enum and input
  // types twice), so a glitch in generated types cannot break the app build; `typecheck` still reports it.
  const esbuildLoader = require.resolve('esbuild-loader', { paths: [require.resolve('@tarojs/webpack5-runner')] });
  const stripSchemaTypes = (chain: any) => {
    chain.module
      .rule('cards-schema-types')
      .test(/\.ts$/)
      .include.add(schemaDir)
      .end()
      .enforce('pre')
      .use('esbuild')
      .loader(esbuildLoader)
      .options({ loader: 'ts', target: 'es2015' });
  };

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'industry-cards',
    date: '2025-11-21',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${target}`,
    plugins: [],
    defineConstants: {
      // The platform, for the app's code (process.env stays in this file). Webpack puts the literal in place,
      // so a branch for the other platform, and whatever only it imports, is dropped from the bundle.
      IS_H5: JSON.stringify(target === 'h5'),
      IS_WEAPP: JSON.stringify(target === 'weapp'),
      // GraphQL endpoint used on weapp; H5 always talks to its own origin (`/graphql`).
      API_URL: JSON.stringify(apiUrl),
      // Subscribe-message template asked for before submitting an application (weapp); empty: not asked.
      WECHAT_SUBSCRIBE_TEMPLATE_ID: JSON.stringify(process.env.WECHAT_SUBSCRIBE_TEMPLATE_ID || ''),
      // Send operations by hash only (trusted documents); TRUSTED_DOCUMENTS=0 builds an app that sends the text too.
      TRUSTED_DOCUMENTS: JSON.stringify(process.env.TRUSTED_DOCUMENTS !== '0'),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: miniCompile,
      webpackChain(chain) {
        stripSchemaTypes(chain);
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      compile: h5Compile,
      publicPath: '/',
      staticDirectory: 'static',
      // Served at the site root (the server falls back to index.html). Leave `basename` unset:
      // Taro hands it to universal-router as `baseUrl`, and '/' there matches no route at all.
      router: {
        mode: 'browser',
      },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      // Taro splits only initial chunks on H5, so every lazily loaded page carried its own copy of
      // urql and of the Taro components it uses; share them between pages instead. Taro sets no
      // minimum size, which made the home page fetch ~30 chunks of ~1 KB each (one round trip per
      // six on a slow network): shared code under 20 KB stays in the pages' own chunks.
      webpackChain(chain) {
        stripSchemaTypes(chain);
        chain.optimization.splitChunks({
          ...(chain.optimization.get('splitChunks') || {}),
          chunks: 'all',
          minSize: 20_000,
        });
        chain.plugin('preload-first-page').use(PreloadFirstPagePlugin);
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
