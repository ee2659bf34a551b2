// Staff's side of one conversation: load it with its canned replies, follow it live, take it, end it,
// reply or add a private note (a failed send is retried with the same key, so never sent twice).
// Uses the live connection: import from subpackage pages only (pages/staff).
import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import {
  AddInquiryNoteDocument,
  EndInquiryDocument,
  SendInquiryMessageDocument,
  StaffInquiryThreadDocument,
  TakeInquiryDocument,
  type CannedReplyFieldsFragment,
} from '@cards/schema';
import { ACCENT } from '../../utils/color';
import { useI18n } from '../../i18n';
import { useQuery } from '../../graphql/useQuery';
import { mutate, type Failure } from '../../graphql/mutate';
import { useViewer } from '../auth/useSession';
import { useRefetchOnShow } from '../../utils/useRefetchOnShow';
import { fillCannedReply } from './canned';
import { newClientKey } from './chat';
import { useLiveThread, useTypingSignal } from './useLiveThread';
import { MAX_MESSAGE_LENGTH } from './useChatThread';

export type ComposeMode = 'reply' | 'note';

/** `active`: the page is on screen (only then does it scroll to the newest message). */
export function useStaffThread(id: string, active: boolean) {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const query = useQuery(StaffInquiryThreadDocument, { id }, { pause: !id, requestPolicy: 'network-only' });
  const { data, fetching, refetch } = query;
  useRefetchOnShow(refetch);
  const live = useLiveThread('USER');

  const [mode, setMode] = useState<ComposeMode>('reply');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [busy, setBusy] = useState<'take' | 'end' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const failed = useRef<{ key: string; text: string; mode: ComposeMode } | null>(null);

  // Follow the conversation once loaded; a later reload (after a state change) only adds what it has.
  const { open, addMessages, setInquiry } = live;
  const opened = useRef<string | null>(null);
  useEffect(() => {
    const loaded = data?.inquiry;
    if (!loaded) return;
    const { messages, ...fields } = loaded;
    if (opened.current !== loaded.id) {
      opened.current = loaded.id;
      open(loaded.id, { inquiry: fields, messages });
    } else {
      addMessages(messages);
      setInquiry(fields);
    }
  }, [data, open, addMessages, setInquiry]);

  // Taken, ended, rated elsewhere: read who answers it again.
  const liveStatus = live.inquiry?.status;
  const loadedStatus = data?.inquiry?.status;
  useEffect(() => {
    if (liveStatus && loadedStatus && liveStatus !== loadedStatus && !fetching) refetch();
  }, [liveStatus, loadedStatus, fetching, refetch]);

  const staffInfo = data?.inquiry ?? null;
  const inquiry = live.inquiry ?? staffInfo;
  const status = inquiry?.status;
  const canReply = !!staffInfo?.takenByViewer && status === 'HUMAN';
  const effectiveMode: ComposeMode = canReply ? mode : 'note';
  const typingSignal = useTypingSignal(inquiry?.id ?? null, canReply && effectiveMode === 'reply');

  const messageCount = live.messages.length;
  useEffect(() => {
    if (!active || !messageCount) return;
    const timer = setTimeout(() => Taro.pageScrollTo({ scrollTop: 1_000_000, duration: 150 }).catch(() => undefined), 60);
    return () => clearTimeout(timer);
  }, [messageCount, live.typing, active]);

  const ownName = (staffInfo?.takenByViewer && inquiry?.staffName) || viewer?.displayName || t('chat.staffName');
  const firstError = (error: Failure) => Object.values(error.fieldErrors)[0] ?? error.message;

  const take = async () => {
    if (busy || !inquiry) return;
    setBusy('take');
    setMessage(null);
    const res = await mutate(TakeInquiryDocument, { inquiryId: inquiry.id }, (d) => d.takeInquiry, t('common.networkError'));
    setBusy(null);
    if (!res.ok) {
      setMessage(res.error.message);
      refetch();
      return;
    }
    setMode('reply');
    refetch();
    live.catchUp();
  };

  const end = async () => {
    if (busy || !inquiry) return;
    const { confirm } = await Taro.showModal({ title: t('thread.end'), content: t('thread.endConfirm'), confirmColor: ACCENT });
    if (!confirm) return;
    setBusy('end');
    setMessage(null);
    typingSignal.stop();
    const res = await mutate(EndInquiryDocument, { inquiryId: inquiry.id }, (d) => d.endInquiry, t('common.networkError'));
    setBusy(null);
    if (!res.ok) return setMessage(res.error.message);
    if (res.value.__typename === 'Inquiry') live.setInquiry(res.value);
    refetch();
  };

  /** Sends the text as a reply or a note; false when it failed (the text stays). */
  const deliver = async (inquiryId: string, body: string, key: string, sendMode: ComposeMode): Promise<boolean> => {
    const variables = { inquiryId, text: body, clientKey: key };
    if (sendMode === 'note') {
      const res = await mutate(AddInquiryNoteDocument, variables, (d) => d.addInquiryNote, t('common.networkError'));
      if (!res.ok) {
        setMessage(firstError(res.error));
        return false;
      }
      if (res.value.__typename === 'InquiryMessage') live.addMessages([res.value]);
      return true;
    }
    const res = await mutate(SendInquiryMessageDocument, variables, (d) => d.sendInquiryMessage, t('common.networkError'));
    if (!res.ok) {
      setMessage(firstError(res.error));
      if (res.error.kind === 'refused') refetch();
      return false;
    }
    if (res.value.__typename === 'SendInquiryMessageResult') {
      live.addMessages(res.value.messages);
      live.setInquiry(res.value.inquiry);
    }
    return true;
  };

  const send = async () => {
    const body = text.trim();
    if (!body || sending || !inquiry) return;
    const sendMode = effectiveMode;
    const previous = failed.current;
    const key = previous && previous.text === body && previous.mode === sendMode ? previous.key : newClientKey();
    setSending(true);
    setMessage(null);
    typingSignal.stop();
    const ok = await deliver(inquiry.id, body, key, sendMode);
    setSending(false);
    if (!ok) {
      failed.current = { key, text: body, mode: sendMode };
      return;
    }
    failed.current = null;
    setText('');
  };

  /** Puts a canned reply, filled in, after what is written. */
  const insertCanned = (reply: CannedReplyFieldsFragment) => {
    const filled = fillCannedReply(reply.text, { askerName: staffInfo?.askerPersonalName, staffName: ownName });
    setText((current) => (current.trim() ? `${current.replace(/\s+$/, '')}\n${filled}` : filled).slice(0, MAX_MESSAGE_LENGTH));
  };

  const toggleNote = () => {
    if (!canReply) return;
    typingSignal.stop();
    setMode((m) => (m === 'note' ? 'reply' : 'note'));
  };

  const type = (value: string) => {
    setText(value);
    if (effectiveMode === 'reply' && value) typingSignal.typing();
  };

  return {
    query,
    live,
    staffInfo,
    inquiry,
    status,
    canReply,
    mode: effectiveMode,
    text,
    type,
    stopTyping: typingSignal.stop,
    sending,
    busy,
    message,
    replies: data?.cannedReplies ?? [],
    take,
    end,
    send,
    insertCanned,
    toggleNote,
  };
}

export type StaffThread = ReturnType<typeof useStaffThread>;
