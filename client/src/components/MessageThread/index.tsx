// The message list of an inquiry, shared by the visitor's chat and the staff thread: time lines,
// system lines and bubbles. Each side decides who a message is from; the bubble colours follow.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { sourceTarget, startsNewTimeGroup, timeLabel, type ChatMessage } from '../../features/inquiries/chat';
import { useTestHook } from '../../utils/pageActive';
import './index.scss';

/** Whose view: the visitor's (their own messages on the right) or staff's (the centre's on the right). */
export type ThreadVariant = 'visitor' | 'staff';
export type MessageKind = 'user' | 'bot' | 'staff' | 'system' | 'note';
/** Bubble looks: `accent` (red), `plain` (white), `outlined` (white, gold edge), `quiet` (grey), `note` (yellow, dashed). */
export type BubbleTone = 'accent' | 'plain' | 'outlined' | 'quiet' | 'note';
export type BubbleSide = 'start' | 'end';

/** A private note counts as a note whoever wrote it. */
export const messageKind = (message: ChatMessage): MessageKind => (message.internal ? 'note' : (message.author.toLowerCase() as Exclude<MessageKind, 'note'>));

/** The visitor's own words, and staff's, sit on the right of the one who reads them. */
export const bubbleSide = (variant: ThreadVariant, kind: MessageKind): BubbleSide => ((variant === 'visitor') === (kind === 'user') ? 'end' : 'start');

const TONES: Record<ThreadVariant, Record<Exclude<MessageKind, 'system'>, BubbleTone>> = {
  visitor: { user: 'accent', bot: 'plain', staff: 'outlined', note: 'note' },
  staff: { user: 'plain', bot: 'quiet', staff: 'accent', note: 'note' },
};
export const bubbleTone = (variant: ThreadVariant, kind: Exclude<MessageKind, 'system'>): BubbleTone => TONES[variant][kind];

/** Several test hooks at once. */
const hooks = (hook: (name: string) => string, ...names: string[]) => names.map(hook).filter(Boolean).join(' ');

export function Bubble({ tone, side, className = '', children }: { tone: BubbleTone; side: BubbleSide; className?: string; children: ReactNode }) {
  return <View className={`message-thread__bubble message-thread__bubble--${tone} message-thread__bubble--${side} ${className}`}>{children}</View>;
}

export function BubbleText({ children, selectable = true }: { children: ReactNode; selectable?: boolean }) {
  return (
    <Text className="message-thread__text" userSelect={selectable}>
      {children}
    </Text>
  );
}

/** The round badge beside a bot's or staff's message in the visitor's chat. */
export function Avatar({ kind }: { kind: 'bot' | 'staff' }) {
  return (
    <View className={`message-thread__avatar message-thread__avatar--${kind}`}>
      <Text>{kind === 'bot' ? '智' : '服'}</Text>
    </View>
  );
}

/** A row: optional avatar, then who, the bubble and what goes under it. */
export function BubbleRow({
  side,
  avatar,
  lead,
  who,
  className = '',
  seq,
  pending,
  children,
  after,
}: {
  side: BubbleSide;
  avatar?: 'bot' | 'staff';
  /** Before the bubble instead of an avatar (a sending spinner). */
  lead?: ReactNode;
  who?: string;
  className?: string;
  seq?: number;
  /** A message not yet confirmed: `sending` or `failed`. */
  pending?: string;
  children: ReactNode;
  /** After the bubble column, on a line of its own (an error note). */
  after?: ReactNode;
}) {
  return (
    <View className={`message-thread__row message-thread__row--${side} ${className}`} data-seq={seq} data-pending={pending}>
      {avatar ? <Avatar kind={avatar} /> : lead}
      <View className="message-thread__main">
        {who ? <Text className="message-thread__who">{who}</Text> : null}
        {children}
      </View>
      {after}
    </View>
  );
}

function Sources({ message, hookName, onOpen }: { message: ChatMessage; hookName: string; onOpen?: (url: string | null) => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  return (
    <View className="message-thread__sources">
      <Text className="message-thread__sources-label">{t('chat.sources')}</Text>
      {message.sources.map((s, i) => {
        const target = onOpen ? sourceTarget(s.url) : { kind: 'none' as const };
        return (
          <View
            key={`${i}-${s.title}`}
            className={`message-thread__source message-thread__source--${target.kind} ${onOpen ? hook(hookName) : ''}`}
            data-url={s.url ?? ''}
            role={target.kind === 'none' ? undefined : 'link'}
            onClick={onOpen ? () => onOpen(s.url) : undefined}
          >
            <Text className="message-thread__source-text">{s.title}</Text>
            {target.kind !== 'none' ? <View className={`message-thread__source-icon message-thread__source-icon--${target.kind}`} /> : null}
          </View>
        );
      })}
    </View>
  );
}

export interface MessageThreadProps {
  variant: ThreadVariant;
  messages: ChatMessage[];
  /** Test hook prefix: `chat` gives `chat-message`, `chat-message--bot`, `chat-source`. */
  hookPrefix: string;
  /** The name above a message (none: no name line). */
  who: (message: ChatMessage, kind: MessageKind) => string | null;
  /** Tapping a source (none: sources are plain labels). */
  onOpenSource?: (url: string | null) => void;
  /** What goes under a bubble (suggestions, feedback, a hand-over offer). */
  renderAfter?: (message: ChatMessage, kind: MessageKind) => ReactNode;
  /** Rows before the messages (a welcome). */
  before?: ReactNode;
  /** Rows after the messages (unsent ones, typing, rating). */
  children?: ReactNode;
  className?: string;
}

export default function MessageThread({ variant, messages, hookPrefix, who, onOpenSource, renderAfter, before, children, className = '' }: MessageThreadProps) {
  const { t } = useI18n();
  const hook = useTestHook();
  return (
    <View className={`message-thread message-thread--${variant} ${className}`}>
      {before}
      {messages.map((m, i) => {
        const kind = messageKind(m);
        const rowHooks = hooks(hook, `${hookPrefix}-message`, `${hookPrefix}-message--${kind}`);
        const side = kind === 'system' ? 'start' : bubbleSide(variant, kind);
        return (
          <View key={m.id}>
            {startsNewTimeGroup(messages[i - 1], m) ? <Text className="message-thread__time">{timeLabel(m.createdAt)}</Text> : null}
            {kind === 'system' ? (
              <View className={`message-thread__system ${rowHooks}`} data-seq={m.seq}>
                <Text className="message-thread__system-text">{m.text}</Text>
              </View>
            ) : (
              <BubbleRow
                side={side}
                avatar={variant === 'visitor' && (kind === 'bot' || kind === 'staff') ? kind : undefined}
                who={who(m, kind) ?? undefined}
                className={rowHooks}
                seq={m.seq}
              >
                <Bubble tone={bubbleTone(variant, kind)} side={side}>
                  {kind === 'note' ? <Text className="message-thread__note-label">{t('thread.note')}</Text> : null}
                  <BubbleText>{m.text}</BubbleText>
                  {m.sources.length ? <Sources message={m} hookName={`${hookPrefix}-source`} onOpen={onOpenSource} /> : null}
                  {variant === 'staff' && m.offersHuman ? <Text className="message-thread__offered">{t('thread.offeredHuman')}</Text> : null}
                </Bubble>
                {renderAfter?.(m, kind)}
              </BubbleRow>
            )}
          </View>
        );
      })}
      {children}
    </View>
  );
}
