import { Text, Textarea, View } from '@tarojs/components';
import type { ApplicationFieldsFragment } from '@cards/schema';
import { useI18n, type MessageKey } from '../../i18n';
import { SECONDARY_TRANSITIONS } from '../../features/applications/status';
import { useApplicationTransition } from '../../features/applications/useApplicationTransition';
import { useTestHook } from '../../utils/pageActive';

interface Props {
  app: ApplicationFieldsFragment;
  onDone: (app: ApplicationFieldsFragment) => void;
  onConflict: () => void;
}

/** The staff's moves for an application (its allowed transitions), with the note they need. */
export default function TransitionActions({ app, onDone, onConflict }: Props) {
  const { t } = useI18n();
  const hook = useTestHook();
  const { note, setNote, noteError, message, busy, run } = useApplicationTransition(app, { onDone, onConflict });
  const moves = app.allowedTransitions;

  if (moves.length === 0) return <Text className="staff-app__muted">{t('staff.noActions')}</Text>;
  return (
    <View className="staff-app__actions">
      <Text className="staff-app__label">{t('staff.note')}</Text>
      <Textarea
        className={`ui-textarea staff-app__note ${noteError ? 'is-invalid' : ''} ${hook('transition-note')}`}
        value={note}
        maxlength={500}
        placeholder={t('staff.notePlaceholder')}
        placeholderClass="ui-placeholder"
        onInput={(e) => setNote(e.detail.value)}
      />
      {noteError ? <Text className={`staff-app__error ${hook('note-error')}`}>{noteError}</Text> : null}
      <View className="staff-app__buttons">
        {moves.map((to) => (
          <View
            key={to}
            className={`ui-btn ui-btn--small ${SECONDARY_TRANSITIONS.has(to) ? 'ui-btn--ghost' : ''} ${busy === to ? 'is-disabled' : ''} ${hook('transition-button')}`}
            data-to={to}
            role="button"
            onClick={() => void run(to)}
          >
            <Text>{t(`staff.to.${to}` as MessageKey)}</Text>
          </View>
        ))}
      </View>
      {message ? <View className={`ui-banner ui-banner--error ${hook('staff-message')}`}>{message}</View> : null}
    </View>
  );
}
