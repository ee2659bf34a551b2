// Issue 14, acceptance 1: every public and official page, in Chinese and English, in normal and
// 长辈模式 (elder mode), on a 390 × 844 phone. axe-core finds no serious or critical violation; in
// elder mode every visible text is at least 18 px with a line height of at least 1.3 and every tap
// target at least 60 × 60 px; in normal mode no text is below 12 px and no target below 44 × 44 px.
// A screenshot of each page × mode × language is saved under test-output/screenshots/accessibility/.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { phoneContext, screenshotDir, settle } from '../support/browser.js';
import { browserSuite } from '../support/browser-suite.js';
import { SAVE_DRAFT, SUBMIT, validForm } from '../support/applications.js';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = path.join(screenshotDir, 'accessibility');
const OFFICIAL_PHONE = '13900007777';

interface Fixture {
  slug: string;
  filmId: string;
  applicationId: string;
}

interface PageSpec {
  name: string;
  path: (f: Fixture) => string;
  /** What shows once the page has its data. */
  ready: (page: Page) => ReturnType<Page['locator']>;
  /** Opened with the official signed in (the others are opened signed out, before signing in). */
  signedIn?: boolean;
}

// Every public and official page: a new page is one more line here.
const PAGES: PageSpec[] = [
  { name: 'home', path: () => '/pages/home/index', ready: (p) => p.locator('[data-slug]') },
  { name: 'catalogue', path: () => '/pages/cards/catalogue/index', ready: (p) => p.locator('[data-slug]') },
  { name: 'cards', path: () => '/pages/cards/list/index?theme=TECH_HOTSPOT', ready: (p) => p.locator('[data-slug]') },
  { name: 'card', path: (f) => `/pages/cards/detail/index?slug=${f.slug}`, ready: (p) => p.getByRole('heading', { level: 1 }) },
  { name: 'films', path: () => '/pages/films/list/index', ready: (p) => p.locator('.film-item') },
  { name: 'player', path: (f) => `/pages/films/player/index?id=${encodeURIComponent(f.filmId)}`, ready: (p) => p.locator('.player__poster') },
  { name: 'chat', path: () => '/pages/inquiries/chat/index', ready: (p) => p.getByRole('textbox') },
  { name: 'ask', path: () => '/pages/inquiries/ask/index', ready: (p) => p.locator('.ask__start') },
  { name: 'guide', path: () => '/pages/applications/guide/index', ready: (p) => p.locator('.guide__deadline') },
  { name: 'login', path: () => '/pages/account/login/index', ready: (p) => p.locator('.login-submit') },
  { name: 'terms', path: () => '/pages/account/privacy/index?doc=terms', ready: (p) => p.locator('.privacy-page__section') },
  { name: 'privacy', path: () => '/pages/account/privacy/index', ready: (p) => p.locator('.privacy-page__section') },
  { name: 'me', path: () => '/pages/account/me/index', ready: (p) => p.locator('.my-application'), signedIn: true },
  { name: 'notifications', path: () => '/pages/account/notifications/index', ready: (p) => p.locator('.notices, .status--empty'), signedIn: true },
  { name: 'rights', path: () => '/pages/account/rights/index', ready: (p) => p.locator('.rights__intro'), signedIn: true },
  { name: 'form', path: () => '/pages/applications/form/index', ready: (p) => p.locator('.region-field'), signedIn: true },
  {
    name: 'application',
    path: (f) => `/pages/applications/detail/index?id=${encodeURIComponent(f.applicationId)}`,
    ready: (p) => p.locator('.application-status'),
    signedIn: true,
  },
];

const MODES = [
  { mode: 'normal', minFont: 12, minLineHeight: 0, minTarget: 44 },
  { mode: 'elder', minFont: 18, minLineHeight: 1.3, minTarget: 60 },
] as const;
const LANGS = ['zh', 'en'] as const;

const suite = browserSuite();

async function post(body: unknown, token?: string) {
  const res = await fetch(`${suite.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const result = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.data;
}

/** An official signed in with a code (read from the server's console sender), with one submitted application. */
async function officialWithApplication(): Promise<{ token: string; applicationId: string }> {
  await post({ query: `mutation($p: String!) { requestLoginCode(phone: $p) { __typename } }`, variables: { p: OFFICIAL_PHONE } });
  const code = await vi.waitFor(
    () => {
      const m = [...suite.server.output().matchAll(new RegExp(`\\[sms\\] sign-in code for ${OFFICIAL_PHONE}: (\\d{6})`, 'g'))].at(-1);
      if (!m) throw new Error('no sign-in code printed');
      return m[1];
    },
    { timeout: 10_000 },
  );
  const { loginWithPhoneCode: login } = await post({
    query: `mutation($p: String!, $c: String!) { loginWithPhoneCode(phone: $p, code: $c, agreedToTerms: true) { __typename ... on LoginSuccess { token } } }`,
    variables: { p: OFFICIAL_PHONE, c: code },
  });
  const token = login.token as string;
  const { saveApplicationDraft: draft } = await post({ query: SAVE_DRAFT, variables: { input: validForm() } }, token);
  const { submitApplication: submitted } = await post({ query: SUBMIT, variables: { id: draft.id, v: draft.version } }, token);
  expect(submitted.__typename).toBe('Application');
  return { token, applicationId: submitted.id };
}

/** The sample films are transcoded after the server starts: wait for the first READY one. */
function firstReadyFilm(): Promise<string> {
  return vi.waitFor(
    async () => {
      const { films } = await post({ query: `{ films(first: 1) { edges { node { id job { state } } } } }` });
      const film = films.edges[0]?.node;
      if (film?.job.state !== 'READY') throw new Error('no READY film yet');
      return film.id as string;
    },
    { timeout: 150_000, interval: 1000 },
  );
}

let fixture: Promise<Fixture & { token: string }> | undefined;
function getFixture() {
  fixture ??= (async () => {
    const [{ cards }, filmId, official] = await Promise.all([
      post({ query: `{ cards(first: 1) { edges { node { slug } } } }` }),
      firstReadyFilm(),
      officialWithApplication(),
    ]);
    return { slug: cards.edges[0].node.slug, filmId, ...official };
  })();
  return fixture;
}

/** axe-core's serious and critical violations on the page, one line per element. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the app's Content-Security-Policy (kept) refuses inline <script> tags.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as any[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n: any) => `${v.impact} ${v.id} (${v.help}): ${n.target.join(' ')} ${String(n.html).slice(0, 160)}`));
  });
  return violations;
}

/** Visible text below the size (or line height) and visible tap targets below the size, measured in the page. */
async function sizeProblems(page: Page, limits: { minFont: number; minLineHeight: number; minTarget: number }): Promise<string[]> {
  return page.evaluate(({ minFont, minLineHeight, minTarget }) => {
    const problems: string[] = [];
    const describe = (el: Element) => {
      const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}> "${text}"`;
    };
    const visible = (el: Element) => {
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    // Text: every visible text node, measured on its element.
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim()) continue;
      if (el.closest('script, style, noscript, [aria-hidden="true"]')) continue;
      seen.add(el);
      if (!visible(el)) continue;
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      if (size < minFont - 0.05) problems.push(`text ${size.toFixed(1)} px < ${minFont} px: ${describe(el)}`);
      if (minLineHeight) {
        const lh = style.lineHeight === 'normal' ? 0 : parseFloat(style.lineHeight);
        if (lh < minLineHeight * size - 0.05) problems.push(`line height ${style.lineHeight} < ${minLineHeight} × ${size.toFixed(1)} px: ${describe(el)}`);
      }
    }
    // Tap targets: what a finger can press.
    const targets = document.querySelectorAll(
      'button, a[href], input:not([type="hidden"]), textarea, select, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="option"], [role="menuitem"], taro-button-core',
    );
    for (const el of targets) {
      if (!visible(el)) continue;
      // A native control inside a labelled Taro wrapper is measured as the wrapper.
      const box =
        (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && el.parentElement?.matches('taro-input-core, taro-textarea-core') ? el.parentElement : el;
      const r = box.getBoundingClientRect();
      if (r.width < minTarget - 0.5 || r.height < minTarget - 0.5)
        problems.push(`target ${r.width.toFixed(0)}×${r.height.toFixed(0)} px < ${minTarget}×${minTarget}: ${describe(el)}`);
    }
    return problems;
  }, limits);
}

describe('accessibility of every public and official page (issue 14)', () => {
  for (const { mode, ...limits } of MODES) {
    for (const lang of LANGS) {
      it(`${mode} mode, ${lang}: no serious axe violation, text and targets big enough`, { timeout: 300_000 }, async () => {
        const f = await getFixture();
        const context: BrowserContext = await phoneContext(suite.browser);
        // The language as a person chose it before (Taro storage keeps {data} in localStorage).
        await context.addInitScript((l) => localStorage.setItem('cards.lang', JSON.stringify({ data: l })), lang);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        fs.mkdirSync(SHOTS, { recursive: true });

        const problems: string[] = [];
        let signedIn = false;
        let first = true;
        for (const spec of [...PAGES.filter((p) => !p.signedIn), ...PAGES.filter((p) => p.signedIn)]) {
          if (spec.signedIn && !signedIn) {
            await page.evaluate((t) => localStorage.setItem('cards.token', JSON.stringify({ data: t })), f.token);
            signedIn = true;
          }
          // Elder mode is asked for once, in the first address; every later page remembers it.
          let url = `${suite.server.url}${spec.path(f)}`;
          if (mode === 'elder' && first) url += `${url.includes('?') ? '&' : '?'}mode=elder`;
          first = false;
          await page.goto(url);
          await spec.ready(page).filter({ visible: true }).first().waitFor({ timeout: 30_000 });
          await expect.poll(() => page.locator('[aria-busy="true"]').filter({ visible: true }).count()).toBe(0);
          await expect.poll(() => page.evaluate(() => document.body.classList.contains('is-elder'))).toBe(mode === 'elder');
          await settle(page);
          await page.screenshot({ path: path.join(SHOTS, `${spec.name}-${mode}-${lang}.png`), fullPage: true });
          for (const line of [...(await axeViolations(page)), ...(await sizeProblems(page, limits))]) problems.push(`${spec.name}: ${line}`);
        }
        await context.close();
        expect(problems, `${problems.length} problems:\n${problems.join('\n')}`).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }
});
