// A regional official in WeChat: signs in with wx.login, verifies the phone (getPhoneNumber, after
// the app's own privacy guide), starts an application, gets one field wrong and sees its error,
// fixes it, attaches a PDF picked from a chat (chooseMessageFile, again after the privacy guide)
// that goes up with wx.uploadFile, submits (the subscribe-message prompt comes first, straight from
// the tap) and reads the timeline.
import { describe, expect, inject, it } from 'vitest';
import { SUBSCRIBE_TEMPLATE_ID } from './host/constants.js';
import { gql, staffToken, useHost } from './support.js';

const PHONE = `137${String(process.pid % 10000).padStart(4, '0')}0001`;
const host = useHost({ user: { openid: `o_official_${process.pid}`, phone: PHONE } });
/** A minimal real PDF (the server checks the file's first bytes). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
// One open application per region and call: a county of 海西 picked per run, so runs against a
// reused server (test/weapp/dev-server.ts) do not collide.
const COUNTIES = ['德令哈市', '茫崖市', '乌兰县', '都兰县', '天峻县'];
const REGION_PATH = ['青海省', '海西蒙古族藏族自治州', COUNTIES[process.pid % COUNTIES.length]];

async function controlMessages(): Promise<unknown[]> {
  const res = await fetch(`${inject('weapp').stubControlUrl}/messages`);
  return ((await res.json()) as { messages: unknown[] }).messages;
}

describe('official journey on weapp', () => {
  it('signs in with WeChat and verifies the phone after agreeing to the privacy guide', async () => {
    const h = host();
    // 去申请 opens the 办事指南 first; its 开始填写 leads to sign-in.
    h.tap(await h.waitFor('.apply-entry'));
    await h.waitForRoute('pages/applications/guide/index');
    await h.waitFor('.guide__chip', '地级市'); // the open call's admitted levels
    h.tap(await h.waitFor('.ui-btn', '开始填写'));
    await h.waitForRoute('pages/account/login/index');
    h.tap(await h.waitFor('.login__agree')); // 我已阅读并同意《用户协议》和《隐私政策》
    await h.waitFor('.login__agree.is-checked'); // shown ticked before the next tap, as a person sees it
    h.tap(await h.waitFor('.login__wechat'));
    await h.until(() => h.calls.some((c) => c.name === 'login'), 'wx.login');

    // Signed in; the phone comes next, through WeChat's phone-number button.
    const phoneButton = await h.until(() => h.openTypeButtons('getPhoneNumber')[0], 'the phone-number button');
    expect(h.$('.privacy-guide')).toBeNull();
    h.tap(phoneButton);
    // WeChat holds the button back and asks the app: its own guide shows, in Chinese.
    const guide = await h.waitFor('.privacy-guide');
    expect(guide.textContent).toContain('隐私');
    expect(h.privacy.prompts.at(-1)).toEqual({ referrer: 'button.getPhoneNumber', outcome: 'pending' });
    expect(h.openTypeButtons('agreePrivacyAuthorization', '.privacy-guide'), 'an agreePrivacyAuthorization button').toHaveLength(1);

    // Declining first: the button fails with WeChat's privacy error and nothing is bound.
    h.tap('.privacy-disagree');
    await h.until(() => h.privacy.prompts.at(-1)?.outcome === 'disagree', 'the refusal to reach WeChat');
    await h.until(() => h.ui.toasts.some((t) => t.title === '未获得手机号授权'), 'the refusal toast');
    await h.until(() => !h.$('.privacy-guide'), 'the guide to close');

    // Then agreeing: the phone number goes through.
    h.tap(phoneButton);
    await h.waitFor('.privacy-guide');
    h.tap(h.openTypeButtons('agreePrivacyAuthorization', '.privacy-guide')[0]);
    await h.until(() => h.privacy.prompts.at(-1)?.outcome === 'agree', 'the agreement to reach WeChat');
    await h.waitForRoute('pages/applications/form/index');
    expect(h.privacy.agreed).toBe(true);
    const token = JSON.parse(h.storage.get('cards.token') ?? '""');
    const { viewer } = await gql(`{ viewer { hasPhone role } }`, {}, token);
    expect(viewer).toEqual({ hasPhone: true, role: 'OFFICIAL' });
  });

  it('fills the form, sees and fixes a field error, attaches a file and submits', async () => {
    const h = host();
    await h.waitFor('.lead-unit-input');

    h.tap('.region-field');
    for (const name of REGION_PATH) h.tap(await h.waitFor('.region-option', name));
    await h.waitFor('.region-value', REGION_PATH[2]);
    h.type('.lead-unit-input', `${REGION_PATH[2]}工业和信息化局`);
    for (const industry of ['盐湖化工', '光伏']) {
      h.type(await h.waitFor('.leading-input'), industry);
      h.tap('.leading-add');
      await h.waitFor('.leading-tag', industry);
    }
    h.type('.intro-input', '德令哈市地处柴达木盆地东北部，依托盐湖与光照资源，发展盐湖化工与光伏产业，形成清洁能源与化工协同的产业格局。');
    h.type('.contact-name-input', '王芳');
    h.type('.contact-title-input', '科长');

    // One mistake: a phone number that is neither a mobile nor a landline.
    h.type('.phone-input', '1390000');
    const error = await h.waitFor('.field-phone .field-error');
    expect(error.textContent).toContain('联系电话格式不正确');
    h.type('.phone-input', PHONE);
    await h.until(() => !h.$('.field-phone .field-error'), 'the phone error to go');
    await h.until(() => h.$('.save-state')?.textContent?.match(/已保存|保存于/), 'the draft to be saved');

    // The app has a new privacy guide since: picking a chat file asks again.
    h.privacy.guideUpdated();
    h.chosenFiles.push([{ name: '德令哈市产业情况.pdf', content: PDF }]);
    h.tap('.attach-button');
    await h.waitFor('.privacy-guide');
    expect(h.privacy.prompts.at(-1)).toEqual({ referrer: 'chooseMessageFile', outcome: 'pending' });
    h.tap(h.openTypeButtons('agreePrivacyAuthorization', '.privacy-guide')[0]);
    const attachment = await h.waitFor('.attachment-item');
    // The name the official saw, not wx.uploadFile's temporary one.
    expect(attachment.textContent).toContain('德令哈市产业情况.pdf');
    expect(h.network.log.some((r) => r.api === 'uploadFile' && r.status === 200)).toBe(true);
    // Tapping it downloads it from its signed link and opens it in WeChat's document viewer.
    h.tap(attachment.querySelector('.attachments__main')!);
    const opened = await h.until(() => h.ui.documents[0], 'wx.openDocument');
    expect(opened.fileType).toBe('pdf');
    expect(h.network.files.read(opened.filePath)).toEqual(PDF);

    // A preview first, then the 承诺 (unticked), then the submit.
    h.tap('.preview-application');
    await h.waitFor('.submit-preview', '核对登记表');
    h.tap('.submit-application');
    await h.waitFor('.submit-preview__error', '请先勾选承诺');
    h.tap('.submit-preview__pledge');
    await h.waitFor('.submit-preview__pledge.is-checked');
    h.tap('.submit-application');
    await h.waitForRoute('pages/applications/detail/index', 30_000);
    // The subscribe prompt came straight from the tap, with the template the server knows.
    expect(h.subscribeRequests).toEqual([{ tmplIds: [SUBSCRIBE_TEMPLATE_ID], inTap: true }]);
    await h.waitFor('.application-status', '已提交');
    expect(h.text('.application-reference')).toMatch(/^CY\d{4}-\d{5}$/);
    const timeline = await h.waitFor('.timeline-item', '已提交');
    expect(timeline.textContent).toContain('已提交');
    // The steps still ahead, greyed.
    const ahead = h.$$('.timeline__item--ahead').map((e) => e.textContent ?? '');
    expect(ahead).toHaveLength(4);
    expect(ahead[0]).toContain('协商中');
    expect(ahead.every((text) => text.includes('待进行'))).toBe(true);
    // Accepting the prompt was recorded, so WeChat messages follow status changes.
    expect(h.network.log.some((r) => r.operationName === 'RecordSubscribeGrant' && r.status === 200)).toBe(true);

    // The centre moves it on: the grant turns into a WeChat message to this official.
    const id = decodeURIComponent(h.topPage()!.query.id);
    const staff = await staffToken();
    const { application } = await gql(`query($id: ID!) { application(id: $id) { version } }`, { id }, staff);
    const moved = await gql(
      `mutation($id: ID!, $v: Int!) { transitionApplication(id: $id, expectedVersion: $v, to: IN_CONSULTATION) { __typename } }`,
      { id, v: application.version },
      staff,
    );
    expect(moved.transitionApplication.__typename).toBe('Application');
    const messages = (await controlMessages()) as { touser: string; template_id: string }[];
    expect(messages.filter((m) => m.touser === h.user.openid)).toEqual([expect.objectContaining({ template_id: SUBSCRIBE_TEMPLATE_ID })]);
  });
});
