import { afterAll, beforeAll, expect, it, inject } from 'vitest';
import { WeappHost } from './host/index.js';

let host: WeappHost;
beforeAll(async () => {
  const { serverUrl, stubControlUrl } = inject('weapp');
  host = await WeappHost.start({ serverUrl, stubControlUrl });
});
afterAll(() => host?.stop());

it('renders home', async () => {
  await host.waitFor('.card-item');
  console.log(host.text().slice(0, 500));
  console.log(host.problems());
  console.log(host.unimplemented.map((u) => u.name));
  expect(host.problems()).toEqual([]);
});
