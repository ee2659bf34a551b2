// Staff moving an application on (协商 / 退回 / 拒绝 …) with an optional note, on the version they see.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { TransitionApplicationDocument, type ApplicationFieldsFragment, type ApplicationStatus } from '@cards/schema';
import { mutate } from '../../graphql/mutate';
import { applicationStatusLabel, useI18n } from '../../i18n';
import { ACCENT } from '../../utils/color';
import { NOTE_REQUIRED } from './status';

interface Callbacks {
  /** The move was made: the application as it is now. */
  onDone: (app: ApplicationFieldsFragment) => void;
  /** Someone else moved it first: reload. */
  onConflict: () => void;
}

export function useApplicationTransition(app: ApplicationFieldsFragment, { onDone, onConflict }: Callbacks) {
  const { t, lang } = useI18n();
  const [note, setNoteText] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<ApplicationStatus | null>(null);

  const setNote = (text: string) => {
    setNoteText(text);
    if (noteError) setNoteError(null);
  };

  const run = async (to: ApplicationStatus) => {
    if (busy) return;
    setMessage(null);
    if (NOTE_REQUIRED.has(to) && !note.trim()) {
      setNoteError(t('staff.noteRequired'));
      return;
    }
    setNoteError(null);
    if (to === 'DECLINED') {
      const { confirm } = await Taro.showModal({ title: t('staff.to.DECLINED'), content: note.trim(), confirmColor: ACCENT, cancelText: t('common.cancel') });
      if (!confirm) return;
    }
    setBusy(to);
    const res = await mutate(
      TransitionApplicationDocument,
      { id: app.id, to, note: note.trim() || null, expectedVersion: app.version },
      (d) => d.transitionApplication,
      t('common.networkError'),
    );
    setBusy(null);
    if (res.ok) {
      if (res.value.__typename !== 'Application') return;
      setNoteText('');
      onDone(res.value);
      Taro.showToast({ title: t('staff.done', { status: applicationStatusLabel(res.value.status, lang) }), icon: 'none', duration: 1500 });
      return;
    }
    if (res.error.kind === 'conflict') {
      Taro.showToast({ title: t('common.conflict'), icon: 'none', duration: 2500 });
      onConflict();
      return;
    }
    if (res.error.fieldErrors.note) setNoteError(res.error.fieldErrors.note);
    else setMessage(res.error.message);
  };

  return { note, setNote, noteError, message, busy, run };
}
