// The inquiry journey on H5, in two browser contexts: a visitor asks the bot a FAQ question and
// gets the answer with its source, asks for a person; staff see it in the live queue, take it and
// reply; the reply appears at the visitor without a reload; staff end it and the visitor rates it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phoneContext, screenshot } from '../support/browser.js';
import { type AppOperation, appOperation, browserSuite, signInStaffOnH5 } from '../support/browser-suite.js';

const STAFF = { username: 'inbox-staff', password: 'Inbox-staff-2025!' };
const QUESTION = '谁可以申请产业名片？';
const REPLY = '您好，我是中心工作人员，县级区域也可以申请，请问您是哪个地区？';

// Trusted documents on: the built app must work sending operations by hash alone.
const suite = browserSuite({ accounts: [STAFF], env: { SAMPLE_FILMS: '0', INQUIRY_HOURS: 'always', TRUSTED_DOCUMENTS: '1' } });
/** An operation of the app, sent by hash as the app does (the server accepts nothing else here). */
const gql = (operation: AppOperation, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
  appOperation(suite.server, operation, variables, headers);
const staffSignIn = (page: Page) => signInStaffOnH5(page, suite.server, STAFF);

describe('H5 inquiries: bot, hand-over, staff reply live, rating', () => {
  it('runs the whole conversation across two browser contexts', async () => {
    const { botAnswer: expected } = await gql('BotAnswer', { question: QUESTION });
    // Arbitrary documents are refused by this server.
    const arbitrary = await fetch(`${suite.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(((await arbitrary.json()) as any).errors[0].message).toContain('只接受本应用的查询');
    expect(expected.sources.length).toBeGreaterThan(0);

    // The visitor asks the bot.
    const visitorContext = await phoneContext(suite.browser);
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${suite.server.url}/pages/inquiries/chat/index`);
    await visitor.locator('.chat-input input, .chat-input textarea, input.chat-input, textarea.chat-input').first().fill(QUESTION);
    await visitor.locator('.chat-send').click();
    const botBubble = visitor.locator('.chat-message--bot', { hasText: expected.text.slice(0, 20) });
    await botBubble.waitFor();
    await expect.poll(() => visitor.locator('.chat-source').allInnerTexts()).toContainEqual(expect.stringContaining(expected.sources[0].title));
    await screenshot(visitor, 'inquiries-1-bot-answer');

    // …and asks for a person.
    await visitor.locator('.chat-handoff').first().click();
    await visitor.locator('.chat-queue-position').waitFor();
    await expect.poll(() => visitor.locator('.chat-queue-position').innerText()).toMatch(/1/);
    await screenshot(visitor, 'inquiries-2-queued');
    // Marks this document: a reload or navigation would lose it.
    await visitor.evaluate(() => ((window as unknown as { __stayed: boolean }).__stayed = true));

    // Staff, in a second context, see it in the live queue and take it.
    const staffContext = await phoneContext(suite.browser);
    const staff = await staffContext.newPage();
    await staffSignIn(staff);
    await staff.goto(`${suite.server.url}/pages/staff/inquiries/index`);
    const waiting = staff.locator('.inbox-queue-item', { hasText: QUESTION });
    await waiting.waitFor();
    await expect.poll(() => waiting.locator('.inbox-waiting').innerText()).toMatch(/等待/);
    await screenshot(staff, 'inquiries-3-staff-queue');
    await waiting.locator('.inbox-take').click();
    await staff.locator('.thread-input').first().waitFor();
    await expect.poll(() => visitor.locator('.chat-message--system').allInnerTexts()).toContainEqual(expect.stringContaining('已接入'));

    // Staff reply; the visitor sees it live.
    await staff.locator('.thread-input input, .thread-input textarea, input.thread-input, textarea.thread-input').first().fill(REPLY);
    await staff.locator('.thread-send').click();
    await visitor.locator('.chat-message--staff', { hasText: REPLY }).waitFor({ timeout: 15_000 });
    expect(await visitor.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed)).toBe(true);
    await screenshot(staff, 'inquiries-4-staff-thread');
    await screenshot(visitor, 'inquiries-5-visitor-sees-reply');

    // Staff end it; the visitor rates it.
    await staff.locator('.thread-end').click();
    // Taro's H5 confirm dialog (its own class names, "model" sic).
    await staff.locator('.taro-model__confirm').click();
    await visitor.locator('.chat-rating').waitFor({ timeout: 15_000 });
    await visitor.locator('.chat-rating-star').nth(3).click();
    await visitor
      .locator('.chat-rating-comment input, .chat-rating-comment textarea, input.chat-rating-comment, textarea.chat-rating-comment')
      .first()
      .fill('回复很及时，谢谢');
    await visitor.locator('.chat-rating-submit').click();
    await visitor.locator('.chat-rated').waitFor();
    await screenshot(visitor, 'inquiries-6-rated');

    // The rating is stored: the visitor's history (by the device id the app keeps) shows it.
    const deviceId = await visitor.evaluate(() => JSON.parse(localStorage.getItem('cards.device') ?? 'null')?.data ?? localStorage.getItem('cards.device'));
    const { myInquiries } = await gql('MyInquiries', {}, { 'x-device-id': String(deviceId) });
    expect(myInquiries.find((i: { subject: string }) => i.subject === QUESTION)).toMatchObject({
      status: 'ENDED',
      rating: 4,
      ratingComment: '回复很及时，谢谢',
    });
    await Promise.all([visitorContext.close(), staffContext.close()]);
  });
});
