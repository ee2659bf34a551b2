import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { taroStub } from './taro-stub';

// Constants Taro's bundler normally defines.
const g = globalThis as Record<string, unknown>;
g.ENABLE_INNER_HTML = true;
g.ENABLE_ADJACENT_HTML = true;
g.ENABLE_SIZE_APIS = false;
g.ENABLE_TEMPLATE_CONTENT = true;
g.ENABLE_CLONE_NODE = true;
g.ENABLE_CONTAINS = true;
g.ENABLE_MUTATION_OBSERVER = false;
g.DEPRECATED_ADAPTER_COMPONENT = false;

// The first render loads Taro's web components; give slow CI machines room.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  taroStub.reset();
});
