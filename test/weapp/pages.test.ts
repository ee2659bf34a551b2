// Every page of app.json opens — signed out, then signed in as an official — with no app error, no
// unhandled rejection, no unimplemented wx call and no oversized setData: once as a shared link
// opens it (with its parameters), once bare (a hand-typed or truncated link).
import { beforeAll, describe, expect, it } from 'vitest';
import { gql, submittedApplication, useHost } from './support.js';

const OPENID = `o_pages_${process.pid}`;
const host = useHost({ user: { openid: OPENID, phone: `135${String(process.pid % 10000).padStart(4, '0')}0003` } });
let params: Record<string, Record<string, string>>;

beforeAll(async () => {
  const { id } = await submittedApplication(OPENID, `135${String(process.pid % 10000).padStart(4, '0')}0003`, ['甘肃省', '张掖市', '临泽县']);
  const { cards } = await gql(`{ cards(first: 1) { edges { node { id slug } } } }`);
  const card = cards.edges[0].node;
  params = {
    'pages/cards/detail/index': { slug: card.slug },
    'pages/cards/list/index': { query: '東莞' },
    'pages/applications/detail/index': { id },
    'pages/applications/form/index': { id },
    'pages/staff/application/index': { id },
    'pages/staff/card/index': { applicationId: id },
    'pages/staff/films/index': { cardId: card.id, slug: card.slug },
    // The player with a real film is the citizen journey's; here it opens bare.
  };
}, 60_000);

function url(route: string, withParams: boolean): string {
  const p = withParams ? params[route] : undefined;
  return `/${route}${
    p
      ? `?${Object.entries(p)
          .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
          .join('&')}`
      : ''
  }`;
}

async function openEveryPage(label: string) {
  const h = host();
  const pages = h.allPages();
  expect(pages.length).toBeGreaterThanOrEqual(21);
  for (const route of pages) {
    for (const withParams of params[route] ? [true, false] : [false]) {
      const target = url(route, withParams);
      await h.router.reLaunch({ url: target });
      await h.waitForRoute(route);
      await h.idle();
      expect(h.text().length, `${label} ${target} shows nothing`).toBeGreaterThan(0);
      expect(h.problems(), `${label} ${target}`).toEqual([]);
    }
  }
}

describe('every page of app.json', () => {
  it('opens signed out', async () => {
    await openEveryPage('signed out');
  });

  it('opens signed in as an official', async () => {
    const h = host();
    await h.router.reLaunch({ url: '/pages/account/login/index' });
    h.tap(await h.waitFor('.login__agree')); // 我已阅读并同意《用户协议》和《隐私政策》
    await h.waitFor('.login__agree.is-checked'); // shown ticked before the next tap, as a person sees it
    h.tap(await h.waitFor('.login__wechat'));
    // This official verified the phone before: signing in is one tap.
    await h.until(() => h.storage.has('cards.token'), 'the session');
    await openEveryPage('signed in');
  });
});
