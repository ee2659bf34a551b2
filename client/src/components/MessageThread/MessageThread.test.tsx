import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { resetLangForTests } from '../../i18n/store';
import { inquiryMessage } from '../../../test/inquiries';
import type { ChatMessage } from '../../features/inquiries/chat';
import MessageThread, { bubbleSide, bubbleTone, messageKind } from './index';

const msg = (seq: number, author: string, text: string, patch: Partial<ChatMessage> = {}) => inquiryMessage(seq, author, text, patch) as ChatMessage;

beforeEach(() => resetLangForTests());

describe('MessageThread rules', () => {
  it('puts each reader’s own side on the right and colours the bubbles for that reader', () => {
    expect(messageKind(msg(1, 'STAFF', 'x', { internal: true }))).toBe('note');
    expect(messageKind(msg(1, 'BOT', 'x'))).toBe('bot');
    expect(bubbleSide('visitor', 'user')).toBe('end');
    expect(bubbleSide('visitor', 'staff')).toBe('start');
    expect(bubbleSide('staff', 'user')).toBe('start');
    expect(bubbleSide('staff', 'note')).toBe('end');
    expect(bubbleTone('visitor', 'user')).toBe('accent');
    expect(bubbleTone('staff', 'staff')).toBe('accent');
    expect(bubbleTone('staff', 'user')).toBe('plain');
    expect(bubbleTone('visitor', 'staff')).toBe('outlined');
  });
});

describe('MessageThread', () => {
  it('shows the visitor’s chat: system lines, names, one time line per group, tappable sources', () => {
    const open = vi.fn();
    const messages = [
      msg(1, 'USER', '谁可以申请？'),
      msg(2, 'BOT', '区县都可以。', { sources: [{ __typename: 'InquirySource', title: '申报指南', url: '/pages/cards/list/index' }] as never }),
      msg(3, 'SYSTEM', '已转人工', { createdAt: '2025-11-21T03:00:00.000Z' }),
    ];
    const { container } = render(
      <MessageThread variant="visitor" messages={messages} hookPrefix="chat" who={(_, kind) => (kind === 'bot' ? '智能助手' : null)} onOpenSource={open}>
        <span>after</span>
      </MessageThread>,
    );
    expect(container.querySelectorAll('.chat-message')).toHaveLength(3);
    expect(container.querySelector('.chat-message--user .message-thread__bubble--accent')).not.toBeNull();
    expect(container.querySelector('.chat-message--bot .message-thread__avatar--bot')).not.toBeNull();
    expect(container.querySelector('.chat-message--system')?.textContent).toBe('已转人工');
    expect(container.querySelectorAll('.message-thread__time')).toHaveLength(2);
    expect(screen.getByText('智能助手')).toBeTruthy();
    fireEvent.click(container.querySelector('.chat-source') as HTMLElement);
    expect(open).toHaveBeenCalledWith('/pages/cards/list/index');
    expect(screen.getByText('after')).toBeTruthy();
  });

  it('shows staff a private note with its label, and sources as plain labels', () => {
    const messages = [
      msg(1, 'BOT', '答案', { sources: [{ __typename: 'InquirySource', title: '指南', url: 'https://example.org' }] as never, offersHuman: true }),
      msg(2, 'STAFF', '回访过', { internal: true }),
    ];
    const { container } = render(<MessageThread variant="staff" messages={messages} hookPrefix="thread" who={() => '李明'} />);
    const note = container.querySelector('.thread-message--note');
    expect(note?.querySelector('.message-thread__bubble--note')?.textContent).toContain('内部备注');
    expect(container.querySelector('.thread-message--bot.message-thread__row--end')).not.toBeNull();
    expect(container.querySelector('[role="link"]')).toBeNull();
    expect(container.querySelector('.message-thread__offered')).not.toBeNull();
  });
});
