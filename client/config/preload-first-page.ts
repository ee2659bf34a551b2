// Taro loads each H5 page as a lazy chunk, which the browser discovers only after the app's entry
// has downloaded and run: on a slow network the home page's own code waited a full round trip
// behind it. This plugin lists the home page's chunks in index.html as <link rel="preload">, so
// they download alongside the entry.
import path from 'node:path';

const FIRST_PAGE = /pages[\\/]home[\\/]index/;

export class PreloadFirstPagePlugin {
  apply(compiler: any) {
    const HtmlWebpackPlugin = require(require.resolve('html-webpack-plugin', { paths: [require.resolve('@tarojs/webpack5-runner')] }));
    compiler.hooks.compilation.tap('PreloadFirstPagePlugin', (compilation: any) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadFirstPagePlugin', (data: any) => {
        const files = new Set<string>();
        for (const group of compilation.chunkGroups) {
          if (group.isInitial()) continue;
          const fromFirstPage = group.origins.some((o: any) => FIRST_PAGE.test(o.request ?? '') || FIRST_PAGE.test(o.module?.resource ?? ''));
          const holdsFirstPage = group.chunks.some((chunk: any) =>
            [...compilation.chunkGraph.getChunkModulesIterable(chunk)].some((m: any) => FIRST_PAGE.test(m.resource ?? '')),
          );
          if (!fromFirstPage && !holdsFirstPage) continue;
          for (const chunk of group.chunks) for (const file of chunk.files) files.add(file);
        }
        const publicPath = compilation.outputOptions.publicPath === 'auto' ? '/' : compilation.outputOptions.publicPath;
        for (const file of [...files].sort()) {
          const ext = path.extname(file);
          if (ext !== '.js' && ext !== '.css') continue;
          data.headTags.push({
            tagName: 'link',
            voidTag: true,
            attributes: { rel: 'preload', as: ext === '.js' ? 'script' : 'style', href: `${publicPath}${file}` },
          });
        }
        return data;
      });
    });
  }
}
