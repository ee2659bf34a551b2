// The application form's parts: the fields in their sections, the attachments, the autosave state.
// Styles: pages/applications/form/index.scss.
import Taro from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { APPLICATION_LIMITS, type ApplicationField } from '@cards/schema/rules';
import type { AttachmentFieldsFragment } from '@cards/schema';
import FormField from '../FormField';
import TagInput from '../TagInput';
import RegionPicker from '../RegionPicker';
import CharCounter from '../CharCounter';
import BindPhoneButton from '../BindPhoneButton';
import { fieldLabel, useI18n } from '../../i18n';
import { INTRO_MAX } from '../../features/applications/form';
import type { SaveStatus } from '../../features/applications/autosave';
import type { ApplicationDraft } from '../../features/applications/useApplicationDraft';
import { openFile } from '../../features/applications/files';
import { formatSize, formatTime } from '../../utils/format';
import { useTestHook } from '../../utils/pageActive';

const L = APPLICATION_LIMITS;

export function SaveIndicator({ status, held, savedAt }: { status: SaveStatus; held: number; savedAt: Date | null }) {
  const { t } = useI18n();
  const hook = useTestHook();
  let text = t('form.saveIdle');
  if (status === 'pending' || status === 'saving') text = t('form.saving');
  else if (status === 'error') text = t('form.saveFailed');
  else if (status === 'saved') text = held ? t('form.saveInvalid', { n: held }) : savedAt ? t('form.savedAt', { time: formatTime(savedAt) }) : t('form.saved');
  return (
    <View className={`save-indicator save-indicator--${status} ${held && status === 'saved' ? 'is-partial' : ''} ${hook('save-state')}`} data-status={status}>
      <View className="save-indicator__dot" />
      <Text className="save-indicator__text">{text}</Text>
    </View>
  );
}

export function Attachments({
  items,
  canAdd,
  busy,
  onAdd,
  onRemove,
}: {
  items: AttachmentFieldsFragment[];
  canAdd: boolean;
  busy: boolean;
  onAdd: () => void;
  onRemove: (a: AttachmentFieldsFragment) => void;
}) {
  const { t } = useI18n();
  const hook = useTestHook();
  return (
    <View className="attachments">
      {items.map((a) => (
        <View key={a.id} className={`attachments__item ${hook('attachment-item')}`} data-name={a.fileName}>
          <View className={`attachments__icon attachments__icon--${a.contentType === 'application/pdf' ? 'pdf' : 'img'}`}>
            <Text>{a.contentType === 'application/pdf' ? 'PDF' : 'IMG'}</Text>
          </View>
          <View className="attachments__main" role="link" onClick={() => openFile(a.url, a.fileName, a.contentType)}>
            <Text className="attachments__name">{a.fileName}</Text>
            <Text className="attachments__size">{formatSize(a.size)}</Text>
          </View>
          <Text className="attachments__remove" onClick={() => onRemove(a)}>
            {t('common.remove')}
          </Text>
        </View>
      ))}
      {items.length < L.attachment.maxCount ? (
        <View className={`attachments__add ${canAdd ? '' : 'is-disabled'} ${hook('attach-button')}`} role="button" onClick={onAdd}>
          <Text className="attachments__plus">+</Text>
          <Text>{busy ? t('form.attachUploading') : t('form.attachAdd')}</Text>
        </View>
      ) : null}
    </View>
  );
}

/** Every field, by section; `needPhone`: ask for a verified phone first (weapp). */
export default function DraftFields({ draft, needPhone }: { draft: ApplicationDraft; needPhone: boolean }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const label = (f: ApplicationField) => fieldLabel(f, lang);
  return (
    <View className="app-form__body">
      {draft.returned ? (
        <View className={`app-form__returned ${hook('return-reason')}`}>
          <Text className="app-form__returned-title">{t('form.returnedTitle')}</Text>
          <Text className="app-form__returned-hint">{t('form.returnedHint')}</Text>
          {draft.returnNote ? <Text className="app-form__returned-note">{draft.returnNote}</Text> : null}
        </View>
      ) : null}

      {needPhone ? (
        <View className="ui-panel app-form__phone">
          <Text className="app-form__phone-text">{t('login.bindPhoneHint')}</Text>
          <BindPhoneButton onBound={() => Taro.showToast({ title: t('login.phoneVerified'), icon: 'success' })} />
        </View>
      ) : null}

      <View className="ui-panel">
        <Text className="ui-panel__title">{t('form.sectionRegion')}</Text>
        <FormField name="regionCode" label={label('regionCode')} required error={draft.errorOf('regionCode')}>
          <RegionPicker
            value={draft.form.region}
            admittedLevels={draft.campaign?.admittedLevels ?? []}
            invalid={!!draft.errorOf('regionCode')}
            onChange={(region) => draft.update({ region }, ['regionCode'])}
          />
        </FormField>
        <FormField name="leadUnit" label={label('leadUnit')} required error={draft.errorOf('leadUnit')}>
          <Input
            className={`ui-input ${draft.errorOf('leadUnit') ? 'is-invalid' : ''} ${hook('lead-unit-input')}`}
            value={draft.form.leadUnit}
            maxlength={80}
            placeholder={t('form.leadUnitPlaceholder')}
            placeholderClass="ui-placeholder"
            onInput={(e) => draft.update({ leadUnit: e.detail.value }, ['leadUnit'], false)}
            onBlur={() => draft.touch('leadUnit')}
          />
        </FormField>
      </View>

      <View className="ui-panel">
        <Text className="ui-panel__title">{t('form.sectionIndustries')}</Text>
        <FormField name="leadingIndustries" label={label('leadingIndustries')} required hint={t('form.leadingHint')} error={draft.errorOf('leadingIndustries')}>
          <TagInput
            hookName="leading"
            label={label('leadingIndustries')}
            max={L.leadingIndustries.max}
            value={draft.form.leadingIndustries}
            invalid={!!draft.errorOf('leadingIndustries')}
            placeholder={t('form.industryPlaceholder')}
            onChange={(list) => draft.update({ leadingIndustries: list }, ['leadingIndustries'])}
          />
        </FormField>
        <FormField name="featuredIndustries" label={label('featuredIndustries')} hint={t('form.featuredHint')} error={draft.errorOf('featuredIndustries')}>
          <TagInput
            hookName="featured"
            label={label('featuredIndustries')}
            max={L.featuredIndustries.max}
            value={draft.form.featuredIndustries}
            invalid={!!draft.errorOf('featuredIndustries')}
            placeholder={t('form.industryPlaceholder')}
            onChange={(list) => draft.update({ featuredIndustries: list }, ['featuredIndustries'])}
          />
        </FormField>
      </View>

      <View className="ui-panel">
        <Text className="ui-panel__title">{t('form.sectionIntro')}</Text>
        <FormField
          name="intro"
          label={label('intro')}
          required
          error={draft.errorOf('intro')}
          extra={<CharCounter text={draft.form.intro} max={INTRO_MAX} hookName="intro-counter" />}
        >
          <Textarea
            className={`ui-textarea ${draft.errorOf('intro') ? 'is-invalid' : ''} ${hook('intro-input')}`}
            value={draft.form.intro}
            maxlength={INTRO_MAX * 2}
            placeholder={t('form.introPlaceholder')}
            placeholderClass="ui-placeholder"
            onInput={(e) => draft.update({ intro: e.detail.value }, ['intro'])}
            onBlur={() => draft.touch('intro')}
          />
        </FormField>
      </View>

      <View className="ui-panel">
        <Text className="ui-panel__title">{t('form.sectionContact')}</Text>
        <View className="app-form__pair">
          <FormField name="contactName" label={label('contactName')} required error={draft.errorOf('contactName')}>
            <Input
              className={`ui-input ${draft.errorOf('contactName') ? 'is-invalid' : ''} ${hook('contact-name-input')}`}
              value={draft.form.contactName}
              maxlength={40}
              placeholder={t('form.contactNamePlaceholder')}
              placeholderClass="ui-placeholder"
              onInput={(e) => draft.update({ contactName: e.detail.value }, ['contactName'], false)}
              onBlur={() => draft.touch('contactName')}
            />
          </FormField>
          <FormField name="contactTitle" label={label('contactTitle')} required error={draft.errorOf('contactTitle')}>
            <Input
              className={`ui-input ${draft.errorOf('contactTitle') ? 'is-invalid' : ''} ${hook('contact-title-input')}`}
              value={draft.form.contactTitle}
              maxlength={40}
              placeholder={t('form.contactTitlePlaceholder')}
              placeholderClass="ui-placeholder"
              onInput={(e) => draft.update({ contactTitle: e.detail.value }, ['contactTitle'], false)}
              onBlur={() => draft.touch('contactTitle')}
            />
          </FormField>
        </View>
        <FormField name="phone" label={label('phone')} required error={draft.errorOf('phone')}>
          <Input
            className={`ui-input ${draft.errorOf('phone') ? 'is-invalid' : ''} ${hook('phone-input')}`}
            type="text"
            value={draft.form.phone}
            maxlength={20}
            placeholder={t('form.phonePlaceholder')}
            placeholderClass="ui-placeholder"
            onInput={(e) => draft.update({ phone: e.detail.value }, ['phone'], false)}
            onBlur={() => draft.touch('phone')}
          />
        </FormField>
      </View>

      <View className="ui-panel">
        <Text className="ui-panel__title">{t('form.sectionAttachments')}</Text>
        <FormField name="attachments" label={label('attachments')} hint={t('form.attachHint')} error={draft.serverErrors.attachments}>
          <Attachments
            items={draft.attachments}
            canAdd={!!draft.app}
            busy={draft.uploading}
            onAdd={() => void draft.addAttachments()}
            onRemove={(a) => void draft.removeAttachment(a)}
          />
        </FormField>
      </View>

      {draft.banner ? <View className={`ui-banner ui-banner--${draft.banner.tone} ${hook('form-message')}`}>{draft.banner.text}</View> : null}
    </View>
  );
}
